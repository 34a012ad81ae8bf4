import { ABBREVIATIONS, type Span } from '../../engine/sentences';
import { isSpace } from '../../engine/spaces';
import type { QuoteSpan } from './quote-marks';
import { lowerCase } from './lower-case';
import { DIGITS_W, LISTED_FLAGS, LISTED_LOWER, listedWordAt, listedWordHashed, wordFlags } from './cues';
import { addRun, addRunsIn, finishRuns, startRuns, type LetterRuns } from '../../engine/phrase-matcher';

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
  /** The word lists `lower` is in (see wordFlags in cues.ts). */
  flags: number;
}

/** Tokens of a block and the token ranges of its sentences. */
export interface Tokenized {
  tokens: Token[];
  /** [first, last) token index of each sentence. */
  sentences: SentenceRange[];
  /** The list bits of all word tokens together: a finder whose words are in none of them can skip the block. */
  wordBits: number;
  /**
   * With `withRuns`, the text's letter runs (what `letterRuns` gives) read along the way; undefined
   * when not asked for, or when the tokens split a run (then they must be read on their own).
   */
  runs: LetterRuns | undefined;
}

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/iu;
const LOWER = /^\p{Ll}/u;
const UPPER_OR_NUMBER = /^[\p{Lu}\p{N}]/u;
/**
 * The list bits of each one-character ASCII token by char code, as listedWordAt finds them: most
 * punctuation tokens are ASCII, and this spares hashing and probing the table for each.
 */
const ASCII_CHAR_FLAGS = Array.from({ length: 128 }, (_, code) => {
  const listed = listedWordAt(String.fromCharCode(code), 0, 1);
  return listed >= 0 ? LISTED_FLAGS[listed]! : 0;
});
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** The list bits of a quotation token (of the empty word). */
const QUOTE_FLAGS = wordFlags('');

