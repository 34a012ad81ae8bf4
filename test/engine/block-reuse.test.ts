// An edited document takes unchanged blocks' parses and memoised values from the previous analysis
// by position (inside the text the versions share at their start or end) or by text (blocks across
// the change). Whatever was reused, a long-lived analyzer must find exactly what a fresh one finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, BlockCache, CredenceDocument, DETECTORS } from '../../src/engine';
import { parseBlock, splitBlocks } from '../../src/engine/blocks';
import { commonPrefix, commonSuffix } from '../../src/engine/common-text';
import { anyText, markdownDoc, mixedEolDoc } from './support/arbitraries';

const SEED = process.env.CREDENCE_FC_SEED ? Number(process.env.CREDENCE_FC_SEED) : Math.floor(Math.random() * 2 ** 31);

/** One edit: at a position (modulo the length), remove some characters and insert a piece of text. */
const edit = fc.tuple(
  fc.nat(),
  fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  fc.oneof(fc.constantFrom('', 'e', ' ', '\n', '\n\n', '\r\n', '\r', '~~~', '“', '”', '"', '```', '\n```\n', ' said', 'Reyes', '😀', '<!-- credence-disable-next-line -->\n'), anyText(8)),
);

/** A draft whose paragraphs may repeat: equal texts at several places must not confuse reuse. */
const draft = fc.tuple(fc.oneof({ weight: 3, arbitrary: markdownDoc(4) }, { weight: 1, arbitrary: mixedEolDoc(4) }), fc.nat({ max: 2 })).map(([text, repeats]) => Array.from({ length: repeats + 1 }, () => text).join('\n\n'));

function apply(text: string, [at, remove, insert]: [number, number, string]): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(start + remove);
}

test('common prefix and suffix equal a character-by-character reading', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (head, a, b, tail) => {
      const x = head + a + tail;
      const y = head + b + tail;
      let p = 0;
      while (p < Math.min(x.length, y.length) && x[p] === y[p]) p++;
      let s = 0;
      const max = Math.min(x.length, y.length) - p;
      while (s < max && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
      assert.equal(commonPrefix(x, y), p);
      assert.equal(commonSuffix(x, y, max), s);
    }),
    { seed: SEED, numRuns: 2_000 },
  );
});

test('after random edits the blocks are split and parsed as in a fresh document, and untouched blocks keep their parse', () => {
  fc.assert(
    fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (first, edits) => {
      const cache = new BlockCache();
      let text = first;
      let previous = new CredenceDocument(text, {}, cache);
      for (const block of previous.blocks) void block.parsed;
      cache.sweep();
      for (const change of edits) {
        text = apply(text, change);
        const doc = new CredenceDocument(text, {}, cache);
        assert.deepEqual(doc.blocks.map(({ start, end }) => ({ start, end })), splitBlocks(text));
        for (const block of doc.blocks) assert.deepEqual(block.parsed, parseBlock(block.text));
        // The first block before the edit and the last after it are the very objects parsed before.
        const head = commonPrefix(previous.text, text);
        const tail = commonSuffix(previous.text, text, Math.min(text.length, previous.text.length) - head);
        const shift = text.length - previous.text.length;
        const [first0, first1, last0, last1] = [previous.blocks[0], doc.blocks[0], previous.blocks.at(-1), doc.blocks.at(-1)];
        if (first0 && first1 && first0.end === first1.end && first1.end <= head) assert.equal(first1.parsed, first0.parsed);
        if (last0 && last1 && last0.start === last1.start - shift && last0.end === last1.end - shift && last1.start >= text.length - tail) assert.equal(last1.parsed, last0.parsed);
        cache.sweep();
        previous = doc;
      }
    }),
    { seed: SEED + 1, numRuns: 400 },
  );
});

test('a long-lived analyzer through random edits (typing, deleting, line breaks, quote marks, fences) finds what a fresh analyzer finds', () => {
  fc.assert(
    fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 5 }), (first, edits) => {
      const analyzer = new Analyzer(DETECTORS);
      let text = first;
      analyzer.analyze(text, { uri: 'draft.md' });
      for (const change of edits) {
        text = apply(text, change);
        const warm = analyzer.analyze(text, { uri: 'draft.md' });
        const cold = new Analyzer(DETECTORS).analyze(text, { uri: 'draft.md' });
        assert.deepEqual(warm.failures, cold.failures);
        assert.deepEqual(warm.findings, cold.findings);
      }
    }),
    { seed: SEED + 2, numRuns: 100 },
  );
});
