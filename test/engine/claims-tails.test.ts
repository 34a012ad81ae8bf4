// What comes right before a figure, read backwards by char codes instead of unanchored regexes
// ending in `$`. The regexes are kept here as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalBefore } from '../../src/engine/claims/cap-before';
import { endsLikeDemonym } from '../../src/engine/claims/names';
import { BETWEEN_BEFORE, BETWEEN_GATE, COMPOUND_AFTER, CURRENCY_BEFORE, currencyMayEnd, FROM_BEFORE, FROM_GATE, HEDGE_BEFORE, HEDGE_GATE, PERCENT_AFTER, RANGE_AFTER, SCALE_AFTER } from '../../src/engine/claims/numbers';
import { PARTIAL_BEFORE, PARTIAL_GATE } from '../../src/engine/claims/counts';
import { PASSIVE_BEFORE, PASSIVE_GATE, POSSESSIVE_BEFORE, POSSESSIVE_GATE, PREPOSITION_BEFORE, PREPOSITION_GATE } from '../../src/engine/claims/date-claims';
import type { LastWordGate } from '../../src/engine/claims/last-word';
import { EVENT_TRIGGERS } from '../../src/engine/claims/lexicon';
import { AGED_BEFORE, AGED_GATE, setOffBefore } from '../../src/engine/claims/ages';
import { anyText } from './support/arbitraries';

const CAP_BEFORE = /(?:\p{Lu}[\p{L}.]*|No\.|#)\s+$/u;

const PIECES = ['Highway', 'Flight', 'No.', 'no.', '#', 'U.S.', 'the', 'about', 'About', 'at least', 'more than', 'just over', 'up to', 'some', 'ſome', 'almoſt', 'an estimated', 'roughly', 'circa', 'xabout', '5about', 'Élodie', 'Ünal', 'İ', 'ſ', '\u212a', 'é', '\u0301', '𝐀', '𝒜', '😀', 'killed', '57', '3', ' ', '  ', '\u00a0', '\u2003', '\t', '\n', '\r\n', '.', ',', '-', '(', '$', '’'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(' ')),
  anyText(50),
);

test('comma or bracket before a figure: the backward scan finds where the regex match starts', () => {
  const check = (t: string) => {
    for (let end = 0; end <= t.length; end++) {
      const before = t.slice(0, end);
      assert.equal(setOffBefore(t, end), (/,\s*$/.exec(before) ?? /\(\s*$/.exec(before))?.index ?? -1, JSON.stringify(before));
    }
  };
  for (const t of ['Ortega, 61,', 'Ortega (61)', 'Ortega,\u00a0\u2003 61', 'Ortega ,( 61', 'x,\n\r\n5', '\ufeff, 5']) check(t);
  fc.assert(fc.property(texts, check), { numRuns: 3000 });
});

test('currency before a figure: the regex is skipped only where it cannot match', () => {
  const money = ['US$', 'A$', 'C$', '$', '€', '£', '¥', '₹', 'USD', 'EUR', 'Rs', 'Rs.', 'rs', 'usd', 'Euro', 'D', 'R', 's', '.'];
  const moneyText = fc.oneof(texts, fc.array(fc.constantFrom(...PIECES, ...money), { maxLength: 10 }).map((p) => p.join('')), fc.array(fc.constantFrom(...PIECES, ...money), { maxLength: 10 }).map((p) => p.join(' ')));
  const check = (t: string) => {
    for (let to = 0; to <= t.length; to++) {
      const from = Math.max(0, to - 40);
      if (!currencyMayEnd(t, from, to)) assert.equal(CURRENCY_BEFORE.exec(t.slice(from, to)), null, JSON.stringify(t.slice(from, to)));
    }
  };
  for (const t of ['US$ 5', 'USD  5', 'EUR\u00a0\u00a05', 'Rs. 5', 'Rs.\t\n5', '€5', 'paid 5']) check(t);
  assert.ok(!currencyMayEnd('paid 5', 0, 5));
  fc.assert(fc.property(moneyText, check), { numRuns: 3000 });
});

test('capital before a figure: the backward scan finds where the regex match starts', () => {
  const check = (t: string) => {
    for (let end = 0; end <= t.length; end++) assert.equal(capitalBefore(t, end), CAP_BEFORE.exec(t.slice(0, end))?.index ?? -1, JSON.stringify(t.slice(0, end)));
  };
  for (const t of ['Highway 57', 'the No. 3', 'Flight MH 370', 'He met U.S. 5', 'rank # 1', 'Route\u00a05', 'Élodie 3', 'killed 12']) check(t);
  fc.assert(fc.property(texts, check), { numRuns: 3000 });
});

// Each gated regex, the gate in front of it, and the window it runs on (characters before the figure or date; 0: all).
const GATED: Array<[string, LastWordGate, RegExp, number]> = [
  ['hedge', HEDGE_GATE, HEDGE_BEFORE, 30],
  ['between', BETWEEN_GATE, BETWEEN_BEFORE, 20],
  ['from', FROM_GATE, FROM_BEFORE, 20],
  ['partial', PARTIAL_GATE, PARTIAL_BEFORE, 0],
  ['preposition', PREPOSITION_GATE, PREPOSITION_BEFORE, 0],
  ['passive', PASSIVE_GATE, PASSIVE_BEFORE, 0],
  ['possessive', POSSESSIVE_GATE, POSSESSIVE_BEFORE, 0],
  ['aged', AGED_GATE, AGED_BEFORE, 0],
];
const WORDS = ['aged', 'age', 'Aged', 'agedx', 'ſaged', 'a\u212aed', 'caged', 'between', 'from', 'another', 'other', 'the remaining', 'the  other', 'additional', 'in', 'since', 'after', 'was', 'been', 'got', 'its', 'their', 'her', 'ſince', 'wa\u017f', 'Another', 'FROM'];
const gatedTexts = fc.oneof(texts, fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 12 }).map((p) => p.join(' ')), fc.array(fc.constantFrom(...PIECES, ...WORDS), { maxLength: 12 }).map((p) => p.join('')));