/**
 * Splits a block's masked text into tokens. Each quotation becomes a single token, and sentences
 * are the engine's, except that a sentence break inside a quotation does not count (a quoted
 * passage of several sentences stays inside the sentence that introduces it) and a full stop
 * right before a quotation does ("…said."Unfortunately…").
 *
 * With `store`, the arrays and the token and range objects are those of the store's previous call,
 * overwritten, with more made as needed: a caller that is done with the tokens before it tokenizes
 * again (as the block analysis is) then makes almost nothing per token after its first blocks.
 *
 * With `withRuns`, the text's letter runs are gathered too: every character but a space is in one
 * token, a run never crosses from one token into the next (a word ends at a character that is no
 * letter, and every run letter starts a word), and a plain word of ASCII letters is a run whose
 * hash the word scan has worked out; the other tokens' runs are scanned as letterRuns scans them.
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[], engineSentences: readonly Span[], store?: TokenStore, withRuns = false): Tokenized {
  const tokens: Token[] = store ? store.tokens : [];
  const sentences: SentenceRange[] = store ? store.sentences : [];
  // Counts of the tokens and sentences written so far: with a store, the arrays may hold more.
  let count = 0;
  let sentenceCount = 0;
  // Whether the block is hard-wrapped matters only at a sentence break that follows a line break:
  // asked there, once (it reads every line of the block, and most blocks have no such break).
  let wrapped: boolean | undefined;
  const breaks: number[] = store ? store.breaks : [];
  let breakCount = 0;
  for (let s = 1; s < engineSentences.length; s++) {
    const b = engineSentences[s]!.start;
    if (!insideQuote(quotes, b) && !(lineBreakBefore(text, b) && (wrapped ??= isHardWrapped(text)) && !endsSentence(text, b))) breaks[breakCount++] = b;
  }
  let nextBreak = 0;
  let sentence = 0;
  let q = 0;
  let quoteStart = quotes.length ? quotes[0]!.start : Infinity;
  let quoteEnd = quotes.length ? quotes[0]!.end : Infinity;
  let i = 0;
  let pendingBreak = false;
  let afterColon = false;
  let wordBits = 0;
  const made = store ? store.made : undefined;
  const ranges = store ? store.ranges : undefined;
  const length = text.length;
  if (withRuns) startRuns();
  // One loop, one place where a token is written: the branches below only work out its fields.
  // (A closure called from each branch kept the loop's counters in a context object, read and
  // written through memory for every token.)
  while (i < length) {
    const first = text.charCodeAt(i);
    if (isSpace(first)) {
      i++;
      continue;
    }
    // The first quotation that ends after `i`, kept as two numbers: most tokens are not quotations.
    while (i >= quoteEnd) {
      q++;
      quoteStart = q < quotes.length ? quotes[q]!.start : Infinity;
      quoteEnd = q < quotes.length ? quotes[q]!.end : Infinity;
    }
    let kind: Token['kind'] = 'word';
    let end = i;
    let word = '';
    let lower = '';
    let quote: number | undefined;
    let possessive: boolean | undefined = false;
    let flags = 0;
    let upper = false;
    // A stop that ends the sentence unless a lower-case word follows (as in the engine's splitter).
    let stop = false;
    if (i === quoteStart) {
      kind = 'quote';
      end = quoteEnd;
      word = text.slice(quoteStart, quoteEnd);
      quote = q;
      possessive = undefined;
      flags = QUOTE_FLAGS;
      upper = startsUpper(word);
      if (withRuns) addRunsIn(text, quoteStart, quoteEnd);
    } else {
      // Most words are plain ASCII letters and digits followed by a space or punctuation that
      // cannot continue them: read in one pass that also hashes them for the word lists.
      const plain = plainWordEnd(text, i);
      if (plain > i) {
        const listed = listedWordHashed(text, i, plain, plainHash);
        // A listed word in lower case (most function words) is spelt as the list spells it: no copy.
        word = listed >= 0 && !plainUpper ? LISTED_LOWER[listed]! : text.slice(i, plain);
        lower = listed >= 0 ? LISTED_LOWER[listed]! : plainUpper ? word.toLowerCase() : word;
        // An abbreviation ("Gov.", "Sept.") takes its stop: the general path below reads it.
        if (!plainStop || !ABBREVIATIONS.has(lower)) {
          end = plain;
          flags = (listed >= 0 ? LISTED_FLAGS[listed]! : 0) | (plainLetters ? 0 : DIGITS_W);
          upper = first >= 65 && first <= 90;
          // A word of letters only is one run, hashed as runHash hashes it but to 30 bits.
          if (withRuns) {
            if (!plainDigits) addRun(i, plain, plainHash & 0x3fffffff);
            else if (plainLetters) addRunsIn(text, i, plain);
          }
        }
      }
      if (end === i && (end = wordEnd(text, i)) > i) {
        word = text.slice(i, end);
        if (text.charCodeAt(end) === 0x2e && isAbbreviation(word)) {
          end++;
          word += '.';
        }
        if (withRuns) addRunsIn(text, i, end);
        possessive = word.length > 2 && endsInS(word) && POSSESSIVE.test(word);
        // The lower-case form: the listed word's own string when it is one, else made here.
        const stem = possessive ? end - 2 : end;
        const listed = listedWordAt(text, i, stem);
        const digits = isDigits(word) ? DIGITS_W : 0;
        upper = startsUpper(word);
        if (listed >= 0) {
          lower = LISTED_LOWER[listed]!;
          flags = LISTED_FLAGS[listed]! | digits;
        } else {
          lower = lowerCase(possessive ? word.slice(0, -2) : word);
          flags = (listed === -1 ? 0 : wordFlags(lower)) | digits;
        }
      } else if (end === i) {
        kind = 'punct';
        end = i + 1;
        word = text[i]!;
        lower = word;
        possessive = undefined;
        if (first < 128) {
          flags = ASCII_CHAR_FLAGS[first]!;
          upper = first >= 65 && first <= 90;
        } else {
          const listed = listedWordAt(text, i, end);
          flags = listed >= 0 ? LISTED_FLAGS[listed]! : listed === -1 ? 0 : wordFlags(word);
          upper = startsUpper(word);
        }
        stop = (first === 0x2e || first === 0x21 || first === 0x3f) && !lowerCaseFollows(text, end);
      }
    }
    // Every token has the same fields in the same order: the finders read them millions of times.
    // A stored token is overwritten field by field, `name` (asked lazily) included.
    let token = made !== undefined && count < made.length ? made[count]! : undefined;
    if (token === undefined) {
      token = { kind, start: i, end, text: word, lower, sentence: 0, quote, possessive, initial: undefined, upper, name: undefined, flags };
      made?.push(token);
    } else {
      token.kind = kind;
      token.start = i;
      token.end = end;
      token.text = word;
      token.lower = lower;
      token.quote = quote;
      token.possessive = possessive;
      token.initial = undefined;
      token.upper = upper;
      token.name = undefined;
      token.flags = flags;
    }
    let crossed = false;
    while (nextBreak < breakCount && breaks[nextBreak]! <= i) {
      crossed = true;
      nextBreak++;
    }
    // "T.J. Petrizzo": the splitter breaks after initials it does not know; a name follows, not a sentence.
    if (crossed && upper && INITIALS.test(count ? tokens[count - 1]!.text : '')) crossed = false;
    const starts = !count || pendingBreak || crossed;
    // The sentence ranges are built here rather than in a second pass over the tokens: a range
    // ends where the next begins.
    if (starts) {
      if (count) sentence++;
      if (sentenceCount) sentences[sentenceCount - 1]!.to = count;
      let range = ranges !== undefined && sentenceCount < ranges.length ? ranges[sentenceCount]! : undefined;
      if (range === undefined) {
        range = { from: count, to: count + 1 };
        ranges?.push(range);
      } else {
        range.from = count;
        range.to = count + 1;
      }
      if (sentenceCount < sentences.length) sentences[sentenceCount] = range;
      else sentences.push(range);
      sentenceCount++;
    }
    token.sentence = sentence;
    if (starts || afterColon) token.initial = true;
    // Only a punctuation token can be a colon (a word or quotation never is).
    afterColon = kind === 'punct' && word === ':';
    if (kind === 'word') wordBits |= flags;
    if (count < tokens.length) tokens[count] = token;
    else tokens.push(token);
    count++;
    pendingBreak = stop;
    i = end;
  }
  if (sentenceCount) sentences[sentenceCount - 1]!.to = count;
  // Shortening an array in place frees nothing the store needs: its objects stay in `made` and `ranges`.
  tokens.length = count;
  sentences.length = sentenceCount;
  return { tokens, sentences, wordBits, runs: withRuns ? finishRuns() : undefined };
}

/** A sentence's [from, to) token range. */
export interface SentenceRange {
  from: number;
  to: number;
}

