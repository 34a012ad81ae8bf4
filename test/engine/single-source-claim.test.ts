// single-source-claim needs a corpus, which the generic fixture harness does not give; this test
// runs test/fixtures/single-source-claim/with-corpus/ (ok-* and not-ok-* with .expected.json) against
// the articles in its corpus/ folder. The harness still runs the rule's top-level fixtures without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine';
import { CorpusIndex } from '../../src/engine/corpus-index';
import { articleInfo } from '../../src/engine/metadata';

const DIR = join(process.cwd(), 'test', 'fixtures', 'single-source-claim', 'with-corpus');
const RULE = 'single-source-claim';

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  for (const name of readdirSync(join(DIR, 'corpus'))) {
    const path = join(DIR, 'corpus', name);
    const text = readFileSync(path, 'utf8');
    index.add(articleInfo(path, text), text);
  }
  return index;
}

const INDEX = corpus();

function check(file: string) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const uri = join(DIR, file);
  const result = analyze(text, { uri, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', corpus: INDEX, article: articleInfo(uri, text) });
  assert.deepEqual(result.failures, []);
  return { text, found: result.findings.filter((f) => f.ruleId === RULE) };
}

for (const file of readdirSync(DIR).filter((f) => /^(ok|not-ok)-.*\.(txt|md)$/.test(f))) {
  test(`${RULE} with a corpus: ${file}`, () => {
    const { text, found } = check(file);
    const actual = found.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));
    if (file.startsWith('ok-')) {
      assert.deepEqual(actual, []);
      return;
    }
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as Array<{ start: number; end: number; text: string }>;
    for (const e of expected) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(actual, expected);
  });
}

test('the message names the single source and says no corpus article confirms the claim', () => {
  const { found } = check('not-ok-ferry-draft.txt');
  const first = found[0]!;
  assert.equal(first.severity, 'info');
  assert.match(first.message, /^Uncorroborated claim `61` \(number of people\) rests on one source, `port official`, and none of 2 corpus articles on this story confirms it; /);
  assert.equal(first.data!.corroboration, 0);
  assert.equal(first.data!.source, 'port official');
});

test('without a corpus the rule reports nothing', () => {
  const text = readFileSync(join(DIR, 'not-ok-ferry-draft.txt'), 'utf8');
  assert.deepEqual(analyze(text, { only: [RULE] }).findings, []);
});
