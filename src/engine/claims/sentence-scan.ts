import { isAsciiDigit, isAsciiLetter, isAsciiLetterOrDigit } from '../ascii';
import { ALL_WORDS, CUE, CUE_WORDS, gluedMonthCue, isIso } from './date-cues';
import { DATE_PATTERNS } from './date-patterns';
import { EVENT_TRIGGERS, FUTURE_CUES, PAST_WORDS, PREVIOUS_VALUE_CUES, SPEECH_WORDS, TITLE_HEADS } from './lexicon';
import { figureMayFollow, FIGURE_FIRST_WORDS, followedAsNeeded } from './number-starts';
import { AsciiWordBits, firstRun, hashStep } from './word-starts';
import { isBmpLetter } from './letters';

/** The words `ROLE_OF` (titles.ts) opens with: "move into the role of", "take over as", "named as", "appointed". */
export const ROLE_WORDS = ['move', 'take', 'named', 'appointed'];

/**
 * Phrase lists whose patterns refuse only a letter before a match (`(?<![\p{L}])`): the bit each
 * marks its starts with in `SentenceScan.phrases`. They share the bits of `CUE` that no word has.
 */
export const PHRASE = {
  /** `ROLE_OF` of titles.ts. */
  role: 1 << 0,
  /** `PREVIOUS` of counts.ts ("up from", "compared with"). */
  previous: 1 << 1,
  /** `FUTURE` of triggers.ts ("will", "plans to", "'ll"). */
  future: 1 << 7,
  /** `PAST_WORD` of triggers.ts ("was", "said"). */
  past: 1 << 8,
  /** `SPEECH` of triggers.ts ("said", "according"). */
  speech: 1 << 30,
} as const;
const PHRASES = PHRASE.role | PHRASE.previous | PHRASE.future | PHRASE.past | PHRASE.speech;

// Which lists a run of ASCII letters belongs to; the date cue bits are `CUE`'s own word bits.
if (PHRASES & ALL_WORDS) throw new Error('SentenceScan: a phrase bit is a date cue bit');
const FIGURE = 1 << 12;
const TRIGGER = 1 << 13;
const TITLE_HEAD = 1 << 15;
/** The date patterns a run may start, from this bit on (pattern `p` at `DATE_START << p`). */
const DATE_SHIFT = 16;
if (DATE_PATTERNS.length > 31 - DATE_SHIFT) throw new Error('SentenceScan: too many date patterns for a bit each');
const ALL_DATES = ((1 << DATE_PATTERNS.length) - 1) << DATE_SHIFT;
/** The date patterns a match of which may start with a digit. */
let DIGIT_DATES = 0;

const WORDS = new AsciiWordBits();
for (const [word, cue] of CUE_WORDS) WORDS.add(word, cue);
for (const word of FIGURE_FIRST_WORDS) WORDS.add(word, FIGURE);
for (const phrases of Object.values(EVENT_TRIGGERS)) for (const p of phrases) WORDS.add(firstRun(p), TRIGGER);
for (const word of ROLE_WORDS) WORDS.add(word, PHRASE.role);
for (const cue of PREVIOUS_VALUE_CUES) WORDS.add(firstRun(cue), PHRASE.previous);
// "'ll" and "’ll" open with an apostrophe: the scan offers those.
for (const cue of FUTURE_CUES) if (/^[a-z]/.test(cue)) WORDS.add(firstRun(cue), PHRASE.future);
for (const word of PAST_WORDS) WORDS.add(word, PHRASE.past);
for (const word of SPEECH_WORDS) WORDS.add(word, PHRASE.speech);
for (const head of TITLE_HEADS) WORDS.add(firstRun(head), TITLE_HEAD);
DATE_PATTERNS.forEach((pattern, p) => {
  for (const word of pattern.starts) WORDS.add(firstRun(word), 1 << (DATE_SHIFT + p));
  if (pattern.digit) DIGIT_DATES |= 1 << (DATE_SHIFT + p);
});

/** Offsets in increasing order, each with a mark, in buffers reused from one sentence to the next. */
export class Offsets {
  private list = new Int32Array(32);
  private marks = new Int32Array(32);
  count = 0;

  at(k: number): number {
    return this.list[k]!;
  }

  mark(k: number): number {
    return this.marks[k]!;
  }

  push(offset: number, mark = 0): void {
    if (this.count === this.list.length) {
      const grow = (from: Int32Array) => {
        const grown = new Int32Array(this.count * 2);
        grown.set(from);
        return grown;
      };
      this.list = grow(this.list);
      this.marks = grow(this.marks);
    }
    this.marks[this.count] = mark;
    this.list[this.count++] = offset;
  }
}

/**
 * What the finders of a sentence look for before they run a regex, read in one char-code pass:
 * the date cues (`CUE` bits), the offsets where a figure, an event word or a role phrase may start,
 * and whether a title head follows an offset. Each finder used to read the whole sentence itself,
 * one lookup of the same run of letters per finder. Valid until the next `read`.
 */
export class SentenceScan {
  text = '';
  /** `CUE` bits (date-cues.ts). */
  dateCues = 0;
  /** Where the figure pattern of numbers.ts may match. */
  readonly figures = new Offsets();
  /** Where the event-word pattern of triggers.ts may match (its lookbehind refuses a letter, digit or hyphen). */
  readonly triggers = new Offsets();
  /** Where a pattern of a `PHRASE` list may match, marked with the `PHRASE` bits of the lists (their lookbehind refuses a letter). */
  readonly phrases = new Offsets();
  /**
   * Where a date pattern may match, marked with a bit per pattern (`1 << p` for `DATE_PATTERNS[p]`):
   * their lookbehind refuses a letter or digit before a match.
   */
  readonly dateStarts = new Offsets();
  /**
   * Where a title head (`TITLE_HEADS`) may start: a head starts after white space, so it opens a run
   * of ASCII letters that is its first run, unless the text holds `ſ` or `K`, which fold onto ASCII
   * letters (then `folded` is set and a head may start anywhere).
   */
  readonly titleHeads = new Offsets();
  /** The text holds `ſ` or `K`, which case-fold onto ASCII letters under /iu. */
  folded = false;

