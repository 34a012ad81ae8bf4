// findNames reads a run of name words by index ranges over packed sentence tokens instead of token
// objects and sliced, filtered and spread word arrays: it must find exactly what the array-copying
// version (kept in support/) found, and the packed tokens must be the tokens the former regex
// tokenizer (kept in support/) made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNames } from '../../src/engine/claims/names';
import { SentenceTokens } from '../../src/engine/claims/tokens';
import { tokenize } from './support/claims-tokens-reference';
import { anyText } from './support/arbitraries';
import { findNames as findNamesReference } from './support/names-reference';

/** Name words, connectors, titles, honorifics and the marks around them, where the shaping splits and trims. */
const PIECES = ['Ana', 'María', 'Ortega', 'Dr.', 'Mr', 'Mrs.', 'The', 'the', 'of', 'Of', 'and', 'And', 'for', 'de', 'la', 'van', 'der', 'Department', 'Defense', 'Food', 'Drug', 'Administration', 'Centers', 'Disease', 'Control', 'Prevention', 'Acme', 'Robotics', 'Inc', 'University', 'CEO', 'ceo', 'Minister', 'Transport', 'President', 'General', 'general', 'PM', 'Chief', 'Executive', 'Peruvian', 'peruvian', 'Japanese', 'British', 'Iraqi', 'authorities', 'said', 'is', 'in', 'near', 'NASA', 'U.S.', 'A&B', "Reyes's", 'Reyes’s', 'O’Brien', 'Garci\u0301a', 'Ünal', 'İstanbul', '𝐀bc', 'é', '\u0301', '"', '“', '”', '‘', '’', "'", 'El', 'Zorro', 'Tigre', ',', '.', '(', ')', '3', '2011', ' ', '  ', ' ', ' ', ' ', '\n', '\r\n', '\n\n', '\t', '\u00a0'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const texts = fc.oneof(prose, prose, anyText(80));
const REAL = [
  'Transport Minister Ana María Ortega said the Department of Defense and the Food and Drug Administration agreed.',
  'Joaquín "El Zorro" Beltrán met Dr. Smith and Mrs. Jones of Acme Robotics Inc in Lima.',
  'Peruvian authorities said Acme Robotics CEO John Reyes’s plan for the Office of the Mayor failed.',
  'The role of Acme CEO went to CEO of Acme Robotics Maria Lopez, near Springfield.',
  'Centers for Disease Control and Prevention and World Health Organization and NASA.',
  "'El Tigre' said Japanese officials and Smith and Wesson and the Chief Executive Officer Tom Hale.",
  'General Motors and General Electric; President Lee and Prime Minister Kim; PM Sunak.',
];

const list = new SentenceTokens();

test('findNames on token indexes finds exactly what the array-copying version found', () => {
  const check = (text: string) => {
    assert.deepEqual(findNames(list.read(text)), findNamesReference(text, tokenize(text)), JSON.stringify(text));
  };
  REAL.forEach(check);
  fc.assert(fc.property(texts, check), { numRuns: 8000 });
});

test('SentenceTokens packs exactly the tokens the former regex tokenizer made', () => {
  const check = (text: string) => {
    const packed = list.read(text);
    const unpacked = Array.from({ length: packed.count }, (_, i) => packed.token(i)).map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, kind: t.kind, cap: t.cap }));
    const plain = tokenize(text).map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end, kind: t.kind, cap: t.cap }));
    assert.deepEqual(unpacked, plain, JSON.stringify(text));
    for (let i = 0; i < packed.count; i++) assert.equal(packed.lower(i), plain[i]!.lower, JSON.stringify(text));
  };
  REAL.forEach(check);
  // Longer than the initial buffers, so that growing them is read too.
  check(REAL.join(' ').repeat(4));
  fc.assert(fc.property(texts, check), { numRuns: 4000 });
  // Non-ASCII marks right after words, initialisms, hyphens and apostrophes, where the char-code reader now ends a token itself.
  const marks = ['—', '–', '…', '•', '«', '»', '“', '”', '‘', '’', '·', '½', '²', '٣', '\u2028', '\u200b', '\u00ad', '\u0301', '\u00a0', '€', 'é', 'ſ', '\ud835\udc00', '\ud800'];
  const glued = fc.array(fc.oneof(fc.constantFrom('U.S.', 'U.S', 'A.', 'word', 'co-', "Reyes'", 'O’', '3', '1,2', ' ', '.', '-', "'"), fc.constantFrom(...marks)), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(fc.property(glued, check), { numRuns: 6000 });
});
