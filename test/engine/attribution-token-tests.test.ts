// Token tests that replaced string comparisons and regular expressions in the attribution finders
// (the old forms are kept here as the reference): each must say exactly what the old one said, for
// every token of real phrases and of random text with unicode, apostrophes, hyphens and CRLF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ATTRIBUTION_CUE_W, DIGITS_W, SPEECH_W, wordFlags } from '../../src/detectors/quote/cues';
import { findQuotes } from '../../src/detectors/quote/quote-marks';
import { isAllCapitals, isNumberWord, tokenize, type Token } from '../../src/detectors/quote/tokens';
import { splitSentences } from '../../src/engine/sentences';
import { hasSpace } from '../../src/detectors/quote/entities';
import { tokenize as tokenizeBefore } from './support/tokens-reference';

const PHRASES = [
  'According to officials, the CIA said: “It is done,” ACCORDING to Roe. according-to? 1990’s 2024 3.5 200,000 12.',
  'The 1990\'s tapes; the 2,000 men. NATO and the U.S. agreed. Roe: “No.” Ünal ÇOK İSTANBUL ΑΘΗΝΑ Ǆ ǅx 𝐀𝐁 Ⅻ',
  'Sources said\r\nthat the JITF-CC, launched last month, reported it. “CJNG’s” members: 18.8 % of 3’s.',
];
const PIECES = [
  'according', 'According', 'ACCORDING', 'to', ':', ' : ', 'said', 'told', 'CIA', 'Cia', 'NATO’s', 'ÇOK', 'Ça', 'ǅ', '𝐀𝐁', 'A', 'AB', 'A-B', 'I.', '2024', '1990\'s',
  '1990’S', '３', '12a', '3.5', '200,000', '٣', 'e\u0301', 'the', '“quoted: words,”', '"x"', '\r\n', '\n', '.', ',', '—', '-', '’', "'", 's',
];

function tokensOf(text: string): readonly Token[] {
  return tokenize(text, findQuotes(text), splitSentences(text)).tokens;
}

function check(text: string): void {
  for (const t of tokensOf(text)) {
    // findAttributions passed a token on to its three cases only when one of these held.
    const before = t.text === ':' || t.lower === 'according' || (t.flags & SPEECH_W) !== 0;
    assert.equal((t.flags & (SPEECH_W | ATTRIBUTION_CUE_W)) !== 0, before, `${JSON.stringify(text)} ${JSON.stringify(t.text)}`);
    assert.equal(isAllCapitals(t.text), /^\p{Lu}{2,}$/u.test(t.text), JSON.stringify(t.text));
    if (t.kind === 'word') assert.equal(isNumberWord(t), /^\d+$/.test(t.lower), JSON.stringify(t.text));
  }
}

test('the attribution cue bit, isAllCapitals and isNumberWord say what the old tests said, on real phrases', () => {
  for (const text of PHRASES) check(text);
});

test('… and on random text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), fc.array(fc.constantFrom(' ', '', '\r\n'), { maxLength: 20 }), (parts, gaps) => {
    check(parts.map((p, i) => p + (gaps[i] ?? ' ')).join(''));
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => check(text)), { numRuns: 2000 });
  fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), (a, b) => {
    assert.equal(isAllCapitals(a + b), /^\p{Lu}{2,}$/u.test(a + b));
    assert.equal(isAllCapitals(a.toUpperCase()), /^\p{Lu}{2,}$/u.test(a.toUpperCase()));
  }), { numRuns: 5000 });
});

test('hasSpace is /\\s/.test', () => {
  for (const text of ['Jane Roe', 'Roe', 'Jane\u00a0Roe', 'Jane\u2009Roe', 'Jane\u200bRoe', 'Jane\r\nRoe', 'Ünal\u3000Ç', '𝐀\ufeff', '']) assert.equal(hasSpace(text), /\s/.test(text), JSON.stringify(text));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => assert.equal(hasSpace(text), /\s/.test(text))), { numRuns: 5000 });
  for (let c = 0; c <= 0xffff; c++) {
    const text = `a${String.fromCharCode(c)}b`;
    assert.equal(hasSpace(text), /\s/.test(text), c.toString(16));
  }
});

test('tokenize takes recurring words from its word cache spelt exactly as the former tokenizer made them', () => {
  const fields = (t: Omit<Token, 'flags'>) => ({ kind: t.kind, start: t.start, end: t.end, text: t.text, lower: t.lower, possessive: t.possessive, upper: t.upper });
  const check = (text: string) => {
    const quotes = findQuotes(text);
    const spans = splitSentences(text);
    const tokens = tokenize(text, quotes, spans).tokens;
    assert.deepEqual(tokens.map(fields), tokenizeBefore(text, quotes, spans).tokens.map(fields), JSON.stringify(text));
    // The bits too (the former tokenizer had none): those of the lower-case word, and DIGITS_W for a number.
    for (const t of tokens) if (t.kind === 'word') assert.equal(t.flags, wordFlags(t.lower) | (/^[0-9]+$/.test(t.text) ? DIGITS_W : 0), t.text);
  };
  // Spellings that share a slot (the hash folds case) and words around the cached length.
  const words = ['Roe', 'roe', 'ROE', 'rOe', 'the', 'The', 'THE', 'said', 'officials', 'Officials', 'according', 'Gov', 'Sept', 'etc', 'Said', 'said', 'Mexico', 'MEXICO', 'mexico', 'Cervantes', 'Tamaulipasabc', 'Tamaulipasab', 'Tamaulipasa', 'tamaulipasab', 'CJNG', 'cjng', 'a1', 'A1', '2024', 'Gov', 'gov', 'US', 'us', 'Us', 'uS'];
  for (let round = 0; round < 3; round++) check(words.join(' '));
  const piece = fc.oneof(fc.constantFrom(...words, '. ', ', ', '.', '’s', "'s", '\r\n', 'é', '😀', '-', ' '), fc.stringMatching(/^[A-Za-z0-9]{1,14}$/));
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => check(parts.join(' '))), { numRuns: 4000 });
});
