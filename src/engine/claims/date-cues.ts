import { MONTH_WORDS, WEEKDAYS } from './lexicon';
import { AsciiWords } from './word-starts';
import { isAsciiDigit } from '../ascii';

/**
 * What a sentence holds that the date patterns need, a bit per cue, read in the sentence's one
 * char-code pass (`SentenceScan`).
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

/** The cue words, lower-case ASCII, each with its `CUE` bits (a word may give several). */
export const CUE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ...MONTH_WORDS.map((w) => [w, CUE.month] as const),
  ...WEEKDAYS.map((w) => [w, CUE.weekday] as const),
  ...['yesterday', 'today', 'tonight', 'tomorrow'].map((w) => [w, CUE.day] as const),
  ...['week', 'month', 'year'].map((w) => [w, CUE.unit] as const),
  ['ago', CUE.ago],
  ...['early', 'mid', 'middle', 'late', 'end', 'beginning', 'start'].map((w) => [w, CUE.part] as const),
  ...['earlier', 'later'].map((w) => [w, CUE.earlierLater] as const),
  ...['last', 'this', 'next', 'past'].map((w) => [w, CUE.near] as const),
];
/** Every word cue: what a text holding `ſ` or `K` gets, with `folded`. */
export const ALL_WORDS = CUE.month | CUE.weekday | CUE.day | CUE.unit | CUE.ago | CUE.part | CUE.earlierLater | CUE.near;

const MAX_LENGTH = 14;
const MONTH_WORD = new AsciiWords(MONTH_WORDS);
const PART_WORDS = new AsciiWords(['early', 'mid', 'late']);

/**
 * `CUE.month` for a run of ASCII letters from `start` to `end` that is no cue word itself but
 * "early", "mid" or "late" glued to a month ("midjanuary", "latemarch"), else 0.
 */
export function gluedMonthCue(text: string, start: number, end: number): number {
  const length = end - start;
  if (length > MAX_LENGTH) return 0;
  const first = text.charCodeAt(start) | 0x20;
  const part = first === 0x6d ? 3 : first === 0x6c ? 4 : first === 0x65 ? 5 : 0;
  return part && length >= part + 3 && PART_WORDS.has(text, start, start + part) && MONTH_WORD.has(text, start + part, end) ? CUE.month : 0;
}

/** `\d{4}-\d{2}-\d{2}` at `at`. */
export function isIso(text: string, at: number): boolean {
  for (let i = 0; i < 10; i++) if (i === 4 || i === 7 ? text.charCodeAt(at + i) !== 0x2d : !isAsciiDigit(text.charCodeAt(at + i))) return false;
  return true;
}
