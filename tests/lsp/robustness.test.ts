// Hostile input over the real protocol: the server answers on, reports on the file at fault, and keeps
// the client's text (issue 17). Each case killed or blocked the server before.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from './lspClient';

let session: LspSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const open = (s: LspSession, uri: string, text: string, version = 1) =>
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version, text } });
const symbolNames = async (s: LspSession, uri: string) =>
  ((await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string }[]).map((x) => x.name);

describe('URIs Node cannot turn into a path', () => {
  for (const trusted of [true, false]) {
    it(`are served like unsaved files (${trusted ? 'trusted' : 'untrusted'} workspace)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-uri-'));
      session = await startServer({ rootUri: pathToFileURL(dir).toString(), initializationOptions: { trusted } });
      const share = 'file://server/share/a.speech.md';
      const slash = 'file:///tmp/a%2Fb.speech.md';
      await open(session, share, '一、甲\n完成XX万元。');
      await open(session, slash, '一、乙');
      const published = await session.diagnostics((p) => p.uri === share);
      expect(published.diagnostics.map((d) => d.code)).toEqual(['placeholder']);
      const symbols = (await session.connection.sendRequest('workspace/symbol', { query: '' })) as { name: string; location: { uri: string } }[];
      expect(symbols.map((s) => s.name).sort()).toEqual(['一、乙', '一、甲']);
      expect(await symbolNames(session, slash)).toEqual(['一、乙']);
    });
  }
});

describe('a .speechrc.json', () => {
  it('nested 5,000 levels is refused with a problem on it; the speech is checked with the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-deep-'));
    writeFileSync(join(dir, '.speechrc.json'), '{"diagnostics":' + '['.repeat(5000) + ']'.repeat(5000) + '}');
    session = await startServer({ rootUri: pathToFileURL(dir).toString() });
    const uri = pathToFileURL(join(dir, 'a.speech.md')).toString();
    await open(session, uri, '完成XX万元。');
    const rc = await session.diagnostics((p) => p.uri.endsWith('.speechrc.json'));
    expect(rc.diagnostics.map((d) => d.message)).toEqual(['.speechrc.json 嵌套过深（超过 64 层），未读取，已改用默认设置']);
    expect((await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['placeholder']);
  });

  it('that is a FIFO is refused with a problem, never waited on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-fifo-'));
    execFileSync('mkfifo', [join(dir, '.speechrc.json')]);
    session = await startServer({ rootUri: pathToFileURL(dir).toString() });
    const uri = pathToFileURL(join(dir, 'a.speech.md')).toString();
    await open(session, uri, '完成XX万元。');
    expect((await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['placeholder']);
    const rc = await session.diagnostics((p) => p.uri.endsWith('.speechrc.json'));
    expect(rc.diagnostics.map((d) => d.message)).toEqual(['.speechrc.json 不是普通文件，未读取，已改用默认设置']);
  });

  it('with a pattern that backtracks without bound has it refused, and checking finishes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-redos-'));
    writeFileSync(join(dir, '.speechrc.json'), JSON.stringify({ placeholders: ['(a+)+$'], residue: ['^(a|aa)+$'] }));
    session = await startServer({ rootUri: pathToFileURL(dir).toString() });
    const uri = pathToFileURL(join(dir, 'a.speech.md')).toString();
    await open(session, uri, 'a'.repeat(40) + 'b\n完成XX万元。');
    expect((await session.diagnostics((p) => p.uri === uri)).diagnostics.map((d) => d.code)).toEqual(['placeholder']);
    const rc = await session.diagnostics((p) => p.uri.endsWith('.speechrc.json'));
    expect(rc.diagnostics.map((d) => d.message.split('未采用')[0])).toEqual(['“placeholders”中的正则表达式 (a+)+$ ', '“residue”中的正则表达式 ^(a|aa)+$ ']);
  });
});

describe('phrase files', () => {
  /** Completion labels at the end of `text`: built-in phrases must be among them whatever the files hold. */
  async function complete(s: LspSession, uri: string, text: string) {
    await open(s, uri, text);
    const list = (await s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } })) as { items: { label: string }[] };
    return list.items.map((i) => i.label);
  }

  it('that are a FIFO, a link to /dev/zero, too deep or too long are refused with a problem; built-in phrases still complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-phrases-'));
    mkdirSync(join(dir, '.speech'));
    execFileSync('mkfifo', [join(dir, '.speech', 'phrases.json')]);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    writeFileSync(join(dir, 'deep.json'), '['.repeat(5000) + ']'.repeat(5000));
    writeFileSync(join(dir, 'many.json'), JSON.stringify(Array.from({ length: 30_000 }, (_, i) => `常用语${i}`)));
    writeFileSync(join(dir, 'huge.json'), JSON.stringify(['很长的常用语'.repeat(200_000)]));
    session = await startServer({
      rootUri: pathToFileURL(dir).toString(),
      capabilities: { workspace: { configuration: true } },
      settings: { phrases: { paths: ['zero.json', 'deep.json', 'many.json', 'huge.json'], disabledCategories: [] } },
    });
    const labels = await complete(session, pathToFileURL(join(dir, 'a.speech.md')).toString(), 'tongzhimen');
    expect(labels).toContain('同志们：');
    const problem = async (name: string) => (await session!.diagnostics((p) => p.uri.endsWith(name) && p.diagnostics.length > 0)).diagnostics.map((d) => d.message);
    expect(await problem('phrases.json')).toEqual(['常用语文件不是普通文件，未读取']);
    expect(await problem('zero.json')).toEqual(['常用语文件不是普通文件，未读取']);
    expect(await problem('deep.json')).toEqual(['常用语文件嵌套过深（超过 64 层），未读取']);
    expect(await problem('many.json')).toEqual(['自定义常用语超过 20000 条，其余未载入']);
    expect(await problem('huge.json')).toEqual(['常用语文件过大（超过 1 MB），未读取']);
  });
});

describe('line ends joined by an edit', () => {
  // The text-document library counted an inserted \n after a lone \r as a line of its own: one line off.
  it('keep the server on the client’s lines', async () => {
    session = await startServer();
    const uri = 'untitled:joined.speech.md';
    await open(session, uri, '讲话\r一、甲\n二、乙');
    const edit = async (version: number, line: number, character: number, text: string) =>
      session!.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
      });
    await edit(2, 1, 0, '\n'); // 讲话\r\n一、甲\n二、乙: still three lines
    await edit(3, 2, 0, '三、丙\n'); // before 二、乙 on the client
    expect(await symbolNames(session, uri)).toEqual(['讲话']);
    const [title] = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { children: { name: string; selectionRange: { start: { line: number } } }[] }[];
    expect(title.children.map((c) => `${c.selectionRange.start.line}:${c.name}`)).toEqual(['1:一、甲', '2:三、丙', '3:二、乙']);
  });
});

describe('problems on a .speechrc.json', () => {
  // Configuration and phrase problems were sent apart for the same file: the later replaced the earlier.
  it('from the configuration and from its phrases are shown together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-lsp-rc-both-'));
    const rc = join(dir, '.speechrc.json');
    writeFileSync(rc, '{ "placeholders": ["("], "phrases": [1] }');
    session = await startServer({ rootUri: pathToFileURL(dir).toString() });
    const uri = pathToFileURL(join(dir, 'a.speech.md')).toString();
    await open(session, uri, '一、甲');
    await session.diagnostics((p) => p.uri === uri);
    // Without params: the phrases (and phrase problems) of the folder's own .speechrc.json.
    expect(((await session.connection.sendRequest('speech/phrases')) as unknown[]).length).toBeGreaterThan(100);
    const published = await session.diagnostics((p) => p.uri === pathToFileURL(rc).toString() && p.diagnostics.length === 2);
    expect(published.diagnostics.map((d) => d.code).sort()).toEqual(['phrases', 'speechrc']);
  });
});
