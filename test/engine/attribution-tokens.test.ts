// The attribution analysis reads its word lists through bits the tokenizer puts on each token
// (wordFlags), and some former regular expressions are scanned by hand: these tests hold the new
// code to exactly what the sets and regular expressions it replaced say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as C from '../../src/detectors/quote/cues';
import { quoteWords } from '../../src/detectors/quote/classify';
import { findQuotes, type QuoteSpan } from '../../src/detectors/quote/quote-marks';
import { isAbbreviation, isGeneralPunctuation, lineBreakBefore, lineBreakFrom, lowerCaseFollows, plainWordEnd, tokenize, TokenStore, wordEnd } from '../../src/detectors/quote/tokens';
import { ABBREVIATIONS } from '../../src/engine/sentences';
import { lowerCase } from '../../src/detectors/quote/lower-case';
import { tokenize as tokenizeBefore } from './support/tokens-reference';
import { reasonUnnamed } from '../../src/detectors/quote/speaker';
import { findQuotes as findQuotesBefore } from './support/quote-marks-reference';
import { splitSentences } from '../../src/engine/sentences';
import { addRun, addRunsIn, finishRuns, letterRuns, startRuns } from '../../src/engine/phrase-matcher';

const LISTS: Array<[number, (w: string) => boolean]> = [
  [C.SPEECH_W, (w) => C.SPEECH_VERB.has(w)],
  [C.PASSIVE_W, (w) => C.PASSIVE_VERB.has(w)],
  [C.QUOTING_W, (w) => C.QUOTING_VERB.has(w)],
  [C.TITLE_W, (w) => C.TITLE_WORD.has(w)],
  [C.ROLE_W, (w) => C.ROLE_NOUN.has(w)],
  [C.COMMON_W, (w) => C.COMMON_WORD.has(w)],
  [C.PRONOUN_W, (w) => Object.hasOwn(C.PRONOUN, w)],
  [C.CLAUSE_W, (w) => C.CLAUSE_WORD.has(w)],
  [C.DETERMINER_W, (w) => C.DETERMINER.has(w)],
  [C.PREPOSITION_W, (w) => C.PREPOSITION.has(w)],
  [C.CONNECTOR_W, (w) => C.NAME_CONNECTOR.has(w)],
  [C.VERB_MODIFIER_W, (w) => C.VERB_MODIFIER.has(w)],
  [C.GROUP_QUANTIFIER_W, (w) => C.GROUP_QUANTIFIER.has(w)],
  [C.UNNAMED_W, (w) => C.UNNAMED_KIND.has(w)],
  [C.POSTMODIFIER_W, (w) => C.POSTMODIFIER.has(w)],
  [C.ORG_W, (w) => C.ORG_WORD.has(w)],
  [C.CONTAINER_W, (w) => C.CONTAINER_NOUN.has(w)],
  [C.OFFICE_W, (w) => C.OFFICE_WORD.has(w)],
];

function sameFlags(word: string): void {
  const flags = C.wordFlags(word);
  for (const [bit, inList] of LISTS) assert.equal((flags & bit) !== 0, inList(word), `${word} / bit ${bit}`);
}

test('word flags say what the word lists say, for every listed word and for others', () => {
  const words = new Set<string>(['', 'constructor', 'tostring', '__proto__', 'said', 'Said', 'officials', 'the', '&', ',', 'he', 'it', 'valueOf']);
  for (const s of [C.SPEECH_VERB, C.PASSIVE_VERB, C.QUOTING_VERB, C.TITLE_WORD, C.ROLE_NOUN, C.COMMON_WORD, C.CLAUSE_WORD, C.DETERMINER, C.PREPOSITION, C.NAME_CONNECTOR, C.VERB_MODIFIER, C.GROUP_QUANTIFIER, C.POSTMODIFIER, C.ORG_WORD, C.CONTAINER_NOUN, C.OFFICE_WORD]) {
    for (const w of s) words.add(w);
  }
  for (const w of C.UNNAMED_KIND.keys()) words.add(w);
  for (const w of words) sameFlags(w);
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (w) => sameFlags(w.toLowerCase())), { numRuns: 2000 });
});

/** The former quoteWords, by regular expressions: the reference for the hand scan. */
function quoteWordsByRegex(text: string, q: QuoteSpan): string[] {
  const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end);
  return inner.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Characters where a hand scan and a regular expression are most likely to part ways. */
