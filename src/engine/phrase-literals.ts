import { foldedAsciiLetter, isAsciiLetterOrDigit } from './ascii';
import { isSpace } from './spaces';

/**
 * Phrases that are plain words (ASCII letters, spaces, apostrophes), matched at a place by code as
 * their compiled regex matches them there (`compilePhrases` with the `i` and `u` flags): letters in
 * any case (ſ for s and the Kelvin sign for k too), a space for any run of whitespace, either
 * apostrophe, not after a letter or digit and not followed by one.
 *
 * `PhraseMatcher` tries a regex only where a match is likely, and most tries find one; but each of
 * those regexes runs a few times per analysis, always cold, and a try cost microseconds. The
 * loaded-language terms and most attribution cues are plain words.
 */

/** Phrases in the order their alternation tries them (longest first, as `compilePhrases` sorts them); undefined if one is not plain words. */
export function plainPhrases(phrases: readonly string[], flags: string): string[] | undefined {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v')) return undefined;
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.trim());
  return sorted.every((p) => PLAIN.test(p)) ? sorted : undefined;
}

/** Starts and ends with a letter; letters, single or repeated spaces and apostrophes between. */
const PLAIN = /^[A-Za-z](?:[A-Za-z'’ ]*[A-Za-z])?$/;

/**
 * The end of the first of `phrases` (from `plainPhrases`) that matches at `start` of `text`, or -1:
 * where the sticky regex of the same phrases would end its match.
 */
export function plainMatchEnd(text: string, start: number, phrases: readonly string[]): number {
  if (letterOrDigitBefore(text, start)) return -1;
  for (const phrase of phrases) {
    const end = plainEnd(text, start, phrase);
    // The closing boundary follows the alternation: a phrase that stops inside a word gives way to the next.
    if (end >= 0 && !letterOrDigitAt(text, end)) return end;
  }
  return -1;
}

/** Where `phrase` ends when it matches at `start`, or -1. */
function plainEnd(text: string, start: number, phrase: string): number {
  let i = start;
  for (let k = 0; k < phrase.length; ) {
    const p = phrase.charCodeAt(k);
    if (p === 0x20) {
      // Spaces are `\s+`: greedy, and the phrase goes on with a letter or an apostrophe, never a space.
      while (k < phrase.length && phrase.charCodeAt(k) === 0x20) k++;
      if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    if (p === 0x27 || p === 0x2019) {
      if (c !== 0x27 && c !== 0x2019) return -1;
    } else if (foldedAsciiLetter(c) !== (p | 32)) return -1;
    i++;
    k++;
  }
  return i;
}

const LETTER_OR_DIGIT_BEFORE = /(?<=[\p{L}\p{N}])/uy;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** A letter or digit (a code point: a surrogate pair is one) right before `at`. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return isAsciiLetterOrDigit(c);
  LETTER_OR_DIGIT_BEFORE.lastIndex = at;
  return LETTER_OR_DIGIT_BEFORE.test(text);
}

/** A letter or digit (a code point) at `at`. */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return isAsciiLetterOrDigit(c);
  LETTER_OR_DIGIT_AT.lastIndex = at;
  return LETTER_OR_DIGIT_AT.test(text);
}
