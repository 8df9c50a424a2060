// Benchmarks dist/server.js over stdio, as an editor uses it, on documents generated from the real
// corpus (50 KB, 1 MB, 5 MB), and compares with VS Code's Markdown language server and AutoCorrect on
// the same text. Not part of `npm test`. Usage: npm run bench (prints a table, writes bench/results.json).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-jsonrpc/node.js';
import { startLsp as startSharedLsp } from '../tests/lsp/lspProcess.mjs';
import MarkdownIt from 'markdown-it';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'tests/fixtures/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.speech.md'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const EDITS = 100;

/** Real speeches repeated up to `bytes` UTF-8 bytes, each under its own 第N篇 header. */
function buildDocument(bytes, speeches = corpus) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let part = `第${i + 1}篇：讲话\n${speeches[i % speeches.length]}\n`;
    if (size + Buffer.byteLength(part) > bytes) part = part.slice(0, Math.max(200, Math.floor((bytes - size) / 3)));
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n, digits = 1) => Number(n.toFixed(digits));

/** The shared LSP client (tests/lsp/lspProcess.mjs) for a server command, timing publishDiagnostics. */
async function startLsp(args, initialize = {}, onRequest = () => null) {
  const waiters = [];
  const onPublish = (p) => {
    for (const w of [...waiters]) if (w.test(p)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(performance.now()));
  };
  const { child, connection, close } = await startSharedLsp(args, { initialize, onRequest, onPublish });
  return {
    child,
    connection,
    /** Resolves with the time a publishDiagnostics matching `test` arrives. */
    diagnostics: (test) => new Promise((resolve) => waiters.push({ test, resolve })),
    /** Resident memory now (VmRSS) or at its peak (VmHWM), in MB. */
    memoryMb: (field) => round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024, 1),
    stop: close,
  };
}

const startSpeechServer = (initialize) => startLsp([join(root, 'dist/server.js'), '--stdio'], initialize);

/** The change typing 甲 at the start of `line` (even versions) or deleting it again (odd ones). */
function typeOrErase(line, version) {
  const insert = version % 2 === 0;
  return { range: { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } }, text: insert ? '甲' : '' };
}

/** `speech-writer check` on a file, as JSON, problems not counted as failure. */
function runCheck(file) {
  return spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--exit-zero', '--format', 'json', file], { maxBuffer: 1 << 30 });
}

async function benchSpeechServer(label, text) {
  const started = performance.now();
  // No debounce: the figures are the server's own work, not a wait.
  const server = await startSpeechServer({ initializationOptions: { settings: { diagnostics: { delay: 0 } } } });
  const startMs = performance.now() - started;
  const idleMb = server.memoryMb('VmRSS');
  const uri = `untitled:bench-${label}`;
  const lines = text.split('\n');
  let version = 1;
  const opened = performance.now();
  const firstDiagnostics = server.diagnostics((p) => p.uri === uri && p.version === 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version, text } });
  const firstPublish = (await firstDiagnostics) - opened;

  // One-character edits in the middle: type a character, then delete it, alternately.
  const middle = Math.floor(lines.length / 2);
  const edit = async () => {
    version++;
    const published = server.diagnostics((p) => p.uri === uri && p.version === version);
    const at = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typeOrErase(middle, version)] });
    return { at, published };
  };
  const diagnosticsAfterEdit = [];
  for (let i = 0; i < EDITS; i++) {
    const { at, published } = await edit();
    diagnosticsAfterEdit.push((await published) - at);
  }
  const request = async (method, params) => {
    const at = performance.now();
    await server.connection.sendRequest(method, params);
    return performance.now() - at;
  };
  const symbols = [];
  const folding = [];
  for (let i = 0; i < 20; i++) {
    const { published } = await edit(); // a fresh version, so the outline is built anew
    await published;
    symbols.push(await request('textDocument/documentSymbol', { textDocument: { uri } }));
    folding.push(await request('textDocument/foldingRange', { textDocument: { uri } }));
  }
  const lastLine = lines.length - 1;
  version++;
  const typed = server.diagnostics((p) => p.uri === uri && p.version === version);
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: lines[lastLine].length } }, text: 'zzsg' }],
  });
  await typed;
  const completion = [];
  for (let i = 0; i < 105; i++) {
    const ms = await request('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 4 } });
    if (i >= 5) completion.push(ms);
  }
  const peakRssMb = server.memoryMb('VmHWM');
  await server.stop();
  return {
    idleMb,
    startMs,
    firstPublish,
    diagnosticsAfterEdit,
    symbols,
    folding,
    completion,
    peakRssMb,
  };
}

