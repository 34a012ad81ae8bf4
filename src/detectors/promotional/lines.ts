import type { Block } from '../../engine/blocks';
import { isSpace } from '../../engine/spaces';
import { normalizeLine } from './cues';
import type { EntryBrand } from './structure';

/**
 * A logical line of a block: one physical line, or several when a hard-wrapped line continues on
 * the next ("According to\nX's engine, …"). Chrome is line-shaped (headings, headline lists, labels),
 * so the rule reasons about these lines rather than about remark's paragraphs, which glue a
 * plain-text article's one-line paragraphs together. Offsets are block-relative, trimmed.
 */
export interface Line {
  start: number;
  end: number;
  /** Where the content starts after a list marker or heading hashes. */
  content: number;
  /** Masked text of the content (link targets, code and HTML blanked). */
  text: string;
  /**
   * Number of words, counted up to `WORD_COUNT_CAP` (a longer line reads as the cap): the rule only
   * compares it with thresholds below that, and most lines are long paragraphs.
   */
  words: number;
  /** Ends with . ! ? … (before closing quotes or brackets). */
  terminal: boolean;
  /** The text stripped of decoration for whole-line cues; empty for lines too long to be one. */
  norm: string;
  /** What the line names as an entry of a source list; worked out the first time it is one. */
  entry?: EntryBrand;
}

/**
 * Receives each unit of a block: a sentence, or the piece of one inside a single logical line,
 * block-relative, with the block index of its line. Units that start inside a quotation (a later
 * sentence of a multi-sentence quote, someone else's words) are not given.
 */
export type UnitVisitor = (start: number, end: number, line: number) => void;

