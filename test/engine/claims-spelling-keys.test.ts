// Linking offers a name only the entities that share spelling keys with two of its words; the keys
// must still be shared by every pair of words that `link` accepts as the same (equal, or a near miss
// with the same first letter). The key set before first letters were kept is the reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spellingKeys } from '../../src/engine/claims/entity-index';
import { isNearMiss, skeleton } from '../../src/engine/claims/spelling';
import { fold } from '../../src/engine/claims/tokens';

/** The keys as they were: deletions at every position, the first letter's included. */
function referenceKeys(token: string): Set<string> {
  const keys = new Set<string>([`=${token}`]);
  if (token.length >= 4) keys.add(`~${skeleton(token)}`);
  if (token.length >= 5) {
    for (let i = 0; i < token.length; i++) {
      const once = token.slice(0, i) + token.slice(i + 1);
      keys.add(`=${once}`);
      if (token.length >= 8) for (let j = i; j < once.length; j++) keys.add(`=${once.slice(0, j)}${once.slice(j + 1)}`);
    }
  }
  return keys;
}

/** `sameToken` of entities.ts: what linking accepts as one word. */
const sameToken = (a: string, b: string) => a === b || (a[0] === b[0] && isNearMiss(a, b));
const shareKey = (a: string, b: string) => {
  const keys = new Set(spellingKeys(a));
  return spellingKeys(b).some((k) => keys.has(k));
};

const LETTERS = 'aeioubcdfghklmnprstvwyzéñüı'.split('');
/** Words as linking indexes them: folded (`nameTokens`). */
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 14 }).map((l) => fold(l.join('')));
/** One edit away from the word: a letter changed, added, dropped, or two swapped. */
const edit = (w: string, kind: number, at: number, letter: string): string => {
  const i = at % (w.length + 1);
  if (kind === 0) return w.slice(0, i) + letter + w.slice(i + 1);
  if (kind === 1) return w.slice(0, i) + letter + w.slice(i);
  if (kind === 2) return w.slice(0, i) + w.slice(i + 1);
  return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
};
const edited = fc.tuple(word, fc.array(fc.tuple(fc.nat(3), fc.nat(20), fc.constantFrom(...LETTERS)), { minLength: 1, maxLength: 3 })).map(([w, edits]) => [w, fold(edits.reduce((v, [k, at, l]) => edit(v, k, at, l), w))] as const);
const REAL = [['gonzalez', 'gonzales'], ['mohammed', 'muhammad'], ['mohammed', 'mohamed'], ['alexandrov', 'aleksandrov'], ['tchaikovsky', 'chaikovsky'], ['philipps', 'filipps'], ['ortega', 'ortegas'], ['kowalczyk', 'kowalcyzk'], ['schwarzenegger', 'schwarzeneger']] as const;

test('spelling keys: every pair of words linking accepts shares a key, and the keys are the old ones minus first-letter deletions', () => {
  const check = (a: string, b: string) => {
    if (sameToken(a, b)) assert.ok(shareKey(a, b), `${a} / ${b}`);
    for (const w of [a, b]) {
      const old = referenceKeys(w);
      for (const k of spellingKeys(w)) assert.ok(old.has(k), `${k} of ${w}`);
    }
  };
  for (const [a, b] of REAL) check(a, b), check(b, a);
  fc.assert(fc.property(edited, ([a, b]) => check(a, b)), { numRuns: 20000 });
  fc.assert(fc.property(word, word, (a, b) => check(a, b)), { numRuns: 5000 });
});
