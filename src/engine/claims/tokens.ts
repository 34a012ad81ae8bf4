import { isAsciiDigit, isAsciiLetter, isAsciiLetterOrDigit, isAsciiSpace } from '../ascii';
import { isLoneMark } from './lone-marks';

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

/** Token kinds in `SentenceTokens.flags`, with `CAP` or-ed in for a word that starts with a capital. */
export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;
export const CAP = 4;
const KIND_MASK = 3;

/**
 * A sentence's tokens (the matches of `TOKEN`, in order) packed into typed arrays that are reused
 * from one sentence to the next: a sentence makes no token objects, and name finding materialises only the
 * few words it keeps. Valid until the next `read`.
 */
export class SentenceTokens {
  text = '';
  count = 0;
  starts = new Int32Array(128);
  ends = new Int32Array(128);
  flags = new Uint8Array(128);
  /** Lower-case forms already made, valid where `lowerStamps` holds this sentence's `generation`. */
  private lowers: string[] = [];
  private lowerStamps = new Int32Array(128);
  private generation = 0;

  /**
   * Tokenizes `text` into the arrays. ASCII text (most of a sentence) is read by char codes; wherever
   * a token meets a character whose Unicode class decides it, the regex reads that token instead.
   */
  read(text: string): this {
    this.text = text;
    this.count = 0;
    this.generation++;
    let at = 0;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (isAsciiSpace(c)) {
        at++;
        continue;
      }
      const end = c < 128 ? asciiTokenEnd(text, at, c) : isLoneMark(c) ? at + 1 : -1;
      if (end >= 0) {
        const kind = isAsciiLetter(c) ? WORD : isAsciiDigit(c) ? NUMBER : PUNCT;
        this.push(at, end, kind === WORD && c <= 0x5a ? kind | CAP : kind);
        at = end;
        continue;
      }
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(text);
      if (!m) break;
      const raw = m[0];
      const kind = m[1] ? WORD : m[2] ? NUMBER : PUNCT;
      this.push(m.index, m.index + raw.length, kind === WORD && startsUpper(raw) ? kind | CAP : kind);
      at = m.index + raw.length;
    }
    return this;
  }

  private push(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) {
      const size = this.count * 2;
      const grow = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
      this.starts = grow(this.starts, new Int32Array(size));
      this.ends = grow(this.ends, new Int32Array(size));
      this.flags = grow(this.flags, new Uint8Array(size));
      this.lowerStamps = grow(this.lowerStamps, new Int32Array(size));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count++] = flags;
  }

  /** The kind (WORD, NUMBER or PUNCT) of token `i`; 0 past the end. */
  kind(i: number): number {
    return i >= 0 && i < this.count ? this.flags[i]! & KIND_MASK : 0;
  }

  /** Token `i` is a capitalised word. */
  capWord(i: number): boolean {
    return i >= 0 && i < this.count && this.flags[i] === (WORD | CAP);
  }

  /** Token `i` is a word in lower case (not capitalised). */
  plainWord(i: number): boolean {
    return i >= 0 && i < this.count && this.flags[i] === WORD;
  }

  tokenText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Token `i` starts with a capital letter. */
  cap(i: number): boolean {
    return (this.flags[i]! & CAP) !== 0;
  }

  /** What `Token.lower` would be for token `i`, made once per sentence: name finding asks for a word several times. */
  lower(i: number): string {
    if (this.lowerStamps[i] === this.generation) return this.lowers[i]!;
    const lower = lowerOf(this.tokenText(i), this.flags[i]! & KIND_MASK);
    this.lowers[i] = lower;
    this.lowerStamps[i] = this.generation;
    return lower;
  }

  /** Token `i` as an object, its text and lower case made when first read. */
  token(i: number): IndexedToken {
    const f = this.flags[i]!;
    const kind = f & KIND_MASK;
    return new SentenceToken(this.text, this.starts[i]!, this.ends[i]!, kind === WORD ? 'word' : kind === NUMBER ? 'number' : 'punct', (f & CAP) !== 0, i);
  }
}

