// embeddedFrom scans for line ends instead of matching every line with /^.*$/gm; it must find the
// same place as the regex loop it replaced (kept below as the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { embeddedFrom, endsWithEmbedLeadIn } from '../../src/detectors/loaded-language/quoted-spans';

function reference(text: string): number {
  for (const m of text.matchAll(/^.*$/gm)) {
    const after = m.index + m[0].length;
    if (after < text.length && endsWithEmbedLeadIn(m[0])) return after;
  }
  return -1;
}

test('embeddedFrom finds the lead-in line the /^.*$/gm loop found', () => {
  const piece = fc.constantFrom('Here is the full statement', 'The letter reads', 'He said', 'at 10', ':', ': ', ':\t', ' ', 'x', '.', '\n', '\r', '\r\n', '\u2028', '\u2029', '\n\n', 'é', '😀', 'statement:', 'reads:');
  for (const t of ['Here is the full statement:\nWe regret.', 'The letter reads:\u2028Dear sir', 'said:', 'Time 10:30\nnext']) assert.equal(embeddedFrom(t), reference(t), t);
  let found = 0;
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 })), (t) => {
      const at = reference(t);
      if (at >= 0) found++;
      assert.equal(embeddedFrom(t), at, JSON.stringify(t));
    }),
    { numRuns: 20000, seed: 12 },
  );
  assert.ok(found > 500, `only ${found} lead-ins generated`);
});