test('words before a figure or date: each regex is skipped only where it cannot match', () => {
  const check = (t: string) => {
    for (let to = 0; to <= t.length; to++) {
      for (const [name, gate, re, window] of GATED) {
        const from = window ? Math.max(0, to - window) : 0;
        if (!gate.mayMatch(t, from, to)) assert.equal(re.exec(t.slice(from, to)), null, `${name}: ${JSON.stringify(t.slice(from, to))}`);
      }
    }
  };
  for (const t of ['at least 5', 'more than  3', 'ſome 4', 'well over\u00a05', 'xabout 5', 'circa\t1900', 'roughly', 'between 3 and 4', 'from 5 to 6', 'four other makers', 'the remaining 3', 'killed in 2019', 'was arrested', 'their founding']) check(t);
  assert.ok(HEDGE_GATE.mayMatch('at least 5', 0, 9));
  assert.ok(!HEDGE_GATE.mayMatch('killed 5', 0, 7));
  assert.ok(PARTIAL_GATE.mayMatch('the remaining 3', 0, 14));
  fc.assert(fc.property(gatedTexts, check), { numRuns: 3000 });
});

test('event phrases are lower case with single spaces, so a trigger spelt so is looked up as written', () => {
  for (const phrases of Object.values(EVENT_TRIGGERS)) for (const p of phrases) assert.equal(p, p.toLowerCase().replace(/\s+/g, ' '));
});

test('demonym ending: the char-code test agrees with the regex on the part before the first hyphen', () => {
  const DEMONYM = /(?:an|ian|ese|ish|i)$/;
  const reference = (lower: string) => DEMONYM.test(lower.split('-')[0]!);
  for (const w of ['peruvian', 'japanese', 'british', 'iraqi', 'afghan', 'an', 'i', '', '-', 'an-', 'x-an', 'pakistani-american', 'ese', 'sh', 'fish', 'tan\u0301', 'ian-', 'ſi', 'chilean’s']) assert.equal(endsLikeDemonym(w), reference(w), w);
  const pieces = ['a', 'n', 'i', 'e', 's', 'h', '-', 'x', 'é', '\u0301', '𝐀', 'İ', 'ſ', '’'];
  fc.assert(fc.property(fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), anyText(12)), (w) => assert.equal(endsLikeDemonym(w), reference(w))), { numRuns: 4000 });
});

test('after a figure: the sticky patterns match at an offset what the anchored ones matched on the rest of the text', () => {
  const sticky = { SCALE_AFTER, PERCENT_AFTER, RANGE_AFTER, COMPOUND_AFTER };
  const pairs = Object.entries(sticky).map(([name, re]) => {
    assert.ok(re.sticky, name);
    return [name, re, new RegExp(`^(?:${re.source})`, re.flags.replace('y', ''))] as const;
  });
  const pieces = ['3', ' million', '-million', ' - billion', 'Hundred', '%', ' percent', ' per cent', ' percentage point', ' percentage points', 'percentages', ' to 5', ' - 7', '–8', ' and 9', ' to $10', ' to US$ 1,200.5', ' to twenty-one', ' thousand', '-year-old', '-day', '-16', '-é', '-\u0301', '-𝐀bc', ' ', '\u00a0', 'ſ', 'x', '😀', '\r\n'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), anyText(40));
  fc.assert(
    fc.property(text, (t) => {
      for (let at = 0; at <= t.length; at++)
        for (const [name, now, old] of pairs) {
          now.lastIndex = at;
          const a = now.exec(t);
          const b = old.exec(t.slice(at));
          assert.deepEqual(a && [...a], b && [...b], `${name} at ${at} of ${JSON.stringify(t)}`);
        }
    }),
    { numRuns: 2000 },
  );
});
