// The attribution tokenizer as it was before this round (commit 4c312e6): the reference
// attribution-tokens.test.ts holds tokenize to, field by field.
import { ABBREVIATIONS, type Span } from '../../../src/engine/sentences';
import type { QuoteSpan } from '../../../src/detectors/quote/quote-marks';

/** A word, a punctuation mark, or a whole quotation (one token, so that quoted words never act as prose). */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  text: string;
  /** Lower-case text; for words, without a trailing possessive ’s. */
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** For quote tokens: index into the block's quotations. */
  quote?: number;
  /** For words: ends in a possessive ’s ("Kenya's"). */
  possessive?: boolean;
  /** First token of its sentence (capitalised whatever it is). */
  initial?: boolean;
  /** The text starts with an upper-case letter. */
  upper: boolean;
  /** Whether the word can be part of a proper name (see isNameWord), once asked. */
  name?: boolean;
}

/** Tokens of a block and the token ranges of its sentences. */
export interface Tokenized {
  tokens: Token[];
  /** [first, last) token index of each sentence. */
  sentences: Array<{ from: number; to: number }>;
}

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /\s/u;
const UPPER = /^\p{Lu}/u;
const LINE_BREAK = /[\r\n]/;
const POSSESSIVE = /['’]s$/iu;
const LOWER = /^\p{Ll}/u;
const UPPER_OR_NUMBER = /^[\p{Lu}\p{N}]/u;
const TERMINAL = new Set(['.', '!', '?']);
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Splits a block's masked text into tokens. Each quotation becomes a single token, and sentences
 * are the engine's, except that a sentence break inside a quotation does not count (a quoted
 * passage of several sentences stays inside the sentence that introduces it) and a full stop
 * right before a quotation does ("…said."Unfortunately…").
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[], engineSentences: readonly Span[]): Tokenized {
  const tokens: Token[] = [];
  const wrapped = isHardWrapped(text);
  const breaks = engineSentences
    .slice(1)
    .map((s) => s.start)
    .filter((b) => !quotes.some((q) => b > q.start && b < q.end) && !(wrapped && /\n\s*$/.test(text.slice(Math.max(0, b - 3), b)) && !endsSentence(text, b)));
  let nextBreak = 0;
  let sentence = 0;
  let q = 0;
  let i = 0;
  let pendingBreak = false;
  const push = (kind: Token['kind'], start: number, end: number, word: string, lower: string, quote: number | undefined, possessive: boolean | undefined) => {
    // Every token has the same fields in the same order: the finders read them millions of times.
    const token: Token = { kind, start, end, text: word, lower, sentence: 0, quote, possessive, initial: undefined, upper: startsUpper(word), name: undefined };
    let crossed = false;
    while (nextBreak < breaks.length && breaks[nextBreak]! <= token.start) {
      crossed = true;
      nextBreak++;
    }
    // "T.J. Petrizzo": the splitter breaks after initials it does not know; a name follows, not a sentence.
    if (crossed && INITIALS.test(tokens[tokens.length - 1]?.text ?? '') && token.upper) crossed = false;
    const starts = !tokens.length || pendingBreak || crossed;
    if (tokens.length && starts) sentence++;
    pendingBreak = false;
    token.sentence = sentence;
    if (starts || tokens[tokens.length - 1]!.text === ':') token.initial = true;
    tokens.push(token);
  };
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start === i) {
      push('quote', quote.start, quote.end, text.slice(quote.start, quote.end), '', q, undefined);
      i = quote.end;
      continue;
    }
    let end = wordEnd(text, i);
    if (end > i) {
      let word = text.slice(i, end);
      if (text[end] === '.' && isAbbreviation(word)) {
        end++;
        word += '.';
      }
      const possessive = word.length > 2 && endsInS(word) && POSSESSIVE.test(word);
      push('word', i, end, word, lowerCase(possessive ? word.slice(0, -2) : word), undefined, possessive);
      i = end;
      continue;
    }
    const c = text[i]!;
    push('punct', i, i + 1, c, c, undefined, undefined);
    // As in the engine's splitter, a lower-case continuation means the stop did not end the sentence.
    // Read past all the spaces, as the tokenizer has since 8ff8a6d (a window of three characters
    // made the property test below fail now and then, on a stop and three or more spaces).
    if (TERMINAL.has(c) && !/^\s*\p{Ll}/u.test(text.slice(i + 1))) pendingBreak = true;
    i++;
  }
  return { tokens, sentences: sentenceRanges(tokens) };
}

/**
 * Whether the text before `at`, its trailing spaces and line breaks set aside, ends with a stop and
 * closing marks. The spaces are skipped rather than counted in a fixed window, so that CRLF line
 * ends (and markup masked as spaces) do not push the stop out of sight.
 */
