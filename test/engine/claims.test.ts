// Claim extraction pieces: figures, dates, names and spelling, on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate, displayDate } from '../../src/engine/claims/calendar';
import { findDates, resolveDate } from '../../src/engine/claims/dates';
import { findNumbers } from '../../src/engine/claims/numbers';
import { readSentence } from '../../src/engine/claims/sentence';
import { isNearMiss, isNearMissName } from '../../src/engine/claims/spelling';
import { extractArticle } from '../../src/engine/claims/article';
import { CredenceDocument } from '../../src/engine/document';

function figures(text: string): Array<[string, number, number, string]> {
  return findNumbers(text).map((n) => [text.slice(n.start, n.end), n.lo, n.hi, n.precision]);
}

test('figures: digits, words, scales, hedges, ranges and currencies', () => {
  assert.deepEqual(figures('Forty-seven people'), [['Forty-seven', 47, 47, 'exact']]);
  assert.deepEqual(figures('at least 25 dead'), [['at least 25', 25, Infinity, 'at-least']]);
  assert.deepEqual(figures('nearly 1.7 million'), [['nearly 1.7 million', 1_530_000, 1_750_000, 'approximate']]);
  assert.deepEqual(figures('roughly 3 million'), [['roughly 3 million', 2_850_000, 3_150_000, 'approximate']]);
  assert.deepEqual(figures('between $500 million and $1 billion'), [['between $500 million and $1 billion', 5e8, 1e9, 'range']]);
  assert.deepEqual(figures('from 200,000 to 250,000 workers'), [['200,000 to 250,000', 200_000, 250_000, 'range']]);
  assert.deepEqual(figures('raised from 500 to about 2,000').map((f) => f[0]), ['500', 'about 2,000']);
  assert.deepEqual(figures('a €2bn deal'), [['€2bn', 2e9, 2e9, 'exact']]);
  assert.deepEqual(figures('more than half a dozen towns'), [['more than half a dozen', 6, Infinity, 'at-least']]);
  assert.equal(findNumbers('the 47-year-old')[0]!.compound, 'year-old');
});

test('dates resolve against the article date: year boundaries, weekdays, tense', () => {
  const day = parseIsoDate('2026-01-05')!; // a Monday
  const at = (text: string, tense: 'past' | 'future' = 'past') =>
    findDates(text).map((d) => {
      const r = resolveDate(d, day, tense);
      return [text.slice(d.start, d.end), r && displayDate(r.lo, r.hi)];
    });
  assert.deepEqual(at('resigned last month'), [['last month', 'December 2025']]);
  assert.deepEqual(at('founded last year'), [['last year', '2025']]);
  assert.deepEqual(at('attacked on Sunday'), [['on Sunday', '2026-01-04']]);
  assert.deepEqual(at('will vote on Sunday', 'future'), [['on Sunday', '2026-01-11']]);
  assert.deepEqual(at('will leave in December', 'future'), [['in December', 'December 2026']]);
  assert.deepEqual(at('left in December'), [['in December', 'December 2025']]);
  assert.deepEqual(at('published on Dec. 30'), [['Dec. 30', '2025-12-30']]);
  assert.deepEqual(at('three years ago'), [['three years ago', '2023']]);
  assert.deepEqual(at('yesterday'), [['yesterday', '2026-01-04']]);
  assert.deepEqual(at('at the end of the year', 'future'), [['at the end of the year', 'late December 2026']]);
  assert.deepEqual(at('Tuesday, March 1, 2011: the strike'), [['March 1, 2011', '2011-03-01']]);
  assert.equal(resolveDate(findDates('last month')[0]!, undefined, 'past'), undefined);
});

test('names: titles before names, nicknames inside them, demonyms and sentence starts', () => {
  // A capitalised first word may be a name or not; it is kept, marked `initial`, and left out here.
  const names = (text: string) => readSentence(text).names.filter((n) => !n.initial).map((n) => [text.slice(n.start, n.end), n.kind, n.nickname?.text ?? '']);
  assert.deepEqual(names('Transport Minister Aiko Tanabe said the bridge would reopen.'), [['Aiko Tanabe', 'person', '']]);
  assert.deepEqual(names('Police arrested Joaquín “El Zorro” Beltrán on Monday.'), [['Joaquín “El Zorro” Beltrán', 'person', 'El Zorro']]);
  assert.deepEqual(names('Peruvian authorities said Adrian is missing.'), [['Adrian', 'unknown', '']]);
  assert.deepEqual(names('Yesterday the Department of Roads and the Harbour Board disagreed.'), [['Department of Roads', 'org', ''], ['Harbour Board', 'org', '']]);
});

test('spelling: transliterations and one-letter slips are near misses; other words and inflections are not', () => {
  assert.ok(isNearMiss('Mohammed', 'Muhammad'));
  assert.ok(isNearMiss('Yusuf', 'Yousef'));
  assert.ok(isNearMiss('Castelmote', 'Castelmonte'));
  assert.ok(!isNearMiss('Maria', 'Mario'));
  assert.ok(!isNearMiss('Kenya', 'Kenyan'));
  assert.ok(!isNearMiss('Newbury', 'Newbridge'));
  assert.ok(!isNearMiss('Iran', 'Iraq'));
  assert.ok(isNearMissName(['Yusuf', 'Karimi'], ['Yousef', 'Karimi']));
  assert.ok(!isNearMissName(['Yusuf', 'Karimi'], ['Yusuf', 'Karimi']));
});

test('claims carry subject, predicate, normalised value and the exact span of the value', () => {
  const text = 'Ship owner Tomas Ekdahl, 58, was detained on Monday.\n\nEkdahl, whose company owns the tanker, was charged in 2023. Eight people were killed in the blast, police said.';
  const { claims } = extractArticle(new CredenceDocument(text), '2024-06-05');
  const view = claims.map((c) => [c.key, c.predicate, c.subject?.label ?? '', text.slice(c.start, c.end), c.value.display]);
  assert.deepEqual(view, [
    ['age', 'age', 'Tomas Ekdahl', '58', '58'],
    ['date:arrest', 'arrest', 'Tomas Ekdahl', 'on Monday', '2024-06-03'],
    ['count:people', 'death', '', 'Eight', 'Eight'],
  ]);
});

test('a toll without "death" is a death count, as headlines write it; a toll on other things is not', () => {
  const counts = (text: string) => readSentence(text).claims.flatMap((c) => (c.type === 'count' ? [[`${c.predicate}:${c.unit}`, text.slice(c.start, c.end)]] : []));
  assert.deepEqual(counts('Quake toll climbs to 112 as rescuers reach mountain villages'), [['death:people', '112']]);
  assert.deepEqual(counts('The toll rose to 112 on Tuesday, officials said.'), [['death:people', '112']]);
  assert.deepEqual(counts('The storm took a heavy toll, destroying 40 homes.'), []);
  assert.deepEqual(counts('The bridge toll rises to $6 in March.'), []);
});

test('extraction survives odd input without throwing', () => {
  for (const text of ['', '\u0000\uD800 12, 13,', '“'.repeat(500), 'In 2024, 2025, 2026, 1,2,3 at least at least 5', 'A, 5, B (6) the 7-year-old'.repeat(200)]) {
    assert.doesNotThrow(() => extractArticle(new CredenceDocument(text), '2024-01-01'));
  }
});
