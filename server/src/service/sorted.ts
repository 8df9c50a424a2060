// Binary searches over lists kept in document order.
import type { Span } from './model';

/** Index of the last element whose key is at most `value` (elements sorted by key); 0 when none is. */
export function lastIndexAtOrBefore<T>(list: T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(list[mid]) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first span starting at or after `offset` in a list sorted by start. */
export function firstStartingAt(list: Span[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
