// The lexicon compiled once at module load into sets and regular expressions.
import { PhraseMatcher } from '../../engine/phrase-matcher';
import * as L from './lexicon';
import { lowerCase } from './lower-case';

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

export const SPEECH_VERB = set(L.SPEECH_VERBS);
export const INVERTING_VERB = set(L.INVERTING_VERBS);
export const CHARACTERISING_VERB = set(L.CHARACTERISING_VERBS);
export const PASSIVE_VERB = set(L.PASSIVE_ATTRIBUTION_VERBS);
export const QUOTING_VERB = set(L.QUOTING_VERBS);
export const ROLE_NOUN = set(L.ROLE_NOUNS);
export const TITLE_WORD = set(L.TITLE_WORDS);
export const ORG_WORD = set(L.ORG_WORDS);
export const CONTAINER_NOUN = set(L.CONTAINER_NOUNS);
export const GENERIC_ORG_NOUN = set(L.GENERIC_ORG_NOUNS);
export const SPEAKING_THING = set(L.SPEAKING_THINGS);
export const DETERMINER = set(L.DETERMINERS);
export const CLAUSE_WORD = set(L.CLAUSE_WORDS);
export const VERB_MODIFIER = set(L.VERB_MODIFIERS);
export const POSTMODIFIER = set(L.POSTMODIFIER_WORDS);
export const NAME_CONNECTOR = set(L.NAME_CONNECTORS);
export const TITLE_NOUN = set(L.TITLE_NOUNS);
export const TITLE_CASE_SMALL = set(L.TITLE_CASE_SMALL_WORDS);
export const TIME_WORD = set(L.TIME_WORDS);
export const PREPOSITION = set(L.PREPOSITIONS);
export const TELLING_VERB = set(L.TELLING_VERBS);
export const NAMING_AS_VERB = set(L.NAMING_AS_VERBS);
export const NAMING_DIRECT_VERB = set(L.NAMING_DIRECT_VERBS);
export const HABITUAL_NAMING_VERB = set(L.HABITUAL_NAMING_VERBS);
export const NAMING_ADVERB = set(L.NAMING_ADVERBS);
export const NAMING_AGENT_PREPOSITION = set(L.NAMING_AGENT_PREPOSITIONS);
export const OFFICE_WORD = set(L.OFFICE_WORDS);
export const GROUP_MEMBER_WORD = set(L.GROUP_MEMBER_WORDS);
export const STANDALONE_MEMBER_WORD = set(L.STANDALONE_MEMBER_WORDS);
export const GROUP_PRONOUN = set(L.GROUP_PRONOUNS);
export const GROUP_QUANTIFIER = set(L.GROUP_QUANTIFIERS);
export const MEASURE_NOUN = set(L.MEASURE_NOUNS);
export const PRONOUN = L.PRONOUNS;
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
export const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'another']);

