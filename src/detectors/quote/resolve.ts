// Document-level attribution: resolves pronouns ("she said"), back-references ("the second
// official") and surnames across blocks, carries a speaker over to quotations that continue an
// earlier one, and lists the unnamed attributions. Shared by the three attribution rules.
import { keep, kept, Slot } from '../../engine/kept';
import type { Block } from '../../engine/blocks';
import type { CredenceDocument } from '../../engine/document';
import { keepLetterRuns, keptLetterRuns } from '../../engine/phrase-matcher';
import { analyzeBlock, type BlockAttribution } from './attribution';
import type { NotQuoteReason } from './classify';
import { DocumentResolver, type Checkpoint, type StateKey } from './block-resolution';
import type { ResolvedSpeaker } from './entities';

export type { ResolvedSpeaker } from './entities';

/** How a quotation got its speaker. */
export type SpeakerSource = 'attribution' | 'previous-sentence' | 'continuation' | 'previous-paragraph';

/** A pair of quotation marks in the document (absolute offsets) and what it is. */
export interface DocumentQuote {
  start: number;
  end: number;
  closed: boolean;
  notQuote?: NotQuoteReason;
  speaker?: ResolvedSpeaker;
  source?: SpeakerSource;
}

/** An attribution to an unnamed person or body (absolute offsets). */
export interface UnnamedAttribution {
  start: number;
  end: number;
  kind: string;
  reason: string;
}

/** The attribution analysis of a whole document. */
export interface DocumentAttribution {
  quotes: DocumentQuote[];
  unnamed: UnnamedAttribution[];
}

const BLOCK_ATTRIBUTION = new Slot<BlockAttribution>();
const DOCUMENT_ATTRIBUTION = new Slot<DocumentAttribution>();

/**
 * The attribution analysis of one block. Cached by the parsed block (which the engine reuses
 * while the block's text is unchanged) so the three rules that need it compute it once.
 */
export function blockAttribution(block: Block): BlockAttribution {
  const { parsed } = block;
  const done = kept(parsed, BLOCK_ATTRIBUTION);
  if (done) return done;
  // The runs another rule has read already, else the ones the tokenizer reads, kept for the others.
  const runs = keptLetterRuns(parsed);
  return keep(parsed, BLOCK_ATTRIBUTION, analyzeBlock(parsed.masked, parsed.sentences, parsed.parts, runs, runs ? undefined : (read) => keepLetterRuns(parsed, read)));
}

/**
 * The attribution analysis of a document; `perBlock` supplies (memoised) block analyses. After an
 * edit, blocks whose record from the previous pass still holds (see BlockRecord) are neither
 * analysed, looked up nor resolved again: only the edited block and those its changes reach are.
 */
export function documentAttribution(doc: CredenceDocument, perBlock: (block: Block) => BlockAttribution = blockAttribution): DocumentAttribution {
  const cached = kept(doc, DOCUMENT_ATTRIBUTION);
  if (cached) return cached;
  const blocks = doc.blocks;
  const quotes: DocumentQuote[] = [];
  const unnamed: UnnamedAttribution[] = [];
  const fallbacks = new Map<DocumentQuote, Fallback>();
  if (blocks.length) {
    const first = perBlock(blocks[0]!);
    const last = kept(first, PASS);
    // Taken, not shared: the resolver may move the checkpoint's state on, and a pass that fails leaves nothing half-done.
    keep(first, PASS, undefined);
    const previous = last?.records;
    const records: BlockRecord[] = [];
    const resolver = new DocumentResolver({}, last?.checkpoint);
    let state: Carried = { key: resolver.at, adjacent: undefined, previousParagraph: undefined };
    let pending: BlockAttribution | undefined = first;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const here = pending;
      pending = undefined;
      let record = previous && reusable(doc, previous, i, state);
      if (!record) {
        const analysis = here ?? perBlock(block);
        pending = i + 1 < blocks.length ? perBlock(blocks[i + 1]!) : undefined;
        resolver.at = state.key;
        const resolved = resolver.resolve(analysis, i, pending);
        record = recordBlock(doc, block, analysis, resolved, state, resolver.at);
      } else if (record.start !== block.start && (record.quotes.length || record.unnamed.length)) record = shifted(record, block.start - record.start);
      records.push(record);
      for (const q of record.quotes) quotes.push(q);
      for (const u of record.unnamed) unnamed.push(u);
      if (record.fallbacks) for (const [q, f] of record.fallbacks) fallbacks.set(q, f);
      state = record.out;
    }
    keep(first, PASS, { records, checkpoint: resolver.lastCheckpoint });
  }
  creditContinuedQuotes(quotes, doc, fallbacks);
  return keep(doc, DOCUMENT_ATTRIBUTION, { quotes, unnamed });
}

