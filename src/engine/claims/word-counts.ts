import type { WordIds } from '../word-set';

/**
 * In how many blocks of an article each content word occurs, and the set of words that occur (the
 * fingerprint's words). An edit changes the counts of a block's few words, but a long draft has tens
 * of thousands: a version after an edit shares the previous version's counts and keeps only its
 * changes beside them (both versions stay valid; an undo may link against the older one), and folds
 * them in once they grow, so that an edit no longer copies every count.
 */
export class WordCounts implements ReadonlySet<string> {
  private constructor(
    /** Counts shared with earlier and later versions; never changed once shared (undefined until counted, see `of`). */
    private counted: ReadonlyMap<string, number> | undefined,
    /** This version's counts where they differ from `base` (0 for a word no block has now). */
    private readonly changes: ReadonlyMap<string, number> | undefined,
    readonly size: number,
    /** The previous version's known ids, when it had them, and the words this version gained and lost. */
    private since?: { known: KnownIds; appeared: string[]; vanished: string[] },
  ) {}

  /** The words' ids in a corpus dictionary (`WordIds.known`), made once per version and dictionary size. */
  private known: KnownIds | undefined;

  /**
   * `dictionary.known(this)`. The corpus asks for it on every edit of a draft; an edit adds and
   * removes a few words, so the previous version's ids, patched, are the answer (unless the
   * dictionary has grown since: a word unknown then may be known now).
   */
  knownIds(dictionary: WordIds): Int32Array {
    const cached = this.known;
    if (cached && cached.dictionary === dictionary && cached.size === dictionary.size) return cached.ids;
    const since = this.since;
    const ids =
      since && since.known.dictionary === dictionary && since.known.size === dictionary.size
        ? dictionary.knownAfter(since.known.ids, since.appeared, since.vanished)
        : dictionary.knownOf(this.keys());
    // Only the latest ids are kept: no version holds on to an earlier one's.
    this.since = undefined;
    this.known = { dictionary, size: dictionary.size, ids };
    return ids;
  }

  /**
   * Counts of the words of each block (a block's words are distinct). Only the set of words is made
   * now, in the order the counts would list them: an analysis reads the words, and only an edit after
   * it the counts, which are then made from the blocks kept here.
   */
  static of(blocks: Iterable<readonly string[] | undefined>): WordCounts {
    const list = [...blocks];
    const words = new Set<string>();
    for (const block of list) if (block) for (const w of block) words.add(w);
    const counts = new WordCounts(undefined, undefined, words.size);
    counts.uncounted = { blocks: list, words };
    return counts;
  }

  /** The blocks' words and their set, until the counts are made from them. */
  private uncounted: { blocks: ReadonlyArray<readonly string[] | undefined>; words: ReadonlySet<string> } | undefined;

  /** The shared counts, made on first need by a version made with `of`. */
  private get base(): ReadonlyMap<string, number> {
    if (!this.counted) {
      const counts = new Map<string, number>();
      for (const words of this.uncounted!.blocks) if (words) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.counted = counts;
      this.uncounted = undefined;
    }
    return this.counted;
  }

  /** The counts after blocks with the words `removed` gave way to blocks with the words `added`. */
  edited(removed: Iterable<readonly string[] | undefined>, added: Iterable<readonly string[] | undefined>): WordCounts {
    // An edited block mostly has the words it had: only each word's net change is applied.
    const net = new Map<string, number>();
    for (const words of removed) if (words) for (const w of words) net.set(w, (net.get(w) ?? 0) - 1);
    for (const words of added) if (words) for (const w of words) net.set(w, (net.get(w) ?? 0) + 1);
    const changes = new Map(this.changes);
    let size = this.size;
    const appeared: string[] = [];
    const vanished: string[] = [];
    for (const [w, by] of net) {
      if (!by) continue;
      const before = this.count(w);
      const after = before + by;
      // A count back at its shared value is no change.
      if (after === (this.base.get(w) ?? 0)) changes.delete(w);
      else changes.set(w, after);
      if (!before) {
        size++;
        appeared.push(w);
      } else if (!after) {
        size--;
        vanished.push(w);
      }
    }
    const since = this.known ? { known: this.known, appeared, vanished } : undefined;
    // Past a few hundred changes, copying them per edit would cost more than folding them in once.
    if (changes.size <= Math.max(256, this.base.size >> 4)) return new WordCounts(this.base, changes, size, since);
    const counts = new Map<string, number>();
    for (const [w, n] of this.base) {
      const now = changes.get(w) ?? n;
      if (now) counts.set(w, now);
    }
    for (const [w, n] of changes) if (n && !this.base.has(w)) counts.set(w, n);
    return new WordCounts(counts, undefined, counts.size, since);
  }

  /** In how many blocks `word` occurs. */
  count(word: string, changes = this.changes): number {
    return changes?.get(word) ?? this.base.get(word) ?? 0;
  }

  has(word: string): boolean {
    const uncounted = this.uncounted;
    return uncounted ? uncounted.words.has(word) : this.count(word) > 0;
  }

  keys(): IterableIterator<string> {
    // The map's own iterator when nothing changed; else the words listed once (a generator
    // allocated a result per word, and the corpus reads a draft's words once per edit).
    if (!this.changes) return this.uncounted ? this.uncounted.words.values() : this.base.keys();
    this.listed ??= this.list(this.changes);
    return this.listed.values();
  }

  private listed: string[] | undefined;

  private list(changes: ReadonlyMap<string, number>): string[] {
    const words: string[] = [];
    for (const w of this.base.keys()) if ((changes.get(w) ?? 1) > 0) words.push(w);
    for (const [w, n] of changes) if (n > 0 && !this.base.has(w)) words.push(w);
    return words;
  }

  values(): IterableIterator<string> {
    return this.keys();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.keys();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const w of this.keys()) yield [w, w];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.keys()) callback.call(thisArg, w, w, this);
  }
}

/** A word set's ids in a dictionary of `size` words. */
interface KnownIds {
  dictionary: WordIds;
  size: number;
  ids: Int32Array;
}
