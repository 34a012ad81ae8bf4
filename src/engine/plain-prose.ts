import type { Part } from './blocks';

/**
 * Recognises blocks whose structure remark would find without running it, so that parsing them can
 * be skipped: most paragraphs of a news article are prose with no markdown syntax at all, and the
 * parser's fixed cost per call outweighs the work on such a short text. Besides plain paragraphs,
 * one-line headings and a simple bullet list ("Key points" lists) are recognised: they are common
 * in articles, and a remark parse of a long block is costly.
 *
 * The test is conservative: any character that could start a construct whose position we use
 * (code, HTML, links, images, definitions) or change the block's structure at the start of a line
 * (headings, quotes, nested lists, thematic breaks, setext underlines, indented code) sends the
 * block to the parser. `test/engine/plain-prose.test.ts` checks the shortcut against remark.
 *
 * Square brackets are common in prose ("[sic]", an acronym in brackets) and make a link only with
 * a `](` (an inline link) or a definition to refer to. A block is parsed on its own, so its
 * definitions are its own, and a definition starts a line with `[`: a block with neither is prose.
 */

/** Line breaks, and the characters inside a line that `plainParts` must look at: control characters, ` < [. */
const NOTABLE = /[\x00-\x1f`<[]/g;

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
export function plainParts(text: string): Part[] | undefined {
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
    // One search finds the end of the line and checks its characters: the regex engine skips the
    // plain ones faster than a loop over them. Control characters (tabs included), backticks and
    // angle brackets open constructs we must see.
    let eol = length;
    NOTABLE.lastIndex = content;
    while (NOTABLE.test(text)) {
      const at = NOTABLE.lastIndex - 1;
      const code = text.charCodeAt(at);
      if (code === 10 || code === 13) {
        eol = at;
        break;
      }
      if (code !== 0x5b) return undefined;
      brackets = true;
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

/**
 * Where the paragraph starts when `text` (a block: no blank lines) is certainly a single markdown
 * paragraph with no code, HTML or links; -1 when it may be anything else. The paragraph then ends
 * at the end of the text.
 */
export function plainParagraphStart(text: string): number {
  const parts = plainParts(text);
  return parts?.length === 1 && parts[0]!.kind === 'paragraph' ? parts[0]!.start : -1;
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
