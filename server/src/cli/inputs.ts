// What the command line's arguments name: files, folders (walked for the files a command takes), and `-`
// for standard input. A path that cannot be read is reported and the others still go through.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblem, type MessageKey, type Translate } from './messages';
import { decodeText, InputError, readRegularFile, readStandardInput, type Encoding, type FileSnapshot } from './textFile';

export const STDIN = '-';

export interface SpeechFile {
  path: string;
  text: string;
  encoding: Encoding;
  /** What was read from disk (absent for standard input): --fix and renumber write back against it. */
  snapshot?: FileSnapshot;
}

/** Folders met while walking that are never a user's documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.svn', '.hg']);

/** Files under `folder` (depth first, in name order) whose name `wanted` accepts; dot-folders and links to folders are not entered. */
function walkFolder(folder: string, wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(dir, (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission' : 'io', (error as Error).message);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) visit(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && wanted(entry.name)) {
        found.push(path);
      }
    }
  };
  visit(folder);
  return found;
}

const isFolder = (path: string): boolean => {
  try {
    return path !== STDIN && statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export interface ExpandedPaths {
  paths: string[];
  /** Folders holding no file the command takes. */
  emptyFolders: string[];
  errors: InputError[];
}

/** The paths a command works on: each argument as given, a folder replaced by the files under it that `wanted` accepts. */
export function expandPaths(args: string[], wanted: (name: string) => boolean): ExpandedPaths {
  const expanded: ExpandedPaths = { paths: [], emptyFolders: [], errors: [] };
  for (const arg of args) {
    if (!isFolder(arg)) {
      expanded.paths.push(arg);
      continue;
    }
    try {
      const found = walkFolder(arg, wanted);
      for (const path of found) expanded.paths.push(path);
      if (!found.length) expanded.emptyFolders.push(arg);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expanded.errors.push(error);
    }
  }
  return expanded;
}

/** Why paths gave no file, in `t`'s language: a folder holding none the command takes (`noneFound`), or one that cannot be read. */
export const pathProblems = (expanded: ExpandedPaths, t: Translate, noneFound: MessageKey): { path: string; message: string }[] => [
  ...expanded.emptyFolders.map((path) => ({ path, message: t(noneFound) })),
  ...expanded.errors.map((error) => ({ path: error.path, message: describeProblem(t, error.problem, error.message) })),
];

export const isSpeechFileName = (name: string): boolean => name.endsWith('.speech.md');

/** Reads one speech text: a file, or standard input for `-`. */
export function readSpeech(path: string): SpeechFile {
  if (path === STDIN) return { path, ...decodeText(readStandardInput(), path) };
  const snapshot = readRegularFile(path);
  return { path, ...decodeText(snapshot.bytes, path), snapshot };
}
