import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePhrases, findAll } from '../../src/engine/lexicon';

test('phrases match whole words, any whitespace and both apostrophes', () => {
  const re = compilePhrases(["people familiar with the {thing}", "didn't say"], { thing: ['matter', 'talks'] });
  assert.deepEqual(findAll(re, 'two people familiar\nwith the talks; one didn’t say').map((h) => h.text), ['people familiar\nwith the talks', 'didn’t say']);
  assert.equal(findAll(re, 'townspeople familiar with the matter').length, 0);
});

test('an unknown slot is a data error reported by name', () => {
  assert.throws(() => compilePhrases(['a {missing}']), /unknown slot \{missing\}/);
});

test('execAll gives the matches matchAll gives, empty matches and astral characters included', async () => {
  const { execAll } = await import('../../src/engine/lexicon');
  const texts = ['', 'a', 'officials said 59 were killed', '😀a😀', 'x\ny\r\nz', 'ééé 12 ab'];
  const patterns = [/\d+/g, /(?:)/g, /(?:)/gu, /\p{L}*/gu, /^.*$/gm, /(?<=a)|b/g, compilePhrases(['said', 'were killed'])];
  for (const pattern of patterns) {
    for (const text of texts) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], ...m.slice(1)]);
      assert.deepEqual(execAll(pattern, text).map((m) => [m.index, m[0], ...m.slice(1)]), expected, `${pattern} on ${JSON.stringify(text)}`);
      assert.equal(pattern.lastIndex, 0);
    }
  }
  const started = /\d/g;
  started.lastIndex = 2;
  assert.deepEqual(execAll(started, '1234').map((m) => m[0]), [...'1234'.matchAll(started)].map((m) => m[0]), 'starts at lastIndex as matchAll does');
  assert.equal(started.lastIndex, 2);
  assert.throws(() => execAll(/a/, 'a'), TypeError);
});
