// The attribution tokenizer as it was before this round (commit 4c312e6): the reference
// attribution-tokens.test.ts holds tokenize to, field by field.
import { ABBREVIATIONS, type Span } from '../../../src/engine/sentences';
import type { QuoteSpan } from '../../../src/detectors/quote/quote-marks';
// The word scanner is unchanged since then and held to the former word pattern on its own (attribution-tokens.test.ts).
import { wordEnd } from '../../../src/detectors/quote/tokens';

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

const SPACE = /\s/u;
const UPPER = /^\p{Lu}/u;
const LINE_BREAK = /[\r\n]/;
const POSSESSIVE = /['’]s$/iu;
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