const TRICKY = [
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\x1c', '\x85', '\u200b',
  'a', 'Z', '7', 'É', 'ß', '\u0301', 'e\u0301', '٣', '²', 'Ⅻ', '😀', '𝐀', '𠀀', '\ud800', '\udc00', '\udbff\udfff',
  '.', ',', '-', '—', "'", '’', '"', '“', '”', '«', '…', '(', ')', '&', '#',
];
const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

test('quoteWords finds the words the former regular expressions found', () => {
  const real = ['“We will rebuild,” she said.', '"the lower town"', '“Too big to fail”', '‘it’s fine — really’', '“ … ”', '“Über-Strategie 2.0, née Plan B”', '“We’re 100% done\r\n— honestly”'];
  for (const t of real) {
    for (const q of [{ start: 0, end: t.length, single: false, closed: true }, { start: 0, end: t.length, single: false, closed: false }]) assert.deepEqual(quoteWords(t, q), quoteWordsByRegex(t, q), t);
  }
  fc.assert(
    fc.property(trickyText, fc.boolean(), (inner, closed) => {
      const t = `x “${inner}” y`;
      const q = { start: 2, end: closed ? t.length - 2 : t.length, single: false, closed };
      assert.deepEqual(quoteWords(t, q), quoteWordsByRegex(t, q));
    }),
    { numRuns: 5000 },
  );
});

/** Each word token's lower-case form and list bits, as the tokenizer gave them before the table: toLowerCase and a map lookup. */
function checkTokens(text: string): void {
  for (const t of tokenize(text, findQuotes(text), splitSentences(text)).tokens) {
    if (t.kind === 'quote') {
      assert.equal(t.upper, /^\p{Lu}/u.test(t.text));
      continue;
    }
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.upper, /^\p{Lu}/u.test(t.text), t.text);
    const lower = t.kind === 'word' ? (t.possessive ? t.text.slice(0, -2) : t.text).toLowerCase() : t.text;
    assert.equal(t.lower, lower, t.text);
    assert.equal(t.flags, C.wordFlags(lower) | (t.kind === 'word' && /^[0-9]+$/.test(t.text) ? C.DIGITS_W : 0), t.text);
  }
}

