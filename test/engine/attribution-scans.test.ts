// Round-3 attribution speed-ups replaced string splits and repeated lower-casing with hand scans:
// these tests hold each to exactly what the code it replaced says, kept here as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isHardWrapped } from '../../src/detectors/quote/tokens';
import { isPluralLower, singular, singularOfLower } from '../../src/detectors/quote/cues';
import { quoteWords, QUOTE_WORDS_READ } from '../../src/detectors/quote/classify';
import { findQuotes, type QuoteSpan } from '../../src/detectors/quote/quote-marks';

/** isHardWrapped as it was, splitting the text into line strings. */
function isHardWrappedBefore(text: string): boolean {
  const first = text.search(/[\r\n]/);
  if (first < 0 || text.slice(first + 1).search(/[\r\n]/) < 0) return false;
  const lines = text.split(/\r?\n|\r/).filter((l) => l.trim());
  if (lines.length < 3) return false;
  const open = lines.slice(0, -1).filter((l) => !/[.!?:"”’)\]]\s*$/.test(l)).length;
  return open / (lines.length - 1) >= 0.5;
}

test('isHardWrapped: real paragraphs', () => {
  const cases = [
    'One line only.',
    'A line\nanother line',
    'The mayor said the city would\nrebuild the bridge by the end of\nthe year, according to a statement\nissued on Monday.',
    'Heading\n\nA sentence.\nAnother sentence.\nA third.',
    '“We will rebuild,” said Kevin\r\nBurns, chief executive of the\r\ncompany, adding that work\r\nwould start soon.\r\n',
    'Line one.\r\rLine two\n\u2028\nLine three:\nLine four ”\u00a0\nend',
  ];
  for (const text of cases) assert.equal(isHardWrapped(text), isHardWrappedBefore(text), JSON.stringify(text));
  // Many lines with LF only, CR only, and both: each line end is searched for once, not from every line.
  for (const end of ['\n', '\r', '\r\n']) {
    for (const stop of ['', '.']) {
      const text = Array.from({ length: 20000 }, (_, i) => `line ${i} of a long wrapped text${i % 3 ? '' : stop}`).join(end);
      assert.equal(isHardWrapped(text), isHardWrappedBefore(text));
    }
  }
});

test('isHardWrapped: random lines, line ends and spaces', () => {
  const pieces = ['\v', '\f', '\x1c', '\x85', '\u1680', '\u200b', 'word', 'Word.', '.', '!', '?', ':', '"', '”', '’', ')', ']', ',', ' ', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\n', '\r', '\r\n', '\n\r', '𝐀', '\ud835', 'é', 'e\u0301'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
    const text = parts.join('');
    assert.equal(isHardWrapped(text), isHardWrappedBefore(text), JSON.stringify(text));
  }), { numRuns: 20000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => assert.equal(isHardWrapped(text), isHardWrappedBefore(text))), { numRuns: 5000 });
});

test('singularOfLower and isPluralLower agree with singular on lower-case words', () => {
  const check = (word: string) => {
    const lower = word.toLowerCase();
    assert.equal(singularOfLower(lower), singular(lower), JSON.stringify(lower));
    assert.equal(singularOfLower(lower), singular(word), JSON.stringify(word));
    assert.equal(isPluralLower(lower), singular(lower) !== lower, JSON.stringify(lower));
  };
  for (const w of ['people', 'People', 'men', 'women', 'Spokesmen', 'policies', 'ies', 'witnesses', 'sses', 'churches', 'bushes', 'officials', 'glass', 'ss', 's', '', 'bus', 'news', 'İstanbul', 'ΟΔΟΣ', 'ſ', 'officialſ', 'MEN', 'K\u212Aies']) check(w);
  fc.assert(fc.property(fc.array(fc.constantFrom('s', 'S', 'ss', 'e', 'E', 'men', 'MEN', 'ie', 'ies', 'ch', 'sh', 'people', 'ſ', 'İ', 'Σ', '\u0301', '𝐀', 'x'), { maxLength: 6 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 10 }), check), { numRuns: 3000 });
});

/** The words of a quotation as the former regular expressions found them. */
function quoteWordsByRegex(text: string, q: QuoteSpan): string[] {
  const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end);
  return inner.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

test('quoteWords with a limit gives the first words the regular expressions found, read in place', () => {
  const check = (text: string) => {
    for (const q of findQuotes(text)) {
      const all = quoteWordsByRegex(text, q);
      assert.deepEqual(quoteWords(text, q), all, JSON.stringify(text));
      for (const limit of [1, 3, QUOTE_WORDS_READ]) assert.deepEqual(quoteWords(text, q, limit), all.slice(0, limit), JSON.stringify(text));
    }
  };
  for (const t of ['He said “We will rebuild the bridge, the school, the road, the park and the library by next year,” she said.', 'a “𝐀𝐁 c\u0301 — d” and “x', '“a b c d e f g h i j k l m”']) check(t);
  const pieces = ['“', '”', '"', '‘', '’', "'", ' ', '\u00a0', '\u2028', '\r\n', '\t', 'word', 'W', '1', '—', ',', '.', '𝐀', '\ud835', '\udc00', 'e\u0301', '\u0301'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
});
