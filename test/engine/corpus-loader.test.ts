// The Node corpus loader: seeds and configured folders, manifests of both shapes, front matter,
// missing folders, and an article never compared with itself.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer, DETECTORS } from '../../src/engine';
import { articleInfoForFile, loadCorpus, today } from '../../src/node/corpus-loader';

const root = mkdtempSync(join(tmpdir(), 'credence-corpus-'));
after(() => rmSync(root, { recursive: true, force: true }));

const STORY = (age: string) =>
  `Ship owner Tomas Ekdahl, ${age}, was detained on Monday in Varholm over an oil spill, the coast guard said.\n\nThe spill off Varholm closed three beaches. Ekdahl's company said it was cooperating with the coast guard.`;

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const seeds = folder('seeds', {
  'a.txt': STORY('58'),
  'b.txt': STORY('58'),
  'manifest.json': JSON.stringify({ articles: [{ file: 'a.txt', outlet: 'North Post', date: '2024-06-03', title: 'Ship owner detained' }, { file: 'b.txt', outlet: null, date: '2024-06-04', title: null }] }),
});
const mine = folder('mine', {
  'c.md': `---\noutlet: Varholm Herald\ndate: 2024-06-04\n---\n\n${STORY('57')}`,
  'd.txt': `VARHOLM, June 3 (Wire) - ${STORY('58')}\n\nA beach near Varholm, June 3, 2024.`,
  'notes.json': '{}',
});
const devShape = folder('dev-shape', {
  'e.txt': STORY('58'),
  'manifest.json': JSON.stringify([{ file: 'e.txt', outlet: 'South Post', published: '2024-06-05', url: 'https://example.org/e', cluster: 'x' }]),
});

test('seeds plus configured folders; manifests of both shapes, front matter and text metadata', () => {
  const { corpus, errors } = loadCorpus({ paths: [mine, devShape], includeSeeds: true, seedsDir: seeds });
  assert.deepEqual(errors, []);
  const byFile = new Map(corpus!.articles().map((a) => [a.uri.split(/[\\/]/).pop(), a]));
  assert.deepEqual([...byFile.keys()].sort(), ['a.txt', 'b.txt', 'c.md', 'd.txt', 'e.txt']);
  assert.deepEqual({ ...byFile.get('a.txt'), uri: undefined }, { uri: undefined, outlet: 'North Post', date: '2024-06-03', title: 'Ship owner detained', dateSource: 'manifest' });
  assert.equal(byFile.get('b.txt')!.outlet, undefined);
  assert.equal(byFile.get('b.txt')!.date, '2024-06-04');
  assert.deepEqual([byFile.get('c.md')!.outlet, byFile.get('c.md')!.date, byFile.get('c.md')!.dateSource], ['Varholm Herald', '2024-06-04', 'front-matter']);
  assert.deepEqual([byFile.get('d.txt')!.outlet, byFile.get('d.txt')!.date, byFile.get('d.txt')!.dateSource], ['Wire', '2024-06-03', 'text']);
  assert.deepEqual([byFile.get('e.txt')!.outlet, byFile.get('e.txt')!.date, byFile.get('e.txt')!.url], ['South Post', '2024-06-05', 'https://example.org/e']);
});

test('the seeds can be turned off; a missing folder is a one-line error and the rest still loads', () => {
  const missing = join(root, 'no-such-folder');
  const { corpus, errors } = loadCorpus({ paths: [missing, mine], includeSeeds: false, seedsDir: seeds });
  assert.deepEqual(errors, [{ path: missing, reason: 'corpus folder not found' }]);
  assert.equal(corpus!.articles().length, 2);
});

test('a checked file that is also in the corpus is compared with the others only', () => {
  const { corpus } = loadCorpus({ paths: [mine], includeSeeds: true, seedsDir: seeds });
  const path = join(mine, 'c.md');
  const text = `---\noutlet: Varholm Herald\ndate: 2024-06-04\n---\n\n${STORY('57')}`;
  const info = articleInfoForFile(path, text);
  assert.equal(info.outlet, 'Varholm Herald');
  const { findings } = new Analyzer(DETECTORS).analyze(text, { uri: info.uri, corpus, only: ['claim-conflict'], article: info });
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0]!.start, findings[0]!.end), '57');
  assert.deepEqual(findings[0]!.related!.map((r) => r.uri.split(/[\\/]/).pop()).sort(), ['a.txt', 'b.txt', 'd.txt']);
  assert.match(findings[0]!.message, /3 other sources say 58: North Post \(2024-06-03\), b\.txt \(2024-06-04\), Wire \(2024-06-03\)/);
});

test('a checked file with no date in manifest, front matter or text is dated today', () => {
  const info = articleInfoForFile(join(mine, 'draft.md'), 'Ship owner detained over oil spill.');
  assert.deepEqual([info.date, info.dateSource], [today(), 'today']);
});
