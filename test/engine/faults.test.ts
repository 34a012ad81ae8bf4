// Engine fault isolation: a rule that throws, or reports nonsense, costs only its own findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer, DETECTORS, type Finding } from '../../src/engine';
import { defineDetector, type Detector } from '../../src/engine/detector';

const DRAFT = [
  '# Harbour road to reopen',
  '',
  '“We will reopen the road by spring,” said Mayor Petra Holm, 61, on Tuesday. 🚧',
  '',
  'A senior official, who spoke on condition of anonymity, said the budget was already spent.',
  '',
  '“It was never going to be ready,” one engineer said.',
  '',
].join('\r\n');

const meta = { title: 'Test rule', description: 'A rule that misbehaves on purpose.', severity: 'warning' as const, tags: ['test'] };

function faulty(id: string, detect: Detector['detect']): Detector {
  return defineDetector({ id, meta, detect });
}

/** Findings without the fields that do not matter here. */
const summary = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId} ${f.start}-${f.end}`);

const healthy = new Analyzer(DETECTORS).analyze(DRAFT, { uri: 'draft.md' });

test('the draft gives findings with all rules healthy (otherwise this test proves nothing)', () => {
  assert.deepEqual(healthy.failures, []);
  assert.ok(healthy.findings.length >= 2, `findings: ${summary(healthy.findings).join(', ')}`);
});

test('a detector that throws is reported in failures with its rule id and message; the other rules still report', () => {
  const throwing = faulty('always-throws', () => {
    throw new Error('lexicon index out of range');
  });
  for (const detectors of [[...DETECTORS, throwing], [throwing, ...DETECTORS]]) {
    const result = new Analyzer(detectors).analyze(DRAFT, { uri: 'draft.md' });
    assert.deepEqual(result.failures, [{ ruleId: 'always-throws', message: 'lexicon index out of range' }]);
    assert.deepEqual(summary(result.findings), summary(healthy.findings));
  }
});

test('a detector that reports, then throws, loses its partial findings, not the others’', () => {
  const halfway = faulty('half-way', (_doc, ctx) => {
    ctx.report({ start: 0, end: 1, message: 'First `x`; never shown' });
    throw new TypeError("Cannot read properties of undefined (reading 'sentence')");
  });
  const result = new Analyzer([...DETECTORS, halfway]).analyze(DRAFT, { uri: 'draft.md' });
  assert.deepEqual(result.failures, [{ ruleId: 'half-way', message: "Cannot read properties of undefined (reading 'sentence')" }]);
  assert.ok(!result.findings.some((f) => f.ruleId === 'half-way'));
  assert.deepEqual(summary(result.findings), summary(healthy.findings));
});

test('a thrown non-Error value becomes a message string', () => {
  const result = new Analyzer([faulty('throws-string', () => { throw 'plain string'; })]).analyze(DRAFT);
  assert.deepEqual(result.failures, [{ ruleId: 'throws-string', message: 'plain string' }]);
});

test('spans outside the text or splitting a surrogate pair are dropped; the rule’s valid findings stay', () => {
  const emoji = DRAFT.indexOf('🚧');
  const sloppy = faulty('sloppy-spans', (doc, ctx) => {
    const bad = [[-1, 3], [5, 5], [9, 4], [0, doc.text.length + 1], [emoji + 1, emoji + 2], [emoji - 1, emoji + 1], [Number.NaN, 4]];
    for (const [start, end] of bad) ctx.report({ start: start!, end: end!, message: 'Bad `span`' });
    ctx.report({ start: emoji, end: emoji + 2, message: 'The emoji `🚧`; fine' });
  });
  const result = new Analyzer([...DETECTORS, sloppy]).analyze(DRAFT);
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'sloppy-spans').map((f) => [f.start, f.end]), [[emoji, emoji + 2]]);
  assert.deepEqual(result.failures, []);
});

test('after a failure the same analyzer (with its caches) keeps working on the next version of the document', () => {
  let fail = true;
  const flaky = faulty('flaky', (doc, ctx) => {
    const block = doc.blocks[0]!;
    // Memoised work that throws must not be cached as a result.
    const words = ctx.memo('words', block, (b) => {
      if (fail) throw new Error('first run fails');
      return b.text.split(/\s+/).length;
    });
    ctx.report({ start: block.start, end: block.end, message: `Heading of ${words} words \`x\`; fine` });
  });
  const analyzer = new Analyzer([...DETECTORS, flaky]);
  const first = analyzer.analyze(DRAFT);
  assert.deepEqual(first.failures.map((f) => f.ruleId), ['flaky']);
  fail = false;
  const second = analyzer.analyze(DRAFT);
  assert.deepEqual(second.failures, []);
  assert.deepEqual(summary(second.findings.filter((f) => f.ruleId !== 'flaky')), summary(healthy.findings));
  assert.equal(second.findings.filter((f) => f.ruleId === 'flaky').length, 1);
});

