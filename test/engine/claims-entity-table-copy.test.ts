// `withRoles` makes a cheap copy that shares the original's names, name index and search stamps.
// Linking in one would silently change what the other finds (a surname linked in the copy made the
// original miss the full name it belongs to), so after the copy neither table links or merges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityTable } from '../../src/engine/claims/entities';
import type { NameHit } from '../../src/engine/claims/names';

function person(...words: string[]): NameHit {
  return { start: 0, end: words.join(' ').length, words, honorific: false, initial: false, quoted: false, kind: 'person' };
}

test('a table links a surname to the full name given before', () => {
  const table = new EntityTable();
  const full = table.link(person('Ana', 'Maria', 'Ferreyra'));
  assert.equal(table.link(person('Maria', 'Ferreyra')), full);
  assert.equal(table.link(person('Ferreyra')), full);
});

test('after withRoles neither the copy nor the original links or merges', () => {
  const original = new EntityTable();
  const full = original.link(person('Ana', 'Maria', 'Ferreyra'));
  const other = original.link(person('Tomas', 'Quiroga'));
  const copy = original.withRoles([{ entity: full, words: ['minister'] }]);
  for (const table of [original, copy]) {
    assert.throws(() => table.link(person('Ferreyra')), /cannot link again/);
    assert.throws(() => table.union(full, other), /cannot link again/);
  }
});

test('the copy resolves descriptions by its own roles, the original by its own', () => {
  const original = new EntityTable();
  const full = original.link(person('Ana', 'Maria', 'Ferreyra'));
  const other = original.link(person('Tomas', 'Quiroga'));
  original.addRoles(other, ['minister']);
  const last = () => 0;
  assert.equal(original.resolveDescriptor('the minister', last), other);
  const copy = original.withRoles([{ entity: full, words: ['minister'] }]);
  assert.equal(copy.resolveDescriptor('the minister', last), full);
  assert.equal(original.resolveDescriptor('the minister', last), other);
});