test('tokens get the lower-case form and list bits of their word, through the table or not', () => {
  const words = [...C.SPEECH_VERB, ...C.TITLE_WORD, ...C.DETERMINER, ...C.NAME_CONNECTOR, ...C.UNNAMED_KIND.keys()];
  checkTokens(words.join(' '));
  checkTokens(words.map((w) => w.toUpperCase()).join(', '));
  checkTokens(words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}’s`).join(' '));
  checkTokens('2 of 3 men, 1990s, 200,000 and 3.5 or 07 x2 2x.');
  checkTokens('The OFFICIALS said Dr. Roe’s U.S. aides & the İstanbul Straße office (Kelvin \u212Aelvin) told AFP: “fine,” he said.\r\nSaid’s stance, officials’ view.');
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...TRICKY, ...words.slice(0, 40), 'Said', 'SAID', 'The', '’s', "'s", 'ſaid', '\u212A'), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }), (parts) => checkTokens(parts.join(' '))),
    { numRuns: 3000 },
  );
});

test('reasonUnnamed, searching one set of letter runs, says what the matchers’ own tests say', () => {
  const old = (p: string) => (C.ANONYMITY.test(p) ? 'anonymity granted' : C.KNOWLEDGE.test(p) ? 'described by what they know' : undefined);
  const phrases = ['who spoke on condition of anonymity', 'people familiar with the matter', 'a person briefed on the talks, who asked not to be named', 'the official said', 'ANONYMOUSLY speaking', 'familiar-with'];
  for (const p of phrases) assert.equal(reasonUnnamed(p), old(p), p);
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...TRICKY, 'who', 'spoke', 'on', 'condition', 'of', 'anonymity', 'familiar', 'with', 'the', 'matter', 'asked', 'not', 'to', 'be', 'named'), fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
    const p = parts.join(' ');
    assert.equal(reasonUnnamed(p), old(p));
  }), { numRuns: 3000 });
});

test('findQuotes pairs exactly the marks the former two-pass scan paired', () => {
  const real = [
    '“We will rebuild,” she said. ‘It’s fine,’ he said of the officers’ union.', "He said 'no' and 'rock 'n' roll' in the '90s.", '"Go," she said, "now."', '„Ja“, sagte er. «Oui», dit-elle.',
    'It’s ‘the “lower town”’ now', '“Open and never closed: ‘nested’', "Kenya's 'best' team's 'win'", '“a\r\n\r\nb’ c‘ d’',
  ];
  for (const t of real) assert.deepEqual(findQuotes(t), findQuotesBefore(t), t);
  const marks = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', ' ', 'a', 'B', 's', '.', ',', ':', '-', '—', '(', ')', '\n', '\r\n', '90', 'em', '1', 'é', '😀'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...marks), fc.constantFrom(...TRICKY)), { maxLength: 60 }), (parts) => {
    const t = parts.join('');
    assert.deepEqual(findQuotes(t), findQuotesBefore(t));
  }), { numRuns: 5000 });
});

/** The former word pattern, the reference for wordEnd and plainWordEnd. */
const WORD = /(?:\p{L}{1,2}\.){2,}|[\p{L}\p{N}]+(?:[.,]\p{N}+|['’\-&][\p{L}\p{N}]+)*/uy;

test('plainWordEnd finds a word only where the word pattern ends it the same way, and no abbreviation or possessive can follow', () => {
  const check = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const plain = plainWordEnd(text, i);
      if (plain === i) continue;
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      assert.ok(m, `${JSON.stringify(text)} @${i}`);
      assert.equal(i + m[0].length, plain, `${JSON.stringify(text)} @${i}`);
      assert.equal(wordEnd(text, i), plain);
      if (text[plain] === '.') assert.ok(plain - i >= 3);
    }
  };
  check('He said, “200,000 people” in U.S. a.m. rock-n-roll AT&T it’s Kenya\'s 3.5 x,y 1,2 end,');
  const pieces = ['a', 'Ab', 'said', 'US', '2026', '3', ',', '.', "'", '’', '-', '&', ' ', '\n', 'é', '٣', '😀', '\u0301', 's', 'x,', ',1', ',é', '“'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...TRICKY)), { maxLength: 30 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
});

test('isAbbreviation, skipping its patterns for long words without a stop, says what the patterns said', () => {
  const before = (word: string) => ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  for (const w of ['Dr', 'U.S', 'a', 'É', '𝐀', 'said', 'Gen', 'Jan', 'a.m', 'Ph.D', 'e\u0301', 'ab', '1', 'Sept']) assert.equal(isAbbreviation(w), before(w), w);
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'B', '.', 'é', '𝐀', '\u0301', '1', 'x', 'Dr', 'St'), { minLength: 1, maxLength: 6 }), (parts) => {
    const w = parts.join('');
    assert.equal(isAbbreviation(w), before(w), w);
  }), { numRuns: 3000 });
});

test('lowerCase gives what toLowerCase gives, and singular reads it so', () => {
  for (const w of ['said', 'Said', 'OFFICIALS', 'İstanbul', 'ΣΟΦΟΣ', 'Straße', 'ǅ', '\u212A', 'officers’', '']) assert.equal(lowerCase(w), w.toLowerCase(), w);
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (w) => assert.equal(lowerCase(w), w.toLowerCase())), { numRuns: 5000 });
});

test('wordEnd ends a word where the former word pattern does; no letter or number is general punctuation', () => {
  for (let c = 0x2000; c <= 0x206f; c++) assert.ok(!/^[\p{L}\p{N}]$/u.test(String.fromCharCode(c)) && isGeneralPunctuation(c));
  const pieces = ['a', 'Ab', '2026', ',', '.', "'", '’', '-', '&', ' ', 'é', '٣', '²', '𝐀', '😀', '\u0301', '“', '”', '—', '…', '\u2070', '\u2071', ',٣', '.5'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...TRICKY)), { maxLength: 25 }), (parts) => {
    const text = parts.join('');
    for (let i = 0; i < text.length; i++) {
      // A unicode regex started inside a surrogate pair backs up to the pair; the tokenizer never starts there.
      if (/[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i]!)) continue;
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      assert.equal(wordEnd(text, i), m ? i + m[0].length : i, `${JSON.stringify(text)} @${i}`);
    }
  }), { numRuns: 4000 });
});

test('sentence ranges cover the tokens sentence by sentence', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('He said.', 'no', '“Quote.”', 'U.S.', '?', '\n\n', 'Then', 'it', 'rained!', ' '), { maxLength: 30 }), (parts) => {
    const text = parts.join(' ');
    const { tokens, sentences } = tokenize(text, findQuotes(text), splitSentences(text));
    const expected: Array<{ from: number; to: number }> = [];
    tokens.forEach((t, i) => {
      if (!expected[t.sentence]) expected[t.sentence] = { from: i, to: i + 1 };
      else expected[t.sentence]!.to = i + 1;
    });
    assert.deepEqual(sentences, expected.filter(Boolean));
  }), { numRuns: 2000 });
});

test('lineBreakFrom finds the first CR or LF as /[\\r\\n]/ does', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', '\u2028', 'é'), { maxLength: 12 }), fc.nat(14), (parts, from) => {
    const text = parts.join('');
    const i = text.slice(from).search(/[\r\n]/);
    assert.equal(lineBreakFrom(text, from), i < 0 ? -1 : Math.min(from, text.length) + i);
  }), { numRuns: 3000 });
});

test('lineBreakBefore says what /\\n\\s*$/ says of the three characters before, as the tokenizer asked it', () => {
  const before = (text: string, at: number) => /\n\s*$/.test(text.slice(Math.max(0, at - 3), at));
  for (const t of ['said.\nThen', 'said.\r\nThen', 'said. \n Then', 'said.\n\n\nThen', 'said.   \nThen', '\nA', 'a\u2028\nb', 'x\n\u00a0\ty']) {
    for (let at = 0; at <= t.length; at++) assert.equal(lineBreakBefore(t, at), before(t, at), `${JSON.stringify(t)} @${at}`);
  }
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom('\n', '\r\n', ' ', 'a.')), { maxLength: 12 }), fc.nat(40), (parts, n) => {
    const text = parts.join('');
    const at = n % (text.length + 1);
    assert.equal(lineBreakBefore(text, at), before(text, at), `${JSON.stringify(text)} @${at}`);
  }), { numRuns: 5000 });
});

test('sentence breaks after a line break are read the same whether the block is asked if it is hard-wrapped up front or only there', () => {
  // The former tokenizer asked isHardWrapped of every block first; tokenize now asks only at a break after a line break.
  const lines = ['Officials said the storm', 'would pass by noon.', 'Then it rained', 'on the town.', '“It’s over,” he said.', 'Short', 'A B.'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', ' \n', ' '), (parts, sep) => {
    const text = parts.join(sep);
    const quotes = findQuotes(text);
    const spans = splitSentences(text);
    assert.deepEqual(tokenize(text, quotes, spans).sentences, tokenizeBefore(text, quotes, spans).sentences, JSON.stringify(text));
  }), { numRuns: 2000 });
});

test('lowerCaseFollows says what /^\\s*\\p{Ll}/u says of the text from there, and CRLF reads as LF', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(' ', '  ', 'a', 'A', '\n', '\r\n', '\t', '\u00a0', '\u2028', 'é', 'É', '𝐚', '\ud835', '"', '”', '1', '.'), { maxLength: 8 }), fc.nat(8), (parts, from) => {
    const text = parts.join('');
    assert.equal(lowerCaseFollows(text, from), /^\s*\p{Ll}/u.test(text.slice(from)), JSON.stringify(text));
  }), { numRuns: 5000 });
  // A stop, a space and a line break: a fixed window of three characters saw the LF twin's letter only.
  assert.equal(lowerCaseFollows('said. \r\nthe', 5), true);
  assert.equal(lowerCaseFollows('said. \nthe', 5), true);
});

/** The fields the former tokenizer gave each token. */
function fields(t: { kind: string; start: number; end: number; text: string; lower: string; sentence: number; quote?: number; possessive?: boolean; initial?: boolean; upper: boolean }) {
  return { kind: t.kind, start: t.start, end: t.end, text: t.text, lower: t.lower, sentence: t.sentence, quote: t.quote, possessive: t.possessive, initial: t.initial, upper: t.upper };
}

test('tokenize gives the tokens and sentences the former tokenizer gave', () => {
  const check = (text: string) => {
    const quotes = findQuotes(text);
    const spans = splitSentences(text);
    const now = tokenize(text, quotes, spans);
    const before = tokenizeBefore(text, quotes, spans);
    assert.deepEqual(now.tokens.map(fields), before.tokens.map(fields), JSON.stringify(text));
    assert.deepEqual(now.sentences, before.sentences);
  };
  check('Gov. Jane Roe said Sept. 3 that U.S. officials, about 200,000 people, met at 3.5 p.m. in Washington. “It’s done,” she said. Kenya’s team won: Dr. Who? T.J. Petrizzo, Inc. and the Rev. Al spoke.\r\nThen it rained.');
  check('.    said and.  \r\n  then. So');
  const pieces = ['Gov', 'Dr', 'Sept', 'Mr', 'Inc', 'etc', 'said', 'The', 'US', 'U', 'a', 'Ab', 'abc', '3', '200', 'p', 'm', '.', '. ', ', ', ',', ':', '?', '!', ' ', '\n', '\r\n', '“', '”', '’', "'", '-', '&', 'é', '😀', '\u0301', 's', '—', '…', '(', ')'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...TRICKY)), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 4000 });
});

test('tokenize with a store gives, block after block, the tokens a fresh call gives', () => {
  const pieces = ['Gov.', 'Jane', 'Roe', 'said', '“It’s done,”', 'Kenya’s', 'U.S.', '3.5', '.', ', ', ' ', '\n', '\r\n', '?', 'é', '😀', '\u0301'];
  fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...pieces, ...TRICKY), { maxLength: 30 }), { maxLength: 6 }), (blocks) => {
    const store = new TokenStore();
    for (const parts of blocks) {
      const text = parts.join(' ');
      const quotes = findQuotes(text);
      const spans = splitSentences(text);
      const pooled = tokenize(text, quotes, spans, store);
      assert.deepEqual(pooled, tokenize(text, quotes, spans), JSON.stringify(text));
      // What the finders leave on a token (isNameWord's answer) must not reach the next block.
      for (const t of pooled.tokens) t.name = true;
    }
  }), { numRuns: 1500 });
});

test('the letter runs the tokenizer reads along the way are those letterRuns reads', () => {
  const check = (text: string) => {
    const read = tokenize(text, findQuotes(text), splitSentences(text), new TokenStore(), true).runs;
    assert.ok(read !== undefined, `runs split: ${JSON.stringify(text)}`);
    assert.deepEqual(read, letterRuns(text), JSON.stringify(text));
  };
  check('Gov. Jane Roe said Sept. 3 that U.S. officials, about 200,000 people, met at 3.5 p.m. in Washington. “It’s done,” she said. Kenya’s team won: Dr. Who? T.J. Petrizzo, Inc. and the Rev. Al spoke.\r\nThen it rained.');
  check('It is widely believed that the 31-year-old’s x2 2x abc123def “ſaid \u212Aelvin” İstanbul e\u0301t\u00e9 rock ’n’ roll, the ’90s; ‘quoted’ "straight" «guillemets» — A.B.C. a.m. 3.5abc 😀x 𝐀bc');
  const pieces = ['Gov', 'Dr', 'Sept', 'said', 'The', 'US', 'U', 'a', 'Ab', 'abc', 'ABC', '3', '200', 'p', 'm', 'x2', '2x', 'ſ', '\u212A', 'ſaid', '.', '. ', ', ', ',', ':', '?', ' ', '\n', '\r\n', '“', '”', '‘', '’', "'", '"', '«', '»', '-', '&', 'é', 'e\u0301', '😀', '𝐀', '\u0301', 's', '—', '…', '(', ')'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
});

test('a run added where the last one ended spoils the runs written piece by piece', () => {
  startRuns();
  addRunsIn('ab cd', 0, 2);
  addRun(2, 4, 0);
  assert.equal(finishRuns(), undefined);
  startRuns();
  addRunsIn('abcd', 0, 2);
  addRunsIn('abcd', 2, 4);
  assert.equal(finishRuns(), undefined);
  startRuns();
  addRunsIn('ab cd', 0, 3);
  addRunsIn('ab cd', 3, 5);
  assert.deepEqual(finishRuns(), letterRuns('ab cd'));
});
