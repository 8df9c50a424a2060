// The editor's import over LSP: the bundled server lists the files of a folder and imports one at a time,
// loading dist/import.js on the first import; a bad file is an answer, never a failed request.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FILE_REQUEST, IMPORT_LIST_REQUEST, type ImportFileResult, type ImportListResult } from '../../server/src/protocol';
import { root } from '../helpers';
import { startServer, type LspSession } from '../lsp/lspClient';

const fixtures = join(root, 'tests/fixtures/import');

describe('speech/importList and speech/importFile', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = await startServer();
  });
  afterAll(() => session.close());

  it('lists the importable files of a folder, and says when a folder has none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'speech-import-list-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'sub', 'notes.md'), 'x');
    const list = await session.connection.sendRequest<ImportListResult>(IMPORT_LIST_REQUEST, { paths: [fixtures, empty] });
    expect(list.sources.map((s) => s.slice(fixtures.length + 1))).toEqual([
      'bomb.docx',
      'empty.docx',
      'empty.txt',
      'encrypted.docx',
      'gbk.txt',
      'mislabelled.doc',
      'not-word.docx',
      'numbered-libreoffice.doc',
      'numbered.docx',
      'old.doc',
      'saved-by-wps.wps',
      'textbox.docx',
      'truncated.docx',
      'utf16.txt',
      'webpage.doc',
    ]);
    expect(list.problems).toEqual([{ path: empty, message: '文件夹里没有 .docx、.doc、.wps 或 .txt 文件' }]);
  });

  it('imports into a folder, keeps an existing result unless told to replace it, and answers a bad file with its reason', async () => {
    const out = mkdtempSync(join(tmpdir(), 'speech-import-out-'));
    const send = (source: string, overwrite = false) => session.connection.sendRequest<ImportFileResult>(IMPORT_FILE_REQUEST, { source: join(fixtures, source), outDir: out, overwrite });
    const expected = readFileSync(join(fixtures, 'numbered.speech.md'), 'utf8');
    expect(await send('numbered.docx')).toEqual({ source: join(fixtures, 'numbered.docx'), output: join(out, 'numbered.speech.md'), status: 'imported', warnings: [] });
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe(expected);
    writeFileSync(join(out, 'numbered.speech.md'), '改过的稿子\n');
    expect((await send('numbered.docx')).status).toBe('exists');
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe('改过的稿子\n');
    expect((await send('numbered.docx', true)).status).toBe('imported');
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe(expected);
    expect(await send('encrypted.docx')).toMatchObject({ status: 'failed', message: '文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后再导入' });
  });
});