/** The speech headings as Markdown headings (一、 -> ##, （一） -> ###, …) for the Markdown server. */
function asMarkdown(text) {
  return text
    .split('\n')
    .map((line) => {
      if (/^第.{1,4}篇：/.test(line)) return `# ${line}`;
      if (/^[一二三四五六七八九十]{1,3}、/.test(line)) return `## ${line}`;
      if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(line)) return `### ${line}`;
      if (/^[0-9]{1,2}[.．、](?![0-9])/.test(line)) return `#### ${line}`;
      return line;
    })
    .join('\n');
}

/** VS Code's Markdown server, its markdown/parse requests answered by markdown-it from `texts` (uri → text). */
function startMarkdownServer(texts) {
  const md = MarkdownIt();
  return startLsp(
    [require.resolve('vscode-markdown-languageserver/out/node/main.js'), '--stdio'],
    { capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } },
    (method, params) => (method === 'markdown/parse' ? md.parse(params.text ?? texts.get(params.uri) ?? '', {}) : null),
  );
}

async function benchMarkdownServer(text) {
  const markdown = asMarkdown(text);
  const texts = new Map();
  const server = await startMarkdownServer(texts);
  const uri = 'file:///bench/markdown.md';
  texts.set(uri, markdown);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: markdown } });
  const lines = markdown.split('\n');
  const middle = Math.floor(lines.length / 2);
  const times = [];
  let current = markdown;
  for (let version = 2; version < 12; version++) {
    // The same one-character edits, so each request parses the new version as ours does.
    const insert = version % 2 === 0;
    current = insert ? current.replace(lines[middle], '甲' + lines[middle]) : markdown;
    texts.set(uri, current);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typeOrErase(middle, version)] });
    const at = performance.now();
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    times.push(performance.now() - at);
  }
  await server.stop();
  return times;
}

/**
 * Open → first outline on a fresh server (cold engine): the time from sending didOpen to the
 * documentSymbol answer, as when a large file is opened with the outline view showing. Median of `runs`.
 */
async function benchOpenToOutline(start, uri, languageId, text, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const server = await start();
    const at = performance.now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    times.push(performance.now() - at);
    await server.stop();
  }
  return percentile(times, 50);
}

function benchAutocorrect(text) {
  const autocorrect = require('autocorrect-node');
  const times = [];
  for (let i = 0; i < 5; i++) {
    const at = performance.now();
    autocorrect.lintFor(text, 'speech.md');
    times.push(performance.now() - at);
  }
  return times;
}

function benchCli(text) {
  const dir = mkdtempSync(join(tmpdir(), 'speech-bench-'));
  const file = join(dir, 'big.speech.md');
  writeFileSync(file, text);
  const times = [];
  for (let i = 0; i < 3; i++) {
    const at = performance.now();
    const result = runCheck(file);
    if (result.status !== 0) throw new Error(String(result.stderr));
    times.push(performance.now() - at);
  }
  return Buffer.byteLength(text) / 1e6 / (percentile(times, 50) / 1000);
}

/**
 * Typing faster than the outline can follow: `edits` changes sent at once, each followed by a documentSymbol
 * request that the next change cancels, as an editor does. The time until the last outline arrives, and
 * how many outlines the server built.
 */
async function benchOutlineWhileTyping(text, edits) {
  const server = await startSpeechServer();
  const uri = 'untitled:typing';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const line = Math.floor(text.split('\n').length / 2);
  const at = performance.now();
  let source;
  let last;
  let built = 0;
  for (let version = 2; version < edits + 2; version++) {
    source?.cancel();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typeOrErase(line, version)] });
    source = new rpc.CancellationTokenSource();
    last = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token).then(
      () => built++,
      () => {},
    );
  }
  await last;
  const ms = performance.now() - at;
  await server.stop();
  return { ms, built };
}

