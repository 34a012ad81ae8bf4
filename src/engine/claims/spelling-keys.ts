import { skeletonCodes, type CodeBuffer } from './spelling';

/**
 * Keys shared by any two tokens that are equal or a near miss (`isNearMiss`): the token itself, its
 * consonant skeleton (transliteration variants), and the strings left by deleting one letter (for
 * words of 5 letters or more, where one slip counts) or two (8 or more). Two words within edit
 * distance k both reduce to a common string by at most k deletions each.
 *
 * The keys are hashes of those strings (`spellingKeyHash`), computed from prefix hashes without
 * making any string: a long draft has thousands of distinct name tokens, and building and hashing
 * their dozens of key strings each was most of the cost of linking names. Two equal strings
 * always give one hash, so an index by these keys finds every entity the strings would; a collision
 * only adds a candidate, which linking tests anyway. A key may be listed twice (a word with a
 * doubled letter); users count each token once per entity.
 */
export function spellingKeys(token: string): readonly number[] {
  let keys = CACHE.get(token);
  if (!keys) {
    if (CACHE.size >= CACHE_SIZE) CACHE.clear();
    CACHE.set(token, (keys = computeKeys(token)));
  }
  return keys;
}

/**
 * Names recur through a document and a relink after an edit asks for all of them again. Large
 * enough for the name tokens of a 1 MB draft (about 9,000); a key is a small integer, so this is a
 * few megabytes at most where string keys for 2,000 tokens were one.
 */
const CACHE = new Map<string, readonly number[]>();
const CACHE_SIZE = 12_000;

let PREFIX = new Int32Array(32);
let POWERS = new Int32Array(32);
const SKELETON: CodeBuffer = { codes: new Uint16Array(32) };

function computeKeys(token: string): number[] {
  const n = token.length;
  if (PREFIX.length <= n) {
    PREFIX = new Int32Array(n * 2 + 1);
    POWERS = new Int32Array(n * 2 + 1);
  }
  const p = PREFIX;
  const pow = POWERS;
  p[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    p[i + 1] = (Math.imul(p[i]!, BASE) + token.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE);
  }
  // Hash of token[a..b), from the prefix hashes.
  const part = (a: number, b: number) => (p[b]! - Math.imul(p[a]!, pow[b - a]!)) | 0;
  const keys = [finish(p[n]!, n, SAME)];
  if (n >= 4) {
    const length = skeletonCodes(token, SKELETON);
    let h = 0;
    for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + SKELETON.codes[i]!) | 0;
    keys.push(finish(h, length, SKELETON_KIND));
  }
  if (n >= 5) {
    for (let i = 0; i < n; i++) {
      // Without token[i]: token[0..i) then token[i+1..n).
      keys.push(finish((Math.imul(p[i]!, pow[n - 1 - i]!) + part(i + 1, n)) | 0, n - 1, SAME));
      if (n >= 8) {
        // Without token[i] and token[k], i < k.
        for (let k = i + 1; k < n; k++) {
          const left = (Math.imul(p[i]!, pow[k - i - 1]!) + part(i + 1, k)) | 0;
          keys.push(finish((Math.imul(left, pow[n - 1 - k]!) + part(k + 1, n)) | 0, n - 2, SAME));
        }
      }
    }
  }
  return keys;
}

const BASE = 0x01000193;
/** Key kinds: a spelling (`=` in the string keys) or a consonant skeleton (`~`). */
const SAME = 0;
const SKELETON_KIND = 0x5bd1e995;

/** The key of one string: `kind` '=' for a spelling, '~' for a skeleton. What `SpellingKeys` computes for each of its strings. */
export function spellingKeyHash(kind: '=' | '~', text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return finish(h, text.length, kind === '=' ? SAME : SKELETON_KIND);
}

/** Mixes a polynomial hash with the string's length and kind, spread over the bits a small integer keeps. */
function finish(h: number, length: number, kind: number): number {
  let x = Math.imul(h ^ Math.imul(length + 1, 0x9e3779b1) ^ kind, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x & 0x3fffffff;
}
