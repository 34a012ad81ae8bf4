import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import { AsciiWords } from './word-starts';
import { isAsciiDigit, isAsciiLetter } from '../ascii';

/**
 * What a sentence holds that the date patterns need, read in one char-code pass: a bit per cue.
 *
 * The word cues are whole words, not substrings: "mar" in "market" or "may" in "mayor" used to send
 * a sentence through six month patterns that could not match. Every date pattern has its month,
 * weekday, day word, unit or "ago" between characters that are not letters (its lookbehind, `\s`, a
 * comma, a period or its closing `(?![\p{L}\p{N}])`), except that "early", "mid" and "late" may be
 * glued to a month ("midjanuary"). So such a word is a whole run of ASCII letters of the text, or one
 * of those three and a month, unless its match holds a non-ASCII character: only `ſ` (an `s`) and `K`
 * (a `k`) case-fold onto ASCII letters under /iu, and a text holding either gets every word cue and
 * the `folded` bit.
 */
export const CUE = {
  digit: 1,
  year: 2,
  month: 4,
  weekday: 8,
  day: 16,
  unit: 32,
  ago: 64,
  folded: 128,
  /** `\d{4}-\d{2}-\d{2}` anywhere. */
  iso: 256,
  /** A part of a period: early, mid, middle, late, end, beginning, start. */
  part: 512,
  earlierLater: 1024,
  /** last, this, next, past. */
  near: 2048,
} as const;

const MAX_LENGTH = 14;
/**
 * Cue words by first letter and length (`slot`), each with its cue bits: most runs of letters of a
 * sentence find an empty list, the rest compare a word or two.
 */
const BY_SLOT: Array<Array<{ word: string; cue: number }>> = Array.from({ length: 26 * (MAX_LENGTH + 1) }, () => []);
const slot = (first: number, length: number) => (first - 0x61) * (MAX_LENGTH + 1) + length;
const add = (cue: number, words: readonly string[]) => {
  for (const word of words) {
    const list = BY_SLOT[slot(word.charCodeAt(0), word.length)]!;
    const entry = list.find((e) => e.word === word);
    if (entry) entry.cue |= cue;
    else list.push({ word, cue });
  }
};
add(CUE.month, [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)]);
add(CUE.weekday, WEEKDAYS);
add(CUE.day, ['yesterday', 'today', 'tonight', 'tomorrow']);
add(CUE.unit, ['week', 'month', 'year']);
add(CUE.ago, ['ago']);
add(CUE.part, ['early', 'mid', 'middle', 'late', 'end', 'beginning', 'start']);
add(CUE.earlierLater, ['earlier', 'later']);
add(CUE.near, ['last', 'this', 'next', 'past']);
const MONTH_WORDS = new AsciiWords([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)]);
const PART_WORDS = new AsciiWords(['early', 'mid', 'late']);
const ALL_WORDS = CUE.month | CUE.weekday | CUE.day | CUE.unit | CUE.ago | CUE.part | CUE.earlierLater | CUE.near;

/** The cues of `text`: `CUE` bits. `year` is `(?:19|20)\d{2}` anywhere, `digit` an ASCII digit (`\d` under /u). */
export function dateCues(text: string): number {
  let cues = 0;
  const n = text.length;
  for (let at = 0; at < n; ) {
    const c = text.charCodeAt(at);
    if (c >= 0x30 && c <= 0x39) {
      cues |= CUE.digit;
      if ((c === 0x31 && text.charCodeAt(at + 1) === 0x39) || (c === 0x32 && text.charCodeAt(at + 1) === 0x30)) {
        if (isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3))) cues |= CUE.year;
      }
      if (text.charCodeAt(at + 4) === 0x2d && isIso(text, at)) cues |= CUE.iso;
      at++;
      continue;
    }
    if (!isAsciiLetter(c)) {
      if (c === 0x17f || c === 0x212a) cues |= ALL_WORDS | CUE.folded;
      at++;
      continue;
    }
    let end = at + 1;
    while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
    cues |= wordCue(text, at, end);
    at = end;
  }
  return cues;
}

function wordCue(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 3 || length > MAX_LENGTH) return 0;
  const first = text.charCodeAt(start) | 0x20;
  const words = BY_SLOT[slot(first, length)]!;
  outer: for (let w = 0; w < words.length; w++) {
    const { word, cue } = words[w]!;
    for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) continue outer;
    return cue;
  }
  // "midjanuary", "latemarch": the part word may be glued to its month.
  const part = first === 0x6d ? 3 : first === 0x6c ? 4 : first === 0x65 ? 5 : 0;
  return part && length >= part + 3 && PART_WORDS.has(text, start, start + part) && MONTH_WORDS.has(text, start + part, end) ? CUE.month : 0;
}

/** `\d{4}-\d{2}-\d{2}` at `at`. */
function isIso(text: string, at: number): boolean {
  for (let i = 0; i < 10; i++) if (i === 4 || i === 7 ? text.charCodeAt(at + i) !== 0x2d : !isAsciiDigit(text.charCodeAt(at + i))) return false;
  return true;
}

