// Fuzz over the real protocol: random speeches and random incremental edits sent to dist/server.js, with
// requests between them; at the end the edited document must answer exactly as a fresh open of the
// client's final text (outline, folding, diagnostics, code actions), and every code action, fix-all and
// renumbering must apply cleanly to the client's text (no overlap, no split character).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from '../lsp/lspClient';
import { anyText, editShape, type EditShape } from './arbitraries';
import { budget, counter, timeout } from './budget';
import { applyLspEdits, lineStarts, positionAt, snap, type LspEdit, type LspRange } from './text';

interface Action {
  title: string;
  kind?: string;
  edit?: { changes: Record<string, LspEdit[]> };
  data?: unknown;
}

const stats = counter('protocol', 'crashes', 'unsafe edits');
let session: LspSession;
let applied: { label?: string; edit: { changes: Record<string, LspEdit[]> } }[] = [];
let serial = 0;

beforeAll(async () => {
  session = await startServer({ initializationOptions: { settings: { diagnostics: { delay: 0 } } } });
  session.connection.onRequest('workspace/applyEdit', (params: (typeof applied)[number]) => {
    applied.push(params);
    return { applied: true };
  });
});
afterAll(async () => {
  stats.add('crashes', session.process.exitCode === null ? 0 : 1);
  stats.save();
  await session.close();
});

/** A request that must not fail (a cancellation is the only allowed error). */
async function request<T>(method: string, params: unknown): Promise<T> {
  stats.add('requests');
  return session.connection.sendRequest<T>(method, params);
}

const open = (uri: string, text: string) => session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech', version: 1, text } });
const close = (uri: string) => session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
const whole = (text: string): LspRange => {
  const starts = lineStarts(text);
  return { start: { line: 0, character: 0 }, end: positionAt(starts, text.length) };
};

/** Everything the server says about a document, with its URI taken out so two documents compare. */
async function answers(uri: string, text: string, version: number) {
  const published = await session.diagnostics((p) => p.uri === uri && p.version === version);
  const textDocument = { uri };
  const outline = await request('textDocument/documentSymbol', { textDocument });
  const folding = await request('textDocument/foldingRange', { textDocument });
  const actions = await request<Action[]>('textDocument/codeAction', { textDocument, range: whole(text), context: { diagnostics: [] } });
  const fixAll = await request<Action[]>('textDocument/codeAction', { textDocument, range: whole(text), context: { diagnostics: [], only: ['source.fixAll.speech'] } });
  const json = JSON.stringify({ diagnostics: published.diagnostics, outline, folding, actions, fixAll }).split(JSON.stringify(uri).slice(1, -1)).join('URI');
  return { json: JSON.parse(json) as unknown, actions: [...actions, ...fixAll] };
}

/** The action's edits, resolved when the server sends them on demand. */
async function editsOf(action: Action, uri: string): Promise<LspEdit[]> {
  const resolved = action.edit || action.data === undefined ? action : await request<Action>('codeAction/resolve', action);
  return resolved.edit?.changes[uri] ?? [];
}

function checkApplies(text: string, edits: LspEdit[], what: string): string {
  const result = applyLspEdits(text, edits);
  stats.add('fixes checked');
  if (result.unsafe.length) stats.add('unsafe edits');
  expect(result.unsafe, `${what} on ${JSON.stringify(text)}`).toEqual([]);
  return result.text;
}

describe('fuzz: incremental edits over the protocol', () => {
  it(
    'leave the server agreeing with a fresh open of the final text, and every fix applies cleanly',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, fc.array(editShape, { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 4 }), async (initial: string, edits: EditShape[], probes: number[]) => {
          // URIs of every shape a client sends, including those Node cannot turn into a path.
          const place = ['untitled:', 'file://server/share/', 'file:///tmp/a%2F'][++serial % 3];
          const uri = `${place}fuzz-${serial}.speech.md`;
          const fresh = `${place}fresh-${serial}.speech.md`;
          let text = initial;
          let version = 1;
          await open(uri, text);
          stats.add('documents');
          for (const [i, shape] of edits.entries()) {
            const starts = lineStarts(text);
            const start = snap(text, Math.floor(shape.at * (text.length + 1)));
            const end = Math.max(start, snap(text, Math.min(text.length, start + shape.length)));
            const range = { start: positionAt(starts, start), end: positionAt(starts, end) };
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: shape.text }] });
            text = text.slice(0, start) + shape.text + text.slice(end);
            stats.add('edits');
            // Requests between edits, as an editor sends them while one types.
            const probe = probes[i];
            if (probe !== undefined) {
              const position = positionAt(lineStarts(text), probe % (text.length + 1));
              const textDocument = { uri };
              if (probe % 3 === 0) await request('textDocument/completion', { textDocument, position });
              else if (probe % 3 === 1) await request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
              else await request('textDocument/documentSymbol', { textDocument });
            }
          }
          const edited = await answers(uri, text, version);
          await open(fresh, text);
          const reopened = await answers(fresh, text, 1);
          expect(edited.json, `after edits ${JSON.stringify(edits)} from ${JSON.stringify(initial)}`).toEqual(reopened.json);
          for (const action of reopened.actions) {
            const after = checkApplies(text, await editsOf(action, fresh), action.title);
            if (action.kind !== 'source.fixAll.speech') continue;
            // One fix-all leaves nothing for a second.
            const again = `untitled:again-${serial}.speech.md`;
            await open(again, after);
            expect(await request('textDocument/codeAction', { textDocument: { uri: again }, range: whole(after), context: { diagnostics: [], only: ['source.fixAll.speech'] } }), `fix-all twice on ${JSON.stringify(text)}`).toEqual([]);
            await close(again);
          }
          applied = [];
          for (const command of ['_speech.renumber', '_speech.fixAll']) {
            await request('workspace/executeCommand', { command, arguments: [fresh] });
            for (const { edit } of applied) checkApplies(text, edit.changes[fresh] ?? [], command);
            applied = [];
          }
          await close(uri);
          await close(fresh);
          expect(session.process.exitCode).toBe(null);
        }),
        budget(40, 0.4),
      );
    },
    timeout(0.4),
  );
});
