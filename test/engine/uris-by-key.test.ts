// UrisByKey keeps a lone uri as a string and several in an array; both forms must answer alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UrisByKey } from '../../src/engine/uris-by-key';

test('uris are listed per key in the order added, a repeat of the last one ignored, and removed one at a time', () => {
  const index = new UrisByKey();
  assert.deepEqual(index.get('karimi'), []);
  index.add('karimi', 'a.md');
  index.add('karimi', 'a.md');
  assert.deepEqual(index.get('karimi'), ['a.md']);
  index.add('karimi', 'b.md');
  index.add('karimi', 'c.md');
  assert.deepEqual(index.get('karimi'), ['a.md', 'b.md', 'c.md']);
  index.remove('karimi', 'b.md');
  assert.deepEqual(index.get('karimi'), ['a.md', 'c.md']);
  index.remove('karimi', 'a.md');
  assert.deepEqual(index.get('karimi'), ['c.md']);
  index.add('karimi', 'd.md');
  assert.deepEqual(index.get('karimi'), ['c.md', 'd.md']);
  index.remove('karimi', 'x.md');
  index.remove('karimi', 'c.md');
  index.remove('karimi', 'd.md');
  assert.deepEqual(index.get('karimi'), []);
  index.remove('nobody', 'a.md');
  assert.deepEqual(index.get('nobody'), []);
});

test('forEach visits what get lists, in the same order', () => {
  const index = new UrisByKey();
  const visited = (key: string) => {
    const out: string[] = [];
    index.forEach(key, (uri) => out.push(uri));
    return out;
  };
  assert.deepEqual(visited('none'), []);
  index.add('k', 'a.md');
  assert.deepEqual(visited('k'), index.get('k'));
  index.add('k', 'b.md');
  index.add('k', 'c.md');
  assert.deepEqual(visited('k'), ['a.md', 'b.md', 'c.md']);
  index.remove('k', 'a.md');
  assert.deepEqual(visited('k'), index.get('k'));
});
