// Hand-written scanners of claim extraction must find exactly what the regexes they replace found.
// Each reference regex is kept here, as it was in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentWords } from '../../src/engine/claims/content-words';
import { STOP_WORDS } from '../../src/engine/claims/lexicon';
import { anyText } from './support/arbitraries';

/** Words, glue and the characters where a scanner and a regex may disagree (marks, astral letters, case-folding oddities). */
const PIECES = ['Ortega', 'said', 'the', 'chief', 'executive', 'January', 'May', 'Sept.', 'killed', 'twenty-one', 'a dozen', 'half a dozen', '3', '1,200', '2.5', '$', '%', 'year-old', 'aged', 'from', 'between', 'and', 'to', 'percent', 'million', 'about', 'nearly', 'at least', 'CEO', 'of', 'Acme', 'Inc.', 'U.S.', 'O’Brien', "Reyes's", 'Garci\u0301a', 'Ünal', 'İstanbul', 'ſix', 'ſeptember', '\u212aelvin', '𝐀bc', '𝒜', '😀', 'é', '\u0301', '\u00a0', ' ', ' ', ' ', ', ', '. ', '\n', '\r\n', '\t', '-', '—', "'", '’', '“', '”', '(', ')'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const texts = fc.oneof(prose, anyText(120));

function contentWordsReference(text: string): Set<string> {
  const CONTENT_WORD = /\p{L}{4,}/gu;
  const words = new Set<string>();
  const lower = text.toLowerCase();
  for (let m = CONTENT_WORD.exec(lower); m; m = CONTENT_WORD.exec(lower)) if (!STOP_WORDS.has(m[0])) words.add(m[0]);
  return words;
}

test('content words: the scanner finds the regex words, in order', () => {
  for (const text of ['Ana María Ortega, 61, the chief executive of Vellmar Shipping, said on Monday.', 'İstanbul ſeptember 𝐀𝐁𝐂𝐃 abc\u0301def', '\ud800abcd\udc00efgh'])
    assert.deepEqual([...contentWords(text)], [...contentWordsReference(text)]);
  fc.assert(fc.property(texts, (text) => assert.deepEqual([...contentWords(text)], [...contentWordsReference(text)])), { numRuns: 3000 });
});
