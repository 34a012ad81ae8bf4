import { compilePhrases } from '../../engine/lexicon';
import { PhraseMatcher } from '../../engine/phrase-matcher';
import {
  ATTRIBUTION_VERBS, CTA_EVIDENCE, ICON_LIST_VERBS, IMPERATIVES, OWN_VOICE_PLUGS, PLATFORMS, PRODUCT_NOUNS, SPONSOR_LINES,
  SPONSOR_NOTES, TEASER_OPENERS, YOU_CAN,
} from './lexicon';

// Calls to action: which imperative opens a sentence, and whether the sentence names something
// the outlet sells. Patterns are compiled once at module load.

const atStart = (phrases: readonly string[]) => new RegExp(`^(?:${compilePhrases(phrases, {}, 'iu').source})`, 'iu');

const byVerb = new Map(IMPERATIVES.map((i) => [i.verb.toLowerCase(), i] as const));
const IMPERATIVE = atStart(IMPERATIVES.map((i) => i.verb));
/**
 * A first-words gate for IMPERATIVE (`PhraseMatcher.mayStartAt`): most clauses asked about open with
 * an introductory word or "this", not a verb, and a long alternation run once in a while runs cold.
 */
const IMPERATIVE_START = new PhraseMatcher(IMPERATIVES.map((i) => i.verb), {}, 'iu');
const NEXT = new Map(IMPERATIVES.filter((i) => i.next).map((i) => [i.verb.toLowerCase(), compilePhrases(i.next!.filter((w) => !w.startsWith('{')), {}, 'iuy')] as const));
/** An introductory clause before an imperative: "For breaking news alerts, follow …", "Please consider …". */
const INTRO = /^(?:(?:for|to|if|when|while|want|wanna|like|love|loved|enjoy|enjoyed|enjoying|looking|interested|got|have)\b[^,.!?;:]{0,90}[,?]\s+|(?:and|so|now|then|also)\s+)?(?:please\s+)?(?:(?:do\s+)?consider\s+)?/iu;
const ING = /^(subscrib|download|install|register|donat|support|follow|join|sign)(ing|ing up)\b/iu;
const NAME = /^[\p{Lu}\p{N}]/u;
const NUMBER = /^[$€£\d]/u;

/** An imperative opening a clause. */
export interface ImperativeHit {
  verb: string;
  /** Sells whenever it opens a sentence. */
  always: boolean;
  /** Sells on its own in a short line. */
  short: boolean;
  /** Never sells on its own; only joins a neighbouring plug. */
  weak: boolean;
  /** Offset just after the verb. */
  end: number;
}

/** Which imperative opens a clause, if any: "Follow us …", "For more, visit …", "Please consider subscribing". */
export function imperativeAt(text: string): ImperativeHit | undefined {
  const intro = INTRO.exec(text)?.[0].length ?? 0;
  const rest = text.slice(intro);
  const ing = ING.exec(rest);
  if (ing && intro > 0) return { verb: ing[1]!.toLowerCase(), always: false, short: true, weak: false, end: intro + ing[0].length };
  const m = IMPERATIVE_START.mayStartAt(rest, 0) ? IMPERATIVE.exec(rest) : null;
  if (!m || /^[-‐‑]/.test(rest.slice(m[0].length))) return undefined;
  const verb = m[0].toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
  const entry = byVerb.get(verb);
  if (!entry) return undefined;
  if (entry.next && !followedBy(entry.next, verb, rest.slice(m[0].length))) return undefined;
  return { verb, always: Boolean(entry.always), short: Boolean(entry.always || entry.short), weak: Boolean(entry.weak), end: intro + m[0].length };
}

/** The words after a verb start with one of its allowed continuations (or a colon, or nothing: "Donate:"). */
function followedBy(next: readonly string[], verb: string, after: string): boolean {
  const gap = after.length - after.trimStart().length;
  const word = after.slice(gap);
  if (!word || /^[:!]/.test(word)) return true;
  if (gap === 0) return false;
  if (next.includes('{name}') && NAME.test(word)) return true;
  if (next.includes('{number}') && NUMBER.test(word)) return true;
  const re = NEXT.get(verb)!;
  re.lastIndex = 0;
  return re.test(word);
}

