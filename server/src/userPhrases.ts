// The user's phrase sets: .speech/phrases.json in each workspace folder, the files named by the setting
// speech.phrases.paths, and the "phrases" key of the .speechrc.json that applies (the same file as for
// the checks: the nearest to the document, speechrc.ts).
import { isAbsolute, join, normalize } from 'node:path';
import { parsePhraseFile, type Phrase, type PhraseFileProblem } from './service';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import type { LoadedSpeechrc } from './speechrc';
import { jsonDepthProblem, readUserFile } from './userFiles';

const PHRASE_FILE = join('.speech', 'phrases.json');

export interface LoadedPhrases {
  phrases: Phrase[];
  /** Problems per file path, including files that have none now (so their old problems are cleared). */
  problems: Map<string, { text: string; problems: PhraseFileProblem[] }>;
}

/** The phrase files of the folders: .speech/phrases.json and the setting's paths (relative to each folder). */
export function phraseFiles(folders: readonly string[], extraPaths: readonly string[]): Set<string> {
  const files = new Set<string>();
  for (const folder of folders) {
    files.add(join(folder, PHRASE_FILE));
    for (const path of extraPaths) files.add(isAbsolute(path) ? normalize(path) : join(folder, path));
  }
  return files;
}

/** More user phrases than anyone writes by hand; past it, completion would only get slower. */
export const MAX_USER_PHRASES = 20_000;

/** The phrase files' phrases, then those of `speechrcs`; every .speechrc.json given has an entry in `problems`. */
export function loadUserPhrases(
  folders: readonly string[],
  extraPaths: readonly string[],
  speechrcs: readonly LoadedSpeechrc[] = [],
  fileSystem: FileSystem = nodeFileSystem,
): LoadedPhrases {
  const phrases: Phrase[] = [];
  const problems: LoadedPhrases['problems'] = new Map();
  /** The file's phrases, up to the limit over all files; its problems, or why it was not read. */
  const load = (file: { text: string } | { problem: string }): { problems: PhraseFileProblem[]; invalidJson?: true } => {
    if ('problem' in file) return { problems: [{ start: 0, end: 0, message: `常用语文件${file.problem}` }] };
    const tooDeep = jsonDepthProblem(file.text);
    if (tooDeep) return { problems: [{ ...tooDeep, message: `常用语文件${tooDeep.message}` }], invalidJson: true };
    const loaded = parsePhraseFile(file.text);
    const room = MAX_USER_PHRASES - phrases.length;
    for (const phrase of loaded.phrases.slice(0, Math.max(0, room))) phrases.push(phrase);
    if (loaded.phrases.length > room) loaded.problems.push({ start: 0, end: 0, message: `自定义常用语超过 ${MAX_USER_PHRASES} 条，其余未载入` });
    return loaded;
  };
  for (const path of phraseFiles(folders, extraPaths)) {
    const file = readUserFile(path, fileSystem);
    if (!file) continue;
    problems.set(path, { text: 'text' in file ? file.text : '', problems: load(file).problems });
  }
  for (const { path, text } of speechrcs) {
    // A .speechrc.json that is not read or does not parse is reported by the configuration loader.
    const loaded = /"phrases"\s*:/.test(text) ? load({ text }) : undefined;
    problems.set(path, { text, problems: loaded && !loaded.invalidJson ? loaded.problems : [] });
  }
  return { phrases, problems };
}
