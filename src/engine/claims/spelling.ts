import type { NameMention } from './types';
import { fold, isAcronymCode } from './tokens';

/** Levenshtein distance, or `limit + 1` once it is sure to exceed `limit`; two reused rows, no allocation per call. */
function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (ROW_A.length <= b.length) {
    ROW_A = new Int32Array(b.length + 1);
    ROW_B = new Int32Array(b.length + 1);
  }
  let prev = ROW_A;
  let row = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    // Every later row is at least this row's minimum.
    if (best > limit) return limit + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

let ROW_A = new Int32Array(32);
let ROW_B = new Int32Array(32);

/**
 * Consonant skeleton of a name: vowels after the first letter dropped, doubled letters collapsed,
 * common transliteration pairs merged. "Mohammed" and "Muhammad", "Yusuf" and "Yousef" share one.
 */
export function skeleton(word: string): string {
  const cached = SKELETONS.get(word);
  if (cached !== undefined) return cached;
  const value = computeSkeleton(word);
  if (SKELETONS.size > SKELETON_CACHE_SIZE) SKELETONS.clear();
  SKELETONS.set(word, value);
  return value;
}

const SKELETONS = new Map<string, string>();
/** Past this many the cache starts afresh; a 1 MB draft's entity keys ask for about 14,000 words. */
const SKELETON_CACHE_SIZE = 16_000;

function computeSkeleton(word: string): string {
  const length = skeletonCodes(word, SCRATCH);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(SCRATCH.codes[i]!);
  return out;
}

const SCRATCH: CodeBuffer = { codes: new Uint16Array(32) };

/** Char codes written by `skeletonCodes`; it replaces `codes` by a larger array when a word needs one. */
export interface CodeBuffer {
  codes: Uint16Array;
}

/**
 * Writes the skeleton of a word into `into.codes` and returns its length, so that spelling keys
 * can hash it without making a string. Each step is one former regex pass over the whole word, in
 * the same order: keep a-z, "ph"→f, "ck"→k, q→k, w→v, drop vowels after the first letter, collapse
 * runs of one letter.
 */
export function skeletonCodes(word: string, into: CodeBuffer): number {
  const folded = fold(word);
  if (into.codes.length < folded.length) into.codes = new Uint16Array(folded.length * 2);
  const codes = into.codes;
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) codes[n++] = c;
  }
  n = replacePair(codes, n, 0x70, 0x68, 0x66);
  n = replacePair(codes, n, 0x63, 0x6b, 0x6b);
  for (let i = 0; i < n; i++) {
    if (codes[i] === 0x71) codes[i] = 0x6b;
    else if (codes[i] === 0x77) codes[i] = 0x76;
  }
  if (!n) return 0;
  let kept = 1;
  for (let i = 1; i < n; i++) if (!isSkeletonVowel(codes[i]!)) codes[kept++] = codes[i]!;
  let out = 1;
  for (let i = 1; i < kept; i++) if (codes[i] !== codes[out - 1]) codes[out++] = codes[i]!;
  return out;
}

/** `.replace(/xy/g, z)` in place on the first `n` codes: pairs found left to right, not overlapping. */
function replacePair(codes: Uint16Array, n: number, x: number, y: number, z: number): number {
  let out = 0;
  for (let i = 0; i < n; i++) {
    if (codes[i] === x && i + 1 < n && codes[i + 1] === y) {
      codes[out++] = z;
      i++;
    } else codes[out++] = codes[i]!;
  }
  return out;
}

function isSkeletonVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/** Word endings that make another form of one word (Kenya/Kenyan, Peru/Peruvian), not a misspelling. */
const INFLECTIONS = new Set(['', 'a', 'e', 'i', 'o', 's', 'n', 'an', 'ian', 'ans', 'ese', 'ish', 'ic', 'es', 'ns', 'is', 'as', 'os']);

/**
 * True when two spellings are likely the same name written differently: a transliteration variant
 * (same consonant skeleton) or a one- or two-letter slip in a long enough word. Words that differ
 * only in their ending (Kenya/Kenyan, Maria/Mario) are different words.
 */
export function isNearMiss(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y || x[0] !== y[0]) return false;
  // No spelling below accepts an edit distance over 3, and the distance is at least the length difference.
  if (Math.min(x.length, y.length) < 4 || Math.abs(x.length - y.length) > 3) return false;
  // Most pairs of names with the same initial are plainly different words: their letters alone show
  // a distance over 3, without making a pair key and looking it up.
  if (letterDifference(x, y) > 6) return false;
  // Names recur across a document and across the articles of a corpus: each pair is judged once.
  const key = `${x}\u0000${y}`;
  let near = NEAR_MISSES.get(key);
  if (near === undefined) {
    if (NEAR_MISSES.size >= NEAR_MISS_CACHE_SIZE) NEAR_MISSES.clear();
    NEAR_MISSES.set(key, (near = judgeNearMiss(x, y)));
  }
  return near;
}

