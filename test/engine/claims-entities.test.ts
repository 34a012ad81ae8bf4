// sameEntity compares without joining or copying names; it is checked here against the former
// version, which joined each name per alias and sliced and destructured arrays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameEntity } from '../../src/engine/claims/entities';
import { isNearMiss } from '../../src/engine/claims/spelling';
import type { EntitySignature } from '../../src/engine/claims/types';

function sameTokenBefore(a: string, b: string): boolean {
  return a === b || (a[0] === b[0] && isNearMiss(a, b));
}

function containsBefore(big: readonly string[], small: readonly string[]): boolean {
  return small.every((s) => big.some((b) => sameTokenBefore(b, s)));
}

function fullNamesBefore(s: EntitySignature): string[][] {
  return s.names.some((n) => n.length > 1) ? s.names.filter((n) => n.length > 1) : s.names;
}

/** The former sameEntity. */
function sameEntityBefore(a: EntitySignature, b: EntitySignature, loose = false): boolean {
  if (a.aliases.some((x) => b.aliases.includes(x) || b.names.some((n) => n.join(' ') === x))) return true;
  if (b.aliases.some((x) => a.names.some((n) => n.join(' ') === x))) return true;
  const fullOfB = fullNamesBefore(b);
  for (const x of fullNamesBefore(a)) {
    for (const y of fullOfB) {
      if (!x.length || !y.length) continue;
      const [small, big] = x.length <= y.length ? [x, y] : [y, x];
      if (loose && small.length === 1 && big.some((t) => sameTokenBefore(t, small[0]!))) return true;
      if (small.length === 1) {
        if (big.length === 1 ? sameTokenBefore(big[0]!, small[0]!) : sameTokenBefore(big[big.length - 1]!, small[0]!) || (big.length > 2 && big.slice(1).some((t) => t === small[0]))) return true;
      } else if (containsBefore(big, small)) return true;
    }
  }
  return false;
}

// A small vocabulary with near misses, so that random signatures often match.
const TOKENS = ['karimi', 'karimy', 'yusuf', 'yousef', 'ana', 'lopez', 'lopes', 'maria', 'mario', 'castelmonte', 'castelmote', 'acme', 'corp', 'de', '', 'x y', 'ana lopez'];
const name = fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 });
const signature = fc
  .record({
    names: fc.array(name, { maxLength: 4 }),
    aliases: fc.array(fc.oneof(fc.constantFrom(...TOKENS), name.map((n) => n.join(' ')), fc.constantFrom('ana  lopez', 'ana lopez ', ' ana')), { maxLength: 3 }),
  })
  .map((s): EntitySignature => ({ label: '', kind: 'person', ...s }));

test('sameEntity answers as the former version on random signatures', () => {
  fc.assert(
    fc.property(signature, signature, fc.boolean(), (a, b, loose) => {
      assert.equal(sameEntity(a, b, loose), sameEntityBefore(a, b, loose));
      assert.equal(sameEntity(a, a, loose), sameEntityBefore(a, a, loose));
    }),
    { numRuns: 5000 },
  );
});

test('sameEntity: shared aliases, alias equal to a joined name, surnames and spelling variants', () => {
  const sig = (names: string[][], aliases: string[] = []): EntitySignature => ({ label: '', kind: 'person', names, aliases });
  assert.ok(sameEntity(sig([['yusuf', 'karimi']]), sig([['yousef', 'karimi']])));
  assert.ok(sameEntity(sig([['ana', 'lopez']]), sig([['acme']], ['ana lopez'])));
  assert.ok(!sameEntity(sig([['ana', 'lopez']]), sig([['acme']], ['ana lopez '])));
  assert.ok(sameEntity(sig([['karimi']]), sig([['yusuf', 'karimi']])));
  assert.ok(!sameEntity(sig([['karimi'], ['ana', 'maria']]), sig([['yusuf', 'karimi']])));
});