function endsSentence(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  return /[.!?]["'”’)\]]*$/.test(text.slice(Math.max(0, end - 12), end));
}

/**
 * A hard-wrapped paragraph (lines broken at a fixed width, as in e-mailed or archived copy): most
 * lines end mid-sentence. There a line break is never a sentence break, even after a short line
 * that looks like a heading ("…,” said Kevin⏎Burns, chief executive…").
 */
function isHardWrapped(text: string): boolean {
  // Fewer than three lines (most paragraphs are one line): nothing to split.
  const first = text.search(LINE_BREAK);
  if (first < 0 || text.slice(first + 1).search(LINE_BREAK) < 0) return false;
  const lines = text.split(/\r?\n|\r/).filter((l) => l.trim());
  if (lines.length < 3) return false;
  const open = lines.slice(0, -1).filter((l) => !/[.!?:"”’)\]]\s*$/.test(l)).length;
  return open / (lines.length - 1) >= 0.5;
}

/**
 * Where the word starting at `i` ends, or `i` when none starts there. A word is an initialism
 * ("U.S.", "U.N.", "a.m."), else a word or number with inner apostrophes, hyphens and digit groups
 * ("31-year-old", "200,000"): exactly what the sticky regular expression
 * `(?:\p{L}{1,2}\.){2,}|[\p{L}\p{N}]+(?:[.,]\p{N}+|['’\-&][\p{L}\p{N}]+)*` matches, scanned by
 * hand because a regular expression call per word was the tokenizer's largest cost. Each part of
 * the pattern has at most one way to match at a position, so a greedy scan needs no backtracking.
 */
export function wordEnd(text: string, i: number): number {
  // Initialism: two or more groups of one or two letters and a full stop.
  let groups = 0;
  let p = i;
  for (;;) {
    const a = letterEnd(text, p);
    if (a === p) break;
    const b = letterEnd(text, a);
    if (b > a && text.charCodeAt(b) === 0x2e) p = b + 1;
    else if (text.charCodeAt(a) === 0x2e) p = a + 1;
    else break;
    groups++;
  }
  if (groups >= 2) return p;
  let end = alnumRunEnd(text, i);
  if (end === i) return i;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c === 0x2e || c === 0x2c) {
      // [.,]\p{N}+
      let k = end + 1;
      for (let n = numberEnd(text, k); n > k; n = numberEnd(text, k)) k = n;
      if (k === end + 1) break;
      end = k;
    } else if (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26) {
      // ['’\-&][\p{L}\p{N}]+
      const k = alnumRunEnd(text, end + 1);
      if (k === end + 1) break;
      end = k;
    } else break;
  }
  return end;
}

/** The end of the code point at `i` if it is a letter (\p{L}), else `i`. */
function letterEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? i + 1 : i;
  if (Number.isNaN(c)) return i;
  const cp = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(cp) ? i + cp.length : i;
}

/** The end of the code point at `i` if it is a number (\p{N}), else `i`. */
function numberEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 ? i + 1 : i;
  if (Number.isNaN(c)) return i;
  const cp = String.fromCodePoint(text.codePointAt(i)!);
  return NUMBER.test(cp) ? i + cp.length : i;
}

/** The end of the run of letters and numbers starting at `i` (`i` when there is none). */
function alnumRunEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) end++;
    else if (c >= 128) {
      const k = alnumEnd(text, end);
      if (k === end) return end;
      end = k;
    } else return end;
  }
}

/** The end of the code point at `i` if it is a letter or number, else `i`. */
function alnumEnd(text: string, i: number): number {
  const l = letterEnd(text, i);
  return l > i ? l : numberEnd(text, i);
}

/** `toLowerCase`, skipped for the many words that have nothing to lower (it copies two-byte strings slowly). */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** `/\s/u` on the character at `i`, without running a regular expression on plain spaces and printable ASCII. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32) return true;
  return code > 32 && code < 127 ? false : SPACE.test(text[i]!);
}

/** Whether a word may end in a possessive ’s: its last letter is one that `/s/iu` matches (s, S, ſ). */
function endsInS(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  return code === 0x73 || code === 0x53 || code === 0x17f;
}

/** `/^\p{Lu}/u`, settling ASCII first letters without a regular expression. */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
}

/** `/^\p{Ll}/u`, settling ASCII first letters without a regular expression. */
export function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(word);
}

/** `/^[\p{Lu}\p{N}]/u`, settling ASCII first characters without a regular expression. */
export function startsUpperOrNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : UPPER_OR_NUMBER.test(word);
}

function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || /^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
}

function sentenceRanges(tokens: readonly Token[]): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (!ranges[s]) ranges[s] = { from: i, to: i + 1 };
    else ranges[s]!.to = i + 1;
  }
  return ranges.filter(Boolean);
}
