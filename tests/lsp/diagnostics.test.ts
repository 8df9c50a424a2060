import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, LineIndex } from '../../server/src/service';
import { lines } from '../helpers';
import { startInProcess, startServer, type LspDiagnostic, type LspSession } from './lspClient';
import { MemoryFileSystem } from './memoryFileSystem';

type LspEdit = { range: LspDiagnostic['range']; newText: string };

/** Applies LSP edits to a text (positions are UTF-16, like JavaScript strings). */
function applyLspEdits(text: string, edits: LspEdit[]): string {
  const index = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText })));
}

describe('diagnostics over the real protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-diag-'));
  const uri = pathToFileURL(join(dir, 'a.speech.md')).toString();
  const text = lines('在会议上的讲话', '同志们：', '下面，我讲三点意见。', '一、甲', '完成XX万元。', '二、乙', '四、丙', '五、丁');
  let session: LspSession;
  const applied: { edit: { changes: Record<string, LspEdit[]> } }[] = [];

  beforeAll(async () => {
    session = await startServer({ rootUri: pathToFileURL(dir).toString() });
    session.connection.onRequest('workspace/applyEdit', (params: { edit: { changes: Record<string, LspEdit[]> } }) => {
      applied.push(params);
      return { applied: true };
    });
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('publishes diagnostics on open with source, code, severity, range and related information', async () => {
    const { diagnostics } = await session.diagnostics((p) => p.uri === uri && p.version === 1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['count-mismatch', 2, 'speech', 2, 5, 7],
      ['placeholder', 2, 'speech', 4, 2, 4],
      ['numbering-gap', 1, 'speech', 6, 0, 2],
    ]);
    const mismatch = diagnostics[0];
    expect(mismatch.message).toBe('开头说“三点”，实际有四点');
    expect(mismatch.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message])).toEqual([
      [uri, 3, '第一项 “一、”'],
      [uri, 7, '最后一项 “五、”'],
    ]);
    // Each code links to its section of docs/rules.md in the extension's folder, a file that is there.
    const href = (diagnostics[0] as LspDiagnostic & { codeDescription?: { href: string } }).codeDescription?.href ?? '';
    expect(href).toMatch(/\/docs\/rules\.md#count-mismatch$/);
    expect(existsSync(fileURLToPath(href.split('#')[0]))).toBe(true);
  });

  it('offers quick fixes as code actions whose edits give the corrected text', async () => {
    const { diagnostics } = await session.diagnostics((p) => p.uri === uri && p.version === 1);
    const gap = diagnostics.find((d) => d.code === 'numbering-gap')!;
    const actions: { title: string; kind: string; isPreferred: boolean; edit: { changes: Record<string, LspEdit[]> } }[] = await session.connection.sendRequest(
      'textDocument/codeAction',
      { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } },
    );
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([['重新编号：四、→三、', 'quickfix', true]]);
    expect(applyLspEdits(text, actions[0].edit.changes[uri])).toBe(text.replace('四、丙', '三、丙').replace('五、丁', '四、丁'));
    const count = diagnostics.find((d) => d.code === 'count-mismatch')!;
    const [change] = await session.connection.sendRequest<typeof actions>('textDocument/codeAction', { textDocument: { uri }, range: count.range, context: { diagnostics: [count] } });
    expect(applyLspEdits(text, change.edit.changes[uri])).toBe(text.replace('三点意见', '四点意见'));
  });

  it('source.fixAll.speech fixes what one fix uncovers in one request, and a second request finds nothing', async () => {
    const listUri = pathToFileURL(join(dir, 'list.speech.md')).toString();
    const listText = '一是甲。二是乙。第三，丙。第四，丁。';
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: listUri, languageId: 'speech', version: 1, text: listText } });
    await session.diagnostics((p) => p.uri === listUri && p.version === 1);
    const fixAll = (version: number) =>
      session.connection.sendRequest<{ kind: string; edit: { changes: Record<string, LspEdit[]> } }[]>('textDocument/codeAction', {
        textDocument: { uri: listUri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      }).then((actions) => ({ version, actions }));
    const [first] = (await fixAll(1)).actions;
    const fixed = applyLspEdits(listText, first.edit.changes[listUri]);
    expect(fixed).toBe('一是甲。二是乙。三是丙。四是丁。');
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: listUri, version: 2 }, contentChanges: [{ text: fixed }] });
    expect((await fixAll(2)).actions).toEqual([]);
  });

  it('runs the renumber command through workspace/applyEdit', async () => {
    const result = await session.connection.sendRequest('workspace/executeCommand', { command: '_speech.renumber', arguments: [uri] });
    expect(result).toEqual({ applied: true, edits: 2 });
    expect(applyLspEdits(text, applied[0].edit.changes[uri])).toBe(text.replace('四、丙', '三、丙').replace('五、丁', '四、丁'));
  });

  it('publishes again after an incremental change, for the new version', async () => {
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, text: '三' }],
    });
    const { diagnostics } = await session.diagnostics((p) => p.uri === uri && p.version === 2);
    // 一、二、三、五、: the gap is now before 五、 on line 7.
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['count-mismatch', 2],
      ['placeholder', 4],
      ['numbering-gap', 7],
    ]);
  });
});

