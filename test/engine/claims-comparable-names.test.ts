// comparableNames reads acronyms by code instead of a regex per token, and claim-conflict's name
// index applies its test in its own pass; both must give what the regex version gave (kept here as
// the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { comparableNames, isAcronym } from '../../src/engine/claims/spelling';
import type { NameMention } from '../../src/engine/claims/types';
import { nameIndex } from '../../src/detectors/claim-conflict/spelling';

const referenceAcronym = (tokens: readonly string[]) => tokens.every((t) => /^[\p{Lu}\d.&-]+$/u.test(t));

function referenceComparable(names: readonly NameMention[]): NameMention[] {
  const nonInitial = new Set(names.filter((n) => !n.initial).map((n) => n.norm.join(' ')));
  return names.filter((n) => n.norm.length > 0 && !referenceAcronym(n.tokens) && (n.norm.length > 1 || (nonInitial.has(n.norm.join(' ')) && n.norm[0]!.length >= 5)));
}

const token = fc.oneof(
  fc.constantFrom('NATO', 'U.S.', 'AT&T', 'F-16', 'G7', 'Ana', 'ÉCOLE', 'École', 'ΔΣ', 'Δσ', 'İ', 'K', '𝐀𝐁', '😀', 'A\u0301', 'O’NEIL', "O'NEIL", '', '-', '.', 'x', 'ab\r\n'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

test('isAcronym says what the regex over every token said', () => {
  fc.assert(fc.property(fc.array(token, { maxLength: 4 }), (tokens) => assert.equal(isAcronym(tokens), referenceAcronym(tokens))), { numRuns: 20000, seed: 3 });
});

test('comparableNames picks the names the regex version picked', () => {
  const word = fc.constantFrom('karimi', 'yusuf', 'lopez', 'ana', 'nato', 'castelmonte', 'x');
  const mention = fc.record({ tokens: fc.array(token, { maxLength: 3 }), norm: fc.array(word, { maxLength: 3 }), initial: fc.boolean() }).map(
    (m): NameMention => ({ text: m.tokens.join(' '), start: 0, end: 1, tokens: m.tokens, norm: m.norm, entity: 0, kind: 'person', sentence: '', initial: m.initial, spelling: m.norm.join(' ') }),
  );
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 12 }), (names) => {
      const expected = referenceComparable(names);
      assert.deepEqual(comparableNames(names), expected);
    }),
    { numRuns: 3000, seed: 5 },
  );
});

test('claim-conflict’s name index lists the names comparableNames picks, and every spelling with whether it is used mid-sentence', () => {
  const word = fc.constantFrom('karimi', 'yusuf', 'lopez', 'ana', 'nato', 'castelmonte', 'x', '');
  const mention = fc.record({ tokens: fc.array(token, { maxLength: 3 }), norm: fc.array(word, { maxLength: 3 }), initial: fc.boolean() }).map(
    (m): NameMention => ({ text: m.tokens.join(' '), start: 0, end: 1, tokens: m.tokens, norm: m.norm, entity: 0, kind: 'person', sentence: '', initial: m.initial, spelling: m.norm.join(' ') }),
  );
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 12 }), fc.boolean(), (names, draft) => {
      const spellings = names.map((n) => n.norm.join(' '));
      const index = nameIndex({ claims: [], names, entities: [], fingerprint: { entities: [], words: new Set() } }, draft);
      assert.deepEqual(
        index.names.map((s) => s.mention),
        comparableNames(names),
      );
      assert.deepEqual(index.names.map((s) => s.spelling), index.names.map((s) => s.mention.norm.join(' ')));
      assert.deepEqual(new Set(index.spellings.keys()), new Set(spellings));
      for (const [s, mid] of index.spellings) assert.equal(mid, names.some((n, i) => spellings[i] === s && !n.initial));
    }),
    { numRuns: 3000, seed: 9 },
  );
});
