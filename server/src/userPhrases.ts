// The user's phrase sets: .speech/phrases.json in each workspace folder, the "phrases" key of the
// folder's .speechrc.json, and the files named by the setting speech.phrases.paths.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { parsePhraseFile, type Phrase, type PhraseFileProblem } from './service';
import { SPEECHRC } from './speechrc';

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

export function loadUserPhrases(folders: readonly string[], extraPaths: readonly string[]): LoadedPhrases {
  const phrases: Phrase[] = [];
  const problems: LoadedPhrases['problems'] = new Map();
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  for (const path of phraseFiles(folders, extraPaths)) {
    const text = read(path);
    if (text === undefined) continue;
    const loaded = parsePhraseFile(text);
    for (const phrase of loaded.phrases) phrases.push(phrase);
    problems.set(path, { text, problems: loaded.problems });
  }
  for (const folder of folders) {
    const path = join(folder, SPEECHRC);
    const text = read(path);
    if (text === undefined || !/"phrases"\s*:/.test(text)) continue;
    const loaded = parsePhraseFile(text);
    for (const phrase of loaded.phrases) phrases.push(phrase);
    // A .speechrc.json that does not parse is reported by the configuration loader; only phrase entries here.
    if (!loaded.invalidJson) problems.set(path, { text, problems: loaded.problems });
  }
  return { phrases, problems };
}
