import { parseBlock, splitBlocks, splitBlocksFrom, type ParsedBlock } from './blocks';
import { commonPrefix, commonSuffix } from './common-text';

/**
 * A parsed block and what the analyzer memoised for it (src/engine/analyze.ts): both depend on the
 * block's text only, so they travel together, and the memo costs no lookup besides the entry's.
 */
export interface CachedBlock {
  readonly parsed: ParsedBlock;
  /** Memoised values by the number of their rule and name pair; kept while the block lives. */
  memo: unknown[] | undefined;
  /** Values rules share in one analysis (`sharedIn`): computing function, name, value in turn. */
  shared: unknown[] | undefined;
  sharedIn: number;
}

interface Range {
  start: number;
  end: number;
}

/**
 * One version of a document: its block ranges and, once read, each block's parse. A block is taken
 * from the previous version when it lies wholly inside the text the two versions share at their
 * start or end (found by one comparison of the texts), so an edit hashes and compares no block's text;
 * only blocks across the changed span are looked up by text, which still finds moved paragraphs.
 */
export class DocumentVersion {
  readonly ranges: readonly Range[];
  private readonly entries: Array<CachedBlock | undefined>;
  private previous: DocumentVersion | undefined;
  /** Length of the text shared with the previous version at the start, and at the end. */
  private head = 0;
  private tail = 0;
  private byText: Map<string, CachedBlock> | undefined;

  constructor(
    readonly text: string,
    previous: DocumentVersion | undefined,
  ) {
    if (previous) {
      this.previous = previous;
      this.head = commonPrefix(previous.text, text);
      this.tail = commonSuffix(previous.text, text, Math.min(previous.text.length, text.length) - this.head);
      this.entries = [];
      this.ranges = this.splitAround(previous, this.entries);
    } else {
      this.ranges = splitBlocks(text);
      this.entries = new Array<CachedBlock | undefined>(this.ranges.length);
    }
  }

  /** The parse of block `index` if it is known without parsing (taken from the previous version). */
  parsedIfKnown(index: number): ParsedBlock | undefined {
    return this.entries[index]?.parsed;
  }

  /**
   * The split of the text, taking the previous version's blocks before the change and after it:
   * splitting resumes at the start of the block holding the change (the split there depends on the
   * text before, unchanged) and ends at a block start inside the shared end where the previous
   * version also started one (the split on from there depends on the text after, unchanged).
   */
  private splitAround(previous: DocumentVersion, entries: Array<CachedBlock | undefined>): Range[] {
    const old = previous.ranges;
    // The last block starting strictly before the change: a line break just before it may join with
    // the first changed character.
    const resume = previous.firstStartingFrom(this.head) - 1;
    const from = resume >= 0 ? old[resume]!.start : 0;
    const shift = this.text.length - previous.text.length;
    let rest = old.length;
    const middle = splitBlocksFrom(this.text, from, this.text.length - this.tail, (offset) => {
      rest = previous.firstEndingAfter(offset - shift);
      return old[rest]?.start === offset - shift;
    });
    // The blocks taken keep their entries; those of the split part are found on first read.
    const ranges = old.slice(0, Math.max(resume, 0));
    for (let i = 0; i < ranges.length; i++) entries.push(previous.entries[i]);
    for (const range of middle.ranges) {
      ranges.push(range);
      entries.push(undefined);
    }
    if (middle.stoppedAt !== undefined) {
      for (let i = rest; i < old.length; i++) {
        ranges.push(shift ? { start: old[i]!.start + shift, end: old[i]!.end + shift } : old[i]!);
        entries.push(previous.entries[i]);
      }
    }
    return ranges;
  }

  /** The parse of block `index`, reused from the previous version when its text is unchanged (see `reuse`). */
  entry(index: number): CachedBlock {
    let entry = this.entries[index];
    if (entry === undefined) {
      const { start, end } = this.ranges[index]!;
      entry = (this.previous && this.reuse(index, start, end)) || { parsed: parseBlock(this.text.slice(start, end)), memo: undefined, shared: undefined, sharedIn: 0 };
      this.entries[index] = entry;
    }
    return entry;
  }

  /** Stops reusing: the previous version can be collected. */
  forgetPrevious(): void {
    this.previous = undefined;
    this.byText = undefined;
  }

  private reuse(index: number, start: number, end: number): CachedBlock | undefined {
    const previous = this.previous!;
    // A block inside the shared start has the same offsets and text in both versions; one inside the
    // shared end has the same text, its offsets moved by the change in length.
    if (end <= this.head) return previous.entryAt(start, end, index);
    if (start >= this.text.length - this.tail) {
      const shift = this.text.length - previous.text.length;
      return previous.entryAt(start - shift, end - shift, index - (this.ranges.length - previous.ranges.length));
    }
    if (!this.byText) {
      // Only the previous blocks across the changed span can hold a text not found above.
      this.byText = new Map();
      const changedEnd = previous.text.length - this.tail;
      for (let i = previous.firstEndingAfter(this.head); i < previous.ranges.length; i++) {
        const range = previous.ranges[i]!;
        if (range.start >= changedEnd) break;
        const entry = previous.entries[i];
        if (entry) this.byText.set(previous.text.slice(range.start, range.end), entry);
      }
    }
    return this.byText.get(this.text.slice(start, end));
  }

  /** The parsed block with exactly this range, if one was read; `guess` is where it usually is. */
  private entryAt(start: number, end: number, guess: number): CachedBlock | undefined {
    let index = guess;
    if (this.ranges[index]?.start !== start) {
      index = this.firstEndingAfter(start);
      if (this.ranges[index]?.start !== start) return undefined;
    }
    return this.ranges[index]!.end === end ? this.entries[index] : undefined;
  }

  /** Index of the first block that starts at or after `offset` (binary search; blocks are in order). */
  private firstStartingFrom(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first block that ends after `offset` (binary search; blocks are in order). */
  firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Keeps the blocks of the last analysis of a document, so that the next version re-parses only
 * changed blocks. Memory stays proportional to one document: each version reuses only the last.
 */
export class BlockCache {
  private last: DocumentVersion | undefined;
  private latest: DocumentVersion | undefined;

  /** Splits a new version of the document into blocks that reuse the last analysis' parses. */
  version(text: string): DocumentVersion {
    return (this.latest = new DocumentVersion(text, this.last));
  }

  /** Called when an analysis is done: its version becomes the one the next reuses. */
  sweep(): void {
    if (!this.latest) return;
    this.last = this.latest;
    this.latest = undefined;
    this.last.forgetPrevious();
  }
}
