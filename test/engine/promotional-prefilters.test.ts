// The cheap tests classifyUnit runs before its regexes must never turn away a sentence the regexes would accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OWN_PRODUCT } from '../../src/detectors/promotional/cues';
import { OWN_PRODUCTS } from '../../src/detectors/promotional/lexicon';
import { mayPlugOwnProduct, startsWithWord } from '../../src/detectors/promotional/units';

// The reference tests, as classifyUnit ran them before the prefilters.
const DECORATION = /^[^\p{L}\p{N}"“‘'«]+/u;
const QUOTED = /“[^”]*”?|"[^"]*"?|«[^»]*»?/gu;
const OURS = /[Oo]ur/;
const outside = (text: string) => text.replace(QUOTED, (q) => ' '.repeat(q.length));

const PIECES = [
  'our', 'Our', 'OUR', 'oUr', 'your', 'hours', 'source', 'four', 'tour', 'newsletter', 'daily', 'app', 'podcast', 'channel', 'official', 'WhatsApp',
  ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '“', '”', '"', '«', '»', "'", '’', '-', ',', '.', 'é', '5', '😀', 'ſ', '\u0301', 'x',
];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));
const text = fc
  .tuple(noise, fc.constantFrom('our', 'Our', 'OUR', 'oUr', 'your', 'hours', '“our', 'x our', 'é our'), fc.constantFrom(' ', '\n', '“', '"', '«', '', 'x', '\u00a0'), noise, fc.constantFrom(...OWN_PRODUCTS), noise)
  .map((p) => p.join(''));

test('mayPlugOwnProduct is true whenever the old test and OWN_PRODUCT on the quote-blanked text are', () => {
  let plugs = 0;
  const samples = ['Sign up for our morning newsletter.', 'Follow us on our official WhatsApp channel for breaking news.', 'OUR "daily" newsletter, yours', 'Get our“newsletter”', '“x”our podcast', 'A source said hours later.'];
  for (const t of samples) if (OURS.test(t) && OWN_PRODUCT.test(outside(t))) assert.ok(mayPlugOwnProduct(t), t);
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (t) => {
      if (OURS.test(t) && OWN_PRODUCT.test(outside(t))) {
        plugs++;
        assert.ok(mayPlugOwnProduct(t), JSON.stringify(t));
      }
    }),
    { numRuns: 20000, seed: 5 },
  );
  assert.ok(plugs > 100, `only ${plugs} plugs generated`);
});

test('a sentence startsWithWord leaves unchanged is one DECORATION leaves unchanged', () => {
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 10 })), (t) => {
      if (startsWithWord(t)) assert.equal(t.replace(DECORATION, ''), t);
    }),
    { numRuns: 20000, seed: 6 },
  );
});
