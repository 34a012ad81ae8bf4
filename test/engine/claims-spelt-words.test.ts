// claim-conflict looks a draft name's words up under their spelling (the words joined by spaces) and
// tells two word lists with one spelling apart by their length alone when the kept words hold no
// space; comparing the words themselves (the former code, kept here) must agree on any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainWords, sameSpelt } from '../../src/detectors/claim-conflict/spelling';
import { joinTokens } from '../../src/engine/claims/join-tokens';

function referenceSameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

const word = fc.oneof(fc.constantFrom('', ' ', 'a', 'a b', 'b', 'karimi', 'yusuf', 'el', 'tejero', 'josé', 'e\u0301', '😀', "o'neil", 'x\r\n', 'de la'), fc.string({ maxLength: 4 }));

test('sameSpelt, for words with one spelling, says what comparing the words said', () => {
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(3), { maxLength: 6 }), (kept, cuts) => {
      // Other words with the same spelling: the spelling cut at some of its spaces, or the same words.
      const spelling = joinTokens(kept);
      const parts = spelling.split(' ');
      const other: string[] = [];
      parts.forEach((p, i) => {
        if (i > 0 && (cuts[i % Math.max(cuts.length, 1)] ?? 1) === 0) other[other.length - 1] += ` ${p}`;
        else other.push(p);
      });
      for (const norm of [other, [...kept], parts]) {
        assert.equal(joinTokens(norm), spelling);
        assert.equal(sameSpelt({ norm: kept, plain: plainWords(kept) }, norm), referenceSameWords(kept, norm));
      }
    }),
    { numRuns: 20000, seed: 7 },
  );
});
