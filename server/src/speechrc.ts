// Finds and reads the .speechrc.json that applies to a file: the nearest one in its folder or above.
import { dirname, join, parse as parsePath } from 'node:path';
import { EMPTY_CONFIG, parseSpeechrc, type ConfigProblem, type SpeechConfig } from './service';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { jsonDepthProblem, readUserFile } from './userFiles';

export const SPEECHRC = '.speechrc.json';

export interface LoadedSpeechrc {
  path: string;
  text: string;
  config: SpeechConfig;
  problems: ConfigProblem[];
}

export class SpeechrcLoader {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedSpeechrc }>();

  constructor(private readonly fileSystem: FileSystem = nodeFileSystem) {}

  /** The .speechrc.json nearest to `file`, searching up to `stopAt` (or the filesystem root). */
  find(file: string, stopAt?: string): LoadedSpeechrc | undefined {
    let dir = dirname(file);
    const root = parsePath(dir).root;
    for (;;) {
      const loaded = this.load(join(dir, SPEECHRC));
      if (loaded) return loaded;
      if (dir === root || (stopAt && dir === stopAt)) return undefined;
      dir = dirname(dir);
    }
  }

  load(path: string): LoadedSpeechrc | undefined {
    const info = this.fileSystem.statSync(path);
    if (!info) {
      this.cache.delete(path);
      return undefined;
    }
    if (info.kind === 'directory') return undefined;
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.loaded;
    const file = readUserFile(path, this.fileSystem);
    if (!file) return undefined;
    const refused = (problem: ConfigProblem) => ({ config: EMPTY_CONFIG, problems: [{ ...problem, message: `.speechrc.json ${problem.message}，已改用默认设置` }] });
    const text = 'text' in file ? file.text : '';
    const tooDeep = 'text' in file ? jsonDepthProblem(text) : { start: 0, end: 0, message: file.problem };
    const loaded = { path, text, ...(tooDeep ? refused(tooDeep) : parseSpeechrc(text)) };
    this.cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, loaded });
    return loaded;
  }

  forget(path: string): void {
    this.cache.delete(path);
  }
}
