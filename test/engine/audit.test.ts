import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditSourcing, countWords, describeSpeaker, foldUnnamed } from '../../src/audit';
import type { Finding } from '../../src/engine';

const TEXT = readFileSync(join(process.cwd(), 'test', 'fixtures', 'audit', 'harbour-dredging.txt'), 'utf8');

/** A finding on the n-th occurrence of `span` in the fixture. */
function at(ruleId: string, span: string, extra: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf(span);
  assert.ok(start >= 0, `fixture lacks ${span}`);
  return { ruleId, source: 'credence', severity: 'info', message: '', url: '', start, end: start + span.length, ...extra };
}

/*
 * Hand count of test/fixtures/audit/harbour-dredging.txt (checked by reading the article):
 *
 * Quotations (words inside the marks, "€4" style tokens count as one word):
 *   Q1 “We will not start until the environmental review is complete,”  Camille Roux    10 words
 *   Q2 “That could take a year.”                                         Camille Roux     5
 *   Q3 “Once they are gone, they do not come back,”                      Anselm Pike      9
 *   Q4 “My father fished here, and his father before him,”               Marta Oyelaran   9
 *   Q5 “We are not moving.”                                              Marta Oyelaran   4
 *   Q6 “The review is a formality,”                                      a ministry source (unnamed) 5
 *   → 6 quotations, 42 words. (A first hand count said Q6 = 4 and 41 in all; the test caught it.)
 * Unnamed attributions (anonymous-source findings): "A port official, speaking on condition of
 *   anonymity", "The official added" (the same official), "Two people familiar with the contracts said",
 *   "a ministry source said" (the same source as Q6) → 4 attributions, 3 distinct unnamed sources.
 * Named sources: Camille Roux (director of the regional port authority → government), Anselm Pike
 *   (a marine biologist at the University of Eastholm → expert), Marta Oyelaran (a fisherwoman →
 *   affected) → 3.
 * Quoted words by kind: government 15 (Q1+Q2), expert 9, affected 13 (Q4+Q5), unnamed 5 → shares
 *   15/42, 9/42, 13/42, 5/42.
 * Promotional: "Download our app for live harbour updates!" = 42 characters of the article.
 */
const FINDINGS: Finding[] = [
  at('quote', '“We will not start until the environmental review is complete,”', { speaker: 'Camille Roux', anonymousSpeaker: false }),
  at('quote', '“That could take a year.”', { speaker: 'Camille Roux', anonymousSpeaker: false }),
  at('quote', '“Once they are gone, they do not come back,”', { speaker: 'Pike', anonymousSpeaker: false }),
  at('anonymous-source', 'A port official, speaking on condition of anonymity'),
  at('anonymous-source', 'The official added'),
  at('quote', '“My father fished here, and his father before him,”', { speaker: 'Marta Oyelaran', anonymousSpeaker: false }),
  at('quote', '“We are not moving.”', { speaker: 'Marta Oyelaran', anonymousSpeaker: false }),
  at('anonymous-source', 'Two people familiar with the contracts said'),
  at('quote', '“The review is a formality,”', { speaker: 'a ministry source', anonymousSpeaker: true }),
  at('anonymous-source', 'a ministry source said'),
  at('promotional', 'Download our app for live harbour updates!'),
  at('loaded-language', 'blockade'),
];

test('the audit of the hand-counted fixture article', () => {
  const audit = auditSourcing({ uri: 'harbour-dredging.txt', text: TEXT }, FINDINGS);
  assert.deepEqual(audit.sources, { named: 3, anonymous: 3, anonymousAttributions: 4, vague: 0 });
  assert.deepEqual(audit.quotes, { count: 6, words: 42 });
  assert.deepEqual(
    audit.speakers.map((s) => [s.name, s.kind, s.quotes, s.quotedWords, s.attributions]),
    [
      ['Camille Roux', 'government', 2, 15, 0],
      ['Anselm Pike', 'expert', 1, 9, 0],
      ['A port official', 'unnamed', 0, 0, 2],
      ['Marta Oyelaran', 'affected', 2, 13, 0],
      ['Two people familiar with the contracts', 'unnamed', 0, 0, 1],
      ['a ministry source', 'unnamed', 1, 5, 1],
    ],
  );
  const roux = audit.speakers[0]!;
  assert.equal(roux.role, 'director of the regional port authority');
  const pike = audit.speakers[1]!;
  assert.equal(pike.role, 'a marine biologist at the University of Eastholm');
  assert.equal(pike.organisation, 'the University of Eastholm');
  assert.equal(audit.speakers[3]!.role, 'a fisherwoman');
  const share = Object.fromEntries(audit.voices.map((v) => [v.kind, v.words]));
  assert.deepEqual(share, { government: 15, expert: 9, affected: 13, outlet: 0, unnamed: 5, other: 0 });
  assert.equal(audit.voices.find((v) => v.kind === 'government')!.share, 15 / 42);
  assert.deepEqual(audit.promotional, { findings: 1, chars: 42, share: 42 / TEXT.length });
  assert.equal(audit.loadedLanguage, 1);
  assert.deepEqual(audit.claims, []);
});

