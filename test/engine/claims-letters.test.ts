// Letter tests read by char codes must say what the regexes they replace said: /^\p{L}$/u per code
// unit, the headline word and letter-run patterns of sentence.ts, the initialism pattern of names.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isBmpLetter, letterWidth } from '../../src/engine/claims/letters';
import { fewerLetterRuns, isTitleCase } from '../../src/engine/claims/sentence';
import { isCapitalsCode } from '../../src/engine/claims/names';
import { startsUpper } from '../../src/engine/claims/tokens';
import { anyText } from './support/arbitraries';

const LETTER = /^\p{L}$/u;
const PIECES = ['US', 'Investigators', 'Played', 'Key', 'Role', 'in', 'Raid', 'That', 'Caught', 'the', 'of', 'O’Brien', "D'Souza", 'Jean-Luc', '-', "'", '’', '‘', '“', '”', 'Ünal', 'ünal', 'İstanbul', 'ǅemal', 'ſ', 'Garci\u0301a', '𝐀bc', '𝒜', '𐐀𐐨', '😀', '\ud800', '\udc00', '中文', 'Ελλάδα', 'NASA', 'A&B', 'U.S.', 'U.S', 'KLMN', 'JTFX-RB', 'X', 'A1', '3', '2026-03-17', ' ', '  ', '\u00a0', '\t', '\r\n', '\n', ',', '.', ':', '(', ')'];
const texts = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(' ')), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), anyText(80), fc.string({ unit: 'binary', maxLength: 40 }));

test('isBmpLetter says what /^\\p{L}$/u says of every code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isBmpLetter(c), LETTER.test(String.fromCharCode(c)), c.toString(16));
  // Asked twice: the second answer comes from the table.
  for (let c = 0; c < 0x10000; c += 7) assert.equal(isBmpLetter(c), LETTER.test(String.fromCharCode(c)), c.toString(16));
});

test('letterWidth is the length of the code point at an offset when it is a letter', () => {
  const reference = (text: string, at: number): number => {
    const cp = text.codePointAt(at);
    if (cp === undefined) return 0;
    // A low surrogate after its high one is the pair's second half: no letter starts there alone.
    const ch = String.fromCodePoint(cp);
    return LETTER.test(ch) ? ch.length : 0;
  };
  fc.assert(
    fc.property(texts, (text) => {
      for (let at = 0; at <= text.length; at++) assert.equal(letterWidth(text, at), reference(text, at), `${JSON.stringify(text)} @${at}`);
    }),
    { numRuns: 2000 },
  );
});

test('isTitleCase and fewerLetterRuns count what their regexes counted', () => {
  function isTitleCaseReference(text: string): boolean {
    const WORD = /\p{L}[\p{L}'’-]*/gu;
    let words = 0;
    let capitals = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      words++;
      if (startsUpper(m[0])) capitals++;
    }
    return words >= 5 && capitals / words > 0.6;
  }
  function fewerLetterRunsReference(text: string, limit: number): boolean {
    const LETTERS = /\p{L}+/gu;
    let runs = 0;
    while (runs < limit && LETTERS.test(text)) runs++;
    return runs < limit;
  }
  const real = ['date 2026-03-17 US Investigators Played Key Role in Raid That Caught Smuggling Ring Leader', 'By Staff, Agencies', 'Published 3 years ago', 'Ünal Über Ärger Öl Élan', 'O’Brien D’Souza Jean-Luc Picard-Smith Says', '𝐀bc 𝐀bc 𝐀bc 𝐀bc 𝐀bc'];
  for (const t of real) {
    assert.equal(isTitleCase(t), isTitleCaseReference(t), t);
    for (const limit of [1, 5, 8]) assert.equal(fewerLetterRuns(t, limit), fewerLetterRunsReference(t, limit), t);
  }
  fc.assert(
    fc.property(texts, fc.integer({ min: 0, max: 12 }), (text, limit) => {
      assert.equal(isTitleCase(text), isTitleCaseReference(text), JSON.stringify(text));
      assert.equal(fewerLetterRuns(text, limit), fewerLetterRunsReference(text, limit), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('isCapitalsCode says what /^[A-Z][A-Z0-9&.-]+$/ says of a word', () => {
  const reference = /^[A-Z][A-Z0-9&.-]+$/;
  for (const w of ['NASA', 'A&B', 'U.S', 'U.S.', 'JTFX-RB', 'X', 'A1', 'Ab', 'aB', 'ÄB', 'A\u0301', 'A B', 'AB\n', '', 'KLMN'])
    assert.equal(isCapitalsCode(`(${w})`, 1, w.length + 1), reference.test(w), JSON.stringify(w));
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      assert.equal(isCapitalsCode(text, start, end), reference.test(text.slice(start, end)), JSON.stringify(text.slice(start, end)));
    }),
    { numRuns: 5000 },
  );
});
