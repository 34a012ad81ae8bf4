import { aiSourceAt, mentionsTool } from './ai-source';
import {
  LABEL_KIND, LINE_LABEL, OWN_PRODUCT, OWN_VOICE_PLUG, SPONSOR_LINE, SPONSOR_NOTE, TEASER_OPENER, YOU_CAN_OPENER, isRelatedHeadingText,
} from './cues';
import { addressesReader, imperativeAt, isAttributed, sellingEvidence, startsWithOpener, type ImperativeHit } from './imperative';
import { countWords, mayQuote } from './lines';

/** What a promotional finding is; reported as `data.kind`. */
export type PromoKind =
  | 'call-to-action'
  | 'related-headlines'
  | 'product-plug'
  | 'padded-sources'
  | 'video-chrome'
  | 'ad-label'
  | 'site-chrome';

/**
 * A sentence's verdict. `strong` sells on its own; `weak` (reader address, an imperative without
 * a product) only joins a neighbouring strong sentence, as in a newsletter pitch under its heading.
 */
export interface UnitVerdict {
  kind: PromoKind;
  strong: boolean;
  /** A short question that can lead into a call to action ("Want more?"); joins only the plug after it. */
  teaser?: boolean;
}

const DECORATION = /^[^\p{L}\p{N}"“‘'«]+/u;
/** A heading used as a label before a headline on the same line: "More from Business: …". */
const HEADING_LABEL = /^([^:|]{2,40}?)\s*[:|]\s*(?=\S)/u;
const OPENS_QUOTE = /^["“‘'«]/u;
/**
 * A colon or bar early in the sentence: it may open with a label. As `/^[^:|]{2,45}[:|]/u`, read
 * by code: two to 45 code points (a surrogate pair is one, a lone surrogate too), then `:` or `|`.
 */
export function labelHint(text: string): boolean {
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0x7c) return points >= 2;
    if (++points > 45) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return false;
}
/** "our"/"Our": the only way into an own-product plug ("our daily newsletter"). */
const OURS = /[Oo]ur/;
/**
 * What OWN_PRODUCT needs besides: "our" in any case opening a word, then a space, or a quotation
 * mark that `outside` blanks to one (blanking never puts a letter before it). Most sentences with
 * "our" have it inside a word ("source", "hours") and need not be looked at further.
 */
const OUR_WORD = /(?<![\p{L}\p{N}])our[\s"“«]/iu;

const QUOTED = /“[^”]*”?|"[^"]*"?|«[^»]*»?/gu;
const MAX_SHORT_CTA_WORDS = 6;
const MAX_SPONSOR_LINE_WORDS = 10;
const MAX_TEASER_WORDS = 10;

/**
 * Classifies one sentence (or sentence piece) as the outlet selling, or not. A sentence inside
 * quotation marks or credited to someone ("…, the mayor said") is reported speech, not a plug.
 * Cheap tests on the first word, a label colon, a tool word and reader address come first: most
 * sentences of an article are reporting and leave here without running the full lexicon.
 * `toolInBlock` false says the block the sentence is cut from has no tool word (`mentionsTool`),
 * so neither has the sentence: the block is searched once instead of each of its sentences.
 */
export function classifyUnit(raw: string, atLineStart: boolean, toolInBlock = true): UnitVerdict | undefined {
  const text = startsWithWord(raw) ? raw : raw.replace(DECORATION, '');
  if (!text || OPENS_QUOTE.test(text)) return undefined;
  const opener = startsWithOpener(text);
  const labelled = labelHint(text);
  const tool = toolInBlock && mentionsTool(text);
  const ours = mayPlugOwnProduct(text);
  if (!opener && !labelled && !tool && !ours) return undefined;
  if (labelled) {
    const verdict = labelVerdict(text, atLineStart);
    if (verdict) return verdict;
  }
  const outside = blankQuoted(text);
  if (tool && aiSourceAt(outside) >= 0) return { kind: 'product-plug', strong: true };
  if (isAttributed(outside)) return undefined;
  if (opener) {
    const verdict = openerVerdict(text, outside);
    if (verdict) return verdict;
  }
  return ours && OWN_PRODUCT.test(outside) ? { kind: 'call-to-action', strong: true } : undefined;
}

/**
 * Whether a sentence that does not sell on its own can continue a plug it follows: it addresses
 * the reader (we/our, you/your) or opens with an imperative, in the outlet's own voice. Asked only
 * of the sentences right after a plug, so it is not part of the per-sentence classification.
 */
export function continuesPlug(raw: string): boolean {
  const text = raw.replace(DECORATION, '');
  if (!text || OPENS_QUOTE.test(text)) return false;
  const outside = blankQuoted(text);
  if (isAttributed(outside)) return false;
  return addressesReader(outside) || imperativeAt(text) !== undefined;
}

/**
 * The text with its quotations blanked to spaces (an unclosed one to the end). A text in which no
 * quotation can open (most sentences) is returned as it is, without a replace.
 */
export function blankQuoted(text: string): string {
  if (!mayQuote(text)) return text;
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

/** "WATCH: …", "READ MORE | …", "More from Business: …". */
function labelVerdict(text: string, atLineStart: boolean): UnitVerdict | undefined {
  const label = LINE_LABEL.exec(text);
  if (label && (atLineStart || isUpperCase(label[1]!))) {
    const kind = LABEL_KIND.get(label[1]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'"));
    if (kind) return { kind, strong: true };
  }
  const heading = HEADING_LABEL.exec(text)?.[1];
  if (heading && (atLineStart || isUpperCase(heading)) && isRelatedHeadingText(heading)) return { kind: 'related-headlines', strong: true };
  return undefined;
}

/** Sponsorship notes, own-voice plugs, imperatives and teaser questions, all recognised by how the sentence opens. */
function openerVerdict(text: string, outside: string): UnitVerdict | undefined {
  if (SPONSOR_NOTE.test(text) || (SPONSOR_LINE.test(text) && countWords(text) <= MAX_SPONSOR_LINE_WORDS)) return { kind: 'ad-label', strong: true };
  if (OWN_VOICE_PLUG.test(text)) return { kind: 'product-plug', strong: true };
  const imperative = imperativeAt(text) ?? youCan(text);
  if (imperative) {
    if (imperative.weak) return { kind: 'call-to-action', strong: false };
    if (imperative.always || sellingEvidence(outside.slice(imperative.end), imperative.verb)) return { kind: 'call-to-action', strong: true };
    if (imperative.short && countWords(text) <= MAX_SHORT_CTA_WORDS && !/\.$/.test(text)) return { kind: 'call-to-action', strong: true };
    return { kind: 'call-to-action', strong: false };
  }
  if (/\?$/.test(text) && countWords(text) <= MAX_TEASER_WORDS && TEASER_OPENER.test(text)) return { kind: 'call-to-action', strong: false, teaser: true };
  return undefined;
}

/** "You can follow us on …": a call to action in the second person. */
function youCan(text: string): ImperativeHit | undefined {
  const opener = YOU_CAN_OPENER.exec(text);
  if (!opener) return undefined;
  const rest = text.slice(opener[0].length);
  const gap = rest.length - rest.trimStart().length;
  const imperative = imperativeAt(rest.trimStart());
  return imperative ? { ...imperative, end: opener[0].length + gap + imperative.end, always: false, short: false } : undefined;
}

/** False when OWN_PRODUCT cannot match the sentence with its quotations blanked (nor can the sentence plug one). */
export function mayPlugOwnProduct(text: string): boolean {
  return OURS.test(text) && OUR_WORD.test(text);
}

/** True when the text opens with an ASCII letter or digit, which `DECORATION` never removes (most sentences do). */
export function startsWithWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isUpperCase(word: string): boolean {
  return word === word.toUpperCase() && /\p{Lu}/u.test(word);
}
