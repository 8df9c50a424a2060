// mergeEdits looks only at the taken edits near each new one; it must decide as comparing with all of them does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../server/src/service';
import { mergeEdits } from '../../server/src/service/edits';

/** The rule written out: every new edit against every edit taken so far. */
function mergeByComparingAll(lists: TextEdit[][]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const edits of lists) {
    const fresh = edits.filter((e) => !taken.some((t) => t.start === e.start && t.end === e.end && t.newText === e.newText));
    const clashes = fresh.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (!clashes) taken.push(...fresh);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const edit = fc
  .record({ start: fc.nat(40), length: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(25)), newText: fc.constantFrom('', '，', '一、', '（') })
  .map(({ start, length, newText }): TextEdit => ({ start, end: start + length, newText }));

describe('mergeEdits', () => {
  it('takes and drops the same edits, in the same order, as comparing each with all taken', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 30 }), (lists) => {
        expect(mergeEdits(lists)).toEqual(mergeByComparingAll(lists));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps identical edits once, drops a list that clashes, and an insertion where another edit starts', () => {
    const comma = { start: 3, end: 4, newText: '，' };
    expect(mergeEdits([[comma], [{ ...comma }], [{ start: 2, end: 5, newText: '' }], [{ start: 3, end: 3, newText: '一' }], [{ start: 4, end: 4, newText: '二' }]])).toEqual([
      comma,
      { start: 4, end: 4, newText: '二' },
    ]);
  });
});
