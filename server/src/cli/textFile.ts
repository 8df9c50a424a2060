// The user's files as the command line and the import read and write them: regular files of sane size
// only (a device, a FIFO or a huge file is refused after a bounded read), text in the encoding it came in
// (UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030), written back in that encoding through a
// temporary file and a rename, and only if the file did not change since it was read.
import { accessSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { encodeGb18030 } from './gb18030';

export type InputProblem = 'notFound' | 'permission' | 'isDirectory' | 'notRegular' | 'tooLarge' | 'binary' | 'encoding' | 'changed' | 'unencodable' | 'io';

/** A file that cannot be read or written, with the reason as a key of the message table and a detail. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: InputProblem,
    detail = '',
  ) {
    super(detail || problem);
  }
}

/** Larger than any speech or Word document an office keeps (the 5 MB benchmark document fits 12 times). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FileSnapshot {
  /** The path written to: symbolic links resolved, so a write replaces the file, not the link. */
  realPath: string;
  bytes: Buffer;
  mtimeMs: number;
  size: number;
  mode: number;
}

function ioProblem(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(path, 'notFound');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new InputError(path, 'permission');
  if (code === 'EISDIR') return new InputError(path, 'isDirectory');
  return new InputError(path, 'io', (error as Error).message);
}

/** Reads from an open descriptor until the end or `limit + 1` bytes, whichever comes first. */
function readBounded(fd: number, limit: number, path: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // Standard input opened non-blocking (a terminal or a pipe not ready yet): wait a moment.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw new InputError(path, 'tooLarge', String(Math.round(limit / 1024 / 1024)));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a regular file of at most `limit` bytes; anything else is an InputError, found before reading much. */
export function readRegularFile(path: string, limit = MAX_FILE_BYTES): FileSnapshot {
  let fd: number;
  let realPath: string;
  try {
    realPath = realpathSync(path);
    // Non-blocking, so opening a FIFO returns at once and fstat refuses it.
    fd = openSync(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw ioProblem(path, error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(path, 'isDirectory');
    if (!info.isFile()) throw new InputError(path, 'notRegular');
    if (info.size > limit) throw new InputError(path, 'tooLarge', String(Math.round(limit / 1024 / 1024)));
    const bytes = readBounded(fd, limit, path);
    return { realPath, bytes, mtimeMs: info.mtimeMs, size: info.size, mode: info.mode };
  } catch (error) {
    throw error instanceof InputError ? error : ioProblem(path, error);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, bounded like a file. */
export function readStandardInput(limit = MAX_FILE_BYTES): Buffer {
  try {
    return readBounded(0, limit, '-');
  } catch (error) {
    throw error instanceof InputError ? error : ioProblem('-', error);
  }
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });
/** C0 controls that never occur in text: a file holding them is binary, whatever decodes. */
const BINARY_CONTROL = /[\0-\x08\x0e-\x1a\x1c-\x1f]/;

/**
 * UTF-8 with a few damaged bytes (a cut character), not GBK: read as GB18030 it would come out as other
 * characters. Valid multi-byte UTF-8 sequences are rare in GBK text, and most of such a file's are valid.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const loose = new TextDecoder('utf-8').decode(bytes.subarray(0, 65536));
  let valid = 0;
  let damaged = 0;
  for (let i = 0; i < loose.length; i++) {
    const code = loose.charCodeAt(i);
    if (code === 0xfffd) damaged++;
    else if (code >= 0x80) valid++;
  }
  return valid > 4 * damaged;
}

/** Decodes text bytes: a BOM decides; else UTF-8 if valid, else GBK/GB18030; binary and undecodable bytes are refused. */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const has = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  const attempt = (label: string, encoding: Encoding, from: number): DecodedText | undefined => {
    try {
      return { text: decoder(label).decode(bytes.subarray(from)), encoding };
    } catch {
      return undefined;
    }
  };
  let decoded: DecodedText | undefined;
  if (has(0xef, 0xbb, 0xbf)) decoded = attempt('utf-8', 'utf-8-bom', 3);
  else if (has(0xff, 0xfe)) decoded = attempt('utf-16le', 'utf-16le', 2);
  else if (has(0xfe, 0xff)) decoded = attempt('utf-16be', 'utf-16be', 2);
  else {
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError(path, 'binary');
    decoded = attempt('utf-8', 'utf-8', 0) ?? (mostlyUtf8(bytes) ? undefined : attempt('gb18030', 'gb18030', 0));
  }
  if (!decoded) throw new InputError(path, 'encoding');
  if (BINARY_CONTROL.test(decoded.text.slice(0, 65536))) throw new InputError(path, 'binary');
  return decoded;
}

/** Text as bytes in `encoding`; a character GB18030 cannot hold is an InputError, never a silent `?`. */
export function encodeText(text: string, encoding: Encoding, path: string): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030': {
      const bytes = encodeGb18030(text);
      if (decoder('gb18030').decode(bytes) !== text) throw new InputError(path, 'unencodable');
      return bytes;
    }
  }
}

/**
 * Replaces the file read as `before` with `bytes`: only if it still holds what was read (an append or an
 * edit meanwhile is reported, not lost), through a temporary file beside it and a rename, so the file is
 * never half-written. Keeps the file's permissions; a read-only file is refused, not replaced.
 */
export function writeBack(path: string, before: FileSnapshot, bytes: Uint8Array): void {
  const now = readRegularFile(path);
  if (now.realPath !== before.realPath || now.size !== before.size || now.mtimeMs !== before.mtimeMs || !now.bytes.equals(before.bytes)) {
    throw new InputError(path, 'changed');
  }
  try {
    accessSync(before.realPath, constants.W_OK);
    writeWhole(before.realPath, bytes, before.mode & 0o777);
  } catch (error) {
    throw ioProblem(path, error);
  }
}

/**
 * Writes a file whole or not at all: a temporary file beside it (a short name, so a long file name still
 * fits), then a rename over it. A system error is thrown as it is.
 */
export function writeWhole(target: string, bytes: Uint8Array | string, mode = 0o666): void {
  const temporary = join(dirname(target), `.speech-writer-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    writeFileSync(temporary, bytes, { mode, flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