/** What tokenize may reuse from one call to the next (see tokenize). */
export class TokenStore {
  /** The arrays handed out, refilled by each call. */
  readonly tokens: Token[] = [];
  readonly sentences: SentenceRange[] = [];
  readonly breaks: number[] = [];
  /** Every token and range object made so far, reused by index. */
  readonly made: Token[] = [];
  readonly ranges: SentenceRange[] = [];
}

/**
 * Whether the up to three characters before `at` hold a line feed followed only by spaces:
 * `/\n\s*$/` on `text.slice(Math.max(0, at - 3), at)`, without the copy and the regular expression.
 */
export function lineBreakBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** Whether offset `b` falls strictly inside one of the quotations. */
function insideQuote(quotes: readonly QuoteSpan[], b: number): boolean {
  for (let q = 0; q < quotes.length; q++) if (b > quotes[q]!.start && b < quotes[q]!.end) return true;
  return false;
}

/**
 * Whether the first character after the spaces from `from` is a lower-case letter. All the spaces
 * are skipped, not a fixed window of them, so that a CRLF line end reads as its LF twin.
 */
export function lowerCaseFollows(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text.slice(k, k + 2));
}

const LOWER_START = /^\p{Ll}/u;

/**
 * Whether the text before `at`, its trailing spaces and line breaks set aside, ends with a stop and
 * closing marks. The spaces are skipped rather than counted in a fixed window, so that CRLF line
 * ends (and markup masked as spaces) do not push the stop out of sight.
 */
