// The phrase matcher must find exactly what the single compiled regex finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePhrases, findAll } from '../../src/engine/lexicon';
import { letterRuns, PhraseMatcher } from '../../src/engine/phrase-matcher';
import { LOADED_LEXICON } from '../../src/detectors/loaded-language/lexicon';
import { GROUP_PHRASES, IMPERSONAL_PHRASES, WEASEL_SLOTS } from '../../src/detectors/weasel-attribution/lexicon';
import { AD_LABELS, CREDIT_OPENERS, RELATED_HEADINGS, SECTION_HEADING_PREFIXES, SOURCE_LIST_HEADINGS, VIDEO_CHROME_LINES, WIDGET_LINES, ATTRIBUTION_VERBS, OWN_VOICE_PLUGS, PIECES, PLATFORMS, MEDIA, SITE_WORDS, SPONSOR_LINES, SPONSOR_NOTES, TEASER_OPENERS, IMPERATIVES } from '../../src/detectors/promotional/lexicon';
import * as Q from '../../src/detectors/quote/lexicon';

const LISTS: Array<[string, readonly string[], Readonly<Record<string, readonly string[]>>]> = [
  ['loaded terms', LOADED_LEXICON.entries.map((e) => e.term.toLowerCase()), {}],
  ['loaded unless', LOADED_LEXICON.unless, LOADED_LEXICON.slots],
  ['weasel groups', GROUP_PHRASES, WEASEL_SLOTS],
  ['weasel impersonal', IMPERSONAL_PHRASES, WEASEL_SLOTS],
  ['promotional attribution verbs', ATTRIBUTION_VERBS, {}],
  ['promotional imperatives', IMPERATIVES.map((i) => i.verb), {}],
  ...([
    ['sponsor lines', SPONSOR_LINES], ['sponsor notes', SPONSOR_NOTES], ['own-voice plugs', OWN_VOICE_PLUGS], ['teaser openers', TEASER_OPENERS],
    ['related headings', RELATED_HEADINGS], ['ad labels', AD_LABELS], ['widget lines', WIDGET_LINES], ['video chrome', VIDEO_CHROME_LINES],
    ['source list headings', SOURCE_LIST_HEADINGS], ['credit openers', CREDIT_OPENERS], ['section heading prefixes', SECTION_HEADING_PREFIXES],
  ] as const).map(([n, list]): [string, readonly string[], Readonly<Record<string, readonly string[]>>] => [`promotional ${n}`, list, { platform: PLATFORMS, media: MEDIA, piece: PIECES, site: SITE_WORDS }]),
  ['anonymity phrases', Q.ANONYMITY_PHRASES, Q.ANONYMITY_SLOTS],
  ['knowledge phrases', Q.KNOWLEDGE_PHRASES, {}],
  // Second runs behind apostrophes, hyphens, digits, non-ASCII letters, empty slot values and phrase ends.
  ['second words', ["it's {v}", 'co-{v} deal', 'x 9 {v}', 'café {v}', 'the{e} {v}', 'so {v}', 'so', 'a {e}{v}s'], { v: ['said', 'k', 'ſay', 'well known', ''], e: ['', 'e'] }],
  // Third runs: after a slot, behind apostrophes and hyphens, a second run some phrase ends with, slots that span runs.
  ['third words', ['has been {how} seen', 'has been', 'has {w} out', "it's {v} done", 'x-y {v}', 'a {w} {v}', 'a long{e} way', 'b {w}'], { how: ['widely', 'ſo', ''], w: ['long been', 'been', 'k'], v: ['said', 'well known', ''], e: ['', 'er'] }],
  ['slots glued to words', ['re{verb}ed', '{pre}port it', 'x{pre}'], { verb: ['port', 'call', ''], pre: ['im', 'ex', 'sup{verb}'] }],
];

/** Phrases of a list with their slots filled in (a fixed pseudo-random sample), and their words. */
function samples(phrases: readonly string[], slots: Readonly<Record<string, readonly string[]>>): string[] {
  let seed = 7;
  const pick = <T>(items: readonly T[]): T => items[(seed = (seed * 16807) % 2147483647) % items.length]!;
  const fill = (phrase: string): string => phrase.replace(/\{(\w+)\}/g, (_, slot: string) => fill(pick(slots[slot]!)));
  const filled = Array.from({ length: 300 }, () => fill(pick(phrases)));
  return [...filled, ...filled.flatMap((p) => p.split(/\s+/))].filter((s) => s !== '');
}

