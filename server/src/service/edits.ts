import type { TextEdit } from './diagnostics/types';
import { firstStartingAt, partitionPoint } from './sorted';

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

/**
 * One set of edits on `before` that gives `after`, from `first` (on `before`) followed by `second` (on
 * the text `first` gives): the places either touches, joined where they meet, each replaced by what
 * `after` holds there. Both lists non-overlapping and in order.
 */
export function composeEdits(first: TextEdit[], second: TextEdit[], after: string): TextEdit[] {
  // Where each edit of `first` stands in the middle text.
  const placed: { start: number; end: number; middleStart: number; middleEnd: number }[] = [];
  let shift = 0;
  for (const e of first) {
    placed.push({ start: e.start, end: e.end, middleStart: e.start + shift, middleEnd: e.start + shift + e.newText.length });
    shift += e.newText.length - (e.end - e.start);
  }
  // A middle offset on `before`: inside a replaced text, the edge of what it replaced.
  const back = (offset: number, atEnd: boolean) => {
    const i = partitionPoint(placed, (p) => (atEnd ? p.middleStart < offset : p.middleStart <= offset)) - 1;
    if (i < 0) return offset;
    const p = placed[i];
    if (offset < p.middleEnd || (atEnd && offset === p.middleEnd)) return atEnd ? p.end : p.start;
    return offset - (p.middleEnd - p.end);
  };
  const regions: { start: number; end: number; change: number }[] = first.map((e) => ({ start: e.start, end: e.end, change: e.newText.length - (e.end - e.start) }));
  for (const e of second) regions.push({ start: back(e.start, false), end: back(e.end, true), change: e.newText.length - (e.end - e.start) });
  regions.sort((a, b) => a.start - b.start || a.end - b.end);
  const composed: TextEdit[] = [];
  let total = 0; // how much longer `after` is than `before` up to the region being joined
  for (let i = 0; i < regions.length; ) {
    let { start, end, change } = regions[i++];
    while (i < regions.length && regions[i].start <= end) {
      end = Math.max(end, regions[i].end);
      change += regions[i++].change;
    }
    composed.push({ start, end, newText: after.slice(start + total, end + total + change) });
    total += change;
  }
  return composed;
}

/** Most rounds of a step repeated to its fixed point: each round is safe, and one that uncovers the next ends within a few. */
const MAX_ROUNDS = 10;

/**
 * The edits of `step`, again on the text they give until it finds nothing more to do (a fix can uncover the
 * next; a renumbered run can take in an item it did not hold), as one set of edits on the first text:
 * applying them once leaves nothing for `step`. `next` gives the state (a model) of a text.
 */
export function editsToFixedPoint<S extends { readonly text: string }>(first: S, step: (state: S, round: number) => TextEdit[], next: (text: string, previous: S) => S): TextEdit[] {
  let edits: TextEdit[] = [];
  let current = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const more = step(current, round);
    if (!more.length) break;
    const text = applyEdits(current.text, more);
    edits = round ? composeEdits(edits, more, text) : more;
    current = next(text, current);
  }
  return edits;
}
