// Document-level attribution: resolves pronouns ("she said"), back-references ("the second
// official") and surnames across blocks, carries a speaker over to quotations that continue an
// earlier one, and lists the unnamed attributions. Shared by the three attribution rules.
import type { Block, ParsedBlock } from '../../engine/blocks';
import type { CredenceDocument } from '../../engine/document';
import { blockLetterRuns } from '../../engine/phrase-matcher';
import { analyzeBlock, type BlockAttribution } from './attribution';
import type { NotQuoteReason } from './classify';
import { DocumentResolver } from './block-resolution';
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

const blockCache = new WeakMap<ParsedBlock, BlockAttribution>();
const documentCache = new WeakMap<CredenceDocument, DocumentAttribution>();

/**
 * The attribution analysis of one block. Cached by the parsed block (which the engine reuses
 * while the block's text is unchanged) so the three rules that need it compute it once.
 */
export function blockAttribution(block: Block): BlockAttribution {
  let analysis = blockCache.get(block.parsed);
  if (!analysis) {
    analysis = analyzeBlock(block.parsed.masked, block.parsed.sentences, block.parsed.parts, blockLetterRuns(block));
    blockCache.set(block.parsed, analysis);
  }
  return analysis;
}

/** The attribution analysis of a document; `perBlock` supplies (memoised) block analyses. */
export function documentAttribution(doc: CredenceDocument, perBlock: (block: Block) => BlockAttribution = blockAttribution): DocumentAttribution {
  const cached = documentCache.get(doc);
  if (cached) return cached;
  const resolver = new DocumentResolver({});
  const blocks = doc.blocks;
  const quotes: DocumentQuote[] = [];
  const unnamed: UnnamedAttribution[] = [];
  let lastQuote: { speaker: ResolvedSpeaker; block: number } | undefined;
  let previousParagraph: ResolvedSpeaker | undefined;
  const fallbacks = new Map<DocumentQuote, [ResolvedSpeaker | undefined, SpeakerSource]>();
  let next = blocks.length ? perBlock(blocks[0]!) : undefined;
  for (const block of blocks) {
    const analysis = next!;
    next = block.index + 1 < blocks.length ? perBlock(blocks[block.index + 1]!) : undefined;
    const resolved = resolver.resolve(analysis, block.index, next);
    const attributions = analysis.attributions;
    for (let i = 0; i < attributions.length; i++) {
      const a = attributions[i]!;
      const r = resolved[i];
      if (!r?.anonymous || a.via === 'shared' || !a.speaker || a.speaker.form === 'pronoun' || a.speaker.form === 'name') continue;
      unnamed.push({ start: block.start + a.start, end: block.start + a.end, kind: r.kind ?? a.speaker.kind ?? 'source', reason: a.speaker.reason ?? 'described, not named' });
    }
    for (const q of analysis.quotes) {
      if (!q.closed && !q.opensBlock && !continuesInNextBlock(doc, block)) continue;
      const quote: DocumentQuote = { start: block.start + q.start, end: block.start + q.end, closed: q.closed, notQuote: q.notQuote };
      quotes.push(quote);
      if (q.notQuote) continue;
      const attributed = q.attribution !== undefined ? resolved[q.attribution] : undefined;
      const previousSentence = q.previousSentence !== undefined ? resolved[q.previousSentence] : undefined;
      const continued = lastQuote && (lastQuote.block === block.index || (lastQuote.block === block.index - 1 && q.opensBlock)) ? lastQuote.speaker : undefined;
      const opening = q.opensBlock ? previousParagraph : undefined;
      // A quotation running on into the next paragraph is credited from there first (see creditContinuedQuotes).
      const speaker = attributed ?? previousSentence ?? (q.closed ? (continued ?? opening) : undefined);
      const source: SpeakerSource = attributed ? 'attribution' : previousSentence ? 'previous-sentence' : continued ? 'continuation' : 'previous-paragraph';
      if (speaker) {
        quote.speaker = speaker;
        quote.source = source;
        lastQuote = { speaker, block: block.index };
      } else if (continued) fallbacks.set(quote, [continued, 'continuation']);
      else if (opening) fallbacks.set(quote, [opening, 'previous-paragraph']);
    }
    previousParagraph = analysis.lastSentenceAttribution !== undefined ? resolved[analysis.lastSentenceAttribution] : undefined;
  }
  creditContinuedQuotes(quotes, doc, fallbacks);
  const result = { quotes, unnamed: mergeOverlaps(unnamed) };
  documentCache.set(doc, result);
  return result;
}

/** The next block opens with a quotation mark, continuing a quotation left open in `block`. */
function continuesInNextBlock(doc: CredenceDocument, block: Block): boolean {
  const next = doc.blocks[block.index + 1];
  return next !== undefined && /^[\s>*+-]*["“„«]/u.test(next.parsed.masked);
}

/**
 * A quotation that runs on into the next paragraph is credited where its last part is: when the
 * first paragraph names nobody, it takes the speaker of the quotation continuing it.
 */
function creditContinuedQuotes(quotes: DocumentQuote[], doc: CredenceDocument, fallbacks: ReadonlyMap<DocumentQuote, [ResolvedSpeaker | undefined, SpeakerSource]>): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.closed || q.speaker || q.notQuote) continue;
    const next = quotes[i + 1];
    const nextBlock = next && doc.blockAt(next.start);
    if (next?.speaker && nextBlock && nextBlock.start === next.start && doc.blockAt(q.start)?.index === nextBlock.index - 1) {
      q.speaker = next.speaker;
      q.source = 'continuation';
    } else if (fallbacks.has(q)) {
      [q.speaker, q.source] = fallbacks.get(q)!;
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
