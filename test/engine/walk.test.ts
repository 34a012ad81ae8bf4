// Folder walking: links, cycles and confinement (for corpus folders an untrusted workspace names).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectArticles, isInside, realPath } from '../../src/node/walk';

let root = '';
before(() => {
  root = mkdtempSync(join(tmpdir(), 'credence-walk-'));
  mkdirSync(join(root, 'corpus', 'inner'), { recursive: true });
  mkdirSync(join(root, 'private'));
  writeFileSync(join(root, 'corpus', 'a.md'), 'A.\n');
  writeFileSync(join(root, 'corpus', 'inner', 'b.md'), 'B.\n');
  writeFileSync(join(root, 'private', 'diary.md'), 'Secret.\n');
  symlinkSync(join(root, 'private'), join(root, 'corpus', 'escape'));
  symlinkSync(join(root, 'private', 'diary.md'), join(root, 'corpus', 'diary.md'));
  symlinkSync('inner', join(root, 'corpus', 'alias'));
});
after(() => rmSync(root, { recursive: true, force: true }));

const rel = (paths: string[]) => paths.map((p) => p.slice(root.length + 1)).sort();

test('links are followed by default, and a folder reached twice is walked once', () => {
  const { files, errors } = collectArticles([join(root, 'corpus')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(rel(files), ['corpus/a.md', 'corpus/alias/b.md', 'corpus/diary.md', 'corpus/escape/diary.md'].sort());
});

test('with confineLinks, links that leave the walked folder are reported and skipped; links inside it still work', () => {
  const { files, errors } = collectArticles([join(root, 'corpus')], { confineLinks: true });
  assert.deepEqual(rel(files), ['corpus/a.md', 'corpus/alias/b.md']);
  assert.deepEqual(rel(errors.map((e) => e.path)), ['corpus/diary.md', 'corpus/escape']);
  for (const e of errors) assert.match(e.reason, /^skipped: a symbolic link to .*private.*, outside /);
});

test('a link inside a folder that leads out of it is outside once resolved (the untrusted-workspace check)', () => {
  const corpus = realPath(join(root, 'corpus'));
  assert.ok(isInside(realPath(join(root, 'corpus', 'alias')), corpus));
  assert.ok(!isInside(realPath(join(root, 'corpus', 'escape')), corpus));
  assert.ok(!isInside(realPath(join(root, 'corpus', 'diary.md')), corpus));
  assert.equal(realPath(join(root, 'not-yet')), join(root, 'not-yet'));
});

test('isInside compares path segments, not string prefixes', () => {
  assert.ok(isInside('/a/b/c', '/a/b'));
  assert.ok(isInside('/a/b', '/a/b'));
  assert.ok(isInside('/a/b/..c', '/a/b'));
  assert.ok(!isInside('/a/bc', '/a/b'));
  assert.ok(!isInside('/a', '/a/b'));
});
