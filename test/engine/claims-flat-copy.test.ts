// readBlock reads each sentence from a flat copy of its slice (sentenceCopy, else flatCopy): the copy must be the same string,
// lone surrogates, control characters, quotes and backslashes included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { flatCopy } from '../../src/engine/flat-copy';
import { sentenceCopy } from '../../src/engine/claims/sentence-copy';
import { anyText, loneSurrogate } from './support/arbitraries';

test('flatCopy returns the same string', () => {
  const check = (text: string) => assert.equal(flatCopy(text), text, JSON.stringify(text));
  ['', '"', '\\', '\u2028', '\u0000\r\n\t', 'O’Brien said “yes”.', '\ud800', '\udc00x', '𝐀bc 😀', 'plain ASCII sentence of more than thirteen characters.'].forEach(check);
  const long = 'Ana said “no”. '.repeat(20);
  check(long.slice(3, 200));
  fc.assert(fc.property(fc.oneof(anyText(120), fc.array(fc.oneof(loneSurrogate, fc.constantFrom('a', '"', '\\', '’', '\n')), { maxLength: 30 }).map((p) => p.join(''))), check), { numRuns: 5000 });
});

test('sentenceCopy returns the same string, ASCII or not', () => {
  const check = (text: string) => assert.equal(sentenceCopy(text), text, JSON.stringify(text));
  ['', '"', '\\', '\u007f', '\u0080', '\u00e9', '\u2028', '\u0000\r\n\t', 'O’Brien said “yes”.', '\ud800', '\udc00x', '𝐀bc 😀', 'plain ASCII sentence of more than thirteen characters.', '\ufeffBOM first', 'x'.repeat(5000)].forEach(check);
  const long = 'Ana said “no”. '.repeat(20);
  check(long.slice(3, 200));
  check(long.slice(15, 28));
  fc.assert(fc.property(fc.oneof(anyText(120), fc.string({ unit: 'binary-ascii', maxLength: 3000 }), fc.array(fc.oneof(loneSurrogate, fc.constantFrom('a', '"', '\\', '’', '\n', '\ufeff', '\u0000')), { maxLength: 30 }).map((p) => p.join(''))), check), { numRuns: 5000 });
});
