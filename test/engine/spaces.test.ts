// collapseSpaces must give what the regular expression it stands in for gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseSpaces } from '../../src/engine/spaces';

const PIECES = ['a', 'é', '“', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'x y'];

test('collapseSpaces matches replace(/\\s+/g, " ")', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(collapseSpaces(text), text.replace(/\s+/g, ' '));
    }),
    { numRuns: 2000 },
  );
});
