import { isAsciiLetter } from '../../engine/ascii';
/** A pair of quotation marks in a block, block-relative, marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Single marks (‘…’ or '…') rather than double. */
  single: boolean;
  /** False when the quotation runs to the end of the block: a quote continued in the next paragraph. */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
// Keep in step with isDoubleMark and the char codes in pairSingles, which let the scans skip all other characters cheaply.
/** Characters after which a mark opens a quotation. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,.…"“„«]/u;
/** Characters before which a mark closes a quotation. */
const CLOSING_CONTEXT = /[\s)\]}\u2014\u2013\-/:;,.!?…"”»]/u;
/** Elisions that start with an apostrophe and are not quotations: ’90s, 'em, ’til, rock 'n' roll. */
const ELISION = /^(?:\d\ds?\b|em\b|til\b|tis\b|twas\b|cause\b|bout\b|n\b|round\b)/iu;
const MAX_SINGLE_LENGTH = 400;

/**
 * Pairs the quotation marks of a block. Curly marks say which way they face; straight marks are
 * read from their context (space before = opening). Double quotations are found first; single
 * marks inside them are nested quotes and belong to the outer quotation, so singles are paired
 * only outside doubles, and only where the marks cannot be apostrophes.
 */
export function findQuotes(text: string): QuoteSpan[] {
  // One pass over the characters finds the double marks and where the single marks are.
  const singleMarks: number[] = [];
  const doubles = pairDoubles(text, singleMarks);
  const paired = pairSingles(text, doubles, singleMarks);
  // Doubles are found in text order: with no singles (most blocks) they need no merge or sort.
  if (!paired.length) return doubles;
  // A single pair that straddles or encloses a double one is apostrophes, not a quotation.
  const singles = paired.filter((q) => !doubles.some((d) => q.start < d.end && d.start < q.end));
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** Every double and single mark: " “ ” „ « » ' ‘ ’. */
const ANY_MARK = /["“”„«»'‘’]/g;

/** " “ ” „ « »: compared as char codes. */
function isDoubleMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb;
}

/** Pairs the double marks; appends the offset of every single mark (' ‘ ’) to `singleMarks`. */
function pairDoubles(text: string, singleMarks: number[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // The regex engine skips the text between marks faster than a loop over its characters, and
  // `test` on a global regex moves `lastIndex` past the match without building a match object.
  ANY_MARK.lastIndex = 0;
  while (ANY_MARK.test(text)) {
    const i = ANY_MARK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (!isDoubleMark(code)) {
      singleMarks.push(i);
      continue;
    }
    const c = text[i]!;
    const isOpen = DOUBLE_OPEN.has(c);
    const isClose = DOUBLE_CLOSE.has(c);
    if (!isOpen && !isClose && c !== STRAIGHT_DOUBLE) continue;
    const before = i === 0 || OPENING_CONTEXT.test(text[i - 1]!);
    const after = i + 1 >= text.length || CLOSING_CONTEXT.test(text[i + 1]!);
    if (open < 0) {
      // A closing-shaped mark with no quotation open is an inch mark or a stray; skip it.
      if (isClose && !(before && !after)) continue;
      if (c === STRAIGHT_DOUBLE && after && !before) continue;
      open = i;
    } else if ((isOpen || (c === STRAIGHT_DOUBLE && /\s/.test(text[i - 1]!))) && before && !after) {
      // An opening mark while one is open: the earlier mark was unbalanced. Start again here.
      open = i;
    } else {
      spans.push({ start: open, end: i + 1, single: false, closed: true });
      open = -1;
    }
  }
  // An unclosed quotation counts when it opens the paragraph or follows "said:" / "said,": the style
  // for a quotation that continues in the next paragraph. Elsewhere it is a stray mark; the
  // document-level pass also drops an unclosed quotation that the next paragraph does not continue.
  if (open >= 0 && /[\p{L}\p{N}]/u.test(text.slice(open)) && (/^[\s>*+-]*$/.test(text.slice(0, open)) || /[:,]\s*$/.test(text.slice(0, open)))) {
    spans.push({ start: open, end: text.trimEnd().length, single: false, closed: false });
  }
  return spans;
}

/** Pairs the single marks at `marks` (offsets in text order). */
function pairSingles(text: string, doubles: readonly QuoteSpan[], marks: readonly number[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i >= d.start && i < d.end);
  let open = -1;
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m]!;
    // Between two ASCII letters ("it’s", "Kenya's") a mark neither opens nor closes: the contexts
    // below want a space or punctuation on one side. Most marks are such apostrophes.
    if (isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) continue;
    const c = text[i]!;
    if (insideDouble(i)) continue;
    const prev = i === 0 ? ' ' : text[i - 1]!;
    const next = i + 1 >= text.length ? ' ' : text[i + 1]!;
    const opening = SINGLE_OPEN.has(c) && OPENING_CONTEXT.test(prev) && /[\p{L}\p{N}]/u.test(next) && !ELISION.test(text.slice(i + 1, i + 7));
    const closing = SINGLE_CLOSE.has(c) && /[\p{L}\p{N}.,!?;:)…]/u.test(prev) && CLOSING_CONTEXT.test(next);
    if (opening) {
      open = i;
    } else if (closing && open >= 0) {
      if (lengthAsLf(text, open, i) > MAX_SINGLE_LENGTH || /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r|\n)/.test(text.slice(open, i))) {
        open = -1;
        continue;
      }
      if (isPluralPossessive(text, i) && hasLaterClose(text, i)) continue;
      spans.push({ start: open, end: i + 1, single: true, closed: true });
      open = -1;
    }
  }
  return spans;
}

/**
 * The length of [from, to) with each CRLF line end counted as one character, as its LF twin has it:
 * a quotation's length limit must not depend on the draft's line ends.
 */
function lengthAsLf(text: string, from: number, to: number): number {
  let length = to - from;
  for (let i = text.indexOf('\r\n', from); i >= 0 && i < to; i = text.indexOf('\r\n', i + 2)) length--;
  return length;
}

/** Where a window of `length` characters from `from` ends, a CRLF line end counted as one (see `lengthAsLf`). */
function endAsLf(text: string, from: number, length: number): number {
  let end = from;
  for (let n = 0; n < length && end < text.length; n++) end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
  return end;
}

/** "the officers’ union": an apostrophe after -s followed by a lower-case word. */
function isPluralPossessive(text: string, i: number): boolean {
  return text[i - 1] === 's' && /^(?:\r\n|\s)\p{Ll}/u.test(text.slice(i + 1, i + 4));
}

function hasLaterClose(text: string, i: number): boolean {
  const rest = text.slice(i + 1, endAsLf(text, i + 1, MAX_SINGLE_LENGTH));
  return /[\p{L}\p{N}.,!?][’'](?=[\s.,;:!?)—–-]|$)/u.test(rest);
}
