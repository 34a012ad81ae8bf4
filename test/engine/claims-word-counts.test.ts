// Word counts after edits share the earlier version's counts; checked against counting afresh,
// with older versions still answering as they did (an undo links against one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordCounts } from '../../src/engine/claims/word-counts';
import { WordIds } from '../../src/engine/word-set';

type Blocks = Array<string[] | undefined>;

function counted(blocks: Blocks): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of blocks) for (const w of words ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function assertSame(counts: WordCounts, blocks: Blocks): void {
  const expected = counted(blocks);
  assert.equal(counts.size, expected.size);
  assert.deepEqual(new Set(counts), new Set(expected.keys()));
  assert.deepEqual([...counts.keys()].length, expected.size);
  for (const [w, n] of expected) {
    assert.equal(counts.count(w), n);
    assert.ok(counts.has(w));
  }
  assert.ok(!counts.has('absent'));
}

const WORDS = ['river', 'bridge', 'council', 'budget', 'flood', 'vote', 'harbour', 'strike'];
const block = fc.option(fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 5 }), { nil: undefined });
const edit = fc.record({ at: fc.nat(30), removed: fc.nat(3), added: fc.array(block, { maxLength: 3 }), from: fc.nat(10) });

test('word counts after any sequence of edits equal counting afresh, and earlier versions are unchanged', () => {
  fc.assert(
    fc.property(fc.array(block, { maxLength: 12 }), fc.array(edit, { maxLength: 40 }), (start, edits) => {
      const versions: Array<{ counts: WordCounts; blocks: Blocks }> = [{ counts: WordCounts.of(start), blocks: start }];
      for (const e of edits) {
        // Edits branch from any earlier version, as after an undo.
        const from = versions[versions.length - 1 - (e.from % versions.length)]!;
        const at = e.at % (from.blocks.length + 1);
        const removed = from.blocks.slice(at, at + e.removed);
        const blocks = [...from.blocks.slice(0, at), ...e.added, ...from.blocks.slice(at + e.removed)];
        versions.push({ counts: from.counts.edited(removed, e.added), blocks });
      }
      for (const v of versions) assertSame(v.counts, v.blocks);
    }),
    { numRuns: 300 },
  );
});

test('many edits fold the changes into shared counts without changing any answer', () => {
  let blocks: Blocks = Array.from({ length: 50 }, (_, i) => [`w${i}`, `v${i % 7}`]);
  let counts = WordCounts.of(blocks);
  for (let i = 0; i < 600; i++) {
    const added = [[`n${i}`, `v${i % 5}`]];
    const at = (i * 7) % blocks.length;
    counts = counts.edited(blocks.slice(at, at + 1), added);
    blocks = [...blocks.slice(0, at), ...added, ...blocks.slice(at + 1)];
  }
  assertSame(counts, blocks);
});

test('a version after edits gives the ids a corpus dictionary gives its words, also after the dictionary grew', () => {
  const step = fc.record({ at: fc.nat(30), removed: fc.nat(3), added: fc.array(block, { maxLength: 3 }), from: fc.nat(3), ask: fc.boolean(), grow: fc.option(fc.constantFrom(...WORDS), { nil: undefined }) });
  fc.assert(
    fc.property(fc.array(block, { maxLength: 12 }), fc.array(step, { maxLength: 30 }), fc.uniqueArray(fc.constantFrom(...WORDS)), (start, edits, numbered) => {
      const dictionary = new WordIds();
      for (const w of numbered) dictionary.idOf(w);
      const versions: Array<{ counts: WordCounts; blocks: Blocks }> = [{ counts: WordCounts.of(start), blocks: start }];
      const check = (counts: WordCounts) => assert.deepEqual([...dictionary.known(counts)], [...dictionary.knownOf([...counts])]);
      check(versions[0]!.counts);
      for (const e of edits) {
        const from = versions[versions.length - 1 - (e.from % versions.length)]!;
        const at = e.at % (from.blocks.length + 1);
        const removed = from.blocks.slice(at, at + e.removed);
        const blocks = [...from.blocks.slice(0, at), ...e.added, ...from.blocks.slice(at + e.removed)];
        const counts = from.counts.edited(removed, e.added);
        versions.push({ counts, blocks });
        if (e.grow) dictionary.idOf(e.grow);
        if (e.ask) check(counts);
      }
      for (const v of versions) check(v.counts);
    }),
    { numRuns: 300 },
  );
});

test('a new version answers for its words before its counts are made, in the order the counts list them', () => {
  fc.assert(
    fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
      const expected = counted(blocks);
      const fresh = WordCounts.of(blocks);
      // Words and membership first: these do not need the counts.
      assert.deepEqual([...fresh], [...expected.keys()]);
      for (const w of WORDS) assert.equal(fresh.has(w), expected.has(w));
      assert.equal(fresh.size, expected.size);
      // Then the counts, made from the blocks kept.
      for (const [w, n] of expected) assert.equal(fresh.count(w), n);
      assert.deepEqual([...fresh], [...expected.keys()]);
    }),
    { numRuns: 500 },
  );
});
