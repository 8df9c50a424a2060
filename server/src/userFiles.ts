// Reading the user's own files (.speechrc.json, phrase files): only regular files of sane size, and JSON
// only when its nesting is shallow enough for the recursive parser. A FIFO would block the only thread,
// a link to /dev/zero would fill memory, 5,000 nested brackets overflow the stack.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Larger than any hand-written configuration or phrase list (one phrase per line: ~30,000). */
export const MAX_USER_FILE_BYTES = 1024 * 1024;
/** Deeper than any configuration needs, far below what overflows the parser's stack. */
export const MAX_JSON_DEPTH = 64;

/** The file's text; a problem (in Chinese) when it is not read; undefined when there is no such file. */
export type UserFile = { text: string } | { problem: string } | undefined;

export function readUserFile(path: string): UserFile {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer would otherwise wait forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : { problem: `无法读取（${code ?? '未知错误'}）` };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: '不是普通文件，未读取' };
    if (info.size > MAX_USER_FILE_BYTES) return { problem: tooLarge };
    // Read at most one byte past the limit: the file may grow between the stat and the read.
    const buffer = Buffer.alloc(MAX_USER_FILE_BYTES + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_USER_FILE_BYTES) return { problem: tooLarge };
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: `无法读取（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）` };
  } finally {
    closeSync(fd);
  }
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