function endsSentence(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return /[.!?]["'”’)\]]*$/.test(text.slice(Math.max(0, end - 12), end));
}

/** The first CR or LF at or after `from`, or -1: `/[\r\n]/` by two native searches, which skip a long line faster. */
export function lineBreakFrom(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  return n < 0 ? r : r < 0 ? n : Math.min(n, r);
}

/**
 * A hard-wrapped paragraph (lines broken at a fixed width, as in e-mailed or archived copy): most
 * lines end mid-sentence. There a line break is never a sentence break, even after a short line
 * that looks like a heading ("…,” said Lena⏎Ortiz, chief executive…").
 */
export function isHardWrapped(text: string): boolean {
  // Fewer than three lines (most paragraphs are one line): nothing to split.
  const first = lineBreakFrom(text, 0);
  if (first < 0 || lineBreakFrom(text, first + 1) < 0) return false;
  // The lines that are not blank, and how many of them but the last end open (not in a stop, a
  // colon or a closing mark, spaces aside): counted in one scan rather than split into strings.
  let lines = 0;
  let open = 0;
  let lastOpen = 0;
  // The next LF and the next CR, each searched for again only once passed: a search for the
  // nearer of the two from every line would read the rest of the text once per line.
  // -2: not searched yet; -1: none left.
  let lf = -2;
  let cr = -2;
  for (let start = 0; start <= text.length; ) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    const end = next < 0 ? text.length : next;
    let k = end;
    while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
    if (k > start) {
      open += lastOpen;
      lastOpen = CLOSES_LINE.includes(text[k - 1]!) ? 0 : 1;
      lines++;
    }
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  if (lines < 3) return false;
  return open / (lines - 1) >= 0.5;
}

/** The characters that end a line that is not hard-wrapped mid-sentence. */
const CLOSES_LINE = '.!?:"”’)]';

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

/** The hash (hashStep in cues.ts, written out) of the word plainWordEnd last found, and whether it has a capital. */
let plainHash = 0;
let plainUpper = false;
/** The word plainWordEnd last found is followed by a stop (then it may be an abbreviation). */
let plainStop = false;
/** The word plainWordEnd last found has a letter (else it is all digits). */
let plainLetters = false;
/** The word plainWordEnd last found has a digit. */
let plainDigits = false;

/**
 * The end of the word at `i` when it is a run of ASCII letters and digits followed by an ASCII
 * character that cannot continue a word (not `.`, `'`, `-`, `&`, nor `,` before a digit or a
 * non-ASCII character), or by general punctuation other than ’ (a closing ”, a dash), or the end
 * of the text:
 * then it is exactly the word wordEnd finds, with no abbreviation stop or possessive ’s. Else `i`.
 * Sets plainHash and plainUpper as it goes.
 */
export function plainWordEnd(text: string, i: number): number {
  let h = 0;
  let upper = false;
  let letters = false;
  let digits = false;
  let end = i;
  const length = text.length;
  // -1 past the end of the text rather than the NaN charCodeAt gives: `c` stays a small integer,
  // which the compiled loop keeps in a register (one NaN makes it a float for every character).
  let c = end < length ? text.charCodeAt(end) : -1;
  for (;;) {
    // Lower-case letters first: most characters of a word are.
    if (c >= 97 && c <= 122) {
      h = (Math.imul(h, 31) + c) | 0;
      letters = true;
    } else if (c >= 48 && c <= 57) {
      h = (Math.imul(h, 31) + c) | 0;
      digits = true;
    } else if (c >= 65 && c <= 90) {
      h = (Math.imul(h, 31) + c + 32) | 0;
      upper = true;
      letters = true;
    } else break;
    c = ++end < length ? text.charCodeAt(end) : -1;
  }
  if (end === i) return i;
  // -1: the end of the text. A comma continues a word only before a digit ("200,000"); so does a
  // stop ("3.5"), which also ends an initialism ("U.S.", "a.m.": groups of one or two letters).
  plainStop = c === 0x2e;
  if (c === 0x2c || (c === 0x2e && end - i >= 3)) {
    const d = text.charCodeAt(end + 1);
    if ((d >= 48 && d <= 57) || d >= 128) return i;
  } else if ((c >= 128 && (!isGeneralPunctuation(c) || c === 0x2019)) || c === 0x2e || c === 0x27 || c === 0x2d || c === 0x26) return i;
  plainHash = h & 0x7fffffff;
  plainUpper = upper;
  plainLetters = letters;
  plainDigits = digits;
  return end;
}

/** The end of the code point at `i` if it is a letter (\p{L}), else `i`. */
function letterEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? i + 1 : i;
  if (Number.isNaN(c) || isGeneralPunctuation(c)) return i;
  const cp = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(cp) ? i + cp.length : i;
}

/** The end of the code point at `i` if it is a number (\p{N}), else `i`. */
function numberEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 ? i + 1 : i;
  if (Number.isNaN(c) || isGeneralPunctuation(c)) return i;
  const cp = String.fromCodePoint(text.codePointAt(i)!);
  return NUMBER.test(cp) ? i + cp.length : i;
}

/**
 * U+2000–U+206F, the General Punctuation block (curly quotes, dashes, ellipsis, special spaces):
 * no letter or number is in it, and these are the non-ASCII characters met most after a word.
 */
export function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
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

/**
 * `/^\d+$/.test(t.lower)` for a word token: the tokenizer marks a word of ASCII digits with
 * DIGITS_W, and the lower-case form of any other word is digits only when it drops a possessive
 * ("1990's"). Asked of the first word of every noun phrase read as a speaker.
 */
export function isNumberWord(t: Token): boolean {
  return (t.flags & DIGITS_W) !== 0 || (t.possessive === true && isDigits(t.lower));
}

/** `/^\p{Lu}{2,}$/u` ("CIA", "NATO"), settling words in ASCII without a regular expression. */
export function isAllCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return ALL_CAPITALS.test(word);
    if (c < 65 || c > 90) return false;
  }
  return word.length >= 2;
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** `/^\d+$/` (ASCII digits), by hand. */
function isDigits(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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

export function isAbbreviation(word: string): boolean {
  const lower = lowerCase(word);
  if (ABBREVIATIONS.has(lower)) return true;
  // The patterns need a single letter, or a stop inside the word: most words before a stop have neither.
  if (word.length > 2 && !word.includes('.')) return false;
  return /^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
}
