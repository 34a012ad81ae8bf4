/**
 * Recognises blocks that remark would parse as one plain paragraph, so that parsing them can be
 * skipped: most paragraphs of a news article are prose with no markdown syntax at all, and the
 * parser's fixed cost per call outweighs the work on such a short text.
 *
 * The test is conservative: any character that could start a construct whose position we use
 * (code, HTML, links, images, definitions) or change the block's structure at the start of a line
 * (headings, quotes, lists, thematic breaks, setext underlines, indented code) sends the block to
 * the parser. `test/engine/plain-prose.test.ts` checks the shortcut against remark.
 *
 * Square brackets are common in prose ("[sic]", an acronym in brackets) and make a link only with
 * a `](` (an inline link) or a definition to refer to. A block is parsed on its own, so its
 * definitions are its own, and a definition starts a line with `[`: a block with neither is prose.
 */

/** Characters that may change block structure at the start of a line: # > - * + = _ ~ |, and [ (a definition). */
const LINE_START_SYNTAX = new Set([0x23, 0x3e, 0x2d, 0x2a, 0x2b, 0x3d, 0x5f, 0x7e, 0x7c, 0x5b]);

/**
 * Where the paragraph starts when `text` (a block: no blank lines) is certainly a single markdown
 * paragraph with no code, HTML or links; -1 when it may be anything else. The paragraph then ends
 * at the end of the text.
 */
export function plainParagraphStart(text: string): number {
  const length = text.length;
  let start = 0;
  while (start < length && text.charCodeAt(start) === 32) start++;
  // Four spaces would make indented code; an empty or space-ended block is left to remark too.
  if (start > 3 || start === length || text.charCodeAt(length - 1) === 32) return -1;
  let atLineStart = true;
  let brackets = false;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      atLineStart = true;
      continue;
    }
    // Control characters (tabs included), backticks and angle brackets open constructs we must see.
    if (code < 32 || code === 0x60 || code === 0x3c) return -1;
    if (code === 0x5b) brackets = true;
    if (atLineStart && code !== 32) {
      if (LINE_START_SYNTAX.has(code) || (code >= 48 && code <= 57 && startsOrderedListMarker(text, i))) return -1;
      atLineStart = false;
    }
  }
  return brackets && text.includes('](') ? -1 : start;
}

/** "1." or "12)" at `i`: the start of an ordered list item (the following space is not required, to stay on the safe side). */
function startsOrderedListMarker(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const after = text.charCodeAt(j);
  return after === 0x2e || after === 0x29;
}
