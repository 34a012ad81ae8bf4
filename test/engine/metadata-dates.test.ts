// readMetadata's date and headline searches skip work that cannot match; each must give what the
// single regex it stands in for gave (kept here as the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MONTHS, MONTH_ABBREVIATIONS } from '../../src/engine/claims/lexicon';
import { firstFullDate } from '../../src/engine/metadata';

const MONTH = `(${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?`;
const FULL_DATE = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const OUTLET_DATE_LINE = new RegExp(`(?:^|\\n)\\s*([\\p{Lu}][\\p{L}&. ]{1,30}),\\s+${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:\\r?\\n|$)`, 'iu');
const SENTENCE_IN_LINE = /\p{L}{3,}[.!?]\s+\p{Lu}/u;

const asList = (m: RegExpExecArray | null) => m && { index: m.index, groups: [...m] };

/** Texts made of the pieces dates, datelines and headlines are made of, with odd characters among them. */
const pieces = fc.constantFrom(
  'May', 'may', 'MAY', 'Sept.', 'sept', 'ſeptember', 'Dec', 'march', 'Jun', 'August', 'xmay', '3', '12', '31st', '2nd', '2024', '1999', '20245', ',', '.', '!', '?',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', 'Reuters', 'The Harbour Times', 'LISBON', '(Wire)', '-', '—', 'é', 'e\u0301', '’', "'", '😀', '\ud800', 'K', 'Said Ana.', 'Big news',
);
const texts = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

test('firstFullDate finds what FULL_DATE.exec finds, at the same place with the same groups', () => {
  for (const text of ['Published May 3, 2024 by', 'xMay 3, 2024 then may 4 2025', 'Sept. 12th, 2023', 'on 5May 3, 20245 or Dec 1, 1999']) {
    assert.deepEqual(asList(firstFullDate(text)), asList(FULL_DATE.exec(text)));
  }
  fc.assert(fc.property(texts, (text) => assert.deepEqual(asList(firstFullDate(text)), asList(FULL_DATE.exec(text)))), { numRuns: 20000, seed: 7 });
});

test('an outlet-and-date line and a sentence inside a line need what their cheap gates look for', () => {
  fc.assert(
    fc.property(texts, (text) => {
      if (OUTLET_DATE_LINE.test(text)) assert.ok(/\d{4}\s*(?:\r?\n|$)/.test(text));
      if (SENTENCE_IN_LINE.test(text)) assert.ok(/[.!?]\s/.test(text));
    }),
    { numRuns: 20000, seed: 11 },
  );
});

test('firstFullDate agrees with FULL_DATE on the heads of real articles', () => {
  let dated = 0;
  for (const dir of ['seeds', 'test/eval/holdout']) {
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort()) {
      const head = readFileSync(join(dir, f), 'utf8').slice(0, 1500);
      const found = firstFullDate(head);
      assert.deepEqual(asList(found), asList(FULL_DATE.exec(head)), f);
      if (found) dated++;
    }
  }
  assert.ok(dated > 0);
});
