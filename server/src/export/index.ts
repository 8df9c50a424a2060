// The export layer: a speech to Word (.docx). Loaded only when exporting (layers.ts), so the docx
// library stays out of the server's and the CLI's start-up.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SpeechDiagnostic } from '../service';

export { speechToDocx, stylesXml, type DocxOptions } from './docx';

/** Problems the writer is asked about before exporting: what must not reach the leader unnoticed. */
const EXPORT_CODES = new Set(['placeholder', 'template-residue', 'numbering-gap', 'numbering-duplicate', 'numbering-order']);

/** Diagnostics that stand in the way of a delivered document: errors, and placeholders, residue and numbering problems at any shown level. */
export function exportProblems(diagnostics: readonly SpeechDiagnostic[]): SpeechDiagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || (EXPORT_CODES.has(d.code) && (d.severity === 'warning' || d.severity === 'information')));
}

/** Writes `bytes` to `path` whole or not at all: to a temporary file beside it, then renamed over it. */
export function writeFileWhole(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: '所在文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限，或文件正在 Word、WPS 中打开',
  EBUSY: '文件正在 Word、WPS 等程序中打开，请先关闭',
  ENOSPC: '磁盘空间不足',
  EROFS: '磁盘是只读的',
  EISDIR: '同名的是一个文件夹',
};

/** Why a document could not be written, in a sentence the writer can act on. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && WRITE_ERRORS[code]) || (error as Error).message;
}
