import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentSymbols, parse, type DocumentSymbol, type SpeechModel } from '../server/src/service';

export const root = join(__dirname, '..');
export const fixture = (path: string): string => readFileSync(join(root, 'tests/fixtures', path), 'utf8');

/** Runs the built command line in `cwd`, without colours. */
export const runCli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C' } });

/** Lines in a template joined with \n: keeps test texts readable. */
export const lines = (...l: string[]): string => l.join('\n');

export const slice = (model: SpeechModel, span: { start: number; end: number }): string => model.text.slice(span.start, span.end);

/** The outline flattened to `depth name [detail]` strings, for compact assertions. */
export function outlineOf(text: string, inlineItems = true): string[] {
  const out: string[] = [];
  const visit = (nodes: DocumentSymbol[], depth: number) => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(depth)}${n.name} [${n.detail}]`);
      visit(n.children, depth + 1);
    }
  };
  visit(getDocumentSymbols(parse(text), { inlineItems }), 0);
  return out;
}

export const headingsOf = (text: string) =>
  parse(text).speeches.flatMap((s) => s.headings.map((h) => `${h.level}:${text.slice(h.title.start, h.title.end)}`));

export const itemsOf = (text: string) =>
  parse(text).speeches.flatMap((s) => s.items.map((i) => `${i.family}${i.value}:${text.slice(i.marker.start, i.marker.end)}`));
