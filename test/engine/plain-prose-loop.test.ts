// plainParts finds line ends and notable characters with a regex search instead of a loop over
// every character; it must answer exactly as the loop version (kept below as the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Part } from '../../src/engine/blocks';
import { plainParts } from '../../src/engine/plain-prose';

/** Characters that may change block structure at the start of a line: # > - * + = _ ~ |, and [ (a definition). */
const LINE_START_SYNTAX = new Set([0x23, 0x3e, 0x2d, 0x2a, 0x2b, 0x3d, 0x5f, 0x7e, 0x7c, 0x5b]);

/**
 * The parts of `text` (a block: no blank lines) when it is certainly plain paragraphs and ATX
 * headings, then an optional bullet list whose items hold plain text, with no code, HTML or links;
 * undefined when it may be anything else. Offsets are as remark gives them: a paragraph from its
 * first character, a heading or an item from its first mark, each to the end of its last line.
 *
 * A heading is one line: one to six `#` at the line start, a space and plain text; a line after it
 * starts a paragraph. A `#` not followed by a space ("#hashtag") is text. Each item is one marker
 * (the same `-`, `*` or `+` throughout), one space and plain text; the lines after it, indented or
 * not, continue its paragraph, as lines after a paragraph continue it.
 */
function referenceParts(text: string): Part[] | undefined {
  const length = text.length;
  if (length === 0 || text.charCodeAt(length - 1) === 32) return undefined;
  const parts: Part[] = [];
  let marker = 0;
  let brackets = false;
  let lineStart = 0;
  for (;;) {
    let content = lineStart;
    while (content < length && text.charCodeAt(content) === 32) content++;
    const lead = content === lineStart ? text.charCodeAt(lineStart) : 0;
    const isItem = isBulletMarker(lead) && text.charCodeAt(lineStart + 1) === 32;
    const hashes = lead === 0x23 ? countHashes(text, lineStart) : 0;
    const afterHashes = text.charCodeAt(lineStart + hashes);
    const isHeading = hashes > 0 && hashes <= 6 && (afterHashes === 32 || afterHashes === 10 || afterHashes === 13 || lineStart + hashes >= length);
    if (isItem) {
      if (marker !== 0 && lead !== marker) return undefined;
      marker = lead;
      content += 2;
    } else if (isHeading) {
      content = lineStart + hashes;
      while (text.charCodeAt(content) === 32) content++;
    }
    // One pass finds the end of the line and checks its characters.
    let eol = content;
    for (; eol < length; eol++) {
      const code = text.charCodeAt(eol);
      if (code === 10 || code === 13) break;
      // Control characters (tabs included), backticks and angle brackets open constructs we must see.
      if (code < 32 || code === 0x60 || code === 0x3c) return undefined;
      if (code === 0x5b) brackets = true;
    }
    const last = parts[parts.length - 1];
    const startsParagraph = !isItem && !isHeading && (!last || last.kind === 'heading');
    // Four spaces would make indented code; an empty item or heading, or an item with more spaces after its marker, is left to remark too.
    if (content >= eol || (startsParagraph && content - lineStart > 3)) return undefined;
    const first = text.charCodeAt(content);
    const hashtag = lead === 0x23 && !isHeading;
    if (first === 32 || (LINE_START_SYNTAX.has(first) && !hashtag) || (first >= 48 && first <= 57 && startsOrderedListMarker(text, content))) return undefined;
    if (isItem || isHeading) {
      // A part that ends in a space before the next begins, or a heading that does: remark may leave the space out of it.
      if ((last && text.charCodeAt(last.end - 1) === 32) || (isHeading && text.charCodeAt(eol - 1) === 32)) return undefined;
      // A heading after a list item: left to remark.
      if (isHeading && marker !== 0) return undefined;
      parts.push(isItem ? { kind: 'listItem', start: lineStart, end: eol, depth: 1 } : { kind: 'heading', start: lineStart, end: eol, depth: hashes });
    } else if (startsParagraph) parts.push({ kind: 'paragraph', start: content, end: eol });
    else last!.end = eol;
    if (eol >= length) break;
    lineStart = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return brackets && text.includes('](') ? undefined : parts;
}

/** How many `#` open the line at `start` (counting past six is not needed: seven make text). */
function countHashes(text: string, start: number): number {
  let i = start;
  while (i - start < 7 && text.charCodeAt(i) === 0x23) i++;
  return i - start;
}

function isBulletMarker(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2b;
}

/** "1." or "12)" at `i`: the start of an ordered list item (the following space is not required, to stay on the safe side). */
function startsOrderedListMarker(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const after = text.charCodeAt(j);
  return after === 0x2e || after === 0x29;
}

const PIECES = ['word', 'Word', ' ', '  ', '    ', '. ', '“', '"', '😀', 'é', '\u00a0', '\n', '\r\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '#', '>', '-', '*', '+', '`', '<', '[', ']', '](', '1.', '\n- ', '- ', '# ', '\n#tag', '\u2028'];

test('plainParts answers as the character loop did', () => {
  fc.assert(
    fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
      assert.deepEqual(plainParts(text), referenceParts(text));
    }),
    { numRuns: 20000, seed: 15 },
  );
});
