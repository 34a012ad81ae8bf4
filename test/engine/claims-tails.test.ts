// What comes right before a figure, read backwards by char codes instead of unanchored regexes
// ending in `$`. The regexes are kept here as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalBefore } from '../../src/engine/claims/cap-before';
import { HEDGE_BEFORE, mayEndInHedge } from '../../src/engine/claims/numbers';
import { anyText } from './support/arbitraries';

const CAP_BEFORE = /(?:\p{Lu}[\p{L}.]*|No\.|#)\s+$/u;

const PIECES = ['Highway', 'Flight', 'No.', 'no.', '#', 'U.S.', 'the', 'about', 'About', 'at least', 'more than', 'just over', 'up to', 'some', 'ſome', 'almoſt', 'an estimated', 'roughly', 'circa', 'xabout', '5about', 'Élodie', 'Ünal', 'İ', 'ſ', '\u212a', 'é', '\u0301', '𝐀', '𝒜', '😀', 'killed', '57', '3', ' ', '  ', '\u00a0', '\u2003', '\t', '\n', '\r\n', '.', ',', '-', '(', '$', '’'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(' ')),
  anyText(50),
);

test('capital before a figure: the backward scan finds where the regex match starts', () => {
  const check = (t: string) => {
    for (let end = 0; end <= t.length; end++) assert.equal(capitalBefore(t, end), CAP_BEFORE.exec(t.slice(0, end))?.index ?? -1, JSON.stringify(t.slice(0, end)));
  };
  for (const t of ['Highway 57', 'the No. 3', 'Flight MH 370', 'He met U.S. 5', 'rank # 1', 'Route\u00a05', 'Élodie 3', 'killed 12']) check(t);
  fc.assert(fc.property(texts, check), { numRuns: 3000 });
});

test('hedge before a figure: the regex is skipped only where it cannot match', () => {
  const check = (t: string) => {
    for (let to = 0; to <= t.length; to++) {
      const from = Math.max(0, to - 30);
      if (!mayEndInHedge(t, from, to)) assert.equal(HEDGE_BEFORE.exec(t.slice(from, to)), null, JSON.stringify(t.slice(from, to)));
    }
  };
  for (const t of ['at least 5', 'more than  3', 'ſome 4', 'well over\u00a05', 'xabout 5', 'circa\t1900', 'roughly']) check(t);
  assert.ok(mayEndInHedge('at least 5', 0, 9));
  assert.ok(!mayEndInHedge('killed 5', 0, 7));
  fc.assert(fc.property(texts, check), { numRuns: 3000 });
});