/** workspace/symbol over a folder of `count` speech files: the first query reads them all, the next finds them cached. */
async function benchWorkspaceSymbols(count) {
  const folder = mkdtempSync(join(tmpdir(), 'speech-folder-'));
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `${String(i).padStart(4, '0')}.speech.md`), corpus[i % corpus.length]);
  const rootUri = pathToFileURL(folder).toString();
  const server = await startSpeechServer({ rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
  const query = async (q) => {
    const at = performance.now();
    const symbols = await server.connection.sendRequest('workspace/symbol', { query: q });
    return { ms: performance.now() - at, found: symbols.length };
  };
  const first = await query('发展');
  const again = [];
  for (let i = 0; i < 5; i++) again.push((await query('发展')).ms);
  await server.stop();
  rmSync(folder, { recursive: true });
  if (!first.found) throw new Error('workspace/symbol found nothing in the folder');
  return { first, againMs: percentile(again, 50) };
}

/** The service bundled on its own, for measurements in a separate process. */
async function bundleService() {
  const { build } = await import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'speech-service-')), 'service.cjs');
  await build({ entryPoints: [join(root, 'server/src/service/index.ts')], bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], outfile, logLevel: 'warning' });
  return outfile;
}

/** Heap kept alive by a document (model and cached diagnostics) after GC, in a process of its own. */
function benchRetainedHeap(service, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'speech-heap-')), 'doc.speech.md');
  writeFileSync(file, text);
  const result = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/retained.cjs'), service, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

/**
 * Statistics, the page count and the preview's pages after a one-character edit in the middle, in the
 * bundled service (no LSP): each is cached per speech, so only the edited speech is counted and set again.
 */
function benchPages(service, text) {
  const s = require(service);
  const preset = s.resolvePreset([]);
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  let model = s.parse(text);
  s.getStatistics(model, [], 160, s.getPageModel(model, preset));
  const times = { pages: [], statistics: [], views: [] };
  const timed = (list, work) => {
    const at = performance.now();
    const result = work();
    list.push(performance.now() - at);
    return result;
  };
  for (let i = 0; i < EDITS; i++) {
    lines[middle] = i % 2 ? lines[middle].slice(1) : '甲' + lines[middle];
    model = s.parse(lines.join('\n'), model);
    const pages = timed(times.pages, () => s.getPageModel(model, preset));
    timed(times.statistics, () => s.getStatistics(model, [], 160, pages));
    timed(times.views, () => s.pageViews(pages));
  }
  return { count: s.getPageModel(model, preset).count, p50: (list) => round(percentile(list, 50), 2), p95: (list) => round(percentile(list, 95), 2), times };
}

/**
 * The checks after a one-character edit in the middle, per speech as the server runs them (DiagnosticsCache),
 * with every rule on and with the proofreading rules of issue 16 off: the difference is what they cost.
 */
function benchProofreading(service, text) {
  const s = require(service);
  const proofreading = ['wrong-word', 'unpaired-mark', 'repeated-word', 'number-form', 'term'];
  const all = s.resolveOptions();
  const without = s.resolveOptions({ severities: Object.fromEntries(proofreading.map((code) => [code, 'off'])), placeholders: [], residue: [], notPlaceholders: [] });
  // Each configuration over edits of its own, so neither profits from work the other did on a version first.
  const afterEdits = (options) => {
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    const cache = new s.DiagnosticsCache(options);
    let model = s.parse(text);
    s.getDiagnosticGroups(model, options, cache);
    const times = [];
    for (let i = 0; i < EDITS; i++) {
      lines[middle] = i % 2 ? lines[middle].slice(1) : '甲' + lines[middle];
      model = s.parse(lines.join('\n'), model);
      s.getStatistics(model, [], 160); // what else runs on a version, so the checks do not pay for first reads
      const at = performance.now();
      s.getDiagnosticGroups(model, options, cache);
      times.push(performance.now() - at);
    }
    const whole = [];
    for (let i = 0; i < 5; i++) {
      const at = performance.now();
      s.getDiagnostics(model, options);
      whole.push(performance.now() - at);
    }
    return { edit: percentile(times, 50), whole: Math.min(...whole) };
  };
  const withAll = afterEdits(all);
  const withoutProofreading = afterEdits(without);
  return { withAll: withAll.edit, without: withoutProofreading.edit, wholeWithAll: withAll.whole, wholeWithout: withoutProofreading.whole };
}

