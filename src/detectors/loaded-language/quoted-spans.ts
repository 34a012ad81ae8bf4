import type { Block } from '../../engine/blocks';
import type { Span } from '../../engine/sentences';

const OPEN_DOUBLE = new Set(['“', '„', '«', '"']);
/** The marks that close a quotation opened by each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”"', '„': '“”"', '«': '»', '"': '"”' };
/**
 * A line that introduces an embedded document ("Here is the full statement:", "The letter reads:");
 * what follows it is the document's author speaking, not the outlet.
 */
export const EMBED_LEAD_IN = /(?<![\p{L}\p{N}])(?:statement|post|letter|memo|e-?mail|note|message|tweet|transcript|remarks|speech|announcement|release|reads?|said|wrote|writes|says)(?![\p{L}\p{N}])[^.!?\n\r]{0,60}:[ \t]*$/iu;

/** How far a single-quoted span may run; longer means the mark was an apostrophe, not a quote. */
const MAX_SINGLE = 240;

/**
 * Spans of a block that are inside quotation marks (marks included), block-relative. Words there
 * belong to the speaker, or are held at a distance by scare quotes, so they are not the outlet's
 * voice. Double quotes pair up in order; one left open runs to the end of the block, as a quotation
 * continued in the next paragraph does. Single quotes count only when they open before a word and
 * close within a short distance, so that apostrophes ("Peru’s", "’90s") are not taken for quotes.
 * Markdown block-quote lines (`> …`) are quoted whole, and so is everything after a line that
 * introduces an embedded document (`EMBED_LEAD_IN`).
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  // The regex engine skips the characters that are no quotation mark faster than a loop over them.
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const c = text[i]!;
    if (open >= 0) {
      if (CLOSERS[text[open]!]!.includes(c)) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else if (c === text[open] && c !== '"') {
        // The same opening mark again: the first quotation was never closed, so both are quoted.
        spans.push({ start: open, end: i });
        open = i;
      }
      continue;
    }
    if (OPEN_DOUBLE.has(c)) {
      open = i;
      continue;
    }
    if ((c === '‘' || c === "'") && opensSingle(text, i)) {
      const close = closingSingle(text, i);
      if (close > 0) {
        spans.push({ start: i, end: close + 1 });
        QUOTE_MARK.lastIndex = close + 1;
      }
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  if (text.includes('>')) for (const m of text.matchAll(/^ {0,3}>.*$/gm)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (text.includes(':')) {
    const after = embeddedFrom(text);
    if (after >= 0) spans.push({ start: after, end: text.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where the text after the first line that introduces an embedded document starts (the line's end,
 * before its line break), or -1: the lines `/^.*$/gm` gives, tested with `endsWithEmbedLeadIn`,
 * found by a scan for the line terminators `.` does not match. Only a line ending in a colon is
 * cut out and tested.
 */
export function embeddedFrom(text: string): number {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineTerminator(text.charCodeAt(i))) continue;
    if (i < text.length && i > start && endsInColon(text, start, i) && endsWithEmbedLeadIn(text.slice(start, i))) return i;
    start = i + 1;
  }
  return -1;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** The line [start, end) ends in a colon, give or take spaces and tabs (what `endsWithEmbedLeadIn` tests first). */
function endsInColon(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e > start && text.charCodeAt(e - 1) === 0x3a;
}

/**
 * True when the last line of `text` introduces an embedded document (`EMBED_LEAD_IN`). The cheap
 * test its pattern ends with comes first: the text ends in a colon (and spaces or tabs). Most blocks
 * do not, and are not searched for their last line.
 */
export function endsWithEmbedLeadIn(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === 0 || text.charCodeAt(end - 1) !== 0x3a) return false;
  return EMBED_LEAD_IN.test(text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1));
}

/** Every mark `quotedSpans` acts on (" ' « » and the curly quotes ‘ to „), and a few other quotation marks: the rest of the text is skipped. */
const QUOTE_MARK = /["'«»\u2018-\u201e]/g;

/**
 * `quotedSpans` of a block's prose. Rules pass this same function to `ctx.memo` under the name
 * `quoted-spans`, so that one computation serves loaded-language and weasel-attribution.
 */
export function blockQuotedSpans(block: Block): Span[] {
  return quotedSpans(block.parsed.masked);
}

/** True when [start, end) lies inside one of the spans (sorted by start). */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start > start) return false;
    if (end <= s.end) return true;
  }
  return false;
}

function opensSingle(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s(\[{—–\-/]/.test(before) && /[\p{L}\p{N}]/u.test(after);
}

function closingSingle(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_SINGLE);
  for (let j = open + 2; j < limit; j++) {
    const c = text[j]!;
    if (c === '\n' || c === '\r') return -1;
    if (c !== '’' && c !== "'") continue;
    const after = text[j + 1] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(after)) return j;
  }
  return -1;
}
