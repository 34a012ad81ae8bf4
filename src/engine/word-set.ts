/**
 * A read-only set of words kept as one sorted array: a fraction of the memory of a `Set` (whose
 * hash table dominated a corpus index's memory: one per article), at the cost of a binary search
 * per lookup.
 */
export class WordSet implements ReadonlySet<string> {
  private readonly sorted: readonly string[];

  constructor(words: Iterable<string>) {
    this.sorted = [...new Set(words)].sort();
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.sorted[mid]!;
      if (w === word) return true;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The words, sorted; reading them directly is much cheaper than through the Set iterator protocol. */
  get words(): readonly string[] {
    return this.sorted;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.sorted) callback.call(thisArg, w, w, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const w of this.sorted) yield [w, w];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    yield* this.sorted;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