/** Unnamed-person noun → its kind ("officials" → "official"). */
export const UNNAMED_KIND = new Map<string, string>(Object.entries(L.UNNAMED_NOUNS).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
export const WEAK_KIND = L.WEAK_UNNAMED_KINDS;

/** Words that are never part of a proper name even when capitalised at the start of a sentence. */
export const COMMON_WORD = new Set<string>([
  ...DETERMINER, ...CLAUSE_WORD, ...UNNAMED_KIND.keys(), ...Object.keys(PRONOUN), ...TIME_WORD,
  'i', 'we', 'you', 'according', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'about', 'after', 'under', 'over', 'during',
]);

/**
 * Phrase lists searched by their leading words (see PhraseMatcher): a text without one of those
 * words is dismissed without running the list's alternation.
 */
export const ANONYMITY = new PhraseMatcher(L.ANONYMITY_PHRASES, L.ANONYMITY_SLOTS);
export const KNOWLEDGE = new PhraseMatcher(L.KNOWLEDGE_PHRASES);
export const NAMING_CUE = new PhraseMatcher(L.NAMING_CUES.map((c) => c.replace(/\.$/, '')));

/** Singular form of an unnamed or role noun, for matching "the official" with "officials". */
export function singular(word: string): string {
  return singularOfLower(lowerCase(word));
}

/**
 * `singular` of a word already in lower case, such as a word token's `lower`: lower-casing is
 * idempotent, so the scan for capitals is skipped (the group and speaker finders ask this of many tokens).
 */
export function singularOfLower(w: string): string {
  if (w === 'people') return 'person';
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** `singularOfLower(w) !== w`, without making the singular: each rule there changes the word. */
export function isPluralLower(w: string): boolean {
  return w === 'people' || w.endsWith('men') || w.endsWith('ies') || w.endsWith('sses') || (w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * Which of the word lists above a lower-case token is in, as bits, looked up once per token by the
 * tokenizer: the finders ask the same few lists of every token, and a bit test is cheaper than a
 * set lookup each time.
 */
export const SPEECH_W = 1;
export const PASSIVE_W = 1 << 1;
export const QUOTING_W = 1 << 2;
export const TITLE_W = 1 << 3;
export const ROLE_W = 1 << 4;
export const COMMON_W = 1 << 5;
export const PRONOUN_W = 1 << 6;
export const CLAUSE_W = 1 << 7;
export const DETERMINER_W = 1 << 8;
export const PREPOSITION_W = 1 << 9;
export const CONNECTOR_W = 1 << 10;
export const VERB_MODIFIER_W = 1 << 11;
export const GROUP_QUANTIFIER_W = 1 << 12;
export const UNNAMED_W = 1 << 13;
export const POSTMODIFIER_W = 1 << 14;
export const ORG_W = 1 << 15;
export const CONTAINER_W = 1 << 16;
export const OFFICE_W = 1 << 17;
/** Not a list: set by the tokenizer on a word of ASCII digits only ("2", "1990"). */
export const DIGITS_W = 1 << 18;
/** The other tokens that open an attribution besides verbs of saying: "according" (to …) and a colon ("Roe: “…”"). */
export const ATTRIBUTION_CUE_W = 1 << 19;

const WORD_FLAGS = new Map<string, number>();
const flag = (words: Iterable<string>, bit: number) => {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
};
flag(SPEECH_VERB, SPEECH_W);
flag(PASSIVE_VERB, PASSIVE_W);
flag(QUOTING_VERB, QUOTING_W);
flag(TITLE_WORD, TITLE_W);
flag(ROLE_NOUN, ROLE_W);
flag(COMMON_WORD, COMMON_W);
flag(Object.keys(PRONOUN), PRONOUN_W);
flag(CLAUSE_WORD, CLAUSE_W);
flag(DETERMINER, DETERMINER_W);
flag(PREPOSITION, PREPOSITION_W);
flag(NAME_CONNECTOR, CONNECTOR_W);
flag(VERB_MODIFIER, VERB_MODIFIER_W);
flag(GROUP_QUANTIFIER, GROUP_QUANTIFIER_W);
flag(UNNAMED_KIND.keys(), UNNAMED_W);
flag(POSTMODIFIER, POSTMODIFIER_W);
flag(ORG_WORD, ORG_W);
flag(CONTAINER_NOUN, CONTAINER_W);
flag(OFFICE_WORD, OFFICE_W);
flag(['according', ':'], ATTRIBUTION_CUE_W);

/** The list bits of a lower-case token text (0 for words in none of the lists). */
export function wordFlags(lower: string): number {
  return WORD_FLAGS.get(lower) ?? 0;
}

/**
 * The listed words again, in an open-addressed table searched straight from the block text: for
 * a word in ASCII (nearly all), the tokenizer finds its bits, and its lower-case form ready made,
 * without making a lower-case copy or hashing a new string. Words in no list are told by the miss.
 */
const LISTED = [...WORD_FLAGS.keys()].filter((w) => /^[\x00-\x7f]*$/.test(w));
const TABLE_SIZE = 1 << Math.ceil(Math.log2(LISTED.length * 4 + 1));
/**
 * Slot `s` holds an entry's hash at `2s` and the entry at `2s + 1` (-1 when empty): a probe reads
 * one cache line, where a table of entries beside a separate array of their hashes read two.
 */
const TABLE = new Int32Array(TABLE_SIZE * 2).fill(-1);
/** The lower-case form and the bits of each listed word, by table entry. */
export const LISTED_LOWER: readonly string[] = LISTED;
export const LISTED_FLAGS: readonly number[] = LISTED.map((w) => WORD_FLAGS.get(w)!);
for (let n = 0; n < LISTED.length; n++) {
  const w = LISTED[n]!;
  const h = asciiHash(w, 0, w.length);
  let slot = slotOf(h);
  while (TABLE[2 * slot + 1] !== -1) slot = (slot + 1) & (TABLE_SIZE - 1);
  TABLE[2 * slot] = h;
  TABLE[2 * slot + 1] = n;
}

/** The first slot of a hash: its bits mixed, as the low bits of a base-31 hash of short words cluster. */
function slotOf(h: number): number {
  const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 12)) & (TABLE_SIZE - 1);
}

/** A hash of text[start, end) with ASCII capitals folded to lower case; -1 when a character is not ASCII. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = hashStep(h, c);
  }
  return h & 0x7fffffff;
}

/** One ASCII character `c` added to the running hash `h` (as asciiHash adds it; end with `& 0x7fffffff`). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
}

/**
 * The entry (in LISTED_LOWER and LISTED_FLAGS) of the listed word that text[start, end),
 * lower-cased, spells; -1 when it is no listed word; -2 when the text is not all ASCII (then ask
 * `wordFlags` of the lower-cased text).
 */
export function listedWordAt(text: string, start: number, end: number): number {
  const h = asciiHash(text, start, end);
  return h < 0 ? -2 : listedWordHashed(text, start, end, h);
}

/** `listedWordAt` for ASCII text whose hash (`hashStep` over it, `& 0x7fffffff`) the caller has. */
export function listedWordHashed(text: string, start: number, end: number, h: number): number {
  const length = end - start;
  for (let slot = slotOf(h); ; slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const n = TABLE[2 * slot + 1]!;
    if (n < 0) return -1;
    // The stored hash settles most other words in the slot before any character is compared.
    if (TABLE[2 * slot] !== h) continue;
    const w = LISTED[n]!;
    if (w.length === length && sameFolded(w, text, start)) return n;
  }
}

/** Whether lower-case ASCII `w` equals text from `start` with ASCII capitals folded. */
function sameFolded(w: string, text: string, start: number): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}
