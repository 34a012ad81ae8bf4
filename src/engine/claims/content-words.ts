import { STOP_WORDS } from './lexicon';

const LETTER = /^\p{L}$/u;

/**
 * The article's content words, lower-case, for a cosine of word sets between articles: the runs of
 * four or more letters (what `/\p{L}{4,}/gu` matches in the lower-cased text) that are not stop
 * words, in order of first occurrence. Read by char codes: a regex match per word allocated a
 * match array for every word of every block.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let width = letterWidth(lower, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    do {
      i += width;
      letters++;
      width = i < n ? letterWidth(lower, i) : 0;
    } while (width);
    if (letters >= 4) {
      const word = lower.slice(start, i);
      if (!STOP_WORDS.has(word)) words.add(word);
    }
  }
  return words;
}

/** UTF-16 length of the letter (`\p{L}`) at `at`, or 0 when none starts there. */
function letterWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(at + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  // A lone low surrogate is no letter; other code units are whole code points.
  return c >= 0xdc00 && c <= 0xdfff ? 0 : LETTER.test(text[at]!) ? 1 : 0;
}