/** The speaker a quotation left open falls back on when the paragraph continuing it credits nobody. */
type Fallback = [ResolvedSpeaker | undefined, SpeakerSource];

/** The state a block is read in: the resolver's, and what the block before it leaves to its quotations. */
interface Carried {
  key: StateKey;
  /** The speaker of the last credited quotation, when it is in the block before. */
  adjacent: ResolvedSpeaker | undefined;
  /** Who the last sentence of the block before is attributed to. */
  previousParagraph: ResolvedSpeaker | undefined;
}

/**
 * What one block gave a document pass and the state it was read in. The next pass reuses it for a
 * block with the same text at the same index read in the same state (equal keys, the same speaker
 * objects), moved by the change in its start: that is what recomputing would give.
 */
interface BlockRecord {
  /**
   * A slice of the latest document that had the block: reuse swaps in the new (equal) slice, so a
   * record kept over many edits holds on to the current text only, not to every earlier version.
   */
  text: string;
  /** Where the block started when its quotations and unnamed attributions were placed (stale when it has none). */
  start: number;
  in: Carried;
  out: Carried;
  /** Whether the next block opens with a quotation mark, when a quotation left open here made it matter. */
  continues: boolean | undefined;
  /** Absolute, before creditContinuedQuotes; never changed once recorded (crediting copies). */
  quotes: DocumentQuote[];
  /** Absolute, overlaps merged (spans never cross blocks, so merging per block is merging the document). */
  unnamed: UnnamedAttribution[];
  fallbacks: Map<DocumentQuote, Fallback> | undefined;
}

/**
 * The last pass over a document, by the analysis of its first block: that analysis belongs to one
 * analyzer's block cache, so a pass is found again by the next analysis of the same document (or of
 * one starting alike, which the block-by-block checks make safe) and dies with its first block.
 */
const PASS = new Slot<{ records: BlockRecord[]; checkpoint: Checkpoint | undefined } | undefined>();

/** The previous pass's record for block `i`, when it is what recomputing the block would give. */
function reusable(doc: CredenceDocument, previous: readonly BlockRecord[], i: number, state: Carried): BlockRecord | undefined {
  const r = previous[i];
  if (!r || r.in.key !== state.key || r.in.adjacent !== state.adjacent || r.in.previousParagraph !== state.previousParagraph) return undefined;
  const blocks = doc.blocks;
  const block = blocks[i]!;
  if (r.text !== block.text) return undefined;
  if (r.continues !== undefined && previous[i + 1]?.text !== blocks[i + 1]?.text && continuesInNextBlock(doc, block) !== r.continues) return undefined;
  r.text = block.text;
  return r;
}

