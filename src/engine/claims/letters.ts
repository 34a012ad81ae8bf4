import { isAsciiLetter } from '../ascii';

const LETTER = /^\p{L}$/u;

/**
 * What `/^\p{L}$/u` says of each BMP code unit alone: 0 not yet asked, 1 no letter, 2 a letter.
 * Fixed in size (64 KB), filled as characters are met: a regex call and a one-character string per
 * non-ASCII character read (every curly quote of a draft) cost more than the rest of reading it.
 */
const KNOWN = new Uint8Array(0x10000);

/** Whether the BMP code unit `c` is a letter (`\p{L}`); a lone surrogate is none. */
export function isBmpLetter(c: number): boolean {
  let known = KNOWN[c]!;
  if (known === 0) KNOWN[c] = known = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/**
 * UTF-16 length of the letter (`\p{L}`) at `at`, or 0 when none starts there (a low surrogate, or
 * past the end). A surrogate pair is asked of the regex: astral letters are rare.
 */
export function letterWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return c >= 0xdc00 && c <= 0xdfff ? 0 : isBmpLetter(c) ? 1 : 0;
}
