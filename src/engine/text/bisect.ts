// Binary search over something in order: the one loop the engine's position lookups share.

/**
 * How many leading items of an ordered list of `length` items satisfy `before` (true for a prefix,
 * false after it): the index of the first item that does not.
 */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
