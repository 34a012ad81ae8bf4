// The attribution pass reuses what each block gave the previous analysis (src/detectors/quote/resolve.ts):
// a long-lived analyzer taking a run of edits must report what a fresh one reports for the same text.
// Reproduce a failure with CREDENCE_FC_SEED=<seed> npm test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, DETECTORS, type Finding } from '../../src/engine';

const SEED = process.env.CREDENCE_FC_SEED ? Number(process.env.CREDENCE_FC_SEED) : Math.floor(Math.random() * 2 ** 31);
console.log(`attribution-incremental: fast-check seed ${SEED}`);

const RULES = ['quote', 'anonymous-source', 'unattributed-quote'];

/** Pieces of sourced prose: names, pronouns, unnamed sources, verbs of saying, quotation marks. */
const PIECE = fc.constantFrom(
  '“We will rebuild,” ',
  '“The plan failed.” ',
  '“It is late',
  'The mayor said: “We will rebuild the bridge and the road',
  '” ',
  '“',
  'Jane Roe said. ',
  'Mayor Jane Roe said. ',
  'said Police Chief Tom Bell. ',
  'Bell said. ',
  'said Jane Roe, the mayor. ',
  'she said. ',
  'he added. ',
  'Roe said. ',
  'Mr. Smith, a spokesman, said. ',
  'officials said. ',
  'a person familiar with the talks said. ',
  'the official, who spoke on condition of anonymity, said. ',
  'according to the ministry. ',
  'The council met on Monday. ',
  'Prices rose. ',
  'the second official said. ',
  'The two officials spoke. ',
);

const paragraph = fc.array(PIECE, { minLength: 1, maxLength: 6 }).map((p) => p.join('').trim());
const documentText = (minLength: number, maxLength: number) => fc.array(paragraph, { minLength, maxLength }).map((ps) => ps.join('\n\n'));

/** An edit: where (scaled to the text; or at a paragraph's start, where quotation marks continue quotations), how much to remove, what to type. */
const edit = fc.tuple(
  fc.nat(),
  fc.boolean(),
  fc.constantFrom(0, 0, 0, 1, 2, 10),
  fc.constantFrom('', 'e', ' ', '“', '”', '"', ' said', ' she said.', 'Jane', ' Roe', ' officials', '\n', '\n\n', '. ', 'x'),
);

function project(findings: readonly Finding[]) {
  return findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message, speaker: f.speaker, anonymous: f.anonymousSpeaker, data: f.data }));
}

/** Edits `initial` in turn, checking after each that a long-lived analyzer agrees with a fresh one. */
function checkEdits(initial: string, edits: ReadonlyArray<readonly [number, boolean, number, string]>): void {
  const options = { uri: 'draft.md', only: RULES };
  const analyzer = new Analyzer(DETECTORS);
  analyzer.analyze(initial, options);
  let text = initial;
  for (const [at, atParagraph, remove, insert] of edits) {
    let start = at % (text.length + 1);
    if (atParagraph) {
      const breaks = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index + 2)];
      start = breaks[at % breaks.length]!;
    }
    text = text.slice(0, start) + insert + text.slice(start + remove);
    const warm = analyzer.analyze(text, options);
    const cold = new Analyzer(DETECTORS).analyze(text, options);
    assert.deepEqual(project(warm.findings), project(cold.findings));
  }
}

test('attribution findings after a run of edits by one analyzer equal a fresh analysis', () => {
  fc.assert(fc.property(documentText(1, 10), fc.array(edit, { minLength: 1, maxLength: 12 }), checkEdits), { numRuns: 1500, seed: SEED });
});

/** Edits at one of a few places (typing goes on where it stopped), given as fractions of the text's length. */
const clusteredEdit = fc.tuple(fc.constantFrom(0.3, 0.5, 0.5, 0.5, 0.7), fc.boolean(), fc.constantFrom(0, 0, 1), fc.constantFrom('e', ' ', 'x', '“', ' said', ' Bell', '\n\n'));

test('the same in long documents, where rebuilding the resolution state starts from a checkpoint', () => {
  fc.assert(
    fc.property(fc.tuple(documentText(20, 60), fc.array(clusteredEdit, { minLength: 2, maxLength: 10 })), ([initial, edits]) => {
      const scaled = edits.map(([fraction, atParagraph, remove, insert]) => [Math.floor(initial.length * fraction), atParagraph, remove, insert] as const);
      checkEdits(initial, scaled);
    }),
    { numRuns: 200, seed: SEED + 1 },
  );
});

test('a quotation left open is reported again when the next paragraph starts or stops continuing it', () => {
  const open = 'Prices rose.\n\nThe mayor said: “We will rebuild the bridge and the road\n\n';
  const options = { uri: 'draft.md', only: RULES };
  for (const [before, after] of [
    [`${open}Prices rose, he said.`, `${open}“Prices rose,” he said.`],
    [`${open}“Prices rose,” he said.`, `${open}Prices rose, he said.`],
  ] as const) {
    const analyzer = new Analyzer(DETECTORS);
    analyzer.analyze(before, options);
    assert.deepEqual(project(analyzer.analyze(after, options).findings), project(new Analyzer(DETECTORS).analyze(after, options).findings));
  }
});
