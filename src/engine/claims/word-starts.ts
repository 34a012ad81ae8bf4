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
 * letters in place: one lookup per word serves every list.
 */
export class AsciiWordBits {
  /** Words by first letter and length (lengths from `LONG` on share a slot): most runs of a sentence find an empty list. */
  private readonly words: string[][] = Array.from({ length: 26 * (LONG + 1) }, () => []);
  private readonly wordBits: number[][] = Array.from({ length: 26 * (LONG + 1) }, () => []);

  /** Adds `bits` to a word's. */
  add(word: string, bits: number): void {
    if (!/^[a-z]+$/.test(word)) throw new Error(`AsciiWords: "${word}" is not a lower-case ASCII word`);
    const at = slot(word.charCodeAt(0), word.length);
    const index = this.words[at]!.indexOf(word);
    if (index >= 0) this.wordBits[at]![index]! |= bits;
    else {
      this.words[at]!.push(word);
      this.wordBits[at]!.push(bits);
    }
  }

  /** The bits of `text` from `start` to `end`, all ASCII letters, in any case; 0 when no list holds it. */
  bits(text: string, start: number, end: number): number {
    const length = end - start;
    // ASCII letters lower-case by setting bit 5.
    const at = slot(text.charCodeAt(start) | 0x20, length);
    const list = this.words[at]!;
    outer: for (let w = 0; w < list.length; w++) {
      const word = list[w]!;
      if (word.length !== length) continue;
      for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) continue outer;
      return this.wordBits[at]![w]!;
    }
    return 0;
  }
}

const LONG = 15;

function slot(first: number, length: number): number {
  return (first - 0x61) * (LONG + 1) + Math.min(length, LONG);
}
