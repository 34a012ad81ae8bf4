/**
 * Phrase starts of the form `(?<![\p{L}…])(?:phrase|phrase|…)` under /iu, as `SentenceScan` finds
 * them by char codes so that such a regex runs sticky only there instead of being tried at every
 * offset of every sentence.
 *
 * Every phrase starts with a run of ASCII letters that a non-letter ends (a space, a hyphen, or the
 * phrase's end, where the pattern's lookahead refuses a letter). So at an ASCII letter the run of
 * ASCII letters in the text must be the run of some phrase, unless a non-ASCII character ends the
 * text's run (it might be a letter, or case-fold onto one: `ſ` is an `s` and `K` a `k` to a /iu
 * pattern). A non-ASCII character is always offered, unless the lookbehind refuses the ASCII
 * character before it; the regex decides.
 */

/** The first run of ASCII letters of a phrase, lower-case: what the text's run at a start must be. */
export function firstRun(phrase: string): string {
  const run = /^[a-z]+/.exec(phrase.toLowerCase())?.[0];
  if (!run) throw new Error(`"${phrase}" does not start with an ASCII letter`);
  return run;
}

/**
 * A set of lower-case ASCII words, looked up by a span of ASCII letters in place: slicing and
 * lower-casing each word of a sentence to look it up in a Set cost more than the regex it spares.
 */
export class AsciiWords {
  private readonly table = new AsciiWordBits();

  constructor(words: Iterable<string>) {
    for (const word of words) this.table.add(word, 1);
  }

  /** True when `text` from `start` to `end`, all ASCII letters, is one of the words in any case. */
  has(text: string, start: number, end: number): boolean {
    return this.table.bits(text, start, end) !== 0;
  }
}

/**
 * Lower-case ASCII words, each with bits saying which lists hold it, looked up by a span of ASCII
 * letters in place: one lookup per word serves every list. An open-addressed table by a hash of the
 * lower-cased letters, which a scanner can compute while it finds the end of the run: most runs of a
 * sentence are in no list and cost one probe, not a comparison with each word of their length.
 */
export class AsciiWordBits {
  private size = 64;
  /** `32 - log2(size)`: a slot is the top bits of the hash times the golden ratio (Fibonacci hashing). */
  private shift = 26;
  private hashes = new Int32Array(this.size);
  private wordBits = new Int32Array(this.size);
  /** Words by slot, '' where none: an empty slot is one whose bits are 0. */
  private words: string[] = new Array<string>(this.size).fill('');
  private count = 0;

  /** Adds `bits` to a word's. */
  add(word: string, bits: number): void {
    if (!/^[a-z]+$/.test(word)) throw new Error(`AsciiWords: "${word}" is not a lower-case ASCII word`);
    if (!bits) throw new Error('AsciiWordBits: a word needs some bits');
    const hash = runHash(word, 0, word.length);
    for (let at = this.slot(hash); this.wordBits[at] !== 0; at = (at + 1) & (this.size - 1)) {
      if (this.words[at] === word) {
        this.wordBits[at]! |= bits;
        return;
      }
    }
    // At most a quarter full: a run in no list (most runs) then mostly meets an empty slot first.
    if (++this.count * 4 > this.size) this.grow();
    this.place(word, hash, bits);
  }

  private place(word: string, hash: number, bits: number): void {
    let at = this.slot(hash);
    while (this.wordBits[at] !== 0) at = (at + 1) & (this.size - 1);
    this.words[at] = word;
    this.hashes[at] = hash;
    this.wordBits[at] = bits;
  }

  private grow(): void {
    const { words, hashes, wordBits } = this;
    this.size *= 2;
    this.shift--;
    this.hashes = new Int32Array(this.size);
    this.wordBits = new Int32Array(this.size);
    this.words = new Array<string>(this.size).fill('');
    for (let i = 0; i < words.length; i++) if (wordBits[i] !== 0) this.place(words[i]!, hashes[i]!, wordBits[i]!);
  }

  private slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  /** The bits of `text` from `start` to `end`, all ASCII letters, in any case; 0 when no list holds it. */
  bits(text: string, start: number, end: number): number {
    return this.bitsByHash(text, start, end, runHash(text, start, end));
  }

  /** `bits`, given the run's `runHash`. */
  bitsByHash(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const mask = this.size - 1;
    outer: for (let at = this.slot(hash); ; at = (at + 1) & mask) {
      const bits = this.wordBits[at]!;
      if (bits === 0) return 0;
      if (this.hashes[at] !== hash) continue;
      const word = this.words[at]!;
      if (word.length !== length) continue;
      // ASCII letters lower-case by setting bit 5.
      for (let i = 0; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) continue outer;
      return bits;
    }
  }
}

/** The hash `AsciiWordBits` files a run of ASCII letters under: `hashStep` over its lower-cased letters, from 0. */
export function runHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** The hash of a run after one more ASCII letter `c` (either case). */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 0x2f) + (c | 0x20)) | 0;
}
