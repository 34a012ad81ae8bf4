// Hand-written scanners of claim extraction must find exactly what the regexes they replace found.
// Each reference regex is kept here, as it was in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentWords } from '../../src/engine/claims/content-words';
import { AsciiWords } from '../../src/engine/claims/word-starts';
import { nextNumberStart, WordStarts } from './support/word-scanners-reference';
import { isPrintableAscii, startsUpper } from '../../src/engine/claims/tokens';
import { hasDigit } from '../../src/engine/claims/entities';
import { DATE_PATTERNS } from '../../src/engine/claims/date-patterns';
import { AFTER_BRACKET, AFTER_COMMA, AFTER_DESCRIBING_VERB, AFTER_VERB, cuesAfter } from '../../src/engine/claims/titles';
import { AFTER_FIGURE, COMPOUND_AFTER, findNumbers, HEDGE_BEFORE, PERCENT_AFTER, RANGE_AFTER, SCALE_AFTER } from '../../src/engine/claims/numbers';
import { findTriggers, FUTURE, PAST_WORD, SPEECH } from '../../src/engine/claims/triggers';
import { PREVIOUS } from '../../src/engine/claims/counts';
import { endsPossessive } from '../../src/engine/claims/word-ends';
import { withoutPeriod } from './support/names-reference';
import { phraseAlternation } from '../../src/engine/claims/alternation';
import { EVENT_TRIGGERS, STOP_WORDS } from '../../src/engine/claims/lexicon';
import { execAll } from '../../src/engine/lexicon';
import { anyText } from './support/arbitraries';

/** Words, glue and the characters where a scanner and a regex may disagree (marks, astral letters, case-folding oddities). */
const PIECES = ['Ortega', 'said', 'the', 'chief', 'executive', 'January', 'May', 'Sept.', 'killed', 'twenty-one', 'a dozen', 'half a dozen', '3', '1,200', '2.5', '$', '%', 'year-old', 'aged', 'from', 'between', 'and', 'to', 'percent', 'million', 'about', 'nearly', 'at least', 'CEO', 'of', 'Acme', 'Inc.', 'U.S.', 'O’Brien', "Reyes's", 'Garci\u0301a', 'Ünal', 'İstanbul', 'ſix', 'ſeptember', '\u212aelvin', '𝐀bc', '𝒜', '😀', 'é', '\u0301', '\u00a0', ' ', ' ', ' ', ', ', '. ', '\n', '\r\n', '\t', '-', '—', "'", '’', '“', '”', '(', ')'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const texts = fc.oneof(prose, anyText(120));

function contentWordsReference(text: string): Set<string> {
  const CONTENT_WORD = /\p{L}{4,}/gu;
  const words = new Set<string>();
  const lower = text.toLowerCase();
  for (let m = CONTENT_WORD.exec(lower); m; m = CONTENT_WORD.exec(lower)) if (!STOP_WORDS.has(m[0])) words.add(m[0]);
  return words;
}

test('content words: the scanner finds the regex words, in order', () => {
  for (const text of ['Ana María Ortega, 61, the chief executive of Vellmar Shipping, said on Monday.', 'İstanbul ſeptember 𝐀𝐁𝐂𝐃 abc\u0301def', '\ud800abcd\udc00efgh'])
    assert.deepEqual([...contentWords(text)], [...contentWordsReference(text)]);
  fc.assert(fc.property(texts, (text) => assert.deepEqual([...contentWords(text)], [...contentWordsReference(text)])), { numRuns: 3000 });
});

test('content words: runs looked up in place keep first occurrences of many distinct and repeated words', () => {
  // Enough distinct runs to fill the table of kept runs of a long block, with repeats, stop words in any case and non-ASCII runs among them.
  const word = fc.stringMatching(/^[a-zA-Z]{1,9}$/);
  const long = fc.array(fc.oneof(word, fc.constantFrom('That', 'WITH', 'about', 'Ünal', 'ünal', 'ſeptember', 'straße', 'STRASSE', '\u212aelvin')), { minLength: 50, maxLength: 600 }).map((w) => w.join(' '));
  fc.assert(fc.property(long, (text) => assert.deepEqual([...contentWords(text)], [...contentWordsReference(text)])), { numRuns: 300 });
  const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!) + 'xyz').join(' ');
  assert.deepEqual([...contentWords(many + ' ' + many)], [...contentWordsReference(many + ' ' + many)]);
});

