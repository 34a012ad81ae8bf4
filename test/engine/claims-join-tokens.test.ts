// Entity linking joins a name's tokens by hand (a one-word name is its token); checked against
// `Array.prototype.join`, which it replaced, on random and unicode tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinTokens } from '../../src/engine/claims/join-tokens';
import { anyText } from './support/arbitraries';

test('joinTokens is join with a space', () => {
  assert.equal(joinTokens([]), '');
  assert.equal(joinTokens(['garcía']), 'garcía');
  assert.equal(joinTokens(['jean-luc', "o'neill", '😀']), "jean-luc o'neill 😀");
  fc.assert(
    fc.property(fc.array(fc.oneof(anyText(12), fc.constantFrom('', ' ', 'e\u0301', '\r\n', '’'))), (tokens) => {
      assert.equal(joinTokens(tokens), tokens.join(' '));
    }),
    { numRuns: 2000 },
  );
});
