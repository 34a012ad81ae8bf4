// The word readers of titles.ts and entities.ts must give exactly what the regexes (and /\s+/ splits)
// they replace gave. Each reference is kept here, as it was in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpace } from '../../src/engine/spaces';
import { lastWord, letterAndHyphenWords, lowerWordsBefore, splitSpaces, wordBeforeSpace, withoutPluralS } from '../../src/engine/claims/word-readers';
import { fold } from '../../src/engine/claims/tokens';
import { anyText } from './support/arbitraries';

/** Words, glue and the characters where a scanner and a regex may disagree. */
const PIECES = ['chief', 'executive', 'senior vice', 'spokesperson', 'the', 'said', 'co-founder', '-', '--', 'Acme', 'CEO', 'ex-', 'former', 'O’Brien', "Reyes's", 'Garci\u0301a', 'Ünal', 'İstanbul', 'ſeptember', '\u212aelvin', '𝐀bc', '𝒜', '😀', 'é', '\u0301', '\ud800', '\udc00', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', ' ', '  ', ', ', '. ', '\n', '\r\n', '\t', '\v', '—', "'", '’', '“', '(', '3'];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const texts = fc.oneof(prose, anyText(80));
const REAL = ['Information Minister ', 'the company’s chief executive ', 'said senior vice president ', 'ex-president  ', 'a spokesperson\r\n', 'Ana María Ortega', '', ' ', 'co-founder -', 'said   ', 'former CEO ', 'the union leaders', 's', 'ss', 'news', '\tchief  executive\r\n'];

const wordBeforeSpaceReference = (text: string) => /([\p{L}-]+)\s+$/u.exec(text)?.[1];
const lowerWordsReference = (text: string) => /((?:[a-z][a-z-]*\s+){1,2})$/.exec(text)?.[1]!.trim().split(/\s+/);
const lastWordReference = (text: string) => text.split(/\s+/).filter(Boolean).pop() ?? '';

test('word readers: the words before a name, the last word, the /\\s+/ split and the plural "s" agree with their regexes', () => {
  const check = (text: string) => {
    assert.equal(wordBeforeSpace(text), wordBeforeSpaceReference(text), JSON.stringify(text));
    assert.deepEqual(lowerWordsBefore(text), lowerWordsReference(text), JSON.stringify(text));
    assert.equal(lastWord(text), lastWordReference(text), JSON.stringify(text));
    assert.equal(lastWord(fold(text)), lastWordReference(fold(text)), JSON.stringify(text));
    // A description's head noun, as entities.ts took it.
    assert.equal(lastWord(text), text.trim().split(/\s+/).pop() ?? '', JSON.stringify(text));
    assert.deepEqual(splitSpaces(text), text.split(/\s+/), JSON.stringify(text));
    assert.deepEqual(splitSpaces(fold(text)), fold(text).split(/\s+/), JSON.stringify(text));
    for (const word of [text, lastWord(text), `${text}s`, `${text}S`, `${text}s `, `${text}ſ`]) assert.equal(withoutPluralS(word), word.replace(/s$/, ''), JSON.stringify(word));
  };
  REAL.forEach(check);
  fc.assert(fc.property(texts, check), { numRuns: 5000 });
});

const lettersReference = (text: string) => text.replace(/['’]s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
const TITLE_PIECES = [...PIECES, "'s", '’s', "'S", "'sa", '’s-', 's', 'vice president', 'Acme’s', "Reyes's", 'U.S.', '&', '.', '(acting)', '1st', '_', '\ud800', '\ud835\udc00', '\ud83d\ude00', '\u0301'];
const titlePhrase = fc.oneof(fc.array(fc.constantFrom(...TITLE_PIECES), { maxLength: 20 }).map((p) => p.join('')), anyText(60));

test('title phrases: letters and hyphens are kept as the four replacements kept them', () => {
  const check = (text: string) => {
    assert.equal(letterAndHyphenWords(text).join(' '), lettersReference(text), JSON.stringify(text));
    assert.equal(letterAndHyphenWords(fold(text)).join(' '), lettersReference(fold(text)), JSON.stringify(text));
    // The words, as titleWords splits them: none for an empty result.
    const words = (t: string) => (lettersReference(t) === '' ? [] : lettersReference(t).split(' '));
    assert.deepEqual(letterAndHyphenWords(text), words(text), JSON.stringify(text));
    assert.deepEqual(letterAndHyphenWords(fold(text)), words(fold(text)), JSON.stringify(text));
  };
  ['Acme’s senior vice president for logistics', "the company's chief executive", '  co-founder (acting), U.S. ', '\ud800\'s\udc00', 'ex-CEO 1st'].forEach(check);
  fc.assert(fc.property(titlePhrase, check), { numRuns: 10000 });
});

test('white space: isSpace is \\s on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
