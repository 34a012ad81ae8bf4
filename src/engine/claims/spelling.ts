import { fold } from './tokens';

/** Levenshtein distance; names are short, so the quadratic table is cheap. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Consonant skeleton of a name: vowels after the first letter dropped, doubled letters collapsed,
 * common transliteration pairs merged. "Mohammed" and "Muhammad", "Yusuf" and "Yousef" share one.
 */
export function skeleton(word: string): string {
  const cached = SKELETONS.get(word);
  if (cached !== undefined) return cached;
  const value = computeSkeleton(word);
  if (SKELETONS.size > 5000) SKELETONS.clear();
  SKELETONS.set(word, value);
  return value;
}

const SKELETONS = new Map<string, string>();

function computeSkeleton(word: string): string {
  const w = fold(word).replace(/[^a-z]/g, '').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/w/g, 'v');
  if (!w) return '';
  const rest = w.slice(1).replace(/[aeiouy]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
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
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  const distance = editDistance(x, y);
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
