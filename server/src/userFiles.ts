// Reading the user's own files (.speechrc.json, phrase files): only regular files of sane size (a FIFO
// would block the only thread, a link to /dev/zero would fill memory: FileSystem.readBounded), and JSON
// only when its nesting is shallow enough for the recursive parser (5,000 brackets overflow the stack).
import { nodeFileSystem, type FileSystem } from './fileSystem';

/** Larger than any hand-written configuration or phrase list (one phrase per line: ~30,000). */
export const MAX_USER_FILE_BYTES = 1024 * 1024;
/** Deeper than any configuration needs, far below what overflows the parser's stack. */
export const MAX_JSON_DEPTH = 64;

/** The file's text; a problem (in Chinese) when it is not read; undefined when there is no such file. */
export type UserFile = { text: string } | { problem: string } | undefined;

export function readUserFile(path: string, fileSystem: FileSystem = nodeFileSystem): UserFile {
  const read = fileSystem.readBounded(path, MAX_USER_FILE_BYTES);
  if ('text' in read) return read;
  if ('missing' in read) return undefined;
  if ('notFile' in read) return { problem: '不是普通文件，未读取' };
  if ('tooLarge' in read) return { problem: tooLarge };
  return { problem: `无法读取（${read.error || '未知错误'}）` };
}

const tooLarge = `过大（超过 ${MAX_USER_FILE_BYTES / 1024 / 1024} MB），未读取`;

/** Where JSON (comments allowed) nests deeper than MAX_JSON_DEPTH, as a problem at that bracket. */
export function jsonDepthProblem(text: string): { start: number; end: number; message: string } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_JSON_DEPTH) return { start: i, end: i + 1, message: `嵌套过深（超过 ${MAX_JSON_DEPTH} 层），未读取` };
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}
