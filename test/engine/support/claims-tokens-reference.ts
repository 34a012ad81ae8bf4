// The claim reader's tokenizer as it was before SentenceTokens (one regex pass, a token object per
// match): the reference the packed tokens and the name finder's former version are tested against.
import { execAll } from '../../../src/engine/lexicon';
import type { Token } from '../../../src/engine/claims/tokens';

// Initialisms keep their inner periods ("U.S", "R.J"); other words split at a period ("Development.I" is two).
const TOKEN = /(\p{L}(?:\.\p{L})+(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\d+(?:[,.]\d+)*)|(\S)/gu;

/** Splits a sentence into tokens; linear, one regex pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of execAll(TOKEN, text)) {
    const raw = m[0];
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    const lower = kind === 'word' ? raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '') : raw.toLowerCase();
    tokens.push({ text: raw, lower, start: m.index, end: m.index + raw.length, kind, cap: kind === 'word' && /^\p{Lu}/u.test(raw) });
  }
  return tokens;
}

/** Index of the first token that starts at or after an offset (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
