import type { Root, RootContent, Nodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { splitSentences, type Span } from './sentences';

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

/** Splits text into blocks at blank lines, keeping fenced code blocks whole. */
export function splitBlocks(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let blockStart = -1;
  let blockEnd = 0;
  let fence: string | undefined;
  let pos = 0;
  while (pos <= text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol);
    const blank = fence === undefined && /^[ \t]*$/.test(line);
    if (blank) {
      if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = pos;
      blockEnd = eol;
      const marker = FENCE.exec(line)?.[1];
      if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence === undefined ? marker : undefined;
      }
    }
    if (eol >= text.length) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (blockStart >= 0) ranges.push({ start: blockStart, end: blockEnd });
  return ranges;
}

/** Parses one block with remark and derives its masked prose, parts, links and sentences. */
export function parseBlock(text: string): ParsedBlock {
  const tree = parser.parse(text) as Root;
  const chars = text.split('');
  const parts: Part[] = [];
  const links: Link[] = [];

  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (MASKED_NODES.has(node.type)) {
      blank(start, end);
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const children = node.children;
      const first = children[0]?.position?.start.offset ?? end;
      const last = children[children.length - 1]?.position?.end.offset ?? first;
      blank(start, first);
      blank(last, end);
      if (node.type === 'link') links.push({ start, end, url: node.url });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  const collect = (nodes: RootContent[], listDepth: number) => {
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'list':
          for (const item of node.children) {
            const inner = item.children.filter((c) => c.type === 'list');
            parts.push({ kind: 'listItem', start: item.position?.start.offset ?? start, end: item.position?.end.offset ?? end, depth: listDepth });
            collect(inner, listDepth + 1);
          }
          break;
        case 'blockquote':
          collect(node.children, listDepth);
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
  };
  visit(tree);
  collect(tree.children, 1);
  const masked = chars.join('');
  return { masked, parts, links, sentences: splitSentences(masked) };
}
