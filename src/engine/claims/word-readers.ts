// Words read off a name's surroundings without a regex: patterns anchored at the end (`…$`) try
// every position of the text, and a /\s+/ split or /s$/ replace is a regex call per name or word.
import { isAsciiLetter, isAsciiSpace } from '../ascii';
import { isSpace } from '../spaces';
import { isBmpLetter } from './letters';

/**
 * What `/([\p{L}-]+)\s+$/u` captures: the run of letters and hyphens before the white space that
 * ends the text.
 */
export function wordBeforeSpace(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return undefined;
  let start = end;
  for (;;) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x2d || isAsciiLetter(c)) start--;
    else if (c >= 0xdc00 && c <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2)) && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else if (c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff) && isBmpLetter(c)) start--;
    else break;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const LETTER = /^\p{L}$/u;

/**
 * The words `/((?:[a-z][a-z-]*\s+){1,2})$/` captures, as `capture.trim().split(/\s+/)` gives them:
 * the last one or two lower-case words before the white space that ends the text.
 */
export function lowerWordsBefore(text: string): string[] | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return undefined;
  const runStart = lowerRunStart(text, end);
  const last = firstLetter(text, runStart, end);
  if (last < 0) return undefined;
  // A word before it counts only when white space alone separates the two.
  if (last === runStart && last > 0 && isSpace(text.charCodeAt(last - 1))) {
    let gap = last;
    while (gap > 0 && isSpace(text.charCodeAt(gap - 1))) gap--;
    const first = firstLetter(text, lowerRunStart(text, gap), gap);
    if (first >= 0) return [text.slice(first, gap), text.slice(last, end)];
  }
  return [text.slice(last, end)];
}

/** What `text.split(/\s+/).filter(Boolean).pop() ?? ''` gives: the last run of characters other than white space. */
export function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** Start of the run of `[a-z-]` that ends at `end`. */
function lowerRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLowerOrHyphen(text.charCodeAt(start - 1))) start--;
  return start;
}

function isLowerOrHyphen(c: number): boolean {
  return c === 0x2d || (c >= 0x61 && c <= 0x7a);
}

/** The first letter (not hyphen) of a run of `[a-z-]`, or -1. */
function firstLetter(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && text.charCodeAt(at) === 0x2d) at++;
  return at < end ? at : -1;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** What `text.split(/\s+/)` gives (empty strings at the ends included), without a regex call per word. */
export function splitSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (!isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    words.push(text.slice(start, at));
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    start = at;
  }
  words.push(text.slice(start));
  return words;
}

/** What `word.replace(/s$/, '')` gives: the word without one final "s" (a plural's). */
export function withoutPluralS(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The runs of letters and hyphens of a text, possessive "'s" dropped: the words of what
 * `text.replace(/['’]s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()` gives
 * (none when that is ''). Each is a slice of the text, its kept characters being contiguous there.
 * Title phrases are split into these words: four regex passes per phrase made most of the cost of
 * reading one, and appending characters one by one made a string of many pieces to split again.
 */
export function letterAndHyphenWords(text: string): string[] {
  // Dropping a possessive can join the halves of a surrogate pair: that case keeps the regex.
  if (text.includes("'") || text.includes('’')) text = text.replace(/['’]s\b/g, '');
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let keep = 0;
    if (isAsciiLetter(c) || c === 0x2d) keep = 1;
    else if (c >= 0x80) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2))) keep = 2;
        else if (d >= 0xdc00 && d <= 0xdfff) {
          // A pair that is no letter: both halves end the word.
          if (start >= 0) words.push(text.slice(start, i));
          start = -1;
          i++;
          continue;
        }
      } else if (!(c >= 0xd800 && c <= 0xdfff) && isBmpLetter(c)) keep = 1;
    }
    if (!keep) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    i += keep - 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/**
 * Where the last `count` runs of characters other than ASCII white space begin (white space that
 * ends the text passed over), or 0 when the text holds fewer. Other white space is inside a run, so
 * the runs are never more than what `\s+` would split.
 */
export function lastRunsStart(text: string, count: number): number {
  let at = text.length;
  for (let runs = 0; runs < count; runs++) {
    while (at > 0 && isAsciiSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) return 0;
    while (at > 0 && !isAsciiSpace(text.charCodeAt(at - 1))) at--;
  }
  return at;
}
