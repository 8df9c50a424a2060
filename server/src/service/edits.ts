import type { TextEdit } from './diagnostics/types';
import { firstStartingAt } from './sorted';

/**
 * Merges edit lists into one that can be applied at once: identical edits once, and an edit that
 * overlaps one already taken is dropped (its diagnostic stays for the next round).
 */
export function mergeEdits(lists: TextEdit[][]): TextEdit[] {
  const taken: TextEdit[] = []; // in order of start, equal starts in the order taken
  let longest = 0;
  // Only an edit starting at most `longest` before `e` can reach it: a look at its neighbours, not at all.
  const near = (e: TextEdit) => taken.slice(firstStartingAt(taken, e.start - longest), firstStartingAt(taken, e.end + 1));
  for (const edits of lists) {
    const fresh = edits.filter((e) => !near(e).some((t) => t.start === e.start && t.end === e.end && t.newText === e.newText));
    const clashes = fresh.some((e) => near(e).some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (clashes) continue;
    for (const e of fresh) {
      taken.splice(firstStartingAt(taken, e.start + 1), 0, e);
      longest = Math.max(longest, e.end - e.start);
    }
  }
  return taken;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}
