/**
 * How many characters two texts share at their start. Binary search over equal-length slices: each
 * step is one native comparison, far cheaper than a loop over a megabyte of characters.
 */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters, at most `max`, two texts share at their end. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = Math.max(0, max);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
