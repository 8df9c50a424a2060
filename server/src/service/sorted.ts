// The one binary search of the service, over lists kept in order.
import type { Span } from './model';

/**
 * Index of the first element for which `before` is false, in a list where every element `before`
 * holds for comes first; the list's length when it holds for all.
 */
export function partitionPoint<T>(list: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after `offset` in a list sorted by start. */
export const firstStartingAt = (list: readonly Span[], offset: number): number => partitionPoint(list, (s) => s.start < offset);

/** The last element of a list sorted by start that starts before `offset`. */
export const lastStartingBefore = <T extends Span>(list: readonly T[], offset: number): T | undefined => list[firstStartingAt(list, offset) - 1];
