import { isAsciiLetterOrDigit } from '../ascii';

/**
 * Where a figure of `findNumbers` can start, as `SentenceScan` finds it by char codes, so that the
 * figure regex runs only there (sticky) instead of being tried at every offset of every sentence.
 *
 * The figure pattern starts, after `(?<![\p{L}\p{N}.,])`, with an ASCII digit or with a number word
 * whose first word is followed by a character that is not a letter. So at an ASCII letter the run of
 * ASCII letters must be such a first word, unless a non-ASCII character ends the run (it might be a
 * letter, or case-fold onto one: `ſ` is an `s` to a /iu pattern). A non-ASCII character, or one
 * after a non-ASCII character, is always offered: the regex decides.
 */
export const FIGURE_FIRST_WORDS = ['half', 'a', 'dozens', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Whether a figure may start after the character `p` (-1 at the text's start): `(?<![\p{L}\p{N}.,])` for ASCII. */
export function figureMayFollow(p: number): boolean {
  return !(isAsciiLetterOrDigit(p) || p === 0x2e || p === 0x2c);
}

/**
 * "a" and "half" start a figure only as "a dozen", "a hundred", "a thousand" and "half a dozen",
 * with one space (the pattern's literal) before a word that starts with d, h, t or a: the article
 * "a" is in most sentences, and each was a run of the figure regex. A non-ASCII character there is
 * left to the regex (it might case-fold onto a letter). Other first words need nothing after them.
 */
export function followedAsNeeded(text: string, at: number, end: number): boolean {
  const length = end - at;
  if (length !== 1 && length !== 4) return true;
  if (length === 4 && (text.charCodeAt(at) | 0x20) !== 0x68) return true;
  if (text.charCodeAt(end) !== 0x20) return false;
  const next = text.charCodeAt(end + 1);
  if (next >= 128) return true;
  const lower = next | 0x20;
  return length === 1 ? lower === 0x64 || lower === 0x68 || lower === 0x74 : lower === 0x61;
}
