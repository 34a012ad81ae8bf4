// The entity index's typed key lists against the Map of arrays they replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyLists } from '../../src/engine/claims/key-lists';

function listOf(lists: KeyLists, key: number): number[] {
  const out: number[] = [];
  for (let node = lists.first(key); node >= 0; node = lists.after(node)) out.push(lists.entityAt(node));
  return out;
}

test('key lists hold what a map of lists with push-unless-repeat holds, newest first', () => {
  const key = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 0x3fffffff }));
  fc.assert(
    fc.property(fc.array(fc.tuple(key, fc.integer({ min: 0, max: 6 })), { maxLength: 600 }), fc.constantFrom(1, 2, 256), (adds, capacity) => {
      const lists = new KeyLists(capacity);
      const reference = new Map<number, number[]>();
      for (const [k, e] of adds) {
        lists.add(k, e);
        const list = reference.get(k);
        if (!list) reference.set(k, [e]);
        else if (list[list.length - 1] !== e) list.push(e);
      }
      for (const [k, list] of reference) assert.deepEqual(listOf(lists, k), [...list].reverse());
      for (const k of [21, 0x3fffffff - 1, 12345]) if (!reference.has(k)) assert.deepEqual(listOf(lists, k), []);
    }),
    { numRuns: 300 },
  );
});
