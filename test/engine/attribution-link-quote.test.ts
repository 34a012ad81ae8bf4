// linkQuote picks a quotation's attribution in one pass; it must pick what the former filter-and-sort version picked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linkQuote } from '../../src/detectors/quote/attribution';
import type { Attribution } from '../../src/detectors/quote/types';
import type { Token } from '../../src/detectors/quote/tokens';

type Entry = { a: Attribution; i: number };

/** The former linkQuote, kept as the reference. */
function linkQuoteBefore(tokens: readonly Token[], ti: number, own: readonly Entry[], short: boolean): number | undefined {
  const near = short ? own.filter(({ a }) => Math.abs(a.token - ti) <= 20) : own;
  const after = near.filter(({ a }) => a.token > ti).sort((x, y) => x.a.token - y.a.token);
  const adjacent = after.find(({ a }) => a.firstToken === ti + 1 || (a.firstToken === ti + 2 && tokens[ti + 1]!.text === ','));
  if (adjacent) return adjacent.i;
  const before = near.filter(({ a }) => a.token < ti).sort((x, y) => y.a.token - x.a.token);
  return (before[0] ?? after[0])?.i;
}

test('linkQuote picks what the filter-and-sort version picked, ties included', () => {
  const entry = fc.record({ token: fc.nat(14), firstToken: fc.nat(14) });
  fc.assert(fc.property(fc.array(entry, { maxLength: 8 }), fc.nat(14), fc.boolean(), fc.array(fc.constantFrom(',', 'said', '“x”'), { minLength: 16, maxLength: 16 }), (raw, ti, short, texts) => {
    const tokens = texts.map((text) => ({ text }) as Token);
    // Indices out of order and repeated tokens, as own lists can have after unnamed mentions are appended.
    const own = raw.map((r, k) => ({ a: { token: r.token, firstToken: Math.min(r.firstToken, r.token) } as Attribution, i: (k * 7) % 11 }));
    assert.equal(linkQuote(tokens, ti, own, short), linkQuoteBefore(tokens, ti, own, short));
  }), { numRuns: 20000 });
});
