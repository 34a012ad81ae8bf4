// Round-3 attribution speed-ups replaced string splits and repeated lower-casing with hand scans:
// these tests hold each to exactly what the code it replaced says, kept here as the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isHardWrapped } from '../../src/detectors/quote/tokens';
import { isPluralLower, singular, singularOfLower } from '../../src/detectors/quote/cues';

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
