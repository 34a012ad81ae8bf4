import type { CredenceDocument } from '../../engine/document';
import type { DetectContext } from '../../engine/detector';
import { analyzeBlock, type BlockAnalysis } from './block';
import type { DocLine } from './structure';

/**
 * The document's logical lines, numbered across blocks, over the blocks' memoised analyses. A
 * line is placed in the document (given document offsets) only when a pass asks for it: an edit
 * re-analyses one block, and the passes read the few lines around cues, so placing every line of
 * the document on each analysis would be most of the rule's work.
 */
export class DocumentLines {
  readonly blocks: BlockAnalysis[] = [];
  /** Document offset of each block. */
  readonly starts: number[] = [];
  /** Number of each block's first line. */
  readonly first: number[] = [];
  /** Blocks with chrome cues, source-list headings, selling units: where the passes start. */
  readonly cueBlocks: number[] = [];
  readonly sourceBlocks: number[] = [];
  readonly sellingBlocks: number[] = [];
  readonly length: number;
  private readonly placed = new Map<number, DocLine>();

  constructor(doc: CredenceDocument, ctx: DetectContext) {
    let n = 0;
    const blocks = doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const analysis = ctx.memo('lines', block, analyzeBlock);
      this.blocks.push(analysis);
      this.starts.push(block.start);
      this.first.push(n);
      n += analysis.lines.length;
      if (analysis.cues.length) this.cueBlocks.push(b);
      if (analysis.sources.length) this.sourceBlocks.push(b);
      if (analysis.selling.length) this.sellingBlocks.push(b);
    }
    this.length = n;
  }

  /** The block of line `i` (0 <= i < length): the last block whose first line is at or before it (blocks without lines share their successor's number). */
  blockOf(i: number): number {
    let lo = 0;
    let hi = this.first.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.first[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line `i` placed in the document. */
  at(i: number): DocLine {
    let line = this.placed.get(i);
    if (!line) {
      const b = this.blockOf(i);
      const l = this.blocks[b]!.lines[i - this.first[b]!]!;
      const start = this.starts[b]!;
      line = {
        start: l.start, end: l.end, content: l.content, text: l.text, words: l.words, terminal: l.terminal, norm: l.norm,
        docStart: start + l.start, docEnd: start + l.end, docContent: start + l.content, block: b, source: l,
      };
      this.placed.set(i, line);
    }
    return line;
  }

  /** Whether line `i` has a unit that sells on its own. */
  isSelling(i: number): boolean {
    const b = this.blockOf(i);
    return this.blocks[b]!.selling.includes(i - this.first[b]!);
  }
}
