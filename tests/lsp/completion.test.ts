import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type Session } from './lspClient';
import { MemoryFileSystem } from './memoryFileSystem';

interface Item {
  label: string;
  kind: number;
  detail: string;
  documentation: { kind: string; value: string };
  filterText: string;
  sortText: string;
  insertTextFormat: number;
  textEdit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}

describe('completion over the protocol (in-process, files in memory)', () => {
  const files = new MemoryFileSystem('/ws', {
    '.speech/phrases.json': JSON.stringify({ category: '本单位', phrases: ['奋力谱写青川高质量发展新篇章！'] }),
    '.speechrc.json': JSON.stringify({ phrases: [{ text: '青川精神：${1:内容}', category: '口号' }] }),
    'extra.json': JSON.stringify(['一线工作法要坚持']),
  });
  let session: Session;
  let version = 0;
  const uri = pathToFileURL(files.path('a.speech.md')).toString();

  /** Sets the document to `line` (after a fixed head), asks for completion at its end, and returns the items sorted as VS Code sorts them. */
  async function completeAt(...lines: string[]): Promise<{ items: Item[]; apply: (item: Item) => string }> {
    const text = lines.join('\n');
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    const last = lines.length - 1;
    const list: { isIncomplete: boolean; items: Item[] } = await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: last, character: lines[last].length },
    });
    expect(list.isIncomplete).toBe(true);
    const items = [...list.items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    const apply = (item: Item) => {
      const line = lines[item.textEdit.range.start.line];
      expect(item.textEdit.range.end).toEqual({ line: last, character: lines[last].length });
      return line.slice(0, item.textEdit.range.start.character) + item.textEdit.newText + line.slice(item.textEdit.range.end.character);
    };
    return { items, apply };
  }

  beforeAll(async () => {
    session = await startInProcess({
      files,
      rootUri: pathToFileURL(files.root).toString(),
      capabilities: { workspace: { configuration: true } },
      settings: { phrases: { paths: ['extra.json'], disabledCategories: [] } },
    });
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: ++version, text: '' } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('declares completion without trigger characters: no pop-up during pinyin composition', () => {
    expect(session.capabilities.completionProvider).toEqual({ resolveProvider: false });
  });

  it('completes a Chinese prefix, replacing exactly what was typed', async () => {
    const { items, apply } = await completeAt('在会议上的讲话', '我们要真抓');
    expect(items[0].label).toBe('真抓实干');
    expect(apply(items[0])).toBe('我们要真抓实干');
    expect(items[0].filterText.startsWith('真抓')).toBe(true);
    expect(items[0].detail).toBe('四字格 · 正文');
    expect(items[0].documentation.kind).toBe('markdown');
  });

  it('completes a prefix that includes punctuation', async () => {
    const { items, apply } = await completeAt('在会议上的讲话', '同志们：', '下面，我讲');
    expect(items.map(apply)).toContain('下面，我讲几点意见。');
  });

  it('completes pinyin initials and full pinyin, replacing the letters', async () => {
    const initials = await completeAt('在会议上的讲话', '同志们：', 'xmwjjdyj');
    expect(initials.apply(initials.items[0])).toBe('下面，我讲几点意见。');
    const full = await completeAt('在会议上的讲话', '一、甲', '工作要zhenzhua');
    expect(full.apply(full.items[0])).toBe('工作要真抓实干');
    expect(full.items[0].filterText).toBe('zhenzhuashigan');
  });

  it('inserts tab stops as a snippet', async () => {
    const { items } = await completeAt('在会议上的讲话', '同志们：', '今天，我们召开');
    const snippet = items.find((i) => i.insertTextFormat === 2)!;
    expect(snippet.textEdit.newText).toMatch(/^今天，我们召开\$\{1:/);
    expect(snippet.kind).toBe(15);
  });

  it('offers the next item and the next heading first', async () => {
    const item = await completeAt('在会议上的讲话', '一、甲', '一是抓项目。');
    expect(item.apply(item.items[0])).toBe('一是抓项目。二是');
    const heading = await completeAt('在会议上的讲话', '一、甲', '（一）子', '（二）丑', '');
    expect(heading.items.slice(0, 2).map(heading.apply)).toEqual(['（三）', '二、']);
  });

  it('offers the user phrases of .speech/phrases.json, .speechrc.json and speech.phrases.paths', async () => {
    const own = await completeAt('在会议上的讲话', '一、甲', '奋力谱写');
    const mine = own.items.find((i) => i.label === '奋力谱写青川高质量发展新篇章！')!;
    expect(own.apply(mine)).toBe('奋力谱写青川高质量发展新篇章！');
    expect(mine.detail).toBe('本单位 · 通用 · 自定义');
    const rc = await completeAt('在会议上的讲话', '一、甲', 'qcjs');
    // The user's blank gets 〔〕 when read, so left unfilled it stays visible (issue 15).
    expect(rc.apply(rc.items[0])).toBe('青川精神：${1:〔内容〕}');
    const extra = await completeAt('在会议上的讲话', '一、甲', 'yxgzf');
    expect(extra.apply(extra.items[0])).toBe('一线工作法要坚持');
  });

  it('reloads a changed phrase file, reports a malformed one, and keeps the built-in set working', async () => {
    const file = files.path('.speech/phrases.json');
    files.write('.speech/phrases.json', '{ "phrases": [ "甲", ');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    const { items, apply } = await completeAt('在会议上的讲话', '一、甲', '我们要真抓');
    expect(apply(items[0])).toBe('我们要真抓实干');
    const problems = session.published.filter((p) => p.uri === pathToFileURL(file).toString()).at(-1)!;
    expect(problems.diagnostics[0].message).toMatch(/^常用语文件不是有效的 JSON/);
    expect((await completeAt('在会议上的讲话', '一、甲', '奋力谱写')).items.map((i) => i.label)).not.toContain('奋力谱写青川高质量发展新篇章！');

    files.write('.speech/phrases.json', JSON.stringify(['奋力谱写青川新篇章！']));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    const fixed = await completeAt('在会议上的讲话', '一、甲', '奋力谱写');
    expect(fixed.items.map(fixed.apply)).toContain('奋力谱写青川新篇章！');
    expect(session.published.filter((p) => p.uri === pathToFileURL(file).toString()).at(-1)!.diagnostics).toEqual([]);
  });

  it('reloads a changed file the setting names by an absolute path', async () => {
    const file = files.path('shared/phrases.json');
    files.write('shared/phrases.json', JSON.stringify(['基层减负要落实']));
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speech: { phrases: { paths: [file], disabledCategories: [] } } } });
    expect((await completeAt('在会议上的讲话', '一、甲', '基层减负')).items.map((i) => i.label)).toContain('基层减负要落实');
    files.write('shared/phrases.json', JSON.stringify(['基层减负再加力']));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).toString(), type: 2 }] });
    const labels = (await completeAt('在会议上的讲话', '一、甲', '基层减负')).items.map((i) => i.label);
    expect(labels).toContain('基层减负再加力');
    expect(labels).not.toContain('基层减负要落实');
  });

  it('turns built-in categories off by setting', async () => {
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speech: { phrases: { disabledCategories: ['四字格'] } } } });
    const { items } = await completeAt('在会议上的讲话', '一、甲', 'zzsg');
    expect(items.map((i) => i.label)).not.toContain('真抓实干');
  });
});

