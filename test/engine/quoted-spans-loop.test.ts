// quotedSpans lets the regex engine find the quotation marks instead of looping over every
// character; it must give the spans the loop version (kept below as the reference) gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../../src/engine/sentences';
import { endsWithEmbedLeadIn, quotedSpans } from '../../src/detectors/loaded-language/quoted-spans';

const OPEN_DOUBLE = new Set(['“', '„', '«', '"']);
/** The marks that close a quotation opened by each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”"', '„': '“”"', '«': '»', '"': '"”' };
/** How far a single-quoted span may run; longer means the mark was an apostrophe, not a quote. */
const MAX_SINGLE = 240;

/** Every mark `quotedSpans` acts on (" ' « » and the curly quotes ‘ to „), and a few other quotation marks: the rest of the text is skipped. */
function mayBeQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

function referenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!mayBeQuoteMark(text.charCodeAt(i))) continue;
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
        i = close;
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

const PIECES = ['word', ' ', '\n', '\r\n', '“', '”', '„', '"', "'", '‘', '’', '«', '»', '‹', '›', '‚', '‛', '(', '—', '-', 'x', 'é', '😀', '5', '> ', 'The statement reads:', ':', 'Mexico’s'];

test('quotedSpans gives the spans of the character loop', () => {
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      assert.deepEqual(quotedSpans(text), referenceSpans(text));
    }),
    { numRuns: 20000, seed: 16 },
  );
});
