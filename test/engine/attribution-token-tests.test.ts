// Token tests that replaced string comparisons and regular expressions in the attribution finders
// (the old forms are kept here as the reference): each must say exactly what the old one said, for
// every token of real phrases and of random text with unicode, apostrophes, hyphens and CRLF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ATTRIBUTION_CUE_W, SPEECH_W } from '../../src/detectors/quote/cues';
import { findQuotes } from '../../src/detectors/quote/quote-marks';
import { isAllCapitals, isNumberWord, tokenize, type Token } from '../../src/detectors/quote/tokens';
import { splitSentences } from '../../src/engine/sentences';
import { hasSpace } from '../../src/engine/spaces';

const PHRASES = [
  'According to officials, the CIA said: “It is done,” ACCORDING to Roe. according-to? 1990’s 2024 3.5 200,000 12.',
  'The 1990\'s tapes; the 2,000 men. NATO and the U.S. agreed. Roe: “No.” Ünal ÇOK İSTANBUL ΑΘΗΝΑ Ǆ ǅx 𝐀𝐁 Ⅻ',
  'Sources said\r\nthat the JTFX-RB, launched last month, reported it. “NHDWU’s” members: 18.8 % of 3’s.',
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
