// A long-lived Analyzer re-analysing a draft after keystrokes, with a corpus on the same story, gives
// the claim rules' findings of a fresh Analyzer: covers the reuse across versions (facts of unchanged
// blocks and sentences, word ids, shared entities, claims and names made when read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextVersion } from './support/edit-steps';
import { Analyzer, DETECTORS } from '../../src/engine';
import { CorpusIndex } from '../../src/engine/corpus-index';

const CORPUS = [
  {
    uri: '/corpus/gazette.md',
    date: '2025-03-04',
    text: 'Fishing-fleet owner Inés Maraval, 61, was arrested on Monday at her home in Port Lucerne, police said.\n\nMaraval, who runs the largest trawler company in Port Lucerne, denied any wrongdoing through her lawyer. Police said the arrest followed a two-year fraud inquiry into fuel subsidies.',
  },
  {
    uri: '/corpus/times.txt',
    date: '2025-03-05',
    text: 'Inés Maraval, 61, who owns the biggest trawler company in Port Lucerne, was arrested on Monday after a two-year fraud inquiry into fuel subsidies, police said.\n\nHer lawyer said Maraval denied any wrongdoing. The inquiry covered 40 trawlers, police said.',
  },
];

const DRAFT = [
  'Trawler owner Inés Maravel, 62, was arrested on Monday in Port Lucerne after a fraud inquiry into fuel subsidies, police said.',
  'Maraval denied any wrongdoing through her lawyer. Her trawler was carrying 23 passengers, according to a port official who asked not to be named.',
  'At least 300 fishermen lost their jobs in March, the harbour master said. Maraval said she would appeal.',
  'Police said the arrest of Maraval followed a two-year inquiry. She was released on Tuesday, her lawyer said.',
].join('\n\n');

const RULES = ['claim-conflict', 'single-source-claim'];

test('claim rules after random keystrokes through a long-lived Analyzer with a corpus equal a fresh analysis', () => {
  const corpus = new CorpusIndex();
  for (const a of CORPUS) corpus.add({ uri: a.uri, date: a.date, dateSource: 'manifest' }, a.text);
  const options = { uri: 'draft.md', corpus, only: RULES, article: { date: '2025-03-05', dateSource: 'manifest' as const } };
  const step = fc.oneof(
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('e', 'M', ' ', '.', '\n', '\n\n', '"', '“', '7', ' Lucerne') }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ kind: fc.constant('undo' as const), back: fc.nat(4) }),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 10 }), (steps) => {
      const analyzer = new Analyzer(DETECTORS);
      analyzer.analyze(DRAFT, options);
      const versions = [DRAFT];
      for (const [i, [s, look]] of steps.entries()) {
        const next = nextVersion(versions, s);
        versions.push(next);
        // A version checked against an empty corpus relates to nothing: its claims and names are
        // never made, and the next version's are made from further back.
        if (!look && i < steps.length - 1) {
          analyzer.analyze(next, { ...options, corpus: new CorpusIndex() });
          continue;
        }
        const warm = analyzer.analyze(next, options);
        const cold = new Analyzer(DETECTORS).analyze(next, options);
        assert.deepEqual(warm.failures, []);
        assert.deepEqual(warm.findings, cold.findings);
      }
    }),
    { numRuns: 80 },
  );
});

test('the draft of the keystroke test has findings of both claim rules (else it would check nothing)', () => {
  const corpus = new CorpusIndex();
  for (const a of CORPUS) corpus.add({ uri: a.uri, date: a.date, dateSource: 'manifest' }, a.text);
  const result = new Analyzer(DETECTORS).analyze(DRAFT, { uri: 'draft.md', corpus, only: RULES, article: { date: '2025-03-05', dateSource: 'manifest' } });
  assert.deepEqual(new Set(result.findings.map((f) => f.ruleId)), new Set(RULES));
});
