import type { Block, ParsedBlock } from './blocks';
import { BlockCache, type CachedBlock, type DocumentVersion } from './block-cache';
export { BlockCache } from './block-cache';
import { lineStarts, offsetToPoint, pointToOffset, type Point } from './lines';

/** Metadata the adapters know about the article being analysed. */
export interface DocumentInfo {
  uri?: string;
  languageId?: string;
}

/**
 * An article to analyse: its text, blocks, and offset/position conversions. Immutable. Blocks are
 * split on first use and each is parsed when its `parsed` is first read, so a document made only
 * to convert offsets (as adapters do for results computed elsewhere) costs next to nothing.
 */
export class CredenceDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  private blockList: readonly Block[] | undefined;
  private version: DocumentVersion | undefined;
  private starts: number[] | undefined;

  constructor(
    text: string,
    info: DocumentInfo = {},
    private readonly cache: BlockCache = new BlockCache(),
  ) {
    this.text = text;
    this.uri = info.uri ?? 'untitled';
    this.languageId = info.languageId ?? 'markdown';
  }

  get blocks(): readonly Block[] {
    if (!this.blockList) {
      const version = (this.version = this.cache.version(this.text));
      this.blockList = version.ranges.map(({ start, end }, index) => {
        const text = this.text.slice(start, end);
        // A block taken from the previous version needs no getter (whose object costs far more to make).
        const parsed = version.parsedIfKnown(index);
        return parsed ? { index, start, end, text, parsed } : new LazyBlock(index, start, end, text, version);
      });
    }
    return this.blockList;
  }

  /** The cache entry of one of this document's blocks (where the analyzer memoises), or undefined for another document's block. */
  cachedBlock(block: Block): CachedBlock | undefined {
    return this.blocks[block.index] === block ? this.version!.entry(block.index) : undefined;
  }

  toPoint(offset: number): Point {
    this.starts ??= lineStarts(this.text);
    return offsetToPoint(this.starts, offset);
  }

  toOffset(point: Point): number {
    this.starts ??= lineStarts(this.text);
    return pointToOffset(this.starts, point, this.text.length);
  }

  /** The block containing an offset, if any. */
  blockAt(offset: number): Block | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid]!;
      if (offset < block.start) hi = mid - 1;
      else if (offset >= block.end) lo = mid + 1;
      else return block;
    }
    return undefined;
  }
}

/**
 * A block whose parse is made when `parsed` is first read. A class, not an object literal with a
 * getter: each such literal gets its own hidden class in the old generation, holding the getter's
 * closure, and so kept the document, its blocks and every rule's memo alive through minor
 * collections until a full one (about a third of all allocation was promoted that way).
 */
class LazyBlock implements Block {
  private parse: ParsedBlock | undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly version: DocumentVersion,
  ) {}

  get parsed(): ParsedBlock {
    return (this.parse ??= this.version.entry(this.index).parsed);
  }
}
