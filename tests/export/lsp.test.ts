// speech/export over LSP, as the VS Code command asks it: the built server and export layer (dist/).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, expect, test } from 'vitest';
import { EXPORT_REQUEST, type ExportResult } from '../../server/src/protocol';
import { lines } from '../helpers';
import { startServer, type LspSession } from '../lsp/lspClient';

let session: LspSession | undefined;
afterEach(async () => session?.close());

test('an open speech with a placeholder: listed and not written, then written when forced, as the editor has it', async () => {
  session = await startServer({ initializationOptions: { settings: { export: { preset: 'reading' } } } });
  const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-export-'));
  const uri = pathToFileURL(join(dir, 'open.speech.md')).href;
  const target = join(dir, 'open.docx');
  const text = lines('一、总体要求', '', '今年完成XX亿元。');
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
  const asked = await session.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { textDocument: { uri }, target });
  expect(asked).toEqual({ written: false, problems: [{ line: 3, severity: 'warning', code: 'placeholder', message: expect.stringContaining('XX') }] });
  expect(existsSync(target)).toBe(false);
  const forced = await session.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { textDocument: { uri }, target, force: true });
  expect(forced.written).toBe(true);
  // Settings speech.export.preset: the reading copy, with its speaking time.
  expect(strFromU8(unzipSync(readFileSync(target))['word/document.xml'])).toContain('今年完成XX亿元。');
  expect(strFromU8(unzipSync(readFileSync(target))['word/document.xml'])).toContain('（约1分钟）');
});

test('a clean file that is not open is read from disk; an unwritable target is an error, not a crash', async () => {
  session = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-export-'));
  writeFileSync(join(dir, 'closed.speech.md'), lines('同志们：', '', '今天开会。'));
  const uri = pathToFileURL(join(dir, 'closed.speech.md')).href;
  const result = await session.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { textDocument: { uri }, target: join(dir, 'closed.docx') });
  expect(result).toEqual({ written: true, problems: [] });
  const failed = await session.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { textDocument: { uri }, target: join(dir, 'no-such-folder', 'x.docx') });
  expect(failed.written).toBe(false);
  expect(failed.error).toBe('所在文件夹不存在');
});