/** Reads one block's quotations and unnamed attributions, given its resolved speakers and the state before it. */
function recordBlock(doc: CredenceDocument, block: Block, analysis: BlockAttribution, resolved: ReadonlyArray<ResolvedSpeaker | undefined>, state: Carried, outKey: StateKey): BlockRecord {
  const unnamed: UnnamedAttribution[] = [];
  const attributions = analysis.attributions;
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!;
    const r = resolved[i];
    if (!r?.anonymous || a.via === 'shared' || !a.speaker || a.speaker.form === 'pronoun' || a.speaker.form === 'name') continue;
    unnamed.push({ start: block.start + a.start, end: block.start + a.end, kind: r.kind ?? a.speaker.kind ?? 'source', reason: a.speaker.reason ?? 'described, not named' });
  }
  const quotes: DocumentQuote[] = [];
  let fallbacks: Map<DocumentQuote, Fallback> | undefined;
  let continues: boolean | undefined;
  /** The speaker of the last quotation credited in this block. */
  let last: ResolvedSpeaker | undefined;
  for (const q of analysis.quotes) {
    if (!q.closed && !q.opensBlock && !(continues ??= continuesInNextBlock(doc, block))) continue;
    const quote: DocumentQuote = { start: block.start + q.start, end: block.start + q.end, closed: q.closed, notQuote: q.notQuote };
    quotes.push(quote);
    if (q.notQuote) continue;
    const attributed = q.attribution !== undefined ? resolved[q.attribution] : undefined;
    const previousSentence = q.previousSentence !== undefined ? resolved[q.previousSentence] : undefined;
    const continued = last ?? (q.opensBlock ? state.adjacent : undefined);
    const opening = q.opensBlock ? state.previousParagraph : undefined;
    // A quotation running on into the next paragraph is credited from there first (see creditContinuedQuotes).
    const speaker = attributed ?? previousSentence ?? (q.closed ? (continued ?? opening) : undefined);
    const source: SpeakerSource = attributed ? 'attribution' : previousSentence ? 'previous-sentence' : continued ? 'continuation' : 'previous-paragraph';
    if (speaker) {
      quote.speaker = speaker;
      quote.source = source;
      last = speaker;
    } else if (continued) (fallbacks ??= new Map()).set(quote, [continued, 'continuation']);
    else if (opening) (fallbacks ??= new Map()).set(quote, [opening, 'previous-paragraph']);
  }
  const previousParagraph = analysis.lastSentenceAttribution !== undefined ? resolved[analysis.lastSentenceAttribution] : undefined;
  return {
    text: block.text,
    start: block.start,
    in: state,
    out: { key: outKey, adjacent: last, previousParagraph },
    continues,
    quotes,
    unnamed: mergeOverlaps(unnamed),
    fallbacks,
  };
}

/** A record moved by `delta` (the block moved with an edit before it). */
function shifted(r: BlockRecord, delta: number): BlockRecord {
  const fallbacks = r.fallbacks && new Map<DocumentQuote, Fallback>();
  const quotes = r.quotes.map((q) => {
    const moved = { ...q, start: q.start + delta, end: q.end + delta };
    const fallback = r.fallbacks?.get(q);
    if (fallback) fallbacks!.set(moved, fallback);
    return moved;
  });
  const unnamed = r.unnamed.map((u) => ({ ...u, start: u.start + delta, end: u.end + delta }));
  return { text: r.text, start: r.start + delta, in: r.in, out: r.out, continues: r.continues, quotes, unnamed, fallbacks };
}

/** The next block opens with a quotation mark, continuing a quotation left open in `block`. */
function continuesInNextBlock(doc: CredenceDocument, block: Block): boolean {
  const next = doc.blocks[block.index + 1];
  return next !== undefined && /^[\s>*+-]*["“„«]/u.test(next.parsed.masked);
}

/**
 * A quotation that runs on into the next paragraph is credited where its last part is: when the
 * first paragraph names nobody, it takes the speaker of the quotation continuing it. Credited
 * quotations are copies: the ones in the list belong to block records that later passes reuse.
 */
function creditContinuedQuotes(quotes: DocumentQuote[], doc: CredenceDocument, fallbacks: ReadonlyMap<DocumentQuote, Fallback>): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.closed || q.speaker || q.notQuote) continue;
    const next = quotes[i + 1];
    const nextBlock = next && doc.blockAt(next.start);
    if (next?.speaker && nextBlock && nextBlock.start === next.start && doc.blockAt(q.start)?.index === nextBlock.index - 1) {
      quotes[i] = { ...q, speaker: next.speaker, source: 'continuation' };
    } else if (fallbacks.has(q)) {
      const [speaker, source] = fallbacks.get(q)!;
      quotes[i] = { ...q, speaker, source };
    }
  }
}

/** Joins overlapping spans ("the official, speaking on condition of anonymity, said" found twice) into one. */
function mergeOverlaps(items: UnnamedAttribution[]): UnnamedAttribution[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: UnnamedAttribution[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && item.start < last.end) {
      last.end = Math.max(last.end, item.end);
      if (last.reason !== 'anonymity granted' && item.reason === 'anonymity granted') last.reason = item.reason;
    } else out.push({ ...item });
  }
  return out;
}
