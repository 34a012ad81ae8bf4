import { splitBlocks, parseBlock, type Block, type ParsedBlock } from './blocks';
import { lineStarts, offsetToPoint, pointToOffset, type Point } from './lines';

/**
 * Caches parsed blocks by their text, so re-analysis after an edit re-parses only changed blocks.
 * The blocks an analysis used are kept in order and made into a map by text only when a later
 * analysis looks one up: a one-shot analysis (the CLI, a fresh analyzer) hashes no block text.
 */
export class BlockCache {
  private texts: string[] = [];
  private parsed: ParsedBlock[] = [];
  private previousTexts: string[] = [];
  private previousParsed: ParsedBlock[] = [];
  private previous: Map<string, ParsedBlock> | undefined;

  get(text: string): ParsedBlock {
    if (!this.previous && this.previousTexts.length) {
      this.previous = new Map();
      for (let i = 0; i < this.previousTexts.length; i++) this.previous.set(this.previousTexts[i]!, this.previousParsed[i]!);
    }
    const parsed = this.previous?.get(text) ?? parseBlock(text);
    this.texts.push(text);
    this.parsed.push(parsed);
    return parsed;
  }

  /** Keeps what the last analysis used and forgets the rest: memory stays proportional to one document. */
  sweep(): void {
    this.previousTexts = this.texts;
    this.previousParsed = this.parsed;
    this.previous = undefined;
    this.texts = [];
    this.parsed = [];
  }
}

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
    return (this.blockList ??= splitBlocks(this.text).map(({ start, end }, index) => lazyBlock(index, start, end, this.text.slice(start, end), this.cache)));
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

/** A block whose `parsed` is an own enumerable getter, so that spreading or serialising a block still sees it. */
function lazyBlock(index: number, start: number, end: number, text: string, cache: BlockCache): Block {
  let parsed: ParsedBlock | undefined;
  return {
    index,
    start,
    end,
    text,
    get parsed() {
      return (parsed ??= cache.get(text));
    },
  };
}
