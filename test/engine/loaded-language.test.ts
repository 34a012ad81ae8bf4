import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type CredenceConfig } from '../../src/engine';
import { quotedSpans } from '../../src/detectors/loaded-language/quoted-spans';
import { attributionUse } from '../../src/detectors/loaded-language/attribution-context';
import { LOADED_LEXICON } from '../../src/detectors/loaded-language/lexicon';

function loaded(text: string, config?: CredenceConfig) {
  return analyze(text, { config, only: ['loaded-language'] }).findings;
}

test('the lexicon is versioned data with a known category and a reason for every entry', () => {
  assert.equal(typeof LOADED_LEXICON.version, 'number');
  const categories = new Set(['label', 'attribution-verb', 'intensifier', 'editorial', 'certainty']);
  for (const e of LOADED_LEXICON.entries) {
    assert.ok(categories.has(e.category), `${e.term}: category ${e.category}`);
    assert.ok(e.reason.length > 10, `${e.term}: needs a reason`);
  }
});

test('a finding carries category, reason and neutral alternative, and the fix keeps the capital', () => {
  const [f] = loaded('Slammed by nobody, the plan went ahead. Lawmakers slammed the plan on Monday.');
  assert.equal(f!.actual, 'slammed');
  assert.deepEqual(f!.data, { category: 'attribution-verb', reason: f!.data!.reason, neutral: 'criticized', term: 'slammed' });
  assert.match(f!.message, /^Loaded verb of attribution `slammed` in the outlet's own voice; use `criticized`/);
  assert.deepEqual(f!.fix!.edits, [{ start: f!.start, end: f!.end, text: 'criticized' }]);
  const [g] = loaded('Undeniably, the vote was close. Refused to comment is what the firm did.');
  assert.equal(g!.actual, 'Undeniably');
  const refused = loaded('Refused to comment, the firm closed its doors.')[0]!;
  assert.equal(refused.fix!.edits[0]!.text, 'Declined to comment');
});

test('extraTerms adds user terms and ignoreTerms silences bundled ones', () => {
  const config: CredenceConfig = {
    rules: { 'loaded-language': ['warning', { extraTerms: ['job-killing', { term: 'bureaucrats', category: 'label', neutral: 'civil servants' }], ignoreTerms: ['brutal'] }] },
  };
  const found = loaded('The brutal winter hit farms. Bureaucrats drafted the job-killing rule.', config);
  assert.deepEqual(found.map((f) => [f.actual, f.severity, f.expected ?? null]), [['Bureaucrats', 'warning', 'Civil servants'], ['job-killing', 'warning', null]]);
});

test('a malformed extraTerms option is reported as a rule failure, not a crash', () => {
  const result = analyze('Plain text.', { only: ['loaded-language'], config: { rules: { 'loaded-language': ['info', { extraTerms: [{ category: 'label' }] }] } } });
  assert.match(result.failures[0]!.message, /extraTerms\[0\]/);
});

test('attribution verbs are loaded only when they attribute speech', () => {
  const use = (s: string) => {
    const m = /claimed|admitted|conceded/.exec(s)!;
    return attributionUse(s, m.index, m.index + m[0].length);
  };
  assert.equal(use('She claimed that the vote was rigged.'), 'that-clause');
  assert.equal(use('He admitted to taking the money.'), 'to-gerund');
  assert.equal(use('The vote was rigged, the candidate claimed.'), 'tag');
  assert.equal(use('“It was rigged,” claimed the candidate.'), 'tag');
  assert.equal(use('He admitted he had lied.'), 'pronoun-clause');
  assert.equal(use('The group claimed responsibility for the attack.'), undefined);
  assert.equal(use('Six people were admitted to hospital.'), undefined);
  assert.equal(use('The firm conceded to mounting pressure from regulators.'), undefined);
  assert.equal(use('The disease claimed thousands of lives.'), undefined);
});

test('quotations, scare quotes and block quotes are not the outlet’s voice; apostrophes are not quotes', () => {
  const text = 'He said “clearly wrong” and ‘so-called’ experts agreed; the cartels’ men and Mexico’s army disagreed. "Open';
  const spans = quotedSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['“clearly wrong”', '‘so-called’', '"Open']);
  assert.deepEqual(quotedSpans('> a shocking quote\nplain').map((s) => [s.start, s.end]), [[0, 18]]);
  assert.equal(loaded('The minister said the protesters were “thugs”, calling it a ‘shocking’ day.').length, 0);
});

test('neutral senses listed in the lexicon are not flagged', () => {
  const text = 'The sanctions regime was tightened. The signs were clearly visible. A car slammed into a wall. Speak clearly, he said.';
  assert.deepEqual(loaded(text).map((f) => f.actual), []);
  assert.deepEqual(loaded('The regime jailed reporters. Clearly, the signs were ignored.').map((f) => f.actual), ['regime', 'Clearly']);
});
