// firstLines cuts out only the lines readMetadata looks at; it must give what the split of the whole head gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstLines } from '../../src/engine/metadata';

function reference(head: string): [string | undefined, string] {
  const lines = head.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l) => l.length > 0);
  return [lines[at], lines[at + 1] ?? ''];
}

test('firstLines gives the first non-blank line and the next as split(/\\r?\\n/) and trim did', () => {
  const piece = fc.constantFrom('Headline here', 'x', ' ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2028', '\ufeff', 'é', '😀', 'by Staff');
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 })), (head) => {
      assert.deepEqual(firstLines(head), reference(head));
    }),
    { numRuns: 20000, seed: 17 },
  );
});
