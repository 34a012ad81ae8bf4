// The date finder's gate: one char-code pass (dateCues) instead of a cue regex per kind of word.
// The regexes it replaced are kept here, and findDates is held to a copy of the finder they gated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CUE } from '../../src/engine/claims/date-cues';
import { dateCues } from './support/word-scanners-reference';
import { DATE_PATTERNS } from '../../src/engine/claims/date-patterns';
import { findDates, type DateHit } from '../../src/engine/claims/dates';
import { DEADLINE_PREPOSITIONS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../../src/engine/claims/lexicon';
import { execAll } from '../../src/engine/lexicon';
import { anyText } from './support/arbitraries';

// The gate as it was: substring cues.
const CUES: Record<string, RegExp> = {
  digit: /\d/u,
  year: /(?:19|20)\d{2}/u,
  iso: /\d{4}-\d{2}-\d{2}/u,
  month: new RegExp(`${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')}`, 'iu'),
  weekday: new RegExp(WEEKDAYS.join('|'), 'iu'),
  day: /yesterday|today|tonight|tomorrow/iu,
  unit: /week|month|year/iu,
  ago: /ago/iu,
};
const DATE_CUE = new RegExp(`\\d|${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')}|${WEEKDAYS.join('|')}|yesterday|today|tonight|tomorrow|\\b(?:week|month|year)`, 'i');

/** The cues each pattern needed, in DATE_PATTERNS order. */
const OLD_NEEDS = [['iso'], ['year', 'month'], ['year', 'month'], ['year', 'month'], ['digit', 'month'], ['digit', 'month'], ['year'], ['month'], ['weekday'], ['day'], ['unit'], ['unit'], ['unit'], ['ago']];

/** findDates as it was before dateCues: the same patterns, gated by the regexes above. */
function findDatesReference(text: string): DateHit[] {
  if (!DATE_CUE.test(text)) return [];
  const found: DateHit[] = [];
  for (const [p, { re, make }] of DATE_PATTERNS.entries()) {
    if (!OLD_NEEDS[p]!.every((cue) => CUES[cue]!.test(text))) continue;
    for (const m of execAll(re, text)) {
      const raw = make(m);
      if (!raw || ('month' in raw && raw.month !== undefined && raw.month < 0)) continue;
      if ('day' in raw && raw.day !== undefined && (raw.day < 1 || raw.day > 31)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const lead = /^(\w+)\s/.exec(m[0])?.[1]?.toLowerCase();
      const prev = /(\w+)\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
      found.push({ start, end, raw, deadline: DEADLINE_PREPOSITIONS.has(lead ?? '') || DEADLINE_PREPOSITIONS.has(prev ?? '') });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((f, i) => !(f.raw.kind === 'weekday' && found[i + 1] && /^,?\s*$/.test(text.slice(f.end, found[i + 1]!.start)) && found[i + 1]!.raw.kind !== 'weekday'));
}

const PIECES = ['in', 'since', 'by', 'until', 'early', 'mid-', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'January', 'Jan.', 'jan', 'ſept.', 'Sept', 'May', 'mayor', 'market', 'DEC', 'decided', '3', '21st', '2011', '1999', '12019', '2024-05-03', '1850-01-02', 'Monday', 'ſunday', '\u212aelvin', 'wee\u212a', 'last', 'next', 'this', 'past', 'week', 'weeks', 'month', 'year', 'years', 'yearly', 'ago', 'agog', 'a few', 'several', 'twelve', 'yesterday', 'Tonight', 'today\u0301', 'earlier', 'later', 'of', 'morning', 'toward', 'end', 'Middle', 'START', 'ſtart', 'paſt', 'beginning', 'at', 'towards', '2024-05-0', '12024-05-031', 'said', 'Ortega', 'é', '\u0301', '𝐀', '😀', '\u00a0', ' ', ', ', '. ', '.', ',', '-', '—', '’', '\n', '\r\n', '\t', '(', ')'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
  anyText(60),
);

const REAL = [
  'The company said on Tuesday, May 3, 2011 that it would close in early 2012.',
  'Prices rose 4% last month and the market expects more by the end of the year.',
  'The mayor may decide in midjanuary or latemarch; she spoke two weeks ago, on 21st of Sept.',
  'Published 2024-05-03, updated yesterday and again tonight.',
  'Officials met in mid-February, 1999, and again on Jan. 4.',
  'No dates here, only words like agog, weekly and yearly.',
];

test('date cues: every pattern that matches finds its cues', () => {
  const bits = (needs: readonly string[]) => needs.reduce((b, cue) => b | CUE[cue as keyof typeof CUE], 0);
  const check = (t: string) => {
    const cues = dateCues(t);
    for (const { re, needs } of DATE_PATTERNS) if (execAll(re, t).length) assert.equal(cues & bits(needs), bits(needs), `${re.source} on ${JSON.stringify(t)}`);
    assert.equal(Boolean(cues & CUE.digit), CUES.digit!.test(t));
    assert.equal(Boolean(cues & CUE.year), CUES.year!.test(t));
    assert.equal(Boolean(cues & CUE.iso), CUES.iso!.test(t));
  };
  for (const t of REAL) check(t);
  fc.assert(fc.property(texts, check), { numRuns: 5000 });
});

test('date cues: findDates finds what the regex-gated finder found', () => {
  assert.equal(OLD_NEEDS.length, DATE_PATTERNS.length);
  for (const t of REAL) assert.deepEqual(findDates(t), findDatesReference(t), t);
  assert.ok(findDates(REAL[0]!).length >= 2);
  fc.assert(fc.property(texts, (t) => assert.deepEqual(findDates(t), findDatesReference(t))), { numRuns: 5000 });
});