test('quoted words are counted without marks and with numbers and contractions as one word', () => {
  assert.equal(countWords('“It’s €4.5 million, not 4,000 — we won’t pay,”'), 8);
});

test('titles before a name and "of the …" after it are the role and organisation', () => {
  const text = 'Talks stalled. White House Press Secretary Dana Lee said so. Later, Omar Haddad of the Levant Policy Forum disagreed. Former central bank official Rui Costa, who advises the fund, agreed.';
  assert.deepEqual(describeSpeaker(text, 'Dana Lee'), { role: 'White House Press Secretary', offset: text.indexOf('Dana') });
  assert.deepEqual(describeSpeaker(text, 'Haddad'), { organisation: 'the Levant Policy Forum', offset: text.indexOf('Omar'), fullName: 'Omar Haddad' });
  assert.deepEqual(describeSpeaker(text, 'Rui Costa'), { role: 'Former central bank official; advises the fund', offset: text.indexOf('Rui') });
});

test('definite descriptions fold into the unnamed source they refer back to; ordinals start a new one', () => {
  const sources = foldUnnamed([
    { text: 'a senior defense official', offset: 0 },
    { text: 'officials', offset: 10 },
    { text: 'the official', offset: 20 },
    { text: 'a second defense official', offset: 30 },
    { text: 'the second official', offset: 40 },
    { text: 'the senior official', offset: 50 },
  ]);
  assert.deepEqual(sources.map((s) => [s.description, s.members]), [
    ['a senior defense official', [0, 2, 5]],
    ['officials', [1]],
    ['a second defense official', [3, 4]],
  ]);
});

test('named attributions without quotes count as sources; a plug for the outlet’s product speaks for the outlet', () => {
  const text = 'Ana Ruiz, a port engineer, said the quay was safe. According to Harbour Assist, our AI tool, it was not. Next in World: Mayor Lee said hello.';
  const promo = (span: string, kind: string): Finding => {
    const start = text.indexOf(span);
    return { ruleId: 'promotional', source: 'credence', severity: 'warning', message: '', url: '', start, end: start + span.length, data: { kind } };
  };
  const audit = auditSourcing({ uri: 'x', text }, [promo('According to Harbour Assist, our AI tool, it was not.', 'product-plug'), promo('Next in World: Mayor Lee said hello.', 'related-headlines')], {
    attributions: [
      { name: 'Ana Ruiz', start: 0, end: 34 },
      { name: 'Harbour Assist', start: text.indexOf('According'), end: text.indexOf(', our') },
      { name: 'Mayor Lee', start: text.indexOf('Mayor'), end: text.indexOf(' hello') },
    ],
  });
  assert.deepEqual(audit.speakers.map((s) => [s.name, s.kind, s.attributions, s.role ?? null]), [
    ['Ana Ruiz', 'other', 1, 'a port engineer'],
    ['Harbour Assist', 'outlet', 1, null],
  ]);
  assert.equal(audit.sources.named, 2);
});

test('claim-conflict tallies become corroboration and dispute counts', () => {
  const text = 'He was 60 years old.';
  const start = text.indexOf('60');
  const finding: Finding = {
    ruleId: 'claim-conflict', source: 'credence', severity: 'warning', message: '', url: '', start, end: start + 2,
    related: [{ uri: 'b', start: 0, end: 1, text: '', message: '' }],
    data: { topic: 'Age', claimType: 'age', value: '60', corroboration: { value: '60', agree: 2, total: 3 } },
  };
  assert.deepEqual(auditSourcing({ uri: 'x', text }, [finding]).claims, [
    { text: '60', start, end: start + 2, conflicts: 1, reportedBy: 'claim-conflict', type: 'age', topic: 'Age', value: '60', corroboration: 1 },
  ]);
});
