// The entity index's spelling keys are hashes computed from prefix hashes, and skeletons are built
// by char codes; both are checked here against the string and regex versions they replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isNearMiss, skeleton } from '../../src/engine/claims/spelling';
import { spellingKeys, spellingKeyHash } from '../../src/engine/claims/spelling-keys';
import { fold } from '../../src/engine/claims/tokens';
import { anyText } from './support/arbitraries';

/** The former regex skeleton. */
function skeletonByRegex(word: string): string {
  const w = fold(word).replace(/[^a-z]/g, '').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/w/g, 'v');
  if (!w) return '';
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

/** The former string keys. */
function stringKeys(token: string): string[] {
  const keys = new Set<string>([`=${token}`]);
  if (token.length >= 4) keys.add(`~${skeletonByRegex(token)}`);
  if (token.length >= 5) {
    for (let i = 0; i < token.length; i++) {
      const once = token.slice(0, i) + token.slice(i + 1);
      keys.add(`=${once}`);
      if (token.length >= 8) for (let j = i; j < once.length; j++) keys.add(`=${once.slice(0, j)}${once.slice(j + 1)}`);
    }
  }
  return [...keys];
}

function hashedKeys(token: string): Set<number> {
  return new Set(spellingKeys(token));
}

const NAMES = ['Mohammed', 'Muhammad', 'Yusuf', 'Yousef', 'Castelmote', 'Castelmonte', 'Phillips', 'Filips', 'Jackson', 'Qureshi', 'Kureshi', 'Wojciech', 'García', 'Łódź', 'Zürich', "O'Brien", 'Smith-Jones', 'Aaron', 'Iyyer', 'Bb', '', 'x', 'Schwarzenegger', 'İstanbul', 'straße'];
const lettery = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzphckqwy'.split(''), 'é', 'ü', 'ł', "'", '-', 'İ', 'ß', '😀', '\u0301'), maxLength: 14 });
const words = fc.oneof(lettery, anyText(14), fc.constantFrom(...NAMES));

test('skeleton by char codes equals the regex skeleton', () => {
  for (const w of NAMES) assert.equal(skeleton(w), skeletonByRegex(w), w);
  fc.assert(fc.property(words, (w) => skeleton(w) === skeletonByRegex(w)), { numRuns: 3000 });
});

test('hashed spelling keys are exactly the hashes of the former string keys', () => {
  const check = (token: string) => {
    const expected = new Set(stringKeys(token).map((k) => spellingKeyHash(k[0] as '=' | '~', k.slice(1))));
    assert.deepEqual(hashedKeys(token), expected, token);
  };
  for (const w of NAMES) check(fold(w));
  fc.assert(fc.property(words, (w) => check(w)), { numRuns: 3000 });
  // Scratch arrays reused for tokens of growing and shrinking length keep no stale state.
  for (const w of ['ab', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghij', 'abcde', 'castelmonte']) check(w);
});

test('near misses share a spelling key', () => {
  // Index tokens are folded already; letters whose folding is not stable (İ) are left out.
  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzphckqwy'.split(''), 'é', 'ü', "'", '-'), maxLength: 14 });
  const pairs = fc.tuple(letters, fc.nat(20), fc.nat(20), fc.constantFrom('a', 'e', 'k', 'z')).map(([w, i, j, c]) => {
    const a = `m${w}`;
    const del = a.length > 1 ? a.slice(0, 1 + (i % (a.length - 1))) + a.slice(2 + (i % (a.length - 1))) : a;
    const sub = del.length > 2 ? del.slice(0, 1 + (j % (del.length - 1))) + c + del.slice(2 + (j % (del.length - 1))) : del;
    return [fold(a), fold(sub)] as const;
  });
  fc.assert(
    fc.property(pairs, ([a, b]) => {
      if (a !== b && !isNearMiss(a, b)) return true;
      const x = hashedKeys(a);
      return [...hashedKeys(b)].some((k) => x.has(k));
    }),
    { numRuns: 3000 },
  );
});
