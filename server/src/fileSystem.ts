// The files the server reads besides open documents (the workspace's speeches, .speechrc.json, phrase
// files), behind an interface: the server runs on Node's file system, its tests on one in memory.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';

/** What is at a path: `other` is a FIFO, a device, a socket (and, in a listing, a symbolic link). */
export type FileKind = 'file' | 'directory' | 'other';

export interface FileInfo {
  kind: FileKind;
  size: number;
  mtimeMs: number;
}

/**
 * A regular file's text; `missing` when nothing is there; `notFile` for anything else (a FIFO would block
 * the only thread, a link to /dev/zero would fill memory); `tooLarge` past the limit; `error` with its code.
 */
export type BoundedRead = { text: string } | { missing: true } | { notFile: true } | { tooLarge: true } | { error: string };

export interface FileSystem {
  /** Links followed; undefined when nothing is there or it cannot be looked at. */
  statSync(path: string): FileInfo | undefined;
  stat(path: string): Promise<FileInfo | undefined>;
  /** A directory's entries, links not followed (a link is `other`); throws when it cannot be listed. */
  readdir(path: string): Promise<{ name: string; kind: FileKind }[]>;
  /** A file's whole text (the caller has looked at it with stat first). */
  readFile(path: string): Promise<string>;
  /** A regular file of at most `maxBytes`, read without ever blocking or reading past the limit. */
  readBounded(path: string, maxBytes: number): BoundedRead;
}

const kindOf = (entry: { isFile(): boolean; isDirectory(): boolean }): FileKind => (entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other');
const infoOf = (info: import('node:fs').Stats): FileInfo => ({ kind: kindOf(info), size: info.size, mtimeMs: info.mtimeMs });

export const nodeFileSystem: FileSystem = {
  statSync(path) {
    try {
      return infoOf(statSync(path));
    } catch {
      return undefined;
    }
  },
  async stat(path) {
    try {
      return infoOf(await stat(path));
    } catch {
      return undefined;
    }
  },
  async readdir(path) {
    return (await readdir(path, { withFileTypes: true })).map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  readFile: (path) => readFile(path, 'utf8'),
  readBounded(path, maxBytes) {
    let fd: number;
    try {
      // Non-blocking: opening a FIFO with no writer would otherwise wait forever.
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true } : { error: code ?? '' };
    }
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { notFile: true };
      if (info.size > maxBytes) return { tooLarge: true };
      // Read at most one byte past the limit: the file may grow between the stat and the read.
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
      return length > maxBytes ? { tooLarge: true } : { text: buffer.toString('utf8', 0, length) };
    } catch (error) {
      return { error: (error as NodeJS.ErrnoException).code ?? '' };
    } finally {
      closeSync(fd);
    }
  },
};