// The figure pattern of numbers.ts, as the global regex that scanned every sentence.
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero';
const WORD_NUMBER = `(?:half a dozen|a dozen|dozens|(?:${TENS})(?:[-\\s](?:${UNITS}))?|${TEENS}|${UNITS}|a hundred|a thousand)`;
const CORE_SOURCE = `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(bn|mn|tn|m|b|k)?|(${WORD_NUMBER}))(?![\\p{L}\\p{N}])`;
const NUMBER_PIECES = [...PIECES, 'one', 'Two', 'THREE', 'ſix', 'ſeventy', 'twenty-one', 'Twenty one', 'thirty\u00a0two', 'half a dozen', 'a hundred', 'A thousand', 'dozens', 'tens', 'someone', 'money', 'zero', 'nineteen', 'a', 'A', 'a ', 'a dozen', 'a  dozen', 'a\u00a0hundred', 'A Thousand', 'a ſ', 'a \u212a', 'a-dozen', 'a dozens', 'a d', 'a h', 'a t', 'half', 'Half a dozen', 'half  a dozen', 'half an', 'halfa dozen', 'o', '3bn', '4m', '1.5', '.5', ',5', '2,000', '5,00', '12k', 'eight\u0301', 'nineé', '٣', '𝟑'];
const numberText = fc.oneof(fc.array(fc.constantFrom(...NUMBER_PIECES), { maxLength: 30 }).map((p) => p.join('')), anyText(80));

