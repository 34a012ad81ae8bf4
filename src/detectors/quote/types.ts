// The records the block-level attribution analysis produces. Offsets are block-relative.
import type { Span } from '../../engine/sentences';
import type { NotQuoteReason } from './classify';
import type { QuoteSpan } from './quote-marks';
import type { Speaker } from './speaker';

/** How an attribution names its speaker. */
export type AttributionVia =
  | 'subject' // "Jane Roe said", "officials told AFP"
  | 'inverted' // "…,” said Jane Roe
  | 'according' // according to people familiar with the matter
  | 'shared' // "…, adding that", "… and said": the subject of an earlier verb
  | 'passive' // described by officials
  | 'quoting' // quoted sources as saying
  | 'anonymity'; // "the official, who spoke on condition of anonymity," with no verb of saying

/** A phrase that credits a statement to someone. Offsets are block-relative. */
export interface Attribution extends Span {
  via: AttributionVia;
  verbStart: number;
  verbEnd: number;
  speaker?: Speaker;
  /** For `shared`: the attribution whose speaker this one repeats. */
  sharedWith?: number;
  sentence: number;
  /** Token index of the verb, and of the first token of the phrase. */
  token: number;
  firstToken: number;
}

/** A pair of quotation marks and what the block says about it. */
export interface QuoteRecord extends QuoteSpan {
  notQuote?: NotQuoteReason;
  /** The attribution in the quotation's own sentence. */
  attribution?: number;
  /** The last attribution of the previous sentence, a fallback for a quotation standing alone. */
  previousSentence?: number;
  /** The quotation opens the block. */
  opensBlock: boolean;
}

/** A named person in subject position or introduced with an appositive: a candidate for a later "he" or "she". */
export interface Mention extends Span {
  speaker: Speaker;
  /** One capitalised word opening a sentence ("Calm …", "Okafor …"): a name only if known as one. */
  weak: boolean;
}

/**
 * A group of people or things that is not itself credited with a statement ("two men were
 * arrested", "Ana Ruiz and Tom Berg met reporters"): a later "one of them" may refer to it.
 */
export interface GroupMention extends Span {
  /** As written, without the number ("men", "Ana Ruiz and Tom Berg"). */
  text: string;
  /** Singular head noun, lower-case; empty for names. */
  head: string;
  named: boolean;
}

/** Everything the attribution rules need from one block. */
export interface BlockAttribution {
  quotes: QuoteRecord[];
  attributions: Attribution[];
  mentions: Mention[];
  groups: GroupMention[];
  /** The last attribution with a speaker in the block's last sentence. */
  lastSentenceAttribution?: number;
  /** The speaker resolutions made of this block, kept by block-resolution.ts across analyses. */
  resolutions: unknown;
}
