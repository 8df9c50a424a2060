import { readFileSync, statSync } from 'node:fs';

/** A file the CLI cannot read, with a one-line reason for the user. */
export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a speech file as UTF-8 text; anything else (missing, directory, binary, bad encoding) is an InputError. */
export function readSpeechFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: binary file, not a speech text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text (save it as UTF-8)`);
  }
}
