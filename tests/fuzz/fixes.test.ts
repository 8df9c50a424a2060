// Fuzz of the fixes in the service: every quick fix, fix-all and renumbering of random speeches is
// checked to change only the spans it names (inside the text, never overlapping, never splitting a
// character in two) and to leave the document parseable and checkable.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, fixAllEdits, fixAllToFixedPoint, getDiagnostics, parse, renumberDocument, resolveOptions, type TextEdit } from '../../server/src/service';
import { anyText, speechLike } from './arbitraries';
import { budget, counter, timeout } from './budget';
import { splitsPair } from './text';

const stats = counter('fixes', 'unsafe edits');
afterAll(() => stats.save());
const options = resolveOptions();

/** What is unsafe about `edits` on `text`; empty when they can be applied as they claim. */
function unsafe(text: string, edits: readonly TextEdit[]): string[] {
  const problems: string[] = [];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let reached = 0;
  for (const e of sorted) {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) problems.push(`edit ${e.start}-${e.end} outside the text`);
    if (e.start < reached) problems.push(`edits overlap at ${e.start}`);
    for (const offset of [e.start, e.end]) if (splitsPair(text, offset)) problems.push(`edit splits a surrogate pair at ${offset}`);
    if (splitsPair(e.newText + text.slice(e.end, e.end + 1), e.newText.length) || splitsPair(text.slice(e.start - 1, e.start) + e.newText, 1)) {
      problems.push(`edit at ${e.start} joins halves of different characters`);
    }
    reached = Math.max(reached, e.end);
  }
  stats.add('fixes checked');
  if (problems.length) stats.add('unsafe edits');
  return problems;
}

/** Applies `edits`, checked, and returns the text; the result must parse and check. */
function applyChecked(text: string, edits: readonly TextEdit[], what: string): string {
  expect(unsafe(text, edits), `${what} on ${JSON.stringify(text)}`).toEqual([]);
  const after = applyEdits(text, [...edits]);
  getDiagnostics(parse(after), options);
  return after;
}

describe('fuzz: fixes change only what they claim', () => {
  it(
    'every quick fix, fix-all and renumbering of random speeches',
    () => {
      fc.assert(
        fc.property(fc.oneof(speechLike, anyText), (text) => {
          stats.add('documents');
          const diagnostics = getDiagnostics(parse(text), options);
          for (const d of diagnostics) {
            expect(d.start <= d.end && d.end <= text.length).toBe(true);
            for (const fix of d.fixes) applyChecked(text, fix.edits, `${d.code}: ${fix.title}`);
          }
          applyChecked(text, fixAllEdits(diagnostics), 'fix-all round');
          // One request of fix-all or renumbering leaves nothing for a second one.
          const fixed = applyChecked(text, fixAllToFixedPoint(parse(text), options), 'fix-all');
          expect(fixAllToFixedPoint(parse(fixed), options), `fix-all twice on ${JSON.stringify(text)}`).toEqual([]);
          const renumbered = applyChecked(text, renumberDocument(parse(text)), 'renumber');
          expect(renumberDocument(parse(renumbered)), `renumber twice on ${JSON.stringify(text)}`).toEqual([]);
        }),
        budget(300, 0.2),
      );
    },
    timeout(0.2),
  );
});
