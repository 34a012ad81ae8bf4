import { WordCounts } from './claims/word-counts';

/**
 * Numbers the words of a corpus index's word sets, so that a set is an array of 4-byte ids and each
 * word is stored once for the whole index. Words are never forgotten: the vocabulary of a corpus
 * grows far slower than its articles.
 */
export class WordIds {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  /** The word's id, numbering it if it is new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word's id, or undefined when no set holds it. */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** How many words are numbered. */
  get size(): number {
    return this.words.length;
  }

  /** Ids of the words some set holds, sorted: what a set compares with (`WordSet.countCommon`). */
  known(words: Iterable<string>): Int32Array {
    // A draft's word counts keep their ids from one edit to the next.
    return words instanceof WordCounts ? words.knownIds(this) : this.knownOf(words);
  }

  /**
   * `known` of a set that differs from one whose known ids are `ids` (with this dictionary as it
   * is) by the words `added` (not in that set) and `removed` (in it).
   */
  knownAfter(ids: Int32Array, added: readonly string[], removed: readonly string[]): Int32Array {
    const plus = this.idsOf(added);
    const minus = this.idsOf(removed);
    if (!plus.length && !minus.length) return ids;
    const out = new Int32Array(ids.length + plus.length - minus.length);
    let n = 0;
    let p = 0;
    let m = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      while (p < plus.length && plus[p]! < id) out[n++] = plus[p++]!;
      if (m < minus.length && minus[m] === id) m++;
      else out[n++] = id;
    }
    while (p < plus.length) out[n++] = plus[p++]!;
    return out;
  }

  /** The sorted ids of those of the words that have one. */
  private idsOf(words: readonly string[]): Int32Array {
    const ids: number[] = [];
    for (const w of words) {
      const id = this.ids.get(w);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids).sort();
  }

  /** `known`, worked out from every word. */
  knownOf(words: Iterable<string>): Int32Array {
    // Gathered in a buffer kept between calls, then copied out at their exact number.
    let ids = knownBuffer;
    let n = 0;
    for (const w of words) {
      const id = this.ids.get(w);
      if (id === undefined) continue;
      if (n === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[n++] = id;
    }
    // A buffer grown for a huge draft is not kept.
    if (ids.length <= MAX_KEPT_KNOWN_BUFFER) knownBuffer = ids;
    return sortedDistinct(ids.slice(0, n));
  }
}

let knownBuffer = new Int32Array(1024);
const MAX_KEPT_KNOWN_BUFFER = 16_384;

/** The ids sorted, repeats dropped; sorting first is cheaper than building a `Set` (which iterating into a typed array made slower still). */
function sortedDistinct(ids: Int32Array): Int32Array {
  ids.sort();
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (n === 0 || ids[i] !== ids[n - 1]) ids[n++] = ids[i]!;
  return n === ids.length ? ids : ids.slice(0, n);
}

/**
 * A read-only set of words kept as sorted ids (see `WordIds`): a fraction of the memory of a `Set`
 * or of an array of strings (one of these per indexed article dominated an index's memory).
 */
export class WordSet implements ReadonlySet<string> {
  private readonly ids: Int32Array;

  constructor(
    words: Iterable<string>,
    private readonly dictionary: WordIds,
  ) {
    const ids = new Set<number>();
    for (const w of words) ids.add(dictionary.idOf(w));
    this.ids = Int32Array.from(ids).sort();
  }

  get size(): number {
    return this.ids.length;
  }

  has(word: string): boolean {
    const id = this.dictionary.find(word);
    if (id === undefined) return false;
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.ids[mid]!;
      if (x === id) return true;
      if (x < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** How many of these ids (sorted, distinct, from the same dictionary) the set holds. */
  countCommon(sorted: Int32Array): number {
    const ids = this.ids;
    let common = 0;
    for (let i = 0, j = 0; i < ids.length && j < sorted.length; ) {
      if (ids[i]! === sorted[j]!) {
        common++;
        i++;
        j++;
      } else if (ids[i]! < sorted[j]!) i++;
      else j++;
    }
    return common;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.values()) callback.call(thisArg, w, w, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const w of this.values()) yield [w, w];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    for (const id of this.ids) yield this.dictionary.word(id);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
