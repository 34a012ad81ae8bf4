import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon';

/** Cue words anywhere in the text. */
const ANYWHERE = minimal([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAYS, 'yesterday', 'today', 'tonight', 'tomorrow']);
/** Words that count only at the start of a word (`\b` before them). */
const AT_WORD_START = ['week', 'month', 'year'];
const ANYWHERE_BY_FIRST = byFirstLetter(ANYWHERE);
const AT_WORD_START_BY_FIRST = byFirstLetter(AT_WORD_START);

/**
 * Whether a sentence has anything a date pattern could start from: what
 * `/\d|<months>|<abbreviations>|<weekdays>|yesterday|today|tonight|tomorrow|\b(?:week|month|year)/i`
 * tests, by char codes. Every sentence asks; a regex with forty alternatives tried at every offset
 * cost more than the patterns it spared. Without the u flag the regex folds only ASCII letters, as
 * `| 0x20` does here.
 */
export function hasDateCue(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    // `c | 0x20` is a lower-case ASCII letter exactly when c is an ASCII letter.
    const letter = (c | 0x20) - 0x61;
    if (letter < 0 || letter > 25) continue;
    for (const word of ANYWHERE_BY_FIRST[letter]!) if (startsAt(text, i, word)) return true;
    const bounded = AT_WORD_START_BY_FIRST[letter]!;
    if (bounded.length && !(i > 0 && isWordChar(text.charCodeAt(i - 1)))) for (const word of bounded) if (startsAt(text, i, word)) return true;
  }
  return false;
}

/** The words no other word of the list occurs in: where one of the others matches, its part does too. */
function minimal(words: readonly string[]): string[] {
  return words.filter((w) => !words.some((v) => v !== w && w.includes(v)));
}

function byFirstLetter(words: readonly string[]): string[][] {
  const lists: string[][] = Array.from({ length: 26 }, () => []);
  for (const w of words) lists[w.charCodeAt(0) - 0x61]!.push(w);
  return lists;
}

/** `word` (lower-case ASCII) at `at`, ASCII letters in either case. */
function startsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 1; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** `\w` without the u flag. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
}
