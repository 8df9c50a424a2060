// Benchmarks dist/server.js over stdio, as an editor would use it. Not part of `npm test`.
// Usage: npm run bench   (writes bench/results.json)
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-jsonrpc/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'tests/fixtures/corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.speech.md'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

/** A collection of real speeches repeated up to `bytes` UTF-8 bytes, each under its own 第N篇 header. */
function buildDocument(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `第${i + 1}篇：讲话\n${corpus[i % corpus.length]}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});

  const results = [];
  for (const [label, bytes] of [['50 KB', 50_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]]) {
    const text = buildDocument(bytes);
    const uri = `untitled:bench-${label.replace(' ', '')}`;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
    const times = { documentSymbol: [], foldingRange: [] };
    const warmUp = 5; // JIT warm-up runs, not counted
    for (let run = 0; run < warmUp + 30; run++) {
      // A new version each run, so every request pays for a fresh parse as after an edit.
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: run + 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: run % 2 ? '' : ' ' }],
      });
      for (const method of Object.keys(times)) {
        const start = performance.now();
        await connection.sendRequest(`textDocument/${method}`, { textDocument: { uri } });
        if (run >= warmUp) times[method].push(performance.now() - start);
      }
    }
    // Completion at the end of the document, typing pinyin initials, the model cached as when typing slows.
    const lastLine = text.split('\n').length - 1;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 1000 },
      contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'zzsg' }],
    });
    const completion = [];
    for (let run = 0; run < 105; run++) {
      const start = performance.now();
      await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 4 } });
      if (run >= 5) completion.push(performance.now() - start);
    }
    const cachedStart = performance.now();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const cached = performance.now() - cachedStart;
    results.push({
      document: label,
      bytes: Buffer.byteLength(text),
      'documentSymbol p50 ms (fresh parse)': +percentile(times.documentSymbol, 50).toFixed(1),
      'documentSymbol p95 ms (fresh parse)': +percentile(times.documentSymbol, 95).toFixed(1),
      'documentSymbol ms (cached model)': +cached.toFixed(1),
      'foldingRange p50 ms': +percentile(times.foldingRange, 50).toFixed(1),
      'completion p50 ms': +percentile(completion, 50).toFixed(2),
      'completion p95 ms': +percentile(completion, 95).toFixed(2),
    });
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();

  console.table(results);
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
}

await main();