describe('phrases of a .speechrc.json in a subfolder', () => {
  // The checks took the nearest .speechrc.json, the phrases only the folder's root file: a subfolder's
  // severities applied while its phrases were ignored.
  it('are offered in that subfolder, as its severities apply there, and not in another folder', async () => {
    const files = new MemoryFileSystem('/ws', {
      '.speechrc.json': JSON.stringify({ phrases: ['全区上下同心协力'] }),
      '教育局/.speechrc.json': JSON.stringify({ diagnostics: { placeholder: 'off' }, phrases: ['立德树人根本任务'] }),
    });
    const session = await startInProcess({ rootUri: pathToFileURL(files.root).toString(), files, initializationOptions: { settings: { diagnostics: { delay: 0 } } } });
    /** The labels completing `prefix` in a new document at `path`, and the codes of its diagnostics. */
    const at = async (path: string, prefix: string) => {
      const uri = pathToFileURL(files.path(path)).toString();
      const text = `完成XX万元。\n${prefix}`;
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
      const list: { items: Item[] } = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: prefix.length } });
      return { labels: list.items.map((i) => i.label), codes: (await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => d.code) };
    };
    try {
      const school = await at('教育局/2025年/开学讲话.speech.md', '立德');
      expect(school.codes).toEqual([]);
      expect(school.labels).toContain('立德树人根本任务');
      expect((await at('教育局/a.speech.md', '全区')).labels).not.toContain('全区上下同心协力');
      const finance = await at('财政局/预算讲话.speech.md', '立德');
      expect(finance.codes).toEqual(['placeholder']);
      expect(finance.labels).not.toContain('立德树人根本任务');
      expect((await at('财政局/b.speech.md', '全区')).labels).toContain('全区上下同心协力');
      // The insert-phrase picker: a document's phrases when it names one, the folder's own without.
      const picked = async (params?: object) => ((await session.connection.sendRequest('speech/phrases', params)) as { text: string }[]).map((p) => p.text);
      expect(await picked({ textDocument: { uri: pathToFileURL(files.path('教育局/a.speech.md')).toString() } })).toContain('立德树人根本任务');
      expect(await picked()).toEqual(expect.arrayContaining(['全区上下同心协力']));
      expect(await picked()).not.toContain('立德树人根本任务');
    } finally {
      await session.close();
    }
  });
});
