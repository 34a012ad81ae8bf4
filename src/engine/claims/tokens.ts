/** A word, number or punctuation mark of a sentence, with offsets into the sentence. */
export interface Token {
  text: string;
  /** Lower-case, possessive "'s" removed, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Starts with a capital letter. */
  cap: boolean;
}

// Initialisms keep their inner periods ("U.S", "R.J"); other words split at a period ("Development.I" is two).
const TOKEN = /(\p{L}(?:\.\p{L})+(?![\p{L}\p{M}])|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\d+(?:[,.]\d+)*)|(\S)/gu;

/** Splits a sentence into tokens; linear, one regex pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    tokens.push(new SentenceToken(raw, m.index, kind, kind === 'word' && startsUpper(raw)));
  }
  return tokens;
}

/** A token whose lower-case form is made when first asked for: name finding reads it for few of a sentence's words. */
class SentenceToken implements Token {
  readonly end: number;
  private lowered: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly kind: Token['kind'],
    readonly cap: boolean,
  ) {
    this.end = start + text.length;
  }

  get lower(): string {
    // Figures are ASCII digits and separators, and ASCII marks have no case: only words and other symbols change.
    return (this.lowered ??= this.kind === 'word' ? lowerWord(this.text) : this.kind === 'number' || this.text.charCodeAt(0) < 128 ? this.text : this.text.toLowerCase());
  }
}

/** Lower case, curly apostrophes straightened, a possessive "'s" dropped. */
function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (!lower.includes('’') && !lower.includes("'")) return lower;
  return lower.replace(/’/g, "'").replace(/'s$/, '');
}

/** `/^\p{Lu}/u` without a regex for the common ASCII case. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

const UPPER_START = /^\p{Lu}/u;

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

/** Lower-cases and strips accents, so that "García" and "Garcia" compare equal. */
export function fold(text: string): string {
  // Most names are plain ASCII; decomposing them to strip accents would be wasted work.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}
