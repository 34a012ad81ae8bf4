import type { Root, RootContent, Nodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { splitSentences, type Span } from './sentences';
import { plainParts } from './plain-prose';

/** The markdown structure a part of a block has. */
export type PartKind = 'paragraph' | 'heading' | 'listItem' | 'code' | 'html' | 'thematicBreak' | 'other';

/** A top-level structural unit inside a block (a paragraph, a heading, one list item). Offsets are block-relative. */
export interface Part extends Span {
  kind: PartKind;
  /** Heading depth, or list nesting depth for list items. */
  depth?: number;
}

/** A markdown link inside a block, block-relative. */
export interface Link extends Span {
  url: string;
}

/** What parsing one block yields; depends only on the block's text, so it is cached by text. */
export interface ParsedBlock {
  /**
   * The block text with everything that is not prose (code, HTML, link targets, images) blanked
   * to spaces. Same length as the text, so offsets found in it are offsets in the text.
   */
  masked: string;
  parts: Part[];
  links: Link[];
  /** Sentences of the prose, block-relative. */
  sentences: Span[];
}

/**
 * A run of non-blank lines (a paragraph-level chunk) of the document. Blocks are the unit of
 * parsing and caching: an edit re-parses only the block it touches.
 */
export interface Block {
  index: number;
  /** Offsets of the block in the document. */
  start: number;
  end: number;
  text: string;
  parsed: ParsedBlock;
}

const parser = unified().use(remarkParse);
const MASKED_NODES = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition']);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NOT_LINE_BREAK = /[^\n\r]/g;

const DIRECTIVE_LINE = /^[ \t]*(?:<!--[ \t]*)?credence-disable-next-line(?:[ \t]+[a-z][a-z0-9-]*)*[ \t]*(?:-->)?[ \t]*$/;

/**
 * A suppression directive (src/engine/suppress.ts) is not prose: it separates blocks like a blank
 * line, so that no detector reads it as the start of the next sentence (in plain text there is no
 * HTML comment around it to mask it).
 */
function isDirectiveLine(line: string): boolean {
  return line.includes(DIRECTIVE_WORD) && DIRECTIVE_LINE.test(line);
}

const DIRECTIVE_WORD = 'credence-disable-next-line';
const LINE_BREAK = /[\n\r]/g;

/**
 * Splits text into blocks at blank lines (and suppression directives), keeping fenced code blocks
 * whole. Runs over the whole document on every analysis, so a line is sliced and matched only when
 * its first character can open a fence or it holds a directive.
 */
export function splitBlocks(text: string): Array<{ start: number; end: number }> {
  return splitBlocksFrom(text, 0, Infinity, () => false).ranges;
}

/**
 * `splitBlocks` from `from` on, which must be 0 or where a block starts: there the split is in the
 * state it is in at the start of the text. Stops where a block would start at an offset from
 * `stopFrom` on that `stop` accepts (the split on from there is known), returning that offset.
 */
export function splitBlocksFrom(text: string, from: number, stopFrom: number, stop: (offset: number) => boolean): { ranges: Array<{ start: number; end: number }>; stoppedAt: number | undefined } {
  const ranges: Array<{ start: number; end: number }> = [];
  const length = text.length;
  let blockStart = -1;
  let blockEnd = 0;
  let fence: string | undefined;
  let directive = text.indexOf(DIRECTIVE_WORD, from);
  let pos = from;
  while (pos <= length) {
    // The regex engine finds the line's end faster than a loop over its characters.
    LINE_BREAK.lastIndex = pos;
    const eol = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : length;
    let first = pos;
    while (first < eol && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (directive >= 0 && directive < pos) directive = text.indexOf(DIRECTIVE_WORD, pos);
    const blank = fence === undefined && (first === eol || (directive >= 0 && directive < eol && isDirectiveLine(text.slice(pos, eol))));
    if (blank) {
      if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart < 0) {
        // Outside any block no fence is open: the split from here depends on the text from here only.
        if (pos >= stopFrom && stop(pos)) return { ranges, stoppedAt: pos };
        blockStart = pos;
      }
      blockEnd = eol;
      const opener = text.charCodeAt(first);
      const marker = opener === 0x60 || opener === 0x7e ? FENCE.exec(text.slice(pos, eol))?.[1] : undefined;
      if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence === undefined ? marker : undefined;
      }
    }
    if (eol >= length) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
  return { ranges, stoppedAt: undefined };
}

/** Parses one block and derives its masked prose, parts, links and sentences. */
export function parseBlock(text: string): ParsedBlock {
  const parts = plainParts(text);
  if (parts) return { masked: text, parts, links: [], sentences: splitSentences(text) };
  return parseBlockWithRemark(text);
}

/** `parseBlock` without the plain-prose shortcut: always runs remark. */
export function parseBlockWithRemark(text: string): ParsedBlock {
  const tree = parser.parse(text) as Root;
  const parts: Part[] = [];
  const links: Link[] = [];
  const blanked: Span[] = [];

  const blank = (start: number, end: number) => {
    if (start < end) blanked.push({ start, end });
  };
  // Both walks use an explicit stack, not recursion: pasted text can nest quotes or lists thousands deep.
  const visiting: Nodes[] = [tree];
  while (visiting.length) {
    const node = visiting.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (MASKED_NODES.has(node.type)) {
      blank(start, end);
      continue;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const children = node.children;
      const first = children[0]?.position?.start.offset ?? end;
      const last = children[children.length - 1]?.position?.end.offset ?? first;
      blank(start, first);
      blank(last, end);
      if (node.type === 'link') links.push({ start, end, url: node.url });
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) visiting.push(node.children[i] as Nodes);
  }
  const collecting: Array<[RootContent, number]> = tree.children.map((node): [RootContent, number] => [node, 1]).reverse();
  while (collecting.length) {
    const [node, listDepth] = collecting.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--) collecting.push([node.children[i]!, listDepth]);
        break;
      case 'listItem':
        parts.push({ kind: 'listItem', start, end, depth: listDepth });
        for (let i = node.children.length - 1; i >= 0; i--) if (node.children[i]!.type === 'list') collecting.push([node.children[i]!, listDepth + 1]);
        break;
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) collecting.push([node.children[i]!, listDepth]);
        break;
      case 'heading':
        parts.push({ kind: 'heading', start, end, depth: node.depth });
        break;
      case 'paragraph':
      case 'code':
      case 'html':
      case 'thematicBreak':
        parts.push({ kind: node.type, start, end });
        break;
      default:
        parts.push({ kind: 'other', start, end });
    }
  }
  const masked = maskRanges(text, blanked);
  return { masked, parts, links, sentences: splitSentences(masked) };
}

/** The text with every character inside the ranges, line breaks excepted, replaced by a space. */
function maskRanges(text: string, ranges: Span[]): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a.start - b.start);
  let masked = '';
  let pos = 0;
  for (const { start, end } of ranges) {
    const from = Math.max(start, pos);
    if (from >= end) continue;
    masked += text.slice(pos, from) + text.slice(from, end).replace(NOT_LINE_BREAK, ' ');
    pos = end;
  }
  return masked + text.slice(pos);
}