/** A sample or word as it may appear in text: re-cased, cut short, or with the characters that case-fold onto ASCII letters. */
const variant = (text: string) =>
  fc.constantFrom(text, text.toUpperCase(), text[0]!.toUpperCase() + text.slice(1), text.slice(0, -1), text.replace(/s/g, 'ſ').replace(/k/g, '\u212a'), `${text}s`);
const SEPARATORS = [' ', ' ', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', ', ', '. ', "'", '’', '-', '', 'é', '5', '😀', '“', 'İ'];

for (const [name, phrases, slots] of LISTS) {
  test(`${name}: the matcher finds what the single regex finds`, () => {
    const matcher = new PhraseMatcher(phrases, slots);
    const regex = compilePhrases(phrases, slots);
    const anywhere = compilePhrases(phrases, slots, 'iu');
    const piece = fc.tuple(fc.constantFrom(...samples(phrases, slots)).chain(variant), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s);
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    let hits = 0;
    fc.assert(
      fc.property(text, fc.nat(1000), (t, base) => {
        const found = matcher.findAll(t, base);
        hits += found.length;
        assert.deepEqual(found, findAll(regex, t, base));
        assert.equal(matcher.test(t), anywhere.test(t));
      }),
      { numRuns: 3000, seed: 11 },
    );
    assert.ok(hits > 1000, `only ${hits} matches in the generated texts`);
  });

  test(`${name}: mayStartAt never turns away a text the phrases match at its start`, () => {
    const matcher = new PhraseMatcher(phrases, slots, 'iu');
    const anchored = new RegExp(`^(?:${compilePhrases(phrases, slots, 'iu').source})`, 'iu');
    const piece = fc.tuple(fc.constantFrom(...samples(phrases, slots)).chain(variant), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s);
    const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    let starts = 0;
    let gated = 0;
    fc.assert(
      fc.property(text, (t) => {
        const may = matcher.mayStartAt(t, 0);
        if (!may) gated++;
        if (anchored.test(t)) {
          starts++;
          assert.ok(may, JSON.stringify(t));
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
    assert.ok(starts > 100 && gated > 100, `${starts} texts matched, ${gated} turned away`);
  });
}

test('a list with a phrase that does not begin with a letter still matches, and an empty list matches nothing', () => {
  const matcher = new PhraseMatcher(['9/11 attacks', 'the attacks']);
  assert.deepEqual(matcher.findAll('after the 9/11 attacks').map((h) => h.text), ['9/11 attacks']);
  assert.deepEqual(new PhraseMatcher([]).findAll('any text at all'), []);
});

test('letterRuns gives every maximal run of run letters with its hash, for texts longer than its buffer too', () => {
  // The plain array version it replaced (which found a run's end, then hashed it in a second pass), kept as the reference.
  const isRunChar = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a;
  const fold = (c: number) => (c === 0x17f ? 0x73 : c === 0x212a ? 0x6b : c | 32);
  const reference = (text: string): number[] => {
    const runs: number[] = [];
    for (let i = 0; i < text.length; ) {
      if (!isRunChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && isRunChar(text.charCodeAt(end))) end++;
      let hash = 0;
      for (let k = i; k < end; k++) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(k))) | 0;
      runs.push(i, end, hash & 0x3fffffff);
      i = end;
    }
    return runs;
  };
  const long = 'Critics say, it is widely believed; ſome Kelvin-K café\r\n'.repeat(2_000);
  const odd = ['Cafe\u0301 don’t re-elect\r\nſtate', 'KELVIN\u212aſ\u017F', '𝐀bc 😀x\ud800y', 'x'];
  for (const text of ['', '   ', 'a', long, long.slice(7), ...odd]) assert.deepEqual([...letterRuns(text)], reference(text));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assert.deepEqual([...letterRuns(text)], reference(text))), { numRuns: 300 });
});
