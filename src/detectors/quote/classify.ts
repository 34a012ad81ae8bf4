import type { QuoteSpan } from './quote-marks';
import { startsLower, type Token } from './tokens';
import { isNameWord, isWord } from './noun-phrase';
import { CLAUSE_WORD, DETERMINER, PRONOUN, NAMING_CUE, POSTMODIFIER, SPEECH_VERB, TITLE_CASE_SMALL, TITLE_NOUN } from './cues';
import { namingVerbBefore } from './naming';

/** Why quoted text is not a quotation of someone's words. */
export type NotQuoteReason = 'empty' | 'nickname' | 'title' | 'term' | 'scare-quote';

/** Quotations of at most this many words need an attribution in their own sentence to count as quotes. */
export const SHORT_QUOTE_WORDS = 3;

const MODIFIER_MAX_WORDS = 6;
const SPACE = /\s/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const NAMING_VERB = new Set(['called', 'named']);

/**
 * The words inside a quotation, without its marks and edge punctuation: the pieces between
 * whitespace (`/\s+/`), each cut from its first to its last letter or number, and dropped when it
 * has none. Scanned by hand, as every quotation of every block needs it: splitting, replacing and
 * filtering with regular expressions made several strings and regex calls per word. With a
 * `limit`, only the first `limit` words.
 */
export function quoteWords(text: string, q: QuoteSpan, limit = Infinity): string[] {
  // The inner text [from, to) is read in place, not copied out.
  const from = q.start + 1;
  const to = q.closed ? q.end - 1 : q.end;
  const words: string[] = [];
  let first = -1;
  let last = -1;
  let i = from;
  while (i <= to) {
    const code = i < to ? text.charCodeAt(i) : 32;
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && code <= 0xffff && SPACE.test(text[i]!))) {
      if (first >= 0) {
        words.push(text.slice(first, last));
        if (words.length >= limit) return words;
      }
      first = -1;
      i++;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (isLetterOrNumber(code, text, i, size)) {
      if (first < 0) first = i;
      last = i + size;
    }
    i += size;
  }
  return words;
}

/**
 * How many of a quotation's words the attribution analysis reads: every reader compares the
 * count with at most 10 (isTitleCase) or looks at the first words only, so an eleventh word
 * settles every test a longer quotation would.
 */
export const QUOTE_WORDS_READ = 11;

/** `/[\p{L}\p{N}]/u` on the code point of `size` code units at `i`, whose first unit is `code`. */
function isLetterOrNumber(code: number, text: string, i: number, size: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(text.slice(i, i + size));
}

/**
 * Decides from structure alone whether quoted text is someone's words or a name, title, term or
 * scare quote: what introduces it ("known as", "known locally as", "what residents call the",
 * "the headline"), whether it sits inside a name or
 * before a noun it modifies, whether it is title-cased, and, for short spans, whether anything in
 * its own sentence attributes it. `attributed` says whether the sentence has such an attribution;
 * `words` and `namingVerb` may be passed when the caller already has them.
 */
export function notQuoteReason(
  text: string, tokens: readonly Token[], index: number, q: QuoteSpan, attributed: boolean, inListOrHeading = false,
  words = quoteWords(text, q), namingVerb = words.length ? namingVerbBefore(tokens, index, words) : -1,
): NotQuoteReason | undefined {
  if (!words.length) return 'empty';
  const prev = tokens[index - 1];
  const prevWord = prev?.kind === 'punct' && (prev.text === ',' || prev.text === ':') ? tokens[index - 2] : prev;
  const next = tokens[index + 1];
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const cue = NAMING_CUE.findAll(before).pop();
  if (cue && /^[\s,:]*$/.test(before.slice(cue.end))) return 'nickname';
  if (namingVerb >= 0) return 'nickname';
  if (isWord(prevWord) && TITLE_NOUN.has(prevWord.lower)) return 'title';
  // "a practice called “spoofing”": naming, unlike "what she called “a disgrace”" (a pronoun speaks).
  const beforeCue = tokens[tokens.indexOf(prevWord!) - 1];
  if (isWord(prevWord) && NAMING_VERB.has(prevWord.lower) && isWord(beforeCue) && startsLower(beforeCue.text) && !Object.hasOwn(PRONOUN, beforeCue.lower)) return 'nickname';
  if (!q.closed) return undefined;
  if (words.length <= 4 && isNameWord(prev) && isNameWord(next) && prev!.sentence === next!.sentence) return 'nickname';
  if (isTitleCase(words, text.slice(q.start, q.end))) return 'title';
  // A quoted line standing alone in a list, a heading or a line of its own, credited to nobody and
  // not ending like a sentence, is a headline ("Related: - “Prices slide for fifth month”").
  if (!attributed && (inListOrHeading || isWholeLine(text, q)) && !/[.!?…]\s*["'”’]*\s*$/u.test(text.slice(q.start, q.end))) return 'title';
  // A few words quoted as a fragment need an attribution in their sentence; a whole quoted
  // sentence ("Nobody is leaving.") is speech however short.
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const wholeSentence = /^\p{Lu}/u.test(inner) && /[.!?…]$/u.test(inner);
  // "the “too big to fail” banks": a quoted phrase between a determiner and its noun is a label.
  if (words.length <= MODIFIER_MAX_WORDS && !wholeSentence && isWord(prev) && DETERMINER.has(prev.lower) && isModifiedNoun(next)) return 'term';
  if (words.length <= SHORT_QUOTE_WORDS && !wholeSentence && !attributed) return 'scare-quote';
  return undefined;
}

function isWholeLine(text: string, q: QuoteSpan): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', q.start - 1), text.lastIndexOf('\r', q.start - 1)) + 1;
  const after = text.slice(q.end).search(/[\r\n]|$/);
  return /^[\s\-*+•\d.)]*$/u.test(text.slice(lineStart, q.start)) && /^[\s,.;:]*$/u.test(text.slice(q.end, q.end + after));
}

/** "the “zero tolerance” policy": a lower-case noun right after the quotation, which then modifies it. */
function isModifiedNoun(t: Token | undefined): boolean {
  return isWord(t) && startsLower(t.text) && !CLAUSE_WORD.has(t.lower) && !POSTMODIFIER.has(t.lower) && !SPEECH_VERB.has(t.lower);
}

/**
 * Names and titles are title-cased ("A House By The Sea", "The Hammer") or a single
 * all-capitals word ("MVP"); quoted speech is sentence-cased. A span with sentence punctuation
 * inside is speech whatever its case.
 */
function isTitleCase(words: readonly string[], raw: string): boolean {
  if (/[.!?;]\s+\S/u.test(raw.slice(1, -1))) return false;
  if (words.length === 1) return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(words[0]!) && words[0]!.length <= 6;
  if (words.length > 10) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_CASE_SMALL.has(w.toLowerCase())));
}
