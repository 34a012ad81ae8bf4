import {
  COMMERCE, CREDIT_OPENER, CREDIT_WORD, RELATED_HEADING_LINE, MAX_WHOLE_LINE_WORDS, isSectionHeading,
} from './cues';
import { DOMAIN } from './imperative';
import type { Line } from './lines';
import type { PromoKind } from './units';
import type { DocumentLines } from './view';

/** A logical line placed in the document. */
export interface DocLine extends Line {
  /** Document offsets of the line (trimmed) and of its content after any list marker. */
  docStart: number;
  docEnd: number;
  docContent: number;
  block: number;
  /** The block's line this one places: what is worked out about the line is kept on it. */
  source: Line;
}

/** A promotional span found by one of the passes, before merging and reporting. */
export interface Candidate {
  start: number;
  end: number;
  kind: PromoKind;
  /** How many list items a heading led, for the message. */
  items?: number;
  /** Entries of a padded source list that are the outlet's own properties. */
  own?: string[];
  /** The brands of the web addresses in the span, when known (a block's memoised plug keeps them). */
  brands?: string[];
  /** The block's memoised plug this one places, which keeps its message once made. */
  memo?: Candidate;
  /** The finding's message, kept on a memoised plug. */
  message?: string;
}

const MAX_LIST_ITEMS = 30;
const MAX_HEADLINE_WORDS = 25;
const MAX_CAPTION_LINES = 4;
const MAX_CHROME_WORDS = 5;
const BODY_MIN_WORDS = 15;
const TRAILING_HEADLINE_MIN_WORDS = 5;
const DURATION = /(?:^|[\s|])\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/;
const HEADLINE_START = /^["“‘'«\p{Lu}\p{N}]/u;
const HEADLINE_END_PUNCT = /[.,;:]$/;
const PAST_ATTRIBUTION = /(?<![\p{L}])(?:said|told)(?![\p{L}])/iu;
const SENTENCE_BREAK = /[.!?]["'”’)]*\s+["“‘']?\p{Lu}/u;
/** "Topics: …", "Filed under: …": metadata fields, which a rail without a heading does not contain. */
const FIELD_LABEL = /^[\p{L}' ]{2,20}:\s/u;

/** A related-headlines heading: "Next In World", "Others Also Read", "Related:". */
export function isRelatedHeading(line: Line): boolean {
  return line.words <= MAX_WHOLE_LINE_WORDS && (RELATED_HEADING_LINE.test(line.norm) || isSectionHeading(line.norm));
}

/**
 * Shaped like a headline in a link list: a few words, capitalised, no final period, no "said",
 * not a credit line. The article's own paragraphs end with punctuation, so a list stops there.
 */
export function isHeadlineLike(line: Line): boolean {
  const t = line.text.trim();
  if (line.words < 2 || line.words > MAX_HEADLINE_WORDS || t.length > 200) return false;
  if (!HEADLINE_START.test(t) || HEADLINE_END_PUNCT.test(t) || line.terminal && /\.["'”’)]*$/.test(t)) return false;
  if (SENTENCE_BREAK.test(t) || PAST_ATTRIBUTION.test(t)) return false;
  CREDIT_WORD.lastIndex = 0;
  return !CREDIT_OPENER.test(line.norm) && !CREDIT_WORD.test(line.norm);
}

/** Lines of reporting: long enough and punctuated like prose. Chrome lives before the first and after the last. */
export function isBodyLine(line: Line): boolean {
  return line.words >= BODY_MIN_WORDS && (line.terminal || SENTENCE_BREAK.test(line.text));
}

/**
 * Whole-line chrome found by shape and cue, independent of position: related-headline blocks
 * (heading plus the headline-like lines under it, one candidate), video-player chrome, ad labels
 * and engagement widgets. Visits only the lines the blocks' analyses found a cue on. `taken`
 * receives the lines claimed.
 */
export function lineChrome(lines: DocumentLines, taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  // Lines before `next` belong to a list or caption already found.
  let next = 0;
  for (const b of lines.cueBlocks) {
    const first = lines.first[b]!;
    for (const { line: local, cue } of lines.blocks[b]!.cues) {
      const i = first + local;
      if (i < next) continue;
      const line = lines.at(i);
      let last = i;
      if (cue === 'related') last = listEnd(lines, i);
      else if (cue === 'video') last = captionEnd(lines, i);
      for (let k = i; k <= last; k++) taken.add(k);
      const end = lines.at(last).docEnd;
      if (cue === 'related') out.push({ start: line.docStart, end, kind: 'related-headlines', items: last - i });
      else out.push({ start: line.docStart, end, kind: cue === 'video' ? 'video-chrome' : cue === 'ad' ? 'ad-label' : 'site-chrome' });
      next = last + 1;
    }
  }
  return out;
}

/**
 * The last line of a headline list under the heading at `head`. Items are headline-like lines in
 * the heading's block, or in following blocks made only of such lines; the list stops at prose,
 * at another heading, and at anything that sells (it is reported on its own).
 */
function listEnd(lines: DocumentLines, head: number): number {
  let last = head;
  let block = lines.at(head).block;
  let blockIsList = true;
  for (let k = head + 1; k < lines.length && k - head <= MAX_LIST_ITEMS; k++) {
    const line = lines.at(k);
    if (line.block !== block) {
      if (!blockIsList || !blockIsAll(lines, k, (l) => isHeadlineLike(l) && !isRelatedHeading(l))) break;
      block = line.block;
    }
    if (!isHeadlineLike(line) || isRelatedHeading(line) || lines.isSelling(k)) {
      blockIsList = false;
      break;
    }
    last = k;
  }
  return last;
}

function blockIsAll(lines: DocumentLines, from: number, test: (line: DocLine) => boolean): boolean {
  const block = lines.at(from).block;
  for (let k = from; k < lines.length && lines.at(k).block === block; k++) if (!test(lines.at(k))) return false;
  return true;
}

/** A player's caption lines up to its duration ("… expert says 2:53 PM ET | 04:42"); the cue alone when none. */
function captionEnd(lines: DocumentLines, cue: number): number {
  for (let k = cue; k < lines.length && k - cue <= MAX_CAPTION_LINES; k++) {
    const line = lines.at(k);
    if (DURATION.test(line.text.trim())) return k;
    if (k > cue && (line.words > MAX_HEADLINE_WORDS * 2 || isBodyLine(line) && line.terminal)) break;
  }
  return cue;
}

/**
 * Chrome recognised by position after the last line of reporting: short standalone commerce lines
 * ("Shopping essentials") and a run of two or more headline-like lines with no heading (a
 * related-stories rail). A run the article introduces itself ("What happens next:") is its own list.
 */
export function trailingChrome(lines: DocumentLines, taken: Set<number>, lastBody: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = lastBody + 1; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const line = lines.at(i);
    COMMERCE.lastIndex = 0;
    if (line.words <= MAX_CHROME_WORDS && !line.terminal && COMMERCE.test(line.norm)) {
      taken.add(i);
      out.push({ start: line.docStart, end: line.docEnd, kind: 'site-chrome' });
    }
  }
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) {
      for (const k of run) taken.add(k);
      out.push({ start: lines.at(run[0]!).docStart, end: lines.at(run[run.length - 1]!).docEnd, kind: 'related-headlines', items: run.length });
    }
    run = [];
  };
  let introduced = false;
  for (let i = lastBody + 1; i < lines.length; i++) {
    const line = lines.at(i);
    const item = !taken.has(i) && isHeadlineLike(line) && line.words >= TRAILING_HEADLINE_MIN_WORDS && !FIELD_LABEL.test(line.text);
    if (item && (introduced || (run.length === 0 && /:\s*$/.test(i > 0 ? lines.at(i - 1).text : '')))) {
      introduced = true;
      continue;
    }
    introduced = false;
    if (item) run.push(i);
    else flush();
  }
  flush();
  return out;
}

/**
 * A "Sources:" list that includes the outlet's own properties: entries whose brand is one the
 * article plugs elsewhere (a channel's site, an AI product), its outlet, or an AI product's
 * domain. An honest source list is not reported.
 */
export function paddedSources(lines: DocumentLines, taken: Set<number>, ownBrands: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const b of lines.sourceBlocks) for (const local of lines.blocks[b]!.sources) {
    const i = lines.first[b]! + local;
    if (taken.has(i)) continue;
    const entries: DocLine[] = [];
    for (let k = i + 1; k < lines.length && entries.length < MAX_LIST_ITEMS; k++) {
      const entry = lines.at(k);
      if (entry.words > 6 || (entry.terminal && !DOMAIN.test(entry.text))) break;
      entries.push(entry);
    }
    const own = entries.filter((e) => isOwnProperty(e.source.entry ??= entryBrand(e.norm), ownBrands)).map((e) => e.norm);
    if (own.length === 0) continue;
    for (let k = i; k <= i + entries.length; k++) taken.add(k);
    out.push({ start: lines.at(i).docStart, end: entries[entries.length - 1]!.docEnd, kind: 'padded-sources', own });
  }
  return out;
}

function isOwnProperty(entry: EntryBrand, ownBrands: ReadonlySet<string>): boolean {
  return entry.ai || ownBrands.has(entry.stem);
}

/** What a source-list entry names: an AI product's domain, or a brand the outlet may own. */
export interface EntryBrand {
  ai: boolean;
  stem: string;
}

function entryBrand(entry: string): EntryBrand {
  const domain = DOMAIN.exec(entry)?.[0];
  if (domain && /\.ai$/i.test(domain)) return { ai: true, stem: '' };
  return { ai: false, stem: brandStem(domain ?? entry) };
}

/** The brand a domain or name stands for: "www.Example.com" → "example", "Example News" → "examplenews". */
export function brandStem(name: string): string {
  const host = name.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
  const domain = DOMAIN.exec(host)?.[0];
  const base = domain ? domain.slice(0, domain.lastIndexOf('.')) : host;
  return base.replace(/[^\p{L}\p{N}]+/gu, '');
}
