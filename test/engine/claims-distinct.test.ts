// The claim rules keep one claim per identity; a draft's few claims are now compared field by field
// instead of by an identity string each. Both rules' former code (a Map by the joined identity) is
// kept here as the reference, and must pick the same claims in the same order on any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimIdentity, distinctClaims } from '../../src/detectors/claim-conflict/distinct';
import type { Claim, EntitySignature } from '../../src/engine/claims/types';

function referenceIdentityConflict(claim: Claim): string {
  const words = claim.value.words;
  return `${claim.key}\u0000${claim.predicate}\u0000${claim.subject?.label ?? claim.descriptor ?? ''}\u0000${claim.location?.label ?? ''}\u0000${claim.tense ?? ''}\u0000${claim.value.lo}\u0000${claim.value.hi}\u0000${words ? words.join(' ') : ''}`;
}

function referenceIdentitySupport(claim: Claim): string {
  const words = claim.value.words;
  return `${claim.key}\u0000${claim.predicate}\u0000${claim.subject?.label ?? claim.descriptor ?? ''}\u0000${claim.location?.label ?? ''}\u0000${claim.value.lo}\u0000${claim.value.hi}\u0000${words ? words.join(' ') : ''}`;
}

function betterConflict(a: Claim, b: Claim): boolean {
  if (a.headline !== b.headline) return !a.headline;
  return a.start < b.start;
}

function betterSupport(c: Claim, seen: Claim): boolean {
  return seen.headline && !c.headline;
}

function referenceDistinctConflict(claims: readonly Claim[]): Claim[] {
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const id = referenceIdentityConflict(c);
    const seen = best.get(id);
    if (!seen || betterConflict(c, seen)) best.set(id, c);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

function referenceDistinctSupport(claims: readonly Claim[]): Claim[] {
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const id = referenceIdentitySupport(c);
    const seen = best.get(id);
    if (!seen || (seen.headline && !c.headline)) best.set(id, c);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

// Few distinct values, so that equal identities are common; NUL, spaces, unicode and CRLF among them.
const nulText = fc.oneof(
  { arbitrary: fc.constantFrom('', 'a', 'a\u0000'), weight: 6 },
  fc.constantFrom('', 'a', 'a\u0000', '\u0000b', 'a b', 'a\u0000b', 'Ana María', 'A\u0301', '😀', 'x\r\n', 'count:people', 'death'), fc.string({ maxLength: 3 }));
// Without NUL, as real claims are: the lists the pairwise comparison takes.
const plainText = fc.oneof(
  { arbitrary: fc.constantFrom('', 'a', 'a b'), weight: 6 },
  fc.constantFrom('', 'a', 'b', 'a b', 'Ana María', 'A\u0301', '😀', 'x\r\n', 'count:people', 'death'), fc.string({ maxLength: 3 }).filter((s) => !s.includes('\u0000')));
const number = fc.oneof({ arbitrary: fc.constantFrom(0, -0, NaN), weight: 4 }, fc.constantFrom(1, 2, 1.5, -1, 20240101, Infinity));
const claimOf = (text: fc.Arbitrary<string>, tenses: readonly string[]) => {
const signature = fc.option(
  text.map((label): EntitySignature => ({ label, kind: 'person', names: [], aliases: [] })),
  { nil: undefined },
);
return fc
  .record({
    type: fc.constantFrom('age', 'count', 'date', 'title', 'relation'),
    key: text,
    predicate: text,
    subject: signature,
    descriptor: fc.option(text, { nil: undefined }),
    location: signature,
    tense: fc.option(fc.constantFrom(...tenses), { nil: undefined }),
    lo: number,
    hi: number,
    words: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
    start: fc.integer({ min: 0, max: 6 }),
    headline: fc.boolean(),
  })
  .map((r) => {
    const c = { type: r.type, key: r.key, predicate: r.predicate, value: { lo: r.lo, hi: r.hi, display: '', precision: 'day' }, start: r.start, end: r.start + 1, sentenceStart: 0, sentenceEnd: 9, sentence: '', headline: r.headline } as unknown as Claim;
    if (r.subject) c.subject = r.subject;
    if (r.descriptor !== undefined) c.descriptor = r.descriptor;
    if (r.location) c.location = r.location;
    if (r.tense !== undefined) c.tense = r.tense as Claim['tense'];
    if (r.words) c.value.words = r.words;
    return c;
  });
};
const claim = fc.oneof(claimOf(nulText, ['past', 'present', 'future', 'a\u0000']), claimOf(plainText, ['past', 'present', 'future']));
const plainClaim = claimOf(plainText, ['past', 'present', 'future']);

test('claimIdentity is the identity each rule joined', () => {
  fc.assert(
    fc.property(claim, (c) => {
      assert.equal(claimIdentity(c, true), referenceIdentityConflict(c));
      assert.equal(claimIdentity(c, false), referenceIdentitySupport(c));
    }),
    { numRuns: 5000, seed: 11 },
  );
});

test('distinctClaims keeps the claims, in the order, that the identity map kept', () => {
  for (const [claims_, maxLength] of [[plainClaim, 8], [claim, 8], [plainClaim, 60], [claim, 60]] as const) {
    fc.assert(
      fc.property(fc.array(claims_, { maxLength }), (claims) => {
        const conflict = distinctClaims(claims, true, betterConflict);
        const support = distinctClaims(claims, false, betterSupport);
        const expectedConflict = referenceDistinctConflict(claims);
        const expectedSupport = referenceDistinctSupport(claims);
        assert.equal(conflict.length, expectedConflict.length);
        conflict.forEach((c, i) => assert.equal(c, expectedConflict[i]));
        assert.equal(support.length, expectedSupport.length);
        support.forEach((c, i) => assert.equal(c, expectedSupport[i]));
      }),
      { numRuns: maxLength > 8 ? 1500 : 8000, seed: 13 },
    );
  }
});

test('claims that differ only in where they are are one', () => {
  const base = { type: 'age', key: 'age', predicate: 'age', value: { lo: 47, hi: 47, display: '47', precision: 'day' }, end: 0, sentenceStart: 0, sentenceEnd: 0, sentence: '' };
  const headline = { ...base, start: 0, headline: true } as unknown as Claim;
  const body = { ...base, start: 30, headline: false } as unknown as Claim;
  assert.deepEqual(distinctClaims([headline, body], true, betterConflict), [body]);
  assert.deepEqual(distinctClaims([headline, body], false, betterSupport), [body]);
});
