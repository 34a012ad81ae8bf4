// Plain phrases are matched by code where the phrase matcher would try their sticky regex; the
// regex, compiled as before, is the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePhrases } from '../../src/engine/lexicon';
import { plainMatchEnd, plainPhrases } from '../../src/engine/phrase-literals';

const LISTS: string[][] = [
  ['brutal', 'brutally', 'brutal regime'],
  ['familiar with', 'familiar  with the', 'known as', 'better known as'],
  ["it's", 'it’s said', "dogs' day", 'a', 'as', 'ask'],
  ['Kelvin', 'sense', 'ſome', 'ks'].filter((p) => /^[A-Za-z' ]+$/.test(p)),
];

const PIECES = ['brutal', 'BRUTAL', 'Brutally', 'regime', 'familiar', 'with', 'the', 'known', 'as', 'better', 'it', 's', "'", '’', 'said', 'dogs', 'day', 'a', 'ask',
  'kelvin', '\u212aelvin', 'ſenſe', 'sense', 'ks', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'é', 'e\u0301', '\u0301', '5', '😀', '𝐀', '\ud800', '\udc00', 'İ', '-', '.', ',',
  'familiar with', 'FAMILIAR\twith', 'familiar\r\nwith the', 'known\u00a0as', 'better known as', 'better  known  asked', 'brutal regime', "it’s said", "IT'S\u2028said", "dogs’ day", "dogs' days"];

for (const list of LISTS) {
  test(`plain phrases ${JSON.stringify(list)} end where their sticky regex ends`, () => {
    const plain = plainPhrases(list, 'giu');
    assert.ok(plain, 'the list is plain words');
    const sticky = compilePhrases(list, {}, 'iuy');
    let matches = 0;
    fc.assert(
      // Tried where a piece starts, as the matcher tries them where a run starts (and elsewhere too).
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')), fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('')), (before, after) => {
        const text = before + after;
        const start = before.length;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        const expected = m ? start + m[0].length : -1;
        if (m) matches++;
        assert.equal(plainMatchEnd(text, start, plain), expected, JSON.stringify([text, start]));
      }),
      { numRuns: 20000, seed: 29 },
    );
    assert.ok(matches > 200, `only ${matches} matches`);
  });
}

test('lists with slots, digits, other letters or flags without i and u are left to the regex', () => {
  assert.equal(plainPhrases(['a {x}'], 'giu'), undefined);
  assert.equal(plainPhrases(['9/11 attacks'], 'giu'), undefined);
  assert.equal(plainPhrases(['café'], 'giu'), undefined);
  assert.equal(plainPhrases(['co-op'], 'giu'), undefined);
  assert.equal(plainPhrases(['word'], 'gu'), undefined);
  assert.deepEqual(plainPhrases(['ab', 'abc d', 'x'], 'iu'), ['abc d', 'ab', 'x']);
});