const EVIDENCE = compilePhrases([...CTA_EVIDENCE, ...PRODUCT_NOUNS], {}, 'iu');
const PLATFORM = compilePhrases([...PLATFORMS, 'X'], {}, 'u');
/** First-person plural: the outlet speaking about itself. Case-sensitive so that "US" is not "us". */
const WE = /(?<![\p{L}\p{N}.])(?:[Oo]ur|[Oo]urs|us|Us|[Ww]e(?:['’](?:re|ve|ll|d))?)(?![\p{L}\p{N}.])/u;
const YOU = /(?<![\p{L}\p{N}])(?:you|your|you['’](?:re|ll|ve|d))(?![\p{L}\p{N}])/iu;
/** A web address: a product's or outlet's site. */
export const DOMAIN = /(?<![\p{L}\p{N}@])(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|ai|io|co|tv|news|app|info|me|ly|fm|uk|in|ca|au|pk)(?![\p{L}\p{N}])/iu;
/**
 * False when DOMAIN cannot match: every match has a dot right before its top-level domain's first
 * letter (and case-insensitive matching maps only letters onto letters). A quick search for a dot.
 */
export function mayHaveDomain(text: string): boolean {
  return DOT_LETTER.test(text);
}
const DOT_LETTER = /\.\p{L}/u;
/** An e-mail address to send tips or letters to. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;
/** A price or a discount: "for $1 a week", "€4.99 per month", "20% off". */
const PRICE = /[$€£¥]\s?\d|\d\s?(?:cents|dollars|euros|pounds)\b|\d\s?% off\b|\b(?:a|per)\s+(?:week|month|year)\b/iu;
/** A call to action whose platform icon was stripped: "Join Sirf News on". */
const DANGLING = /\s(?:on|at|via)\s*[:!]?$/iu;
const ATTRIBUTION = new PhraseMatcher(ATTRIBUTION_VERBS, {}, 'iu');

/** Every word a call to action, sponsorship note, teaser or own-voice plug can open with. */
export const OPENER_WORDS: ReadonlySet<string> = new Set(
  [
    ...IMPERATIVES.map((i) => i.verb), ...YOU_CAN, ...TEASER_OPENERS, ...SPONSOR_LINES, ...SPONSOR_NOTES, ...OWN_VOICE_PLUGS,
    'for', 'to', 'if', 'when', 'while', 'want', 'wanna', 'like', 'love', 'loved', 'enjoy', 'enjoyed', 'enjoying', 'looking',
    'interested', 'got', 'have', 'and', 'so', 'now', 'then', 'also', 'please', 'consider', 'do',
  ].map((phrase) => phrase.split(/\s+/)[0]!.toLowerCase().replace('’', "'")),
);
/**
 * True when the sentence's first word can open a plug (an introductory word, a verb, "you", "this", …):
 * the word lower-cased, its first curly apostrophe made straight, is an opener. The word is hashed
 * as it is read and looked up by its hash, not cut out, lower-cased and hashed again as a string:
 * this runs for every sentence.
 */
export function startsWithOpener(text: string): boolean {
  let end = 0;
  let hash = 0;
  let curly = false;
  // Every opener is ASCII (apostrophes aside), so the scan stops at the first other character.
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019)) break;
    hash = (Math.imul(hash, 31) + openerCode(c, curly)) | 0;
    if (c === 0x2019) curly = true;
  }
  if (end === 0 || end > LONGEST_OPENER) return false;
  const candidates = OPENERS_BY_HASH.get(hash);
  if (!candidates) return false;
  for (const word of candidates) if (isOpenerWord(text, end, word)) return true;
  return false;
}

/** A first word's character as the opener list spells it: lower-case, the first curly apostrophe straight. */
function openerCode(c: number, curlySeen: boolean): number {
  if (c >= 65 && c <= 90) return c | 32;
  return c === 0x2019 && !curlySeen ? 39 : c;
}

function isOpenerWord(text: string, end: number, word: string): boolean {
  if (word.length !== end) return false;
  let curly = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (openerCode(c, curly) !== word.charCodeAt(i)) return false;
    if (c === 0x2019) curly = true;
  }
  return true;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/** No opener is longer: a longer first word is turned away without a lookup. */
const LONGEST_OPENER = Math.max(...[...OPENER_WORDS].map((w) => w.length));
const OPENERS_BY_HASH = new Map<number, string[]>();
for (const word of OPENER_WORDS) {
  const list = OPENERS_BY_HASH.get(wordHash(word));
  if (list) list.push(word);
  else OPENERS_BY_HASH.set(wordHash(word), [word]);
}

const ICON_LIST_VERB = new Set(ICON_LIST_VERBS);

/**
 * The evidence that a clause sells the outlet: our/us, a product noun, a platform, a domain, "here",
 * a price; after a social verb, a colon the stripped icons followed ("Follow Harbour Radio:").
 */
export function sellingEvidence(text: string, verb?: string): boolean {
  if (verb && ICON_LIST_VERB.has(verb) && /:\s*$/.test(text)) return true;
  EVIDENCE.lastIndex = 0;
  PLATFORM.lastIndex = 0;
  return WE.test(text) || EVIDENCE.test(text) || PLATFORM.test(text) || (mayHaveDomain(text) && DOMAIN.test(text)) || EMAIL.test(text) || DANGLING.test(text) || PRICE.test(text);
}

/** Reported speech: the sentence credits its words to someone else. */
export function isAttributed(text: string): boolean {
  return ATTRIBUTION.test(text);
}

/** The outlet speaking to or about its readers: we/our/us, you/your. */
export function addressesReader(text: string): boolean {
  const lower = text.toLowerCase();
  if (!lower.includes('you') && !lower.includes('our') && !lower.includes('us') && !lower.includes('we')) return false;
  return WE.test(text) || YOU.test(text);
}
