// Property and fuzz tests: whatever text an editor pastes, the engine stays up and its offsets stay exact.
// Each run draws a fresh base seed (printed below; fast-check also prints seed and path on failure).
// Reproduce a failure with CREDENCE_FC_SEED=<seed> npm test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, CredenceDocument, DETECTORS, SEVERITIES, analyze, type Finding } from '../../src/engine';
import type { Report } from '../../src/engine/finding';
import { anyText, markdownDoc, mixedEolDoc, neutralParagraph } from './support/arbitraries';

const BASE_SEED = process.env.CREDENCE_FC_SEED ? Number(process.env.CREDENCE_FC_SEED) : Math.floor(Math.random() * 2 ** 31);
console.log(`properties: fast-check base seed ${BASE_SEED} (rerun with CREDENCE_FC_SEED=${BASE_SEED})`);

/** Scales every property's number of runs, for quick local runs (CREDENCE_FC_SCALE=0.1); CI uses 1. */
const SCALE = Number(process.env.CREDENCE_FC_SCALE ?? 1);
/** The least number of generated cases one run must check, over all properties. */
const MIN_TOTAL_CASES = Math.round(100_000 * SCALE);
let totalCases = 0;
let propertyIndex = 0;

/** Runs a property with its own seed derived from the base seed, and counts its cases. */
function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void): void {
  const seed = BASE_SEED + propertyIndex++;
  fc.assert(
    fc.property(arbitrary, (value) => {
      totalCases++;
      predicate(value);
    }),
    { numRuns: Math.max(1, Math.round(numRuns * SCALE)), seed },
  );
}

const RULE_IDS = new Set(DETECTORS.map((d) => d.id));

/**
 * Rules whose findings depend only on the text of their own block and its neighbours, not on where the
 * block sits in the document, so a neutral paragraph inserted at the top shifts them unchanged.
 * Excluded: `claim-conflict` (the article's date and outlet come from the head of the text: a dateline or
 * a byline stops being the first line once a paragraph precedes it) and `promotional` (it weighs a
 * block's position near the end of the article and the share of the article it takes).
 */
const SHIFT_INVARIANT_RULES = new Set(['anonymous-source', 'quote', 'unattributed-quote', 'loaded-language', 'weasel-attribution'].filter((id) => RULE_IDS.has(id)));

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function splitsPair(text: string, offset: number): boolean {
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Checks one span: integer offsets inside the text, non-empty, not between the halves of a surrogate pair. */
function assertSpan(text: string, start: number, end: number, what: string, allowEmpty = false): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets must be integers (${start}, ${end})`);
  assert.ok(start >= 0 && (allowEmpty ? start <= end : start < end) && end <= text.length, `${what}: [${start}, ${end}) outside a text of ${text.length}`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: [${start}, ${end}) splits a surrogate pair`);
}

/** Everything a finding promises about itself, checked against the analysed text. */
function assertFindingsWellFormed(text: string, findings: readonly Finding[]): void {
  let previous = -1;
  for (const f of findings) {
    const what = `${f.ruleId} ${JSON.stringify(f.message)}`;
    assert.ok(RULE_IDS.has(f.ruleId), `unknown rule id ${f.ruleId}`);
    assert.ok(SEVERITIES.includes(f.severity), `${what}: severity ${f.severity}`);
    assertSpan(text, f.start, f.end, what);
    assert.ok(f.start >= previous, 'findings are sorted by start');
    previous = f.start;
    assert.ok(typeof f.message === 'string' && f.message.length > 0 && !/[\r\n\u2028\u2029]/.test(f.message), `${what}: a message is one non-empty line`);
    for (const edit of f.fix?.edits ?? []) assertSpan(text, edit.start, edit.end, `${what} fix edit`, true);
  }
}

