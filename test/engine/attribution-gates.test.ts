// Work the attribution analysis skips on cheap evidence must be work that would have found nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findUnnamedMentions } from '../../src/detectors/quote/mentions';
import { findQuotes } from '../../src/detectors/quote/quote-marks';
import { tokenize } from '../../src/detectors/quote/tokens';
import { splitSentences } from '../../src/engine/sentences';
import type { Attribution } from '../../src/detectors/quote/types';

const PIECES = [
  'the official', 'a person', 'two people', 'Officials', 'the spokesman', 'an aide', 'sources', 'residents', 'Jane Roe', 'he', 'The', 'analysts',
  'who spoke on condition of anonymity', 'speaking on condition of anonymity', 'familiar with the matter', 'with knowledge of the talks',
  'who asked not to be named', 'described by officials', 'quoted sources as saying', 'said', 'told', ',', '.', '“It is done,”', 'and', 'in', '\n', '\r\n',
];

/** The unnamed mentions of a text found with the block's word bits and without them. */
function gatedAndFull(text: string): [Attribution[], Attribution[]] {
  const quotes = findQuotes(text);
  const { tokens, wordBits } = tokenize(text, quotes, splitSentences(text));
  const gated: Attribution[] = [];
  const full: Attribution[] = [];
  findUnnamedMentions(text, tokens, quotes, gated, undefined, wordBits);
  findUnnamedMentions(text, tokens, quotes, full);
  return [gated, full];
}

test('findUnnamedMentions finds the same with the block’s word bits as without them', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
    const text = parts.join(' ');
    const [gated, full] = gatedAndFull(text);
    assert.deepEqual(gated, full, JSON.stringify(text));
  }), { numRuns: 3000 });
  // Both with and without a head noun for the phrase to attach to.
  for (const text of ['The official, who spoke on condition of anonymity, said so.', 'He spoke on condition of anonymity.', 'People familiar with the matter said.']) {
    const [gated, full] = gatedAndFull(text);
    assert.deepEqual(gated, full, text);
  }
});
