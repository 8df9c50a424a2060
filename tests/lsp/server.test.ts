import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { fixture, lines } from '../helpers';
import { startInProcess, startServer, type LspSession, type Session } from './lspClient';
import { MemoryFileSystem } from './memoryFileSystem';

interface Symbol {
  name: string;
  detail: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  children: Symbol[];
}
const names = (symbols: Symbol[]): unknown => symbols.map((s) => (s.children.length ? [s.name, names(s.children)] : s.name));

describe('dist/server.js --stdio over the real protocol', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'speech-ws-'));
  const uri = pathToFileURL(join(workspace, 'open.speech.md')).toString();
  let session: LspSession;

  beforeAll(async () => {
    session = await startServer({ rootUri: pathToFileURL(workspace).toString() });
  });
  afterAll(async () => {
    await session.close();
  });

  it('answers documentSymbol with the hierarchical outline', async () => {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'speech', version: 1, text: fixture('corpus/002.speech.md') },
    });
    const symbols: Symbol[] = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['一、总结,我们要客观', '二、目标,我们要完成', '三、作风,我们要过硬']);
    expect(symbols[0].children.map((s) => s.name)).toEqual(['(一)经济发展险中有进', '(二)重点工作攻坚有力', '(三)社会事业推进有序']);
    expect(symbols[0].children[1].children.map((s) => s.detail)).toEqual(['一是', '一是', '一是']);
  });

  it('applies incremental changes and answers from the new version', async () => {
    // Insert a level-1 heading at the start of line 2 (0-based), before 一、.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '零、新增的开篇\n' }],
    });
    let symbols: Symbol[] = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)[0]).toBe('一、总结,我们要客观');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: '四、' }],
    });
    symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['四、新增的开篇', '一、总结,我们要客观', '二、目标,我们要完成', '三、作风,我们要过硬']);
    expect(symbols[1].range.start.line).toBe(3);
  });

  it('answers foldingRange for every section', async () => {
    const doc = pathToFileURL(join(workspace, 'fold.speech.md')).toString();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: doc, languageId: 'speech', version: 1, text: lines('在会议上的讲话', '一、甲', '正文。', '（一）乙', '正文。', '二、丙', '正文。') },
    });
    const ranges = await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: doc } });
    expect(ranges).toEqual([
      { startLine: 0, endLine: 6 },
      { startLine: 1, endLine: 4 },
      { startLine: 3, endLine: 4 },
      { startLine: 5, endLine: 6 },
    ]);
  });
});