test('figures: the start scanner offers every offset where the figure regex matches', () => {
  const at = new RegExp(CORE_SOURCE, 'iuy');
  fc.assert(
    fc.property(numberText, (text) => {
      for (let p = 0; p < text.length; p++) {
        at.lastIndex = p;
        const m = at.exec(text);
        if (m && m.index === p) assert.equal(nextNumberStart(text, p), p, `offset ${p} of ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 4000 },
  );
});

test('figures: findNumbers finds what it found with the global figure regex', () => {
  const global = new RegExp(CORE_SOURCE, 'giu');
  const sticky = new RegExp(CORE_SOURCE, 'iuy');
  const spans = (text: string) => findNumbers(text).map((n) => [n.coreStart, n.coreEnd]);
  fc.assert(
    fc.property(numberText, (text) => {
      // The matches a scan from each resumption point finds: the global regex against the start scanner.
      const old: number[] = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) old.push(m.index, m[0].length);
      const now: number[] = [];
      for (let from = 0, p = nextNumberStart(text, 0); p >= 0; p = nextNumberStart(text, from)) {
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m) now.push(m.index, m[0].length);
        from = m ? p + m[0].length : p + 1;
      }
      assert.deepEqual(now, old);
      // Every figure findNumbers reports starts at one of them.
      for (const [start] of spans(text)) assert.ok(old.some((x, i) => i % 2 === 0 && x === start));
    }),
    { numRuns: 3000 },
  );
  assert.deepEqual(spans('between twenty-one and 40 people, about 3bn dollars, ſix or a dozen'), [[8, 18], [40, 43], [60, 67]]);
});

// The trigger pattern of triggers.ts, as the global regex that scanned every sentence with a figure or date.
const CLASS_OF = new Map<string, string>();
for (const [event, phrases] of Object.entries(EVENT_TRIGGERS)) for (const p of phrases) if (!CLASS_OF.has(p)) CLASS_OF.set(p, event);
const TRIGGER_SOURCE = `(?<![\\p{L}\\p{N}-])(?:${phraseAlternation([...CLASS_OF.keys()].sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{N}-])`;
const TRIGGER_PIECES = [...PIECES, ...[...CLASS_OF.keys()].flatMap((p) => [p, p.toUpperCase(), p.replace(/s/g, 'ſ'), p.replace(/ /g, '\n'), `${p}s`, p.slice(0, -1)]), 're-', '-', 'pre', '5'];
const triggerText = fc.oneof(fc.array(fc.constantFrom(...TRIGGER_PIECES), { maxLength: 30 }).map((p) => p.join('')), anyText(80));

test('triggers: found where the global trigger regex finds them', () => {
  const global = new RegExp(TRIGGER_SOURCE, 'giu');
  const reference = (text: string) => execAll(global, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], event: CLASS_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '))! }));
  assert.deepEqual(findTriggers('He was killed; an op-ed said 3 people were arrested and re-elected.').map((t) => t.event), reference('He was killed; an op-ed said 3 people were arrested and re-elected.').map((t) => t.event));
  fc.assert(fc.property(triggerText, (text) => assert.deepEqual(findTriggers(text), reference(text))), { numRuns: 4000 });
});

test('word ends: possessive and final period tests agree with their regexes', () => {
  const words = fc.oneof(fc.constantFrom("Reyes's", 'Reyes’S', "'s", 's', "Ortega'", 'Dr.', '.', '', 'Mr..', 'ſ', "Oſ's"), fc.string({ maxLength: 6 }), anyText(6));
  fc.assert(
    fc.property(words, fc.constantFrom('', "'s", '’s', "'S", 's', '.', "'ſ"), (word, end) => {
      const w = word + end;
      assert.equal(endsPossessive(w), /['’]s$/i.test(w));
      assert.equal(withoutPeriod(w), w.replace(/\.$/, ''));
    }),
    { numRuns: 3000 },
  );
});

test('ASCII word sets and the printable-ASCII test agree with a Set and their regex', () => {
  const words = new AsciiWords(['a', 'one', 'seventeen', 'half', 'stepping']);
  const reference = new Set(['a', 'one', 'seventeen', 'half', 'stepping']);
  const letters = fc.string({ unit: fc.constantFrom(...'aAoOnNeEsStTvVhHlLfFpPiIgGzZ'), minLength: 1, maxLength: 10 });
  fc.assert(fc.property(letters, (word) => assert.equal(words.has(`(${word})`, 1, word.length + 1), reference.has(word.toLowerCase()))), { numRuns: 3000 });
  fc.assert(fc.property(fc.oneof(anyText(20), fc.string({ maxLength: 20 })), (text) => assert.equal(isPrintableAscii(text), /^[\x20-\x7e]*$/.test(text))), { numRuns: 3000 });
});

test('role phrases: every offset where the start of the "appointed as" pattern matches is offered', () => {
  // The opening of titles.ts's ROLE_OF pattern: its lookbehind, first phrases and the white space after them (same flags).
  // The cue regex the start scanner replaced was /move|take|named|appointed/iu.
  const opening = /(?<![\p{L}])(?:move\s+into\s+the\s+role\s+of|take\s+over\s+as|named\s+as|appointed\s+as|appointed)\s/iuy;
  const starts = new WordStarts(['move', 'take', 'named', 'appointed'], { digits: false, chars: '' });
  const pieces = [...PIECES, 'move into the role of', 'Take over as', 'named as', 'APPOINTED', 'appointed as', 'mistake', 'ſtake', 'ta\u212ae', '5appointed', '-named', 'renamed'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')), anyText(60));
  fc.assert(
    fc.property(text, (t) => {
      for (let p = 0; p < t.length; p++) {
        opening.lastIndex = p;
        const m = opening.exec(t);
        if (m && m.index === p) assert.equal(starts.next(t, p), p, `offset ${p} of ${JSON.stringify(t)}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('name words: the capital and digit tests agree with their regexes', () => {
  const word = fc.oneof(fc.constantFrom('', 'Ortega', 'ortega', 'Élodie', 'élodie', '𝐀bc', '𝒶bc', 'İz', 'ſ', '3M', 'F-16', '٣', '\ud835'), fc.string({ maxLength: 4 }), anyText(4));
  fc.assert(
    fc.property(word, (w) => {
      assert.equal(startsUpper(w), /^\p{Lu}/u.test(w));
      assert.equal(hasDigit(w), /\d/.test(w));
    }),
    { numRuns: 4000 },
  );
});

test('date patterns: the first-character lookahead changes no match', () => {
  const pieces = [...PIECES, 'in', 'since', 'by', 'until', 'early', 'mid-', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'January', 'Jan.', 'ſept.', 'Sept', 'May', 'DEC', '3', '21st', '2011', '1999', '2024-05-03', 'Monday', 'ſunday', 'last', 'next', 'this', 'past', 'week', 'month', 'year', 'years', 'ago', 'a few', 'several', 'twelve', 'yesterday', 'Tonight', 'earlier', 'later', 'of', 'morning', 'toward'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(' ')), fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')), anyText(60));
  const pairs = DATE_PATTERNS.map(({ re }) => {
    const old = new RegExp(re.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), re.flags);
    assert.notEqual(old.source, re.source);
    return [new RegExp(re.source, re.flags), old] as const;
  });
  const matches = (re: RegExp, t: string) => execAll(re, t).map((m) => [m.index, ...m]);
  fc.assert(fc.property(text, (t) => { for (const [now, old] of pairs) assert.deepEqual(matches(now, t), matches(old, t)); }), { numRuns: 4000 });
});

test('cue patterns: the first-character lookahead changes no match', () => {
  const patterns = { FUTURE, PAST_WORD, SPEECH, PREVIOUS, HEDGE_BEFORE };
  const pieces = [...PIECES, 'will', "'ll", '’ll', 'we’ll', 'is expected to', 'plans to', 'going to', 'upcoming', 'next', 'was', 'Were', 'ago', 'earlier', 'said', 'ſaid', 'according', 'up from', 'compared with', 'versus', 'respectively', 'as against', 'about', 'nearly', 'at least', 'more than', 'no fewer than', 'an estimated', 'ſome', 'almoſt', 'WILL', 'wouldn’t'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(' ')), fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')), anyText(60));
  const pairs = Object.entries(patterns).map(([name, re]) => {
    const old = new RegExp(re.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), re.flags.includes('g') ? re.flags : `${re.flags}g`);
    assert.notEqual(old.source, re.source, name);
    return [name, new RegExp(re.source, old.flags), old] as const;
  });
  const matches = (re: RegExp, t: string) => execAll(re, t).map((m) => [m.index, ...m]);
  fc.assert(fc.property(text, (t) => { for (const [name, now, old] of pairs) assert.deepEqual(matches(now, t), matches(old, t), name); }), { numRuns: 4000 });
});

test('title cues: a pattern anchored after a name is skipped only where its opening cannot match', () => {
  // The openings of titles.ts's anchored patterns (each full pattern starts with its opening, same flags).
  const openings: Array<[number, RegExp]> = [
    [AFTER_COMMA, /^\s*,\s+/iu], // APPOSITIVE
    [AFTER_COMMA, /^\s*,\s+/u], // PARENT
    [AFTER_BRACKET, /^\s*[([]/], // ACRONYM
    [AFTER_COMMA | AFTER_DESCRIBING_VERB, /^\s*(?:,|\s+(?:was|is|became|remains)\s)/i], // the "X, the longtime head of" description
    [AFTER_VERB, /^\s+(?:will|is|was|has|had|served|serves|became|becomes|remains|remained|takes|took)\s/iu], // COPULAR
  ];
  const pieces = [...PIECES, ',', ', ', ' (', '[', ' was', ' Is', ' became', ' remains', ' will', ' has', ' had', ' served', ' took', ' takes', ' ſerved', ' ſerves', ' \u212a', '\u00a0was', '\u3000is', '\ufeff,', 'was', ' x', ' the'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), anyText(20));
  fc.assert(
    fc.property(text, fc.nat({ max: 3 }), (t, cut) => {
      const from = Math.min(cut, t.length);
      const cues = cuesAfter(t, from);
      for (const [needs, opening] of openings) if (opening.test(t.slice(from))) assert.ok(cues & needs, `${opening} after ${JSON.stringify(t.slice(from))}`);
    }),
    { numRuns: 5000 },
  );
});

test('figures: the checks of what follows a figure hold wherever the sticky patterns after it match', () => {
  const gates: Array<[RegExp, (text: string, at: number) => boolean]> = [
    [SCALE_AFTER, AFTER_FIGURE.scale],
    [PERCENT_AFTER, AFTER_FIGURE.percent],
    [RANGE_AFTER, AFTER_FIGURE.range],
    [COMPOUND_AFTER, AFTER_FIGURE.compound],
  ];
  const matchesAt = (re: RegExp, text: string, at: number) => {
    re.lastIndex = at;
    return re.test(text);
  };
  const pieces = [...NUMBER_PIECES, ' million', ' Million', '-million', ' - billion', '--million', ' hundred', 'thousand', ' trillion', '%', ' %', ' percent', ' Per cent', ' percentage points', ' to 5', ' To 5', '-5', ' – 7', '—7', ' and 9', ' AND nine', ' to twenty-one', '-year-old', '-day', '-9', '\u00a0', '\ufeff', '\u2028', ' ſeven', 'ſ', '\u212a'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), anyText(40));
  fc.assert(
    fc.property(text, fc.nat(), (t, n) => {
      const at = n % (t.length + 1);
      for (const [re, gate] of gates) if (matchesAt(re, t, at)) assert.ok(gate(t, at), `${re.source} at ${at} of ${JSON.stringify(t)}`);
    }),
    { numRuns: 20000 },
  );
  // The first character each gate looks at, over the whole BMP (case folding included), with what may come after.
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const [re, gate] of gates) {
      for (const tail of ['illion', 'ercent', 'o 5', 'nd 5', ' 5', 'year-old', 'housand', 'undred', 'ercentage point']) {
        const t = `7${ch}${tail}`;
        if (matchesAt(re, t, 1)) assert.ok(gate(t, 1), `${re.source} at ${JSON.stringify(t)}`);
        const spaced = `7 ${ch}${tail}`;
        if (matchesAt(re, spaced, 1)) assert.ok(gate(spaced, 1), `${re.source} at ${JSON.stringify(spaced)}`);
      }
    }
  }
});
