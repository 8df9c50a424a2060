// The import layer: Word (.docx, .doc, .wps) and text files to speech text. Loaded only when used
// (layers.ts). What a file really is decides how it is read, not its extension; nothing in the text is
// cleaned (placeholders, residue and half-width marks stay for the checks to report).
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { expandPaths, pathProblems } from '../cli/inputs';
import { describeProblem, messages } from '../cli/messages';
import { decodeText, InputError, readRegularFile, writeWhole } from '../cli/textFile';
import { convertDoc, findSoffice } from './doc';
import { isImportable, outputPathFor } from './fileTypes';
import { convertDocx, type Converted } from './docx';
import { ImportError, SAVE_AS_DOCX } from './errors';
import type { ImportListResult } from '../protocol';

export { ImportError } from './errors';
export { findSoffice } from './doc';

export { IMPORTABLE_EXTENSIONS, isImportable, outputPathFor } from './fileTypes';

/**
 * The editor's list of files to import: the importable files among `paths` (folders walked), and why a
 * path gave none, in Chinese as the editor's findings are.
 */
export function listImportable(paths: string[]): ImportListResult {
  const expanded = expandPaths(paths, isImportable);
  return { sources: expanded.paths, problems: pathProblems(expanded, messages('zh'), 'noImportable') };
}

type Kind = 'zip' | 'ole' | 'encrypted' | 'rtf' | 'html' | 'other';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
/** The stream an encrypted Office document (docx with a password) keeps its package in, as a CFB directory name. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function kindOf(bytes: Buffer): Kind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return bytes.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'ole';
  const head = bytes.subarray(0, 1024).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^(<!doctype html|<html|mime-version:|<\?xml[^>]*>\s*<\?mso-application)/.test(head) || head.includes('xmlns:w="urn:schemas-microsoft-com:office:word"')) return 'html';
  return 'other';
}

export interface Imported extends Converted {
  /** What the file really is, when its extension says otherwise. */
  realKind?: string;
}

const WHAT: Record<string, string> = { '.docx': 'Word 文档（.docx）', '.doc': 'Word 97–2003 文档（.doc）', '.wps': 'WPS 文档（.wps）', '.txt': '文本文件' };

/**
 * Converts one file; an ImportError says in one Chinese sentence why it could not be. `soffice` is
 * LibreOffice's program for .doc/.wps (found on PATH by default), null for none.
 */
export async function importFile(path: string, soffice: string | null = findSoffice() ?? null): Promise<Imported> {
  const bytes = readable(() => readRegularFile(path).bytes);
  const extension = extname(path).toLowerCase();
  if (!bytes.length) throw new ImportError('文件是空的，没有可导入的内容');
  const kind = kindOf(bytes);
  const expected: Record<string, Kind> = { '.docx': 'zip', '.doc': 'ole', '.wps': 'ole', '.txt': 'other' };
  const mislabelled = (real: string) => [`文件扩展名是 ${extension}，实际是 ${real}，已按实际格式导入`];
  let result: Converted;
  switch (kind) {
    case 'encrypted':
      throw new ImportError('文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后再导入');
    case 'rtf':
      throw new ImportError(`这是 RTF 格式的文件，不是 Word 文档。${SAVE_AS_DOCX}`);
    case 'html':
      throw new ImportError(`这是网页（HTML/MHT）或 Word 2003 XML 格式的文件，不是真正的 Word 文档。${SAVE_AS_DOCX}`);
    case 'zip':
      result = convertDocx(bytes);
      if (expected[extension] !== 'zip') result.warnings.unshift(...mislabelled(WHAT['.docx']));
      break;
    case 'ole':
      result = await convertDoc(bytes, path, soffice);
      if (expected[extension] !== 'ole') result.warnings.unshift(...mislabelled(WHAT['.doc']));
      break;
    default:
      if (extension !== '.txt') throw new ImportError(`文件内容与扩展名不符：不是 ${WHAT[extension] ?? 'Word 文档'}。${SAVE_AS_DOCX}`);
      // Lines end in \n, as in the files the import writes from Word documents.
      result = { text: readable(() => decodeText(bytes, path).text).replace(/\r\n?/g, '\n'), warnings: [] };
  }
  if (!/\S/.test(result.text)) throw new ImportError('文档是空的，没有可导入的文字');
  return result;
}

/** What `read` returns; a file it cannot read is an ImportError, in the Chinese of the command line's messages. */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw new ImportError(describeProblem(messages('zh'), error.problem, error.message));
    throw error;
  }
}

export type ImportStatus = 'imported' | 'exists' | 'failed';

export interface ImportOutcome {
  source: string;
  output: string;
  status: ImportStatus;
  /** Why it failed, in one Chinese sentence. */
  message?: string;
  warnings: string[];
}

export interface ImportOptions {
  /** Folder for the results; beside each source when absent. */
  outDir?: string;
  /** Replace an existing result (the user said so). */
  overwrite?: boolean;
  /** LibreOffice's program, or null for none (found on PATH when absent). */
  soffice?: string | null;
}

/**
 * Imports one file to NAME.speech.md, written whole or not at all, never over an existing file unless
 * `overwrite`. The command line and the editor's command both go through here.
 */
export async function importToFile(source: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const output = outputPathFor(source, options.outDir);
  if (!options.overwrite && existsSync(output)) return { source, output, status: 'exists', warnings: [] };
  try {
    if (!isImportable(basename(source))) throw new ImportError(`不支持的文件类型（${extname(source) || '无扩展名'}），可导入 .docx、.doc、.wps、.txt`);
    const result = await importFile(source, options.soffice);
    if (options.outDir) mkdirSync(options.outDir, { recursive: true });
    writeWhole(output, result.text);
    return { source, output, status: 'imported', warnings: result.warnings };
  } catch (error) {
    // An ImportError says what is wrong with the file; anything else (writing the result, a document this
    // reader does not expect) is reported with its own message: one file never stops a batch.
    const message = error instanceof ImportError ? error.message : `无法导入：${(error as Error)?.message ?? String(error)}`;
    return { source, output, status: 'failed', message, warnings: [] };
  }
}
