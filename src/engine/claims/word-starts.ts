import { isAsciiLetter } from '../ascii';

/**
 * Where a phrase of a list can start, found by char codes, so that a regex of the form
 * `(?<![\p{L}…])(?:phrase|phrase|…)` with the /iu flags runs sticky only there instead of being
 * tried at every offset of every sentence.
 *
 * Every phrase starts with a run of ASCII letters that a non-letter ends (a space, a hyphen, or the
 * phrase's end, where the pattern's lookahead refuses a letter). So at an ASCII letter the run of
 * ASCII letters in the text must be the run of some phrase, unless a non-ASCII character ends the
 * text's run (it might be a letter, or case-fold onto one: `ſ` is an `s` and `K` a `k` to a /iu
 * pattern). A non-ASCII character is always offered, as is any character after one: the regex decides.
 */
export class WordStarts {
  private readonly runs: AsciiWords;

  /** `barred`: the ASCII characters besides letters that the pattern's lookbehind refuses before a phrase. */
  constructor(
    phrases: Iterable<string>,
    private readonly barred: { digits: boolean; chars: string },
  ) {
    const runs: string[] = [];
    for (const phrase of phrases) {
      const run = /^[a-z]+/.exec(phrase.toLowerCase())?.[0];
      if (!run) throw new Error(`WordStarts: "${phrase}" does not start with an ASCII letter`);
      runs.push(run);
    }
    this.runs = new AsciiWords(runs);
  }

  /** The first offset at or after `from` where a phrase may start, or -1. */
  next(text: string, from: number): number {
    const n = text.length;
    for (let at = from; at < n; at++) {
      const c = text.charCodeAt(at);
      if (c < 128 && !isAsciiLetter(c)) continue;
      if (at > 0 && this.refused(text.charCodeAt(at - 1))) continue;
      if (c >= 128) return at;
      let end = at + 1;
      while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
      if (end < n && text.charCodeAt(end) >= 128) return at;
      if (this.runs.has(text, at, end)) return at;
      at = end - 1;
    }
    return -1;
  }

  /** True when the lookbehind refuses a phrase after this character (an ASCII one; others are left to the regex). */
  private refused(p: number): boolean {
    if (p >= 128) return false;
    return isAsciiLetter(p) || (p >= 0x30 && p <= 0x39 ? this.barred.digits : this.barred.chars.includes(String.fromCharCode(p)));
  }
}

/**
 * A set of lower-case ASCII words, looked up by a span of ASCII letters in place: slicing and
 * lower-casing each word of a sentence to look it up in a Set cost more than the regex it spares.
 */
export class AsciiWords {
  /** Words by first letter and length (lengths from `LONG` on share a slot): most runs of a sentence find an empty list. */
  private readonly bySlot: string[][] = Array.from({ length: 26 * (LONG + 1) }, () => []);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!/^[a-z]+$/.test(word)) throw new Error(`AsciiWords: "${word}" is not a lower-case ASCII word`);
      const list = this.bySlot[slot(word.charCodeAt(0), word.length)]!;
      if (!list.includes(word)) list.push(word);
    }
  }

  /** True when `text` from `start` to `end`, all ASCII letters, is one of the words in any case. */
  has(text: string, start: number, end: number): boolean {
    const length = end - start;
    // ASCII letters lower-case by setting bit 5.
    const list = this.bySlot[slot(text.charCodeAt(start) | 0x20, length)]!;
    outer: for (let w = 0; w < list.length; w++) {
      const word = list[w]!;
      if (word.length !== length) continue;
      for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) continue outer;
      return true;
    }
    return false;
  }
}

const LONG = 15;

function slot(first: number, length: number): number {
  return (first - 0x61) * (LONG + 1) + Math.min(length, LONG);
}