/**
 * Export to Word of a document: in process (layout blocks and the .docx from dist/export.js, the model
 * from the bundled service), and `speech-writer export` end to end (start-up, checks, parse, write).
 */
async function benchExport(service, text) {
  const s = require(service);
  const { speechToDocx } = require(join(root, 'dist/export.js'));
  const preset = s.resolvePreset([]);
  const model = s.parse(text);
  const inProcess = [];
  for (let i = 0; i < 3; i++) {
    const at = performance.now();
    await speechToDocx(model, preset);
    inProcess.push(performance.now() - at);
  }
  const dir = mkdtempSync(join(tmpdir(), 'speech-export-'));
  const file = join(dir, 'big.speech.md');
  writeFileSync(file, text);
  const cli = [];
  for (let i = 0; i < 3; i++) {
    const at = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'export', '--force', '-o', join(dir, 'big.docx'), file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(result.stderr);
    cli.push(performance.now() - at);
  }
  return { inProcessMs: percentile(inProcess, 50), cliMs: percentile(cli, 50), kb: round(statSync(join(dir, 'big.docx')).size / 1024, 0) };
}

/**
 * Import of a folder of Word documents as an office's archive: `count` .docx files of ~20 KB of text each
 * (corpus speeches written by dist/export.js), `speech-writer import` end to end over the folder.
 */