/** A token that knows its index in its sentence's tokens. */
export interface IndexedToken extends Token {
  readonly index: number;
}

/**
 * Where the `TOKEN` match starting at an ASCII character ends, or -1 when a non-ASCII character
 * could change it (one that `isLoneMark` says cannot ends it as an ASCII mark would).
 */
function asciiTokenEnd(text: string, start: number, c: number): number {
  if (isAsciiDigit(c)) {
    let i = start + 1;
    while (isAsciiDigit(text.charCodeAt(i))) i++;
    while ((text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e) && isAsciiDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (isAsciiDigit(text.charCodeAt(i))) i++;
    }
    return i;
  }
  if (!isAsciiLetter(c)) return start + 1;
  // An initialism: letters joined by periods, not followed by a letter or mark (else one period fewer).
  let pairs = 0;
  let i = start + 1;
  while (text.charCodeAt(i) === 0x2e) {
    const next = text.charCodeAt(i + 1);
    if (next >= 128 && !isLoneMark(next)) return -1;
    if (!isAsciiLetter(next)) break;
    pairs++;
    i += 2;
  }
  if (pairs) {
    const after = text.charCodeAt(i);
    if (after >= 128 && !isLoneMark(after)) return -1;
    if (isAsciiLetter(after)) pairs--;
    if (pairs) return start + 1 + 2 * pairs;
  }
  // A word: letters and digits, joined by hyphens and apostrophes.
  i = start + 1;
  for (;;) {
    const d = text.charCodeAt(i);
    if (isAsciiLetterOrDigit(d)) {
      i++;
      continue;
    }
    if (d === 0x2d || d === 0x27 || d === 0x2019) {
      const next = text.charCodeAt(i + 1);
      if (next >= 128 && !isLoneMark(next)) return -1;
      if (isAsciiLetterOrDigit(next)) {
        i += 2;
        continue;
      }
      return i;
    }
    return d >= 128 && !isLoneMark(d) ? -1 : i;
  }
}

/**
 * A token whose text and lower-case form are made when first asked for: name finding reads them for
 * few of a sentence's words (the capitalised ones and their neighbours), the kind and capital of all.
 */
class SentenceToken implements Token {
  private sliced: string | undefined;
  private lowered: string | undefined;

  constructor(
    private readonly sentence: string,
    readonly start: number,
    readonly end: number,
    readonly kind: Token['kind'],
    readonly cap: boolean,
    readonly index = -1,
  ) {}

  get text(): string {
    return (this.sliced ??= this.sentence.slice(this.start, this.end));
  }

  get lower(): string {
    // Figures are ASCII digits and separators, and ASCII marks have no case: only words and other symbols change.
    return (this.lowered ??= lowerOf(this.text, this.kind === 'word' ? WORD : this.kind === 'number' ? NUMBER : PUNCT));
  }
}

function lowerOf(text: string, kind: number): string {
  // Figures are ASCII digits and separators, and ASCII marks have no case: only words and other symbols change.
  return kind === WORD ? lowerWord(text) : kind === NUMBER || text.charCodeAt(0) < 128 ? text : text.toLowerCase();
}

/** Lower case, curly apostrophes straightened, a possessive "'s" dropped. */
function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (!lower.includes('’') && !lower.includes("'")) return lower;
  return lower.replace(/’/g, "'").replace(/'s$/, '');
}

/** `/^\p{Lu}/u` without a regex for the common ASCII case. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

const UPPER_START = /^\p{Lu}/u;

/** Lower-cases and strips accents, so that "García" and "Garcia" compare equal. */
export function fold(text: string): string {
  // Most names are plain ASCII; decomposing them to strip accents would be wasted work.
  if (isPrintableAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** `/^[\x20-\x7e]*$/.test(text)`, by char codes. */
export function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** A capital A–Z, a digit, '.', '&' or '-': the ASCII characters of an acronym or code ("NATO", "AT&T", "U.S.", "F-16"). */
export function isAcronymCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || isAsciiDigit(c) || c === 0x2e || c === 0x26 || c === 0x2d;
}
