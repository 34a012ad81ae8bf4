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
    /** How many words there are; undefined for a version made with `of` until someone needs it. */
    private distinct: number | undefined,
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
    const uncounted = this.uncounted;
    const ids =
      since && since.known.dictionary === dictionary && since.known.size === dictionary.size
        ? dictionary.knownAfter(since.known.ids, since.appeared, since.vanished)
        : (uncounted && !uncounted.words && this.knownOfBlocks(uncounted.blocks, dictionary)) || dictionary.knownOf(this.keys());
    // Only the latest ids are kept: no version holds on to an earlier one's.
    this.since = undefined;
    this.known = { dictionary, size: dictionary.size, ids };
    return ids;
  }

  /**
   * Counts of the words of each block (a block's words are distinct). Nothing is made now: an
   * analysis reads the words' ids (or the words, in the order the counts would list them), and only
   * an edit after it the counts, which are then made from the blocks kept here.
   */
  static of(blocks: Iterable<readonly string[] | undefined>): WordCounts {
    const counts = new WordCounts(undefined, undefined, undefined);
    // Not even the set of words is made now: a draft's word ids, all that most analyses read, are
    // looked up from the blocks (`knownIds`), and a draft with no related article needs nothing.
    counts.uncounted = { blocks: [...blocks], words: undefined };
    return counts;
  }

  /** The blocks' words and, once made, their set, until the counts are made from them. */
  private uncounted: { blocks: ReadonlyArray<readonly string[] | undefined>; words: Set<string> | undefined } | undefined;

  /** The set of words of a version made with `of`, in the order the counts would list them. */
  private wordSet(uncounted: NonNullable<WordCounts['uncounted']>): Set<string> {
    if (!uncounted.words) {
      const words = new Set<string>();
      for (const block of uncounted.blocks) if (block) for (const w of block) words.add(w);
      uncounted.words = words;
      this.distinct = words.size;
    }
    return uncounted.words;
  }

  /**
   * `dictionary.knownOf(words)` read from the blocks, without the set of words: one lookup per word
   * of each block (a word in several blocks is looked up again) instead of adding every word to a
   * set and then looking each up. The number of words comes with it: the ids are distinct per word,
   * and the words the dictionary lacks are counted in a set of their own. Undefined for a long
   * draft, whose words recur in many blocks: there the set of words is the smaller work.
   */
  private knownOfBlocks(blocks: ReadonlyArray<readonly string[] | undefined>, dictionary: WordIds): Int32Array | undefined {
    let total = 0;
    for (const block of blocks) if (block) total += block.length;
    if (total > MAX_BLOCK_LOOKUPS) return undefined;
    const ids = new Int32Array(total);
    let n = 0;
    let unknown: Set<string> | undefined;
    for (const block of blocks) {
      if (!block) continue;
      for (const w of block) {
        const id = dictionary.find(w);
        if (id !== undefined) ids[n++] = id;
        else (unknown ??= new Set()).add(w);
      }
    }
    const known = ids.subarray(0, n).sort();
    let distinct = 0;
    for (let i = 0; i < n; i++) if (distinct === 0 || known[i] !== known[distinct - 1]) known[distinct++] = known[i]!;
    this.distinct ??= distinct + (unknown?.size ?? 0);
    return ids.slice(0, distinct);
  }

  /** How many words occur. */
  get size(): number {
    if (this.distinct === undefined) {
      const uncounted = this.uncounted;
      // The counts list each word once; the set of words is cheaper to make when they are not needed yet.
      this.distinct = uncounted ? this.wordSet(uncounted).size : this.base.size;
    }
    return this.distinct;
  }

  /** The shared counts, made on first need by a version made with `of`. */
  private get base(): ReadonlyMap<string, number> {
    if (!this.counted) {
      const counts = new Map<string, number>();
      for (const words of this.uncounted!.blocks) if (words) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.counted = counts;
      this.distinct ??= counts.size;
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
    return uncounted ? this.wordSet(uncounted).has(word) : this.count(word) > 0;
  }

  keys(): IterableIterator<string> {
    // The map's own iterator when nothing changed; else the words listed once (a generator
    // allocated a result per word, and the corpus reads a draft's words once per edit).
    if (!this.changes) return this.uncounted ? this.wordSet(this.uncounted).values() : this.base.keys();
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

/** Past this many words in all blocks together, `knownIds` makes the set of words first. */
const MAX_BLOCK_LOOKUPS = 4096;

/** A word set's ids in a dictionary of `size` words. */
interface KnownIds {
  dictionary: WordIds;
  size: number;
  ids: Int32Array;
}
