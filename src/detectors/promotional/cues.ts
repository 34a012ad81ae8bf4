import { compilePhrases } from '../../engine/lexicon';
import { PhraseMatcher } from '../../engine/phrase-matcher';
import { collapseSpaces } from '../../engine/spaces';
import {
  AD_LABELS, COMMERCE_WORDS, CREDIT_OPENERS, CREDIT_WORDS, LINE_LABELS, MEDIA, OWN_PRODUCTS, OWN_VOICE_PLUGS, PIECES, PLATFORMS,
  RELATED_HEADINGS, SECTION_HEADING_PREFIXES, SITE_WORDS, SOURCE_LIST_HEADINGS, SPONSOR_LINES, SPONSOR_NOTES, TEASER_OPENERS,
  VIDEO_CHROME_LINES, WIDGET_LINES, YOU_CAN,
} from './lexicon';

// Line and opener cues, compiled once at module load: `wholeLine` patterns match a normalised line
// from end to end, `atStart` patterns match at the start of a sentence.

const SLOTS = { platform: PLATFORMS, media: MEDIA, piece: PIECES, site: SITE_WORDS };

const atStart = (phrases: readonly string[]) => new RegExp(`^(?:${compilePhrases(phrases, SLOTS, 'iu').source})`, 'iu');
/**
 * A pattern behind a first-words gate (`PhraseMatcher.mayStartAt`): most sentences and lines open
 * with a word none of the phrases opens with, and are turned away before the long alternation runs.
 */
const gated = (phrases: readonly string[], pattern: RegExp) => {
  const gate = new PhraseMatcher(phrases, SLOTS, 'iu');
  return { test: (text: string) => gate.mayStartAt(text, 0) && pattern.test(text) };
};
const wholeLine = (phrases: readonly string[]) => gated(phrases, new RegExp(`^(?:${compilePhrases(phrases, SLOTS, 'iu').source})$`, 'iu'));
const gatedAtStart = (phrases: readonly string[]) => gated(phrases, atStart(phrases));

/** A section-heading prefix of up to three words and a name of up to four. */
const SECTION_HEADING_WORDS = 7;
/** The longest whole-line cue, in words: longer lines are not tested against any (they are many, the cues are long alternations). */
export const MAX_WHOLE_LINE_WORDS = Math.max(
  ...[RELATED_HEADINGS, AD_LABELS, WIDGET_LINES, VIDEO_CHROME_LINES, SOURCE_LIST_HEADINGS].flat().map((p) => p.split(/\s+/).length),
  SECTION_HEADING_WORDS,
);

/** Whole-line cues, tested against `normalizeLine(text)`. */
export const RELATED_HEADING_LINE = wholeLine(RELATED_HEADINGS);
export const AD_LABEL_LINE = wholeLine(AD_LABELS);
export const WIDGET_LINE = wholeLine(WIDGET_LINES);
export const VIDEO_CHROME_LINE = wholeLine(VIDEO_CHROME_LINES);
export const SOURCE_HEADING_LINE = wholeLine(SOURCE_LIST_HEADINGS);
export const SECTION_HEADING_PREFIX = atStart(SECTION_HEADING_PREFIXES);
const SECTION_HEADING_GATE = new PhraseMatcher(SECTION_HEADING_PREFIXES, SLOTS, 'iu');
/** One to four capitalised words: the section or outlet a heading names. */
export const TITLE_WORDS = /^\s+(?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\p{N}&'’.-]*|of|and|the|in|&)){0,3}$/u;

/** A label opening a line: `WATCH: …`, `Related | …`. Group 1 is the label. */
export const LINE_LABEL = new RegExp(`^(${compilePhrases(LINE_LABELS.map((l) => l.label), {}, 'iu').source})\\s*(?:[:|•]|\\s[-–—]\\s)\\s*(?=\\S)`, 'iu');
/** The kind each label reports. */
export const LABEL_KIND = new Map(LINE_LABELS.map((l) => [l.label, l.kind] as const));

export const COMMERCE = compilePhrases(COMMERCE_WORDS, {}, 'iu');
export const SPONSOR_LINE = gatedAtStart(SPONSOR_LINES);
export const SPONSOR_NOTE = gatedAtStart(SPONSOR_NOTES);
export const CREDIT_WORD = compilePhrases(CREDIT_WORDS, {}, 'iu');
/** "our daily newsletter", "our official WhatsApp channel": the outlet naming its own product. */
export const OWN_PRODUCT = new RegExp(`(?<![\\p{L}\\p{N}])[Oo]ur\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${compilePhrases(OWN_PRODUCTS, {}, 'iu').source}`, 'iu');
export const OWN_VOICE_PLUG = gatedAtStart(OWN_VOICE_PLUGS);
export const CREDIT_OPENER = gatedAtStart(CREDIT_OPENERS);
export const YOU_CAN_OPENER = atStart(YOU_CAN);
export const TEASER_OPENER = gatedAtStart(TEASER_OPENERS);

/** A line stripped of decoration for whole-line cue matching: "- Advertisement -" → "Advertisement". */
export function normalizeLine(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !isWordChar(text.charCodeAt(start))) start++;
  while (end > start && !isWordChar(text.charCodeAt(end - 1)) && !KEPT_END.includes(text[end - 1]!)) end--;
  if (text[end - 1] === '?') end--;
  return collapseSpaces(text.slice(start, end));
}

const KEPT_END = "?'’)";

/** Letters and digits, by code unit: ASCII exactly, everything above Latin-1 punctuation counted as a letter. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0x3000);
}

/** A related-headlines heading's text: "Related Stories", "Next In World". */
export function isRelatedHeadingText(text: string): boolean {
  const normalized = normalizeLine(text);
  return RELATED_HEADING_LINE.test(normalized) || isSectionHeading(normalized);
}

/** A line naming a section after a prefix: "Next In World", "More from Business". */
export function isSectionHeading(normalized: string): boolean {
  if (!SECTION_HEADING_GATE.mayStartAt(normalized, 0)) return false;
  const m = SECTION_HEADING_PREFIX.exec(normalized);
  return Boolean(m) && TITLE_WORDS.test(normalized.slice(m![0].length));
}
