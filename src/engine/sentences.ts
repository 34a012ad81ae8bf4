import { isSpace } from './spaces';

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that end with a period without ending a sentence. Lower-cased, without the period.
 * Data, not logic: extend it when an article splits in the wrong place.
 */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'brig', 'maj', 'col', 'lt', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'atty', 'gen',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'etc', 'e.g', 'i.e', 'al',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c', 'n.y', 'l.a',
]);

/**
 * The longest abbreviation, in UTF-16 units: a longer word before a period is none (lower-casing
 * never shortens a word that could become one), so it is not cut out and lower-cased.
 */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Words that cannot end a heading-like line: a line ending in one continues on the next line. */
const CONTINUATION_WORDS = /(?:^|\s)(?:to|the|a|an|of|in|on|at|by|for|from|with|and|or|but|about|as|that|which|who|according)$/i;
const TERMINAL = /[.!?]["'”’)\]]*$/;
/** The characters that can end a sentence. */
const STOP = /[\n\r.!?]/g;

/**
 * Splits prose into sentences. A sentence ends at . ! ? (plus closing quotes/brackets) before
 * whitespace, unless the word is a known abbreviation or a single initial; and at a line break
 * after a heading-like line (no final punctuation, not ending in a function word).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) spans.push({ start, end: e });
    start = skipSpace(text, end);
  };
  // Only line breaks and . ! ? can end a sentence; the regex engine skips everything else (faster than a loop over the characters).
  STOP.lastIndex = start;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      const line = text.slice(lineStart(text, i), i).trimEnd();
      // A heading-like line followed by a lower-case line is hard-wrapped prose, not a heading. The
      // next line is found past any run of spaces: masked markup and CRLF make such runs long.
      if (isBreakingLine(line) && (TERMINAL.test(line) || !startsLowerCase(text, skipSpace(text, i + 1)))) push(i);
      if (start > i) STOP.lastIndex = start;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isClosing(text.charCodeAt(j))) j++;
    if (j < text.length && !isSpace(text.charCodeAt(j))) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    const next = skipSpace(text, j);
    // "he said. the" is rare in edited copy; a lower-case continuation usually means an abbreviation we don't know.
    if (next < text.length && isAsciiLower(text.charCodeAt(next))) continue;
    push(j);
    if (start > i) STOP.lastIndex = start;
  }
  push(text.length);
  return spans;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function startsLowerCase(text: string, i: number): boolean {
  return /^\p{Ll}/u.test(text.slice(i, i + 2));
}

/** A closing quotation mark or bracket after sentence punctuation: " ' ” ’ ) ]. */
function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

const LETTER = /\p{L}/u;

/** A code unit that is a letter on its own (half of a surrogate pair is not) or a period. */
function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(String.fromCharCode(c));
}

function lineStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

/** A line break ends a sentence after terminal punctuation or after a heading-like line. */
function isBreakingLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  if (TERMINAL.test(trimmed)) return true;
  if (CONTINUATION_WORDS.test(trimmed)) return false;
  return /^[-*+•]?\s*["“'‘(]?[\p{Lu}\d#]/u.test(trimmed) && trimmed.split(/\s+/).length <= 14;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  if (dot - s > MAX_ABBREVIATION_LENGTH) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}