async function benchImport(service, count) {
  const s = require(service);
  const { speechToDocx } = require(join(root, 'dist/export.js'));
  const preset = s.resolvePreset([]);
  const dir = mkdtempSync(join(tmpdir(), 'speech-import-'));
  const corpusText = buildDocument(count * 20_000 + 20_000);
  let textBytes = 0;
  for (let i = 0; i < count; i++) {
    const text = corpusText.slice(i * 6_700, (i + 1) * 6_700);
    textBytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(3, '0')}.docx`), await speechToDocx(s.parse(text), preset));
  }
  const at = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'import', '--out-dir', join(dir, 'out'), dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - at;
  if (result.status !== 0) throw new Error(result.stderr);
  return { ms, averageKb: round(textBytes / count / 1024, 1) };
}

/** Loads dist/extension.js with a stand-in for the `vscode` module, as the extension host would. */
function benchExtensionLoad() {
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) : load.call(this, request, ...rest);
  };
  const at = performance.now();
  require(join(root, 'dist/extension.js'));
  const ms = performance.now() - at;
  Module._load = load;
  return ms;
}

const sizes = [
  ['50 KB', 50_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];
const rows = [];
const results = { date: new Date().toISOString(), node: process.version, documents: {} };
for (const [label, bytes] of sizes) {
  const text = buildDocument(bytes);
  const r = await benchSpeechServer(label.replace(' ', ''), text);
  const row = {
    document: label,
    'open → diagnostics ms': round(r.firstPublish),
    'edit → diagnostics p50 ms': round(percentile(r.diagnosticsAfterEdit, 50)),
    'edit → diagnostics p95 ms': round(percentile(r.diagnosticsAfterEdit, 95)),
    'documentSymbol p50 ms': round(percentile(r.symbols, 50)),
    'foldingRange p50 ms': round(percentile(r.folding, 50)),
    'completion p50 ms': round(percentile(r.completion, 50), 2),
    'completion p95 ms': round(percentile(r.completion, 95), 2),
    'peak RSS MB': r.peakRssMb,
    'growth × document': round((r.peakRssMb - r.idleMb) / (Buffer.byteLength(text) / 1048576), 1),
  };
  rows.push(row);
  results.documents[label] = { bytes: Buffer.byteLength(text), ...row, serverStartMs: round(r.startMs) };
}
console.table(rows);

const service = await bundleService();
for (const [label, bytes] of sizes) {
  const text = buildDocument(bytes);
  const heap = benchRetainedHeap(service, text);
  const documentMb = Buffer.byteLength(text) / 1048576;
  Object.assign(results.documents[label], { 'retained heap MB': round(heap.retained), 'retained heap during an edit MB': round(heap.duringEdit) });
  rows.find((r) => r.document === label)['heap kept × document'] = round(heap.duringEdit / documentMb);
}
const pageRows = [];
for (const [label, bytes] of sizes.slice(0, 2)) {
  const r = benchPages(service, buildDocument(bytes));
  const row = {
    document: label,
    pages: r.count,
    'page count after an edit p50 ms': r.p50(r.times.pages),
    'page count p95 ms': r.p95(r.times.pages),
    'statistics with pages p50 ms': r.p50(r.times.statistics),
    'statistics p95 ms': r.p95(r.times.statistics),
    'preview pages (all lines) p50 ms': r.p50(r.times.views),
  };
  pageRows.push(row);
  Object.assign(results.documents[label], row);
}
console.table(pageRows);
const proofreadingRows = sizes.slice(0, 2).map(([label, bytes]) => {
  const r = benchProofreading(service, buildDocument(bytes));
  const row = {
    document: label,
    'checks after an edit p50 ms': round(r.withAll, 2),
    'without proofreading p50 ms': round(r.without, 2),
    'proofreading adds per edit ms': round(r.withAll - r.without, 2),
    'whole document, all checks ms': round(r.wholeWithAll),
    'whole document, without proofreading ms': round(r.wholeWithout),
  };
  Object.assign(results.documents[label], row);
  return row;
});
console.table(proofreadingRows);
console.table(rows.map((r) => ({ document: r.document, 'peak RSS MB': r['peak RSS MB'], 'RSS growth × document': r['growth × document'], 'heap kept during an edit × document': r['heap kept × document'] })));

const oneMb = buildDocument(1_000_000);
const markdownSymbols = percentile(await benchMarkdownServer(oneMb), 50);
const oursOpenOutline = await benchOpenToOutline(() => startSpeechServer({}), 'untitled:bench-open', 'speech', oneMb);
const markdownOpenOutline = await benchOpenToOutline(() => startMarkdownServer(new Map([['file:///bench/open.md', asMarkdown(oneMb)]])), 'file:///bench/open.md', 'markdown', asMarkdown(oneMb));
const oursSymbols = results.documents['1 MB']['documentSymbol p50 ms'];
const autocorrectMs = percentile(benchAutocorrect(oneMb), 50);
const oursCheck = results.documents['1 MB']['edit → diagnostics p50 ms'];
const cliMbPerSecond = benchCli(buildDocument(5_000_000));
// The same on speeches that are already clean (a finished collection): throughput without thousands of problems to report.
const cleanDir = join(root, 'tests/fixtures/clean');
const clean = readdirSync(cleanDir).filter((f) => f.endsWith('.speech.md')).sort().map((f) => readFileSync(join(cleanDir, f), 'utf8'));
const cliCleanMbPerSecond = benchCli(buildDocument(5_000_000, clean));
const extensionLoadMs = benchExtensionLoad();
const exported = await benchExport(service, oneMb);
const IMPORTED_FILES = 200;
const imported = await benchImport(service, IMPORTED_FILES);
const FOLDER_FILES = 1000;
const folder = await benchWorkspaceSymbols(FOLDER_FILES);
const TYPED = 40;
const typing = await benchOutlineWhileTyping(buildDocument(5_000_000), TYPED);
const bundle = (file) => round(statSync(join(root, 'dist', file)).size / 1024, 0);
const peers = [
  { measure: 'documentSymbol, 1 MB (ms)', 'speech-writer': oursSymbols, peer: round(markdownSymbols), 'peer is': 'vscode-markdown-languageserver 0.3.0', ratio: round(markdownSymbols / oursSymbols) },
  { measure: 'open → first outline, 1 MB, fresh server (ms)', 'speech-writer': round(oursOpenOutline), peer: round(markdownOpenOutline), 'peer is': 'vscode-markdown-languageserver 0.3.0', ratio: round(markdownOpenOutline / oursOpenOutline) },
  { measure: 'lint 1 MB after an edit (ms)', 'speech-writer': oursCheck, peer: round(autocorrectMs), 'peer is': 'autocorrect-node lintFor', ratio: round(autocorrectMs / oursCheck) },
];
console.table(peers);
const other = {
  'speech-writer check throughput (MB/s, 5 MB file)': round(cliMbPerSecond),
  'the same, 5 MB of clean speeches (MB/s)': round(cliCleanMbPerSecond),
  [`workspace/symbol, folder of ${FOLDER_FILES} speeches, first query (ms, ${folder.first.found} symbols)`]: round(folder.first.ms),
  [`workspace/symbol, same query again, p50 (ms)`]: round(folder.againMs),
  [`outline while typing on 5 MB: ${TYPED} edits, each cancelling the last outline request; ms to the final outline (outlines built)`]: `${round(typing.ms, 0)} (${typing.built})`,
  'load dist/extension.js (ms)': round(extensionLoadMs),
  'start dist/server.js to initialize (ms)': results.documents['1 MB'].serverStartMs,
  'dist/server.js (KB)': bundle('server.js'),
  'dist/extension.js (KB)': bundle('extension.js'),
  [`export 1 MB to Word in process, p50 (ms; ${exported.kb} KB .docx)`]: round(exported.inProcessMs, 0),
  'speech-writer export of 1 MB, p50 (ms)': round(exported.cliMs, 0),
  'dist/export.js (KB, loaded only when exporting)': bundle('export.js'),
  [`speech-writer import of ${IMPORTED_FILES} .docx (${imported.averageKb} KB of text each), s`]: round(imported.ms / 1000),
  'dist/import.js (KB, loaded only when importing)': bundle('import.js'),
};
console.table(other);
// Worst cases for the patterns: long lines built to make a backtracking pattern blow up (each 100-700 KB).
const worstCases = {
  'X placeholders, 700 KB line': '生产总值X亿元，增长X%，完成XX亿元。'.repeat(35000),
  'letters without @, 100 KB': 'a'.repeat(100000),
  '**甲 repeated, 100 KB': '**甲'.repeat(33000),
  'nested brackets, 100 KB': '('.repeat(50000) + ')'.repeat(50000),
  '# heading + 100 KB of spaces': '# 标题' + ' '.repeat(100000) + '甲',
  'commas between digits, 100 KB': '1,'.repeat(50000),
  'sentence marks only, 100 KB': '。'.repeat(100000),
};
const worst = {};
for (const [name, text] of Object.entries(worstCases)) {
  const file = join(mkdtempSync(join(tmpdir(), 'speech-worst-')), 'w.speech.md');
  writeFileSync(file, text);
  const at = performance.now();
  runCheck(file);
  worst[name] = round(performance.now() - at, 0);
}
console.table(Object.entries(worst).map(([input, ms]) => ({ 'worst case (CLI check, ms)': input, ms })));

const targets = [
  ['documentSymbol on 1 MB ≤ 1/10 of the Markdown server', markdownSymbols / oursSymbols >= 10],
  ['diagnostics after an edit on 1 MB, p95 < 30 ms', results.documents['1 MB']['edit → diagnostics p95 ms'] < 30],
  ['completion p95 < 5 ms on 1 MB', results.documents['1 MB']['completion p95 ms'] < 5],
  ['page count after an edit on 1 MB, p95 < 10 ms', results.documents['1 MB']['page count p95 ms'] < 10],
  ['statistics after an edit on 1 MB, p95 < 5 ms', results.documents['1 MB']['statistics p95 ms'] < 5],
  ['CLI check ≥ 20 MB/s', cliMbPerSecond >= 20],
  ['memory growth < 10× the document (1 MB), over the idle server', results.documents['1 MB']['growth × document'] < 10],
  ['memory growth < 10× the document (5 MB), over the idle server', results.documents['5 MB']['growth × document'] < 10],
  ['dist/server.js < 500 KB', bundle('server.js') < 500],
  ['dist/extension.js < 100 KB', bundle('extension.js') < 100],
  ['speech-writer export of 1 MB < 2 s', exported.cliMs < 2000],
  [`import of ${IMPORTED_FILES} .docx of ~20 KB text < 30 s`, imported.ms < 30_000],
];
for (const [target, met] of targets) console.log(`${met ? 'met    ' : 'NOT MET'}  ${target}`);
Object.assign(results, { peers, other, worstCases: worst, targets: Object.fromEntries(targets) });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