describe('workspace/symbol over a folder (in-process, files in memory)', () => {
  const files = new MemoryFileSystem('/ws', {
    'a.speech.md': lines('在全区经济工作会议上的讲话', '一、稳增长', '（一）抓项目'),
    '2025年/区长讲话.speech.md': lines('同志们：', '一、抓项目建设'),
    'node_modules/x.speech.md': '一、不应出现',
    'notes.md': '一、不是讲话稿',
  });
  let session: Session;

  beforeAll(async () => {
    session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files });
    // Open in the editor, never saved: answered from the editor's text.
    const uri = pathToFileURL(files.path('open.speech.md')).toString();
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: lines('讲话', '四、新增的开篇') } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('answers workspace/symbol over the .speech.md files on disk and the open documents', async () => {
    const all: { name: string; location: { uri: string } }[] = await session.connection.sendRequest('workspace/symbol', { query: '' });
    const byFile = (file: string) => all.filter((s) => decodeURIComponent(s.location.uri).endsWith(file)).map((s) => s.name);
    expect(byFile('/a.speech.md')).toEqual(['在全区经济工作会议上的讲话', '一、稳增长', '（一）抓项目']);
    expect(byFile('/2025年/区长讲话.speech.md')).toEqual(['一、抓项目建设']);
    expect(byFile('/open.speech.md')).toContain('四、新增的开篇');
    expect(all.some((s) => s.name.includes('不应出现') || s.name.includes('不是讲话稿'))).toBe(false);
    const filtered: { name: string }[] = await session.connection.sendRequest('workspace/symbol', { query: '项目' });
    expect(filtered.map((s) => s.name).sort()).toEqual(['一、抓项目建设', '（一）抓项目']);
  });

  it('sees a file written to disk after start-up', async () => {
    files.write('later.speech.md', lines('同志们：', '一、后来加入的文件'));
    const found: { name: string }[] = await session.connection.sendRequest('workspace/symbol', { query: '后来' });
    expect(found.map((s) => s.name)).toEqual(['一、后来加入的文件']);
  });

  it('stops reading a large folder when the editor cancels the query', async () => {
    const folder = new MemoryFileSystem('/many');
    for (let i = 0; i < 400; i++) folder.write(`${String(i).padStart(3, '0')}.speech.md`, fixture('corpus/001.speech.md'));
    const many = await startInProcess({ rootUri: pathToFileURL(folder.root).toString(), files: folder });
    try {
      const source = new CancellationTokenSource();
      const answer = many.connection.sendRequest('workspace/symbol', { query: '经济' }, source.token);
      source.cancel();
      await expect(answer).rejects.toMatchObject({ code: -32800 }); // LSP RequestCancelled
      // Not cancelled, the same query is answered in full.
      const all: unknown[] = await many.connection.sendRequest('workspace/symbol', { query: '' });
      expect(all.length).toBeGreaterThan(400);
    } finally {
      await many.close();
    }
  });
});

describe('textDocument/codeLens', () => {
  it('puts the time and 字数 of each level-1 section above its heading', async () => {
    const session = await startInProcess({ initializationOptions: { settings: { speakingRate: 60 } } });
    try {
      const uri = 'untitled:lens';
      // 一、甲 (2) + 正文内容。(4) + （一）丙 (2) = 8 字, 二、乙 (2) + 正文。(2) = 4 字; at 60 字 a minute, a second each.
      const text = lines('在会议上的讲话', '一、甲', '正文内容。', '（一）丙', '二、乙', '正文。');
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
      const lenses: { range: { start: { line: number } }; command: { title: string; command: string } }[] = await session.connection.sendRequest('textDocument/codeLens', {
        textDocument: { uri },
      });
      expect(lenses.map((l) => [l.range.start.line, l.command.title, l.command.command])).toEqual([
        [1, '8 characters · about 8 s · page 1', 'speech.showStatistics'],
        [4, '4 characters · about 4 s · page 1', 'speech.showStatistics'],
      ]);
    } finally {
      await session.close();
    }
  });
});

describe('pages: speech/statistics, hover and speech/preview', () => {
  it('counts the pages, explains a heading on hover, and sends the pages for the preview', async () => {
    const session = await startInProcess();
    try {
      const uri = 'untitled:pages';
      // 一、 and 20 full lines of the official grid (26 on the first line, 28 after): 21 of 22 lines.
      const text = lines('一、甲', '国'.repeat(26 + 28 * 19), '二、乙', '正文XX。');
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
      const statistics: { pages: number; sections: { name: string; page: number; pages: number }[] } = await session.connection.sendRequest('speech/statistics', { textDocument: { uri } });
      expect(statistics.pages).toBe(2);
      // 二、 would be the last line of page 1: kept with the line after it, it opens page 2.
      expect(statistics.sections.map((s) => [s.name, s.page, s.pages])).toEqual([
        ['一、甲', 1, 1],
        ['二、乙', 2, 1],
      ]);
      const hover: { contents: { kind: string; value: string } } = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
      expect(hover.contents).toEqual({ kind: 'markdown', value: '**一级标题** · 5 characters · about 2 s · page 2' }); // 二乙 正文 XX
      const placeholder: { contents: { value: string } } = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } });
      expect(placeholder.contents.value).toMatch(/^\*\*占位符未替换\*\*（`placeholder`）：/);
      const preview: { version: number; pages: { number: number; lines: { line: number; role: string }[] }[]; style: { name: string }; problems: { line: number; text: string }[]; presets: string[] } =
        await session.connection.sendRequest('speech/preview', { textDocument: { uri }, preset: 'reading' });
      expect(preview.style.name).toBe('reading');
      expect(preview.presets).toEqual(expect.arrayContaining(['official', 'reading']));
      // The reading copy: 16 lines of 40 pt to a page (20 characters to a line), 31 lines in all.
      expect(preview.pages.map((p) => p.lines.length)).toEqual([16, 15]);
      expect(preview.pages.at(-1)!.lines.at(-1)).toMatchObject({ line: 3, role: 'body' });
      expect(preview.problems).toContainEqual(expect.objectContaining({ line: 3, text: 'XX' }));
    } finally {
      await session.close();
    }
  });
});