function assertClean(text: string, languageId: 'markdown' | 'plaintext'): Finding[] {
  const result = analyze(text, { uri: `draft.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId });
  assert.deepEqual(result.failures, [], 'no rule may fail');
  assertFindingsWellFormed(text, result.findings);
  return result.findings;
}

/** What a finding says, with its offsets moved by `map`: the part that must survive a shift or an EOL change. */
function project(findings: readonly Finding[], map: (offset: number) => number = (o) => o) {
  const flat = (s: string | undefined) => s?.replace(/\r\n?/g, '\n');
  return findings.map((f) => ({
    ruleId: f.ruleId,
    start: map(f.start),
    end: map(f.end),
    severity: f.severity,
    message: flat(f.message),
    speaker: flat(f.speaker),
    anonymousSpeaker: f.anonymousSpeaker,
    fix: f.fix?.edits.map((e) => ({ start: map(e.start), end: map(e.end), text: flat(e.text) })),
  }));
}

const LANGUAGE = fc.constantFrom('markdown' as const, 'plaintext' as const);

test(`properties: base seed ${BASE_SEED}`, () => {
  assert.ok(Number.isInteger(BASE_SEED), 'CREDENCE_FC_SEED must be an integer');
});

test('any UTF-16 text (astral, lone surrogates, NUL, mixed line breaks): no throw, no failure, well-formed findings', () => {
  check(fc.tuple(anyText(100), LANGUAGE), 65_000, ([text, languageId]) => void assertClean(text, languageId));
});

test('markdown-like documents with nested quotes, lists, fences, links, HTML and mixed line endings: well-formed findings', () => {
  check(fc.tuple(mixedEolDoc(3), LANGUAGE), 12_000, ([text, languageId]) => void assertClean(text, languageId));
});

test('every detector reports valid spans itself (the engine drops invalid ones, which would hide a bug)', () => {
  check(fc.tuple(fc.oneof(mixedEolDoc(3), anyText(100)), fc.constantFrom(...DETECTORS)), 12_000, ([text, detector]) => {
    const doc = new CredenceDocument(text, { uri: 'draft.md', languageId: 'markdown' });
    const reports: Report[] = [];
    detector.detect(doc, { options: {}, corpus: undefined, article: { uri: doc.uri }, report: (r) => reports.push(r), memo: (_name, block, compute) => compute(block) });
    for (const r of reports) assertSpan(text, r.start, r.end, `${detector.id} ${JSON.stringify(r.message)}`);
  });
});

test('a paragraph and a blank line inserted at the top shift position-independent findings by exactly their length', () => {
  check(fc.tuple(markdownDoc(3), neutralParagraph, fc.constantFrom('\n\n', '\r\n\r\n')), 4_000, ([text, paragraph, gap]) => {
    const prefix = paragraph + gap;
    const keep = (fs: Finding[]) => fs.filter((f) => SHIFT_INVARIANT_RULES.has(f.ruleId));
    const before = keep(assertClean(text, 'markdown'));
    const after = keep(assertClean(prefix + text, 'markdown')).filter((f) => f.start >= prefix.length);
    assert.deepEqual(project(after, (o) => o - prefix.length), project(before));
  });
});

test('CRLF and LF versions of a document give the same findings at mapped offsets', () => {
  check(fc.tuple(markdownDoc(3), LANGUAGE), 4_000, ([lf, languageId]) => {
    fc.pre(!lf.includes('\r'));
    const crlf = lf.replace(/\n/g, '\r\n');
    // An LF offset moves right by one for every line break before it.
    const breaksBefore: number[] = [0];
    for (let i = 0; i < lf.length; i++) breaksBefore.push(breaksBefore[i]! + (lf[i] === '\n' ? 1 : 0));
    const toCrlf = (o: number) => o + breaksBefore[o]!;
    assert.deepEqual(project(assertClean(crlf, languageId)), project(assertClean(lf, languageId), toCrlf));
  });
});

test('re-analysis after an edit (warm block and memo caches) equals a fresh analysis', () => {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom('', '\n\n', '“', '”', ' said', '😀', '\r\n'), anyText(12)));
  check(fc.tuple(markdownDoc(3), edit), 3_000, ([text, [at, remove, insert]]) => {
    const start = at % (text.length + 1);
    const edited = text.slice(0, start) + insert + text.slice(start + remove);
    const analyzer = new Analyzer(DETECTORS);
    analyzer.analyze(text, { uri: 'draft.md' });
    const warm = analyzer.analyze(edited, { uri: 'draft.md' });
    const cold = new Analyzer(DETECTORS).analyze(edited, { uri: 'draft.md' });
    assert.deepEqual(warm.failures, cold.failures);
    assert.deepEqual(project(warm.findings), project(cold.findings));
  });
});

test('very long lines, deep nesting and long runs of quote marks: no throw, no failure', () => {
  const extreme = fc.oneof(
    fc.tuple(markdownDoc(3), fc.integer({ min: 2_000, max: 40_000 })).map(([t, n]) => t.replace(/\n/g, ' ').repeat(Math.ceil(n / Math.max(1, t.length))).slice(0, n)),
    fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.constantFrom('>', '> ', '> - ', '- > ', '“', '‘', '"', '[', '*', '(')).map(([n, unit]) => `${unit.repeat(n)} officials said “yes” ${unit.repeat(n)}`),
    fc.tuple(fc.integer({ min: 10, max: 60 }), fc.constantFrom('- ', '1. ', '> ')).map(([n, marker]) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}${marker}“level ${i},” a source said.`).join('\n')),
    fc.integer({ min: 100, max: 2_000 }).map((n) => `${'“‘'.repeat(n)}she said${'’”'.repeat(n)}`),
  );
  check(extreme, 150, (text) => void assertClean(text, 'markdown'));
});

test('thousands of nested block quotes do not overflow the stack (regression)', () => {
  // 5,000 levels overflowed the recursive tree walk in blocks.ts; remark itself copes (slowly: it is quadratic here).
  for (const text of ['>'.repeat(10_000) + ' “hi,” an official said', '- '.repeat(3_000) + 'y']) assertClean(text, 'markdown');
});

test(`at least ${MIN_TOTAL_CASES.toLocaleString('en')} generated cases ran`, (t) => {
  t.diagnostic(`${totalCases} generated cases`);
  console.log(`properties: ${totalCases} generated cases (base seed ${BASE_SEED})`);
  assert.ok(totalCases >= MIN_TOTAL_CASES, `only ${totalCases} cases`);
});
