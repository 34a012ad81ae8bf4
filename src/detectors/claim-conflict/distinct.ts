import type { Claim } from '../../engine/claims/types';

/**
 * The fields that make two claims one fact and value, joined by NUL, as an array joined would give
 * them; `withTense` adds the tense (claim-conflict tells "is" from "was", corroboration does not).
 */
export function claimIdentity(claim: Claim, withTense: boolean): string {
  const words = claim.value.words;
  const tense = withTense ? `\u0000${claim.tense ?? ''}` : '';
  return `${claim.key}\u0000${claim.predicate}\u0000${claim.subject?.label ?? claim.descriptor ?? ''}\u0000${claim.location?.label ?? ''}${tense}\u0000${claim.value.lo}\u0000${claim.value.hi}\u0000${words ? words.join(' ') : ''}`;
}

/**
 * Up to this many claims are compared field by field, pair by pair: a draft states a few dozen, and
 * building and hashing an identity string for each cost more than the comparisons.
 */
const PAIRWISE_MAX = 48;

/**
 * One claim per identity (`claimIdentity`), the one `better` prefers over the others (in the order
 * given), sorted by offset; ties keep the order in which identities first occur.
 */
export function distinctClaims(claims: readonly Claim[], withTense: boolean, better: (a: Claim, b: Claim) => boolean): Claim[] {
  let kept: Claim[];
  if (claims.length <= PAIRWISE_MAX && !claims.some(hasNul)) {
    kept = [];
    for (const c of claims) {
      let at = -1;
      for (let i = 0; i < kept.length; i++) {
        if (sameIdentity(kept[i]!, c, withTense)) {
          at = i;
          break;
        }
      }
      if (at < 0) kept.push(c);
      else if (better(c, kept[at]!)) kept[at] = c;
    }
  } else {
    const best = new Map<string, Claim>();
    for (const c of claims) {
      const id = claimIdentity(c, withTense);
      const seen = best.get(id);
      if (!seen || better(c, seen)) best.set(id, c);
    }
    kept = [...best.values()];
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * `claimIdentity(a) === claimIdentity(b)` for claims whose fields hold no NUL (then the joined
 * strings are equal exactly when each field's text is). A number's text is equal exactly when the
 * numbers are the same value, 0 and -0 alike.
 */
function sameIdentity(a: Claim, b: Claim, withTense: boolean): boolean {
  const x = a.value;
  const y = b.value;
  if (!(x.lo === y.lo || Object.is(x.lo, y.lo)) || !(x.hi === y.hi || Object.is(x.hi, y.hi))) return false;
  if (a.key !== b.key || a.predicate !== b.predicate) return false;
  if ((a.subject?.label ?? a.descriptor ?? '') !== (b.subject?.label ?? b.descriptor ?? '')) return false;
  if ((a.location?.label ?? '') !== (b.location?.label ?? '')) return false;
  if (withTense && (a.tense ?? '') !== (b.tense ?? '')) return false;
  return wordsText(x.words) === wordsText(y.words);
}

function wordsText(words: readonly string[] | undefined): string {
  return words ? words.join(' ') : '';
}

/** True when a field of the identity holds a NUL, which could make two different tuples join alike. */
function hasNul(claim: Claim): boolean {
  const words = claim.value.words;
  return (
    claim.key.includes('\u0000') ||
    claim.predicate.includes('\u0000') ||
    (claim.subject?.label ?? claim.descriptor ?? '').includes('\u0000') ||
    (claim.location?.label ?? '').includes('\u0000') ||
    (claim.tense ?? '').includes('\u0000') ||
    (words !== undefined && words.some((w) => w.includes('\u0000')))
  );
}