describe('requests the editor cancelled while they waited', () => {
  it.each([
    ['textDocument/documentSymbol', {}],
    ['textDocument/foldingRange', {}],
    ['textDocument/codeLens', {}],
    ['textDocument/completion', { position: { line: 0, character: 0 } }],
    ['textDocument/codeAction', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
    ['speech/statistics', {}],
  ])('%s is answered RequestCancelled, not computed', async (method, params) => {
    const session = await startInProcess();
    try {
      const uri = 'untitled:long';
      const text = Array.from({ length: 40 }, (_, i) => `第${i + 1}篇：讲话\n${fixture('corpus/001.speech.md')}`).join('\n');
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
      // The first request keeps the server busy parsing the 3 MB just opened (well over 10 ms), so the
      // second and its cancellation, sent in the same tick, arrive while it waits.
      const busy = session.connection.sendRequest(method, { textDocument: { uri }, ...params });
      const source = new CancellationTokenSource();
      const stale = session.connection.sendRequest(method, { textDocument: { uri }, ...params }, source.token);
      source.cancel();
      await expect(stale).rejects.toMatchObject({ code: -32800 }); // LSP RequestCancelled
      expect(await busy).not.toBeNull();
    } finally {
      await session.close();
    }
  });
});

describe('settings', () => {
  it('pulls speech.outline.inlineItems through workspace/configuration and honours it', async () => {
    const session = await startInProcess({ capabilities: { workspace: { configuration: true } }, settings: { outline: { inlineItems: false } } });
    try {
      const uri = 'untitled:Untitled-1';
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'speech', version: 1, text: lines('一、甲', '一是甲一。二是甲二。') },
      });
      const symbols: Symbol[] = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      expect(session.serverRequests).toContain('workspace/configuration');
      expect(names(symbols)).toEqual(['一、甲']);
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speech: { outline: { inlineItems: true } } } });
      const again: Symbol[] = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      expect(names(again)).toEqual([['一、甲', ['一是甲一', '二是甲二']]]);
    } finally {
      await session.close();
    }
  });
});

describe('a request whose handler throws', () => {
  it('is answered with an error and logged once with the request name, without the speech', async () => {
    // A file system that fails where nothing expects it: looking for the .speechrc.json of a document.
    const files = new MemoryFileSystem('/ws');
    files.statSync = () => {
      throw new Error('the disk went away');
    };
    const session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files });
    const logged: string[] = [];
    session.connection.onNotification('window/logMessage', ({ message }: { message: string }) => logged.push(message));
    try {
      const uri = pathToFileURL(files.path('a.speech.md')).toString();
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text: '同志们：\n我们要真抓' } });
      await expect(session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 5 } })).rejects.toThrow(/the disk went away/);
      const lines = logged.filter((m) => m.startsWith('textDocument/completion'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^textDocument\/completion failed: Error: the disk went away\n\s+at /);
      expect(lines[0]).not.toContain('真抓');
    } finally {
      await session.close();
    }
  });
});
