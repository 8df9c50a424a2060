import type { TextEdit } from './diagnostics/types';

/**
 * Merges edit lists into one that can be applied at once: identical edits once, and an edit that
 * overlaps one already taken is dropped (its diagnostic stays for the next round).
 */
export function mergeEdits(lists: TextEdit[][]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const edits of lists) {
    const fresh = edits.filter((e) => !taken.some((t) => t.start === e.start && t.end === e.end && t.newText === e.newText));
    const clashes = fresh.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (!clashes) taken.push(...fresh);
  }
  return taken.sort((a, b) => a.start - b.start);
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
