// The per-finder scanners that each read a whole sentence by char codes, as they were before one
// shared pass (src/engine/claims/sentence-scan.ts) found the offsets and cues of all of them. Kept
// verbatim as the reference the shared pass is held to; their own tests hold them to the regexes.
import { isAsciiDigit, isAsciiLetter } from '../../../src/engine/ascii';
import { CUE } from '../../../src/engine/claims/date-cues';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../../../src/engine/claims/lexicon';
import { AsciiWords } from '../../../src/engine/claims/word-starts';

/** Where a phrase of a list can start (see the former src/engine/claims/word-starts.ts). */
export class WordStarts {
  private readonly runs: AsciiWords;

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

  private refused(p: number): boolean {
    if (p >= 128) return false;
    return isAsciiLetter(p) || (p >= 0x30 && p <= 0x39 ? this.barred.digits : this.barred.chars.includes(String.fromCharCode(p)));
  }
}

const FIRST_WORDS = new AsciiWords(['half', 'a', 'dozens', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** The first offset at or after `from` where a figure may start, or -1 (the former number-starts.ts). */
export function nextNumberStart(text: string, from: number): number {
  const n = text.length;
  for (let at = from; at < n; at++) {
    const c = text.charCodeAt(at);
    if (c < 128 && !isAsciiDigit(c) && !isAsciiLetter(c)) continue;
    if (at > 0) {
      const p = text.charCodeAt(at - 1);
      if (p < 128 && (isAsciiDigit(p) || isAsciiLetter(p) || p === 0x2e || p === 0x2c)) continue;
    }
    if (c >= 128 || isAsciiDigit(c)) return at;
    let end = at + 1;
    while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
    if (end < n && text.charCodeAt(end) >= 128) return at;
    if (FIRST_WORDS.has(text, at, end) && followedAsNeeded(text, at, end)) return at;
    at = end - 1;
  }
  return -1;
}

function followedAsNeeded(text: string, at: number, end: number): boolean {
  const length = end - at;
  if (length !== 1 && length !== 4) return true;
  if (length === 4 && (text.charCodeAt(at) | 0x20) !== 0x68) return true;
  if (text.charCodeAt(end) !== 0x20) return false;
  const next = text.charCodeAt(end + 1);
  if (next >= 128) return true;
  const lower = next | 0x20;
  return length === 1 ? lower === 0x64 || lower === 0x68 || lower === 0x74 : lower === 0x61;
}

const MAX_LENGTH = 14;
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

/** The `CUE` bits of `text` (the former date-cues.ts `dateCues`). */
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
  const part = first === 0x6d ? 3 : first === 0x6c ? 4 : first === 0x65 ? 5 : 0;
  return part && length >= part + 3 && PART_WORDS.has(text, start, start + part) && MONTH_WORDS.has(text, start + part, end) ? CUE.month : 0;
}

function isIso(text: string, at: number): boolean {
  for (let i = 0; i < 10; i++) if (i === 4 || i === 7 ? text.charCodeAt(at + i) !== 0x2d : !isAsciiDigit(text.charCodeAt(at + i))) return false;
  return true;
}