  /**
   * Where the sticky pattern `re` of the `PHRASE` list `bit` first matches in the text read, or -1:
   * what an unanchored search with the same pattern finds, tried only at the list's starts.
   */
  firstMatch(re: RegExp, bit: number): number {
    const starts = this.phrases;
    for (let k = 0; k < starts.count; k++) {
      if (!(starts.mark(k) & bit)) continue;
      re.lastIndex = starts.at(k);
      if (re.test(this.text)) return starts.at(k);
    }
    return -1;
  }

  read(text: string): this {
    this.text = text;
    this.figures.count = 0;
    this.triggers.count = 0;
    this.phrases.count = 0;
    this.dateStarts.count = 0;
    this.titleHeads.count = 0;
    let cues = 0;
    const n = text.length;
    for (let at = 0; at < n; ) {
      const c = text.charCodeAt(at);
      const p = at > 0 ? text.charCodeAt(at - 1) : -1;
      if (isAsciiDigit(c)) {
        cues |= CUE.digit;
        if ((c === 0x31 && text.charCodeAt(at + 1) === 0x39) || (c === 0x32 && text.charCodeAt(at + 1) === 0x30)) {
          if (isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3))) cues |= CUE.year;
        }
        if (text.charCodeAt(at + 4) === 0x2d && isIso(text, at)) cues |= CUE.iso;
        if (figureMayFollow(p)) this.figures.push(at);
        if (!isAsciiLetterOrDigit(p)) this.dateStarts.push(at, DIGIT_DATES >>> DATE_SHIFT);
        at++;
        continue;
      }
      if (c >= 128) {
        if (c === 0x17f || c === 0x212a) cues |= ALL_WORDS | CUE.folded;
        if (!mayBeLetter(c)) {
          // Every pattern but a future cue ("’ll") starts with a digit or a letter, or a character
          // that case-folds onto one (a letter too): a curly quote or a dash starts none of them.
          if (FUTURE_FIRSTS.has(c) && !isAsciiLetter(p)) this.phrases.push(at, PHRASE.future);
          at++;
          continue;
        }
        // A non-ASCII character may be a letter: each pattern decides, unless an ASCII letter before it fails the lookbehind.
        if (figureMayFollow(p)) this.figures.push(at);
        if (!(isAsciiLetterOrDigit(p) || p === 0x2d)) this.triggers.push(at);
        if (!isAsciiLetter(p)) this.phrases.push(at, PHRASES);
        if (!isAsciiLetterOrDigit(p)) this.dateStarts.push(at, ALL_DATES >>> DATE_SHIFT);
        at++;
        continue;
      }
      if (!isAsciiLetter(c)) {
        if (c === 0x27 && !isAsciiLetter(p)) this.phrases.push(at, PHRASE.future);
        at++;
        continue;
      }
      // A run of ASCII letters: the character before it is no ASCII letter.
      let end = at + 1;
      let hash = hashStep(0, c);
      // Past the end charCodeAt gives NaN, which is no letter.
      for (let d = text.charCodeAt(end); isAsciiLetter(d); d = text.charCodeAt(++end)) hash = hashStep(hash, d);
      const bits = WORDS.bitsByHash(text, at, end, hash);
      cues |= bits & ALL_WORDS || (end - at >= 6 ? gluedMonthCue(text, at, end) : 0);
      // A run cut by a non-ASCII character might go on in a letter: the patterns decide there.
      const open = end < n && text.charCodeAt(end) >= 128 && mayBeLetter(text.charCodeAt(end));
      if ((open || (bits & FIGURE && followedAsNeeded(text, at, end))) && figureMayFollow(p)) this.figures.push(at);
      if ((open || bits & TRIGGER) && !(isAsciiDigit(p) || p === 0x2d)) this.triggers.push(at);
      const phrases = open ? PHRASES : bits & PHRASES;
      if (phrases) this.phrases.push(at, phrases);
      const dates = open ? ALL_DATES : bits & ALL_DATES;
      if (dates && !isAsciiDigit(p)) this.dateStarts.push(at, dates >>> DATE_SHIFT);
      if (bits & TITLE_HEAD) this.titleHeads.push(at);
      at = end;
    }
    this.dateCues = cues;
    this.folded = (cues & CUE.folded) !== 0;
    return this;
  }
}

/**
 * Whether a non-ASCII code unit may be or begin a letter (`\p{L}`): a BMP letter, or half of a
 * surrogate pair. Others case-fold onto no ASCII letter either (under /iu only `ſ` and `K`, both
 * letters, fold onto one), so no pattern that starts with a letter or a digit starts there, and a
 * run of ASCII letters before one ends there as before an ASCII mark.
 */
function mayBeLetter(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || isBmpLetter(c);
}

/** The non-ASCII characters a future cue opens with ("’ll"): the only phrases that start with no letter. */
const FUTURE_FIRSTS = new Set(FUTURE_CUES.filter((cue) => cue.charCodeAt(0) >= 128).map((cue) => cue.charCodeAt(0)));
