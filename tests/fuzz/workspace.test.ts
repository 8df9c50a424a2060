// Fuzz of a hostile workspace over the real protocol: the server's .speechrc.json and phrase files are
// rewritten with random content (deep nesting, broken JSON, backtracking patterns, junk) and announced as
// changed; the server must go on publishing diagnostics and answering completion, built-in phrases
// included, and report each file's problems on that file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from '../lsp/lspClient';
import { jsonish, speechLike } from './arbitraries';
import { budget, counter, timeout } from './budget';

const stats = counter('workspace', 'crashes');
const dir = mkdtempSync(join(tmpdir(), 'speech-fuzz-ws-'));
mkdirSync(join(dir, '.speech'));
const rc = join(dir, '.speechrc.json');
const phrases = join(dir, '.speech', 'phrases.json');
let session: LspSession;
let serial = 0;

beforeAll(async () => {
  session = await startServer({ rootUri: pathToFileURL(dir).toString(), initializationOptions: { settings: { diagnostics: { delay: 0 } } } });
});
afterAll(async () => {
  stats.add('crashes', session.process.exitCode === null ? 0 : 1);
  stats.save();
  await session.close();
});

describe('fuzz: a hostile workspace over the protocol', () => {
  it(
    'random .speechrc.json and phrase files never stop diagnostics or completion',
    async () => {
      await fc.assert(
        fc.asyncProperty(jsonish, jsonish, speechLike, async (rcText, phraseText, text) => {
          writeFileSync(rc, rcText);
          writeFileSync(phrases, phraseText);
          await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [rc, phrases].map((path) => ({ uri: pathToFileURL(path).toString(), type: 2 })),
          });
          stats.add('configurations');
          const uri = pathToFileURL(join(dir, `f${++serial}.speech.md`)).toString();
          await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
          await session.diagnostics((p) => p.uri === uri && p.version === 1);
          const list = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } })) as { items: unknown[] };
          expect(Array.isArray(list.items)).toBe(true);
          const all = (await session.connection.sendRequest('speech/phrases')) as unknown[];
          expect(all.length).toBeGreaterThan(100); // the built-in phrases stay
          stats.add('requests', 2);
          await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
          expect(session.process.exitCode).toBe(null);
        }),
        budget(15, 0.1),
      );
    },
    timeout(0.1),
  );
});
