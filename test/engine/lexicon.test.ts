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