describe('.speechrc.json (in-process, files in memory)', () => {
  it('applies it, reports a malformed one on that file, and keeps serving', async () => {
    const files = new MemoryFileSystem('/ws', { '.speechrc.json': '{ "diagnostics": { "placeholder": "off" } }' });
    const session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files });
    const wait = session.diagnostics;
    try {
      const uri = pathToFileURL(files.path('a.speech.md')).toString();
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: lines('完成XX万元。', '一是甲。三是乙。') } });
      expect((await wait((p) => p.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['numbering-gap']);

      files.write('.speechrc.json', '{ "diagnostics": { "placeholder": ');
      const rcUri = pathToFileURL(files.path('.speechrc.json')).toString();
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      const rcProblems = await wait((p) => p.uri === rcUri);
      expect(rcProblems.diagnostics).toHaveLength(1);
      expect(rcProblems.diagnostics[0].message).toMatch(/^\.speechrc\.json 不是有效的 JSON/);
      expect((await wait((p) => p.uri === uri && p.diagnostics.length === 2)).diagnostics.map((d) => d.code)).toEqual(['placeholder', 'numbering-gap']);

      files.write('.speechrc.json', '{}');
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      expect((await wait((p) => p.uri === rcUri && p.diagnostics.length === 0)).diagnostics).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('workspace trust', () => {
  it('does not read the workspace .speechrc.json when told the workspace is untrusted', async () => {
    const files = new MemoryFileSystem('/ws', { '.speechrc.json': '{ "diagnostics": { "placeholder": "off" } }' });
    const session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files, initializationOptions: { trusted: false } });
    try {
      const uri = pathToFileURL(files.path('a.speech.md')).toString();
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: '完成XX万元。' } });
      expect((await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['placeholder']);
    } finally {
      await session.close();
    }
  });
});

describe('speech.diagnostics.maxProblems', () => {
  // A fractional value (from settings.json by hand, or another client) counts as its whole part.
  it.each([2, 2.5])('publishes at most that many, errors first (%s)', async (maxProblems) => {
    const session = await startInProcess({ initializationOptions: { settings: { diagnostics: { maxProblems, delay: 0 } } } });
    try {
      const uri = 'untitled:cap';
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: lines('完成XX万元。', '完成XX万元。', '一、甲', '三、乙', '完成XX万元。') } });
      expect((await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
        ['numbering-gap', 3],
        ['placeholder', 0],
      ]);
    } finally {
      await session.close();
    }
  });
});

describe('a speech moved by an edit before it', () => {
  it('keeps its problems, silenced ones and fixes where the speech now stands', async () => {
    const session = await startInProcess({ initializationOptions: { settings: { diagnostics: { delay: 0 } } } });
    const wait = async (version: number) => (await session.diagnostics((p) => p.version === version)).diagnostics;
    try {
      const uri = 'untitled:collection';
      const first = ['第1篇：讲话', '在会议上的讲话', '同志们：', '一、甲', '正文一。', '正文二。', '正文三。', '正文四。', '正文五。', '二、乙', '正文六。'];
      const second = ['第2篇：讲话', '在会议上的讲话', '一、甲', '完成XX万元。', '三、乙', '<!-- speech-disable-next-line -->', '完成XX亿元。'];
      const text = lines(...first, ...second);
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
      const where = (diagnostics: LspDiagnostic[]) => diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
      expect(where(await wait(1))).toEqual([
        ['placeholder', 14, 2, 14, 4],
        ['numbering-gap', 15, 0, 15, 2],
      ]);
      // A line added to the first speech, far enough from the second that the second is carried over as it was.
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '新增一句。\n' }],
      });
      const moved = await wait(2);
      expect(where(moved)).toEqual([
        ['placeholder', 15, 2, 15, 4],
        ['numbering-gap', 16, 0, 16, 2],
      ]);
      const edited = applyLspEdits(text, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '新增一句。\n' }]);
      const gap = moved[1];
      const [renumber] = await session.connection.sendRequest<{ title: string; edit: { changes: Record<string, LspEdit[]> } }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: gap.range,
        context: { diagnostics: [gap] },
      });
      expect(renumber.title).toBe('重新编号：三、→二、');
      expect(applyLspEdits(edited, renumber.edit.changes[uri])).toBe(edited.replace('三、乙', '二、乙'));
    } finally {
      await session.close();
    }
  });
});

describe('a .speechrc.json in a subfolder, saved and deleted', () => {
  it('has its configuration and phrase problems reported when saved, and cleared when deleted', async () => {
    const files = new MemoryFileSystem('/ws');
    const session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files });
    const rc = pathToFileURL(files.path('教育局/.speechrc.json')).toString();
    const changed = (type: number) => session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rc, type }] });
    try {
      const uri = pathToFileURL(files.path('教育局/a.speech.md')).toString();
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: '一、甲' } });
      files.write('教育局/.speechrc.json', '{ "placeholders": ["("], "phrases": [1] }');
      await changed(1);
      const both = await session.diagnostics((p) => p.uri === rc && p.diagnostics.length === 2);
      expect(both.diagnostics.map((d) => d.code).sort()).toEqual(['phrases', 'speechrc']);
      files.delete('教育局/.speechrc.json');
      await changed(3);
      await session.diagnostics((p) => p.uri === rc && p.diagnostics.length === 0);
      expect(session.published.filter((p) => p.uri === rc).at(-1)!.diagnostics).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