const TERMINAL = /[.!?…]["'”’»)\]]*$/;
const MARKER = /^(?:#{1,6}\s+|(?:[-*+•·▪►]|\d{1,2}[.)])\s+|>\s*)+/;
/** A line ending like this continues on the next line. */
const CONTINUES = /(?:(?:^|\s)(?:to|the|a|an|of|in|on|at|by|for|from|with|and|or|but|about|as|that|which|who|according|is|are|was|were|this|these|its|their|our|your)|[,–—\-|&/(])$/i;
const STARTS_LOWER = /^[\p{Ll}]/u;
/** Longer than any whole-line cue, headline or source-list entry. */
const MAX_CUE_LINE_WORDS = 25;
/** How much of a line's end the end-of-line tests look at: they are anchored at the end, and lines can be long. */
const TAIL = 24;

/** Splits a block into logical lines. */
export function blockLines(block: Block): Line[] {
  const masked = block.parsed.masked;
  const physical = physicalLines(masked, block.text);
  const lines: Line[] = [];
  let start = -1;
  let end = -1;
  for (const p of physical) {
    if (start >= 0 && continues(masked.slice(Math.max(start, end - TAIL), end).trimEnd(), masked.slice(p.start, p.end))) {
      end = p.end;
      continue;
    }
    if (start >= 0) lines.push(makeLine(masked, start, end));
    start = p.start;
    end = p.end;
  }
  if (start >= 0) lines.push(makeLine(masked, start, end));
  return lines;
}

/** The non-blank physical lines of a block, trimmed (the end by the raw text, so that a line ending in a link keeps its "](url)"). */
export function physicalLines(masked: string, raw: string): Array<{ start: number; end: number }> {
  const physical: Array<{ start: number; end: number }> = [];
  for (let from = 0; from < masked.length; ) {
    // The maximal runs of characters other than CR and LF.
    let s = from;
    while (s < masked.length && isLineBreak(masked.charCodeAt(s))) s++;
    if (s >= masked.length) break;
    // The regex engine finds the line's end faster than a loop over its characters.
    LINE_BREAK.lastIndex = s + 1;
    let e = LINE_BREAK.test(masked) ? LINE_BREAK.lastIndex - 1 : masked.length;
    from = e;
    while (s < e && isSpace(masked.charCodeAt(s))) s++;
    if (s === e) continue;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    physical.push({ start: s, end: e });
  }
  return physical;
}

function continues(previous: string, next: string): boolean {
  if (TERMINAL.test(previous) || MARKER.test(next)) return false;
  return STARTS_LOWER.test(next) || CONTINUES.test(previous);
}

function makeLine(masked: string, start: number, end: number): Line {
  const raw = masked.slice(start, end).trimEnd();
  const marker = MARKER.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(marker);
  const words = countWords(text, WORD_COUNT_CAP);
  return { start, end, content: start + marker, text, words, terminal: TERMINAL.test(text.slice(-TAIL)), norm: words <= MAX_CUE_LINE_WORDS ? normalizeLine(text) : '' };
}

/** Visits the sentences of a block clipped to its logical lines (so that a unit never spans two lines of chrome), in order. */
export function unitsOf(block: Block, lines: readonly Line[], visit: UnitVisitor): void {
  const masked = block.parsed.masked;
  // Most paragraphs quote nobody: one search of the block spares a scan of each of its lines.
  // Where one does, the block's marks are found by one search, and each line reads only its own.
  const marks = mayQuote(masked) ? quoteMarkOffsets(masked) : undefined;
  let quotes: Array<{ start: number; end: number }> = NO_QUOTES;
  let quotesOf = -1;
  let li = 0;
  for (const sentence of block.parsed.sentences) {
    while (li < lines.length && lines[li]!.end <= sentence.start) li++;
    for (let k = li; k < lines.length && lines[k]!.start < sentence.end; k++) {
      const line = lines[k]!;
      let s = Math.max(sentence.start, line.content);
      let e = Math.min(sentence.end, line.end);
      while (s < e && isSpace(masked.charCodeAt(s))) s++;
      while (e > s && isSpace(masked.charCodeAt(e - 1))) e--;
      // A sentence that ends the line takes the line's hidden tail too (a link target).
      if (e < line.end && blankBetween(masked, e, line.end)) e = line.end;
      if (s >= e) continue;
      if (marks && quotesOf !== k) {
        quotes = quotedRanges(masked, line.start, line.end, marks);
        quotesOf = k;
      }
      if (!startsQuoted(quotes, s)) visit(s, e, k);
    }
  }
}

const NO_QUOTES: Array<{ start: number; end: number }> = [];

function startsQuoted(quotes: ReadonlyArray<{ start: number; end: number }>, s: number): boolean {
  for (const q of quotes) if (s > q.start && s < q.end) return true;
  return false;
}

/** `!text.slice(from, to).trim()` without the slice: `\S` is what `trim` keeps. */
export function blankBetween(text: string, from: number, to: number): boolean {
  NON_BLANK.lastIndex = from;
  return !NON_BLANK.test(text) || NON_BLANK.lastIndex > to;
}

const NON_BLANK = /\S/g;

/** The offsets of the double quotation marks (“ ” " « ») in a text, in order: the only characters `quotedRanges` acts on. */
export function quoteMarkOffsets(text: string): number[] {
  const marks: number[] = [];
  // The regex engine skips the text between marks faster than a loop over its characters.
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(text)) marks.push(QUOTE_MARK.lastIndex - 1);
  return marks;
}

const QUOTE_MARK = /[“”"«»]/g;

/**
 * Spans between double quotation marks in a line (curly, straight or guillemets); an unclosed
 * quotation runs to the end of the line. Single quotes are left out: they double as apostrophes.
 * `marks` are the text's `quoteMarkOffsets`: every other character leaves the scan as it is.
 */
export function quotedRanges(text: string, start: number, end: number, marks: readonly number[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let open = -1;
  let opener = 0;
  for (let m = firstAtOrAfter(marks, start); m < marks.length && marks[m]! < end; m++) {
    const i = marks[m]!;
    const c = text.charCodeAt(i);
    if (open < 0 && (c === LEFT_DOUBLE || c === STRAIGHT_DOUBLE || c === LEFT_GUILLEMET)) {
      open = i;
      opener = c;
    } else if (open >= 0 && (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || (c === STRAIGHT_DOUBLE && opener === STRAIGHT_DOUBLE) || (c === LEFT_DOUBLE && opener === LEFT_DOUBLE))) {
      if (c === LEFT_DOUBLE) {
        ranges.push({ start: open, end: i });
        open = i;
        continue;
      }
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end });
  return ranges;
}

/** The index of the first of the ascending `values` at or after `value`. */
function firstAtOrAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The marks that open a quotation in `quotedRanges` and in `blankQuoted`. */
const QUOTE_OPENER = /[“"«]/;

/** False when no quotation can open in the text: none of the three opening marks occurs in it. */
export function mayQuote(text: string): boolean {
  return QUOTE_OPENER.test(text);
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const STRAIGHT_DOUBLE = 0x22; // "
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »

/** Above every word-count threshold the rule uses (the largest is 50, for a caption's lines). */
export const WORD_COUNT_CAP = 64;

/** Number of whitespace-separated words; `limit` when there are more (counting stops there). */
export function countWords(text: string, limit = Infinity): number {
  const length = text.length;
  let n = 0;
  let i = 0;
  for (;;) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    if (i === length) return n;
    if (++n >= limit) return limit;
    // The rest of the word: printable ASCII other than the space, most of it, is never a space.
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if ((c > 0x20 && c < 0x7f) || !isSpace(c)) continue;
      break;
    }
  }
}

const LINE_BREAK = /[\r\n]/g;

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