/**
 * How many code units one string has and the other lacks (as multisets, counted by code modulo 64,
 * which can only lower the count). An edit changes it by at most 2, so the edit distance is at
 * least half of it.
 */
export function letterDifference(x: string, y: string): number {
  const counts = LETTER_COUNTS;
  for (let i = 0; i < x.length; i++) counts[x.charCodeAt(i) & 63]!++;
  for (let i = 0; i < y.length; i++) counts[y.charCodeAt(i) & 63]!--;
  // Each count is read once and cleared, so the array is all zeros again for the next call.
  let difference = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i) & 63;
    difference += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  for (let i = 0; i < y.length; i++) {
    const c = y.charCodeAt(i) & 63;
    difference += Math.abs(counts[c]!);
    counts[c] = 0;
  }
  return difference;
}

const LETTER_COUNTS = new Int32Array(64);

const NEAR_MISSES = new Map<string, boolean>();
const NEAR_MISS_CACHE_SIZE = 10_000;

function judgeNearMiss(x: string, y: string): boolean {
  const shorter = Math.min(x.length, y.length);
  const distance = editDistance(x, y, 3);
  const sameSkeleton = skeleton(x) === skeleton(y);
  let prefix = 0;
  while (prefix < shorter && x[prefix] === y[prefix]) prefix++;
  if (prefix >= x.length - 1 && prefix >= y.length - 1 && /[aeiou]$/.test(x) && /[aeiou]$/.test(y)) return false;
  if (INFLECTIONS.has(x.slice(prefix)) && INFLECTIONS.has(y.slice(prefix))) return false;
  if (sameSkeleton) return distance <= 3;
  return (distance === 1 && shorter >= 5) || (distance === 2 && shorter >= 8);
}

/** True when two multi-word names are the same name with at least one word spelled differently. */
export function isNearMissName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    if (fold(a[i]!) === fold(b[i]!)) continue;
    if (!isNearMiss(a[i]!, b[i]!)) return false;
    differ++;
  }
  return differ > 0;
}

const MIN_SINGLE_LENGTH = 5;

/**
 * The mentions whose spelling is worth comparing with other articles, in text order: not acronyms,
 * and single words only where their capital is not just a sentence start.
 */
export function comparableNames(names: readonly NameMention[]): NameMention[] {
  const nonInitial = new Set<string>();
  for (const n of names) if (!n.initial) nonInitial.add(n.spelling);
  const out: NameMention[] = [];
  for (const n of names) if (isComparable(n, nonInitial.has(n.spelling))) out.push(n);
  return out;
}

/**
 * The test `comparableNames` makes of each name: `nonInitial` says whether some mention with its
 * spelling is not at a sentence start.
 */
export function isComparable(n: NameMention, nonInitial: boolean): boolean {
  return n.norm.length > 0 && !isAcronym(n.tokens) && (n.norm.length > 1 || (nonInitial && n.norm[0]!.length >= MIN_SINGLE_LENGTH));
}

/** `tokens.every((t) => /^[\p{Lu}\d.&-]+$/u.test(t))`: every token capitals, digits, dots, ampersands and hyphens. */
export function isAcronym(tokens: readonly string[]): boolean {
  for (const t of tokens) if (!acronymToken(t)) return false;
  return true;
}

function acronymToken(token: string): boolean {
  if (!token.length) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    // Other characters are decided by the pattern (a capital outside ASCII, a surrogate pair).
    if (c >= 0x80) return ACRONYM_TOKEN.test(token);
    if (!isAcronymCode(c)) return false;
  }
  return true;
}

const ACRONYM_TOKEN = /^[\p{Lu}\d.&-]+$/u;

/**
 * The mentions a corpus article must keep for spelling comparison. Another article looks up the
 * first comparable mention of a spelling, and asks which spellings occur at all; so per spelling
 * the first mention, the first comparable one and the first not at a sentence start (on which
 * `comparableNames` depends) give the same answers as all of them, with a fraction of the memory.
 */
export function spellingWitnesses(names: readonly NameMention[]): NameMention[] {
  const comparable = new Set(comparableNames(names));
  const seen = new Set<string>();
  const kept: NameMention[] = [];
  for (const n of names) {
    const s = n.spelling;
    const roles = [`a:${s}`, ...(comparable.has(n) ? [`c:${s}`] : []), ...(n.initial ? [] : [`n:${s}`])];
    const fresh = roles.filter((r) => !seen.has(r));
    if (!fresh.length) continue;
    for (const r of fresh) seen.add(r);
    kept.push(n);
  }
  return kept;
}
