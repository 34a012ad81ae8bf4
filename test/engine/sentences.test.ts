// splitSentences reads characters by code instead of matching one-character regexes; it must split
// exactly as the regex version (kept below as the reference) did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ABBREVIATIONS, splitSentences, type Span } from '../../src/engine/sentences';

/** Words that cannot end a heading-like line: a line ending in one continues on the next line. */
const CONTINUATION_WORDS = /(?:^|\s)(?:to|the|a|an|of|in|on|at|by|for|from|with|and|or|but|about|as|that|which|who|according)$/i;
const TERMINAL = /[.!?]["'”’)\]]*$/;

/**
 * Splits prose into sentences. A sentence ends at . ! ? (plus closing quotes/brackets) before
 * whitespace, unless the word is a known abbreviation or a single initial; and at a line break
 * after a heading-like line (no final punctuation, not ending in a function word).
 */
function referenceSplit(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) spans.push({ start, end: e });
    start = skipSpace(text, end);
  };
  for (let i = start; i < text.length; i++) {
    // Only line breaks and . ! ? can end a sentence; everything else is passed over by code.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13 && code !== 46 && code !== 33 && code !== 63) continue;
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      const line = text.slice(lineStart(text, i), i).trimEnd();
      // A heading-like line followed by a lower-case line is hard-wrapped prose, not a heading.
      if (isBreakingLine(line) && (TERMINAL.test(line) || !/^\p{Ll}/u.test(text.slice(skipSpace(text, i + 1))))) push(i);
      if (start > i) i = start - 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    const next = skipSpace(text, j);
    // "he said. the" is rare in edited copy; a lower-case continuation usually means an abbreviation we don't know.
    if (next < text.length && /[a-z]/.test(text[next]!)) continue;
    push(j);
    if (start > i) i = start - 1;
  }
  push(text.length);
  return spans;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
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
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}

const PIECES = [
  'He said', 'the', 'Mr', 'U.S', 'e.g', 'John F', 'Kennedy', 'Étienne', 'ödön', 'x', 'A', 'word', 'St', 'no', 'Co',
  '.', '.', '!', '?', '...', '"', "'", '”', '’', ')', ']', '“', '(', ' ', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2009', '\u3000',
  '\ufeff', '\u200b', '\u2028', '\u1680', '😀', '\ud83d', '\u0301', 'ſ', '\u212a', '5', '# Heading', '- item', 'according to', '&', ' '.repeat(45),
];

test('splitSentences splits as the regex version did', () => {
  const cases = ['Mr. Smith went to Washington. He said so!', 'U.S. officials said. the end', 'A heading\nThen prose follows here.', 'Quote: "Go." Next one?', 'Tab.\tNew\u00a0one.', `A heading\r\n${' '.repeat(45)}continues in lower case`];
  for (const c of cases) assert.deepEqual(splitSentences(c), referenceSplit(c), c);
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      assert.deepEqual(splitSentences(text), referenceSplit(text));
    }),
    { numRuns: 20000, seed: 3 },
  );
});

test('lower-casing never shortens a character, so a word longer than every abbreviation is none (the length gate in isAbbreviation)', () => {
  for (let c = 0; c <= 0x10ffff; c++) {
    const s = String.fromCodePoint(c);
    if (s.toLowerCase().length < s.length) assert.fail(`U+${c.toString(16)} shortens`);
  }
  // A long word before a period still ends the sentence; a listed abbreviation still does not.
  assert.deepEqual(splitSentences('He met Approx. Smith. Then Abcdefghij. Left.').length, 3);
});
