// The backward word readers of titles.ts must give exactly what the regexes (and /\s+/ splits)
// they replace gave. Each reference is kept here, as it was in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpace, lastWord, lowerWordsBefore, wordBeforeSpace } from '../../src/engine/claims/words-before';
import { fold } from '../../src/engine/claims/tokens';
import { anyText } from './support/arbitraries';

/** Words, glue and the characters where a scanner and a regex may disagree. */
const PIECES = ['chief', 'executive', 'senior vice', 'spokesperson', 'the', 'said', 'co-founder', '-', '--', 'Acme', 'CEO', 'ex-', 'former', 'O’Brien', "Reyes's", 'Garci\u0301a', 'Ünal', 'İstanbul', 'ſeptember', '\u212aelvin', '𝐀bc', '𝒜', '😀', 'é', '\u0301', '\ud800', '\udc00', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', ' ', '  ', ', ', '. ', '\n', '\r\n', '\t', '\v', '—', "'", '’', '“', '(', '3'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const texts = fc.oneof(prose, anyText(80));
const REAL = ['Information Minister ', 'the company’s chief executive ', 'said senior vice president ', 'ex-president  ', 'a spokesperson\r\n', 'Ana María Ortega', '', ' ', 'co-founder -', 'said   ', 'former CEO '];

const wordBeforeSpaceReference = (text: string) => /([\p{L}-]+)\s+$/u.exec(text)?.[1];
const lowerWordsReference = (text: string) => /((?:[a-z][a-z-]*\s+){1,2})$/.exec(text)?.[1]!.trim().split(/\s+/);
const lastWordReference = (text: string) => text.split(/\s+/).filter(Boolean).pop() ?? '';

test('words before a name: the backward readers agree with their regexes', () => {
  const check = (text: string) => {
    assert.equal(wordBeforeSpace(text), wordBeforeSpaceReference(text), JSON.stringify(text));
    assert.deepEqual(lowerWordsBefore(text), lowerWordsReference(text), JSON.stringify(text));
    assert.equal(lastWord(text), lastWordReference(text), JSON.stringify(text));
    assert.equal(lastWord(fold(text)), lastWordReference(fold(text)), JSON.stringify(text));
  };
  REAL.forEach(check);
  fc.assert(fc.property(texts, check), { numRuns: 5000 });
});

test('white space: isSpace is \\s on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
