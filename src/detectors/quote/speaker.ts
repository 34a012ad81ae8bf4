import { isAllCapitals, isNumberWord, startsLower, type Token } from './tokens';
import { collapseSpaces } from '../../engine/spaces';
import { letterRuns } from '../../engine/phrase-matcher';
import { lowerCase } from './lower-case';
import { isConnectorAt, isNameWord, isWord, type NounPhrase } from './noun-phrase';
import {
  ANONYMITY, CHARACTERISING_VERB, CONTAINER_NOUN, DEFINITE, GENERIC_ORG_NOUN, GROUP_MEMBER_WORD, GROUP_PRONOUN, SPEAKING_THING, INDEFINITE, KNOWLEDGE, OFFICE_WORD, ORG_WORD, STANDALONE_MEMBER_WORD, POSTMODIFIER, PRONOUN, ROLE_NOUN, TITLE_WORD, UNNAMED_KIND, WEAK_KIND, isPluralLower, singularOfLower, PRONOUN_W, CONTAINER_W, DETERMINER_W, OFFICE_W, ORG_W, POSTMODIFIER_W, ROLE_W, TITLE_W, UNNAMED_W,
} from './cues';

/** Whether a speaker is unnamed: yes, no, or only if the earlier speaker it refers back to was ("the CEO said"). */
export type Anonymity = 'yes' | 'no' | 'antecedent';

/** Who an attribution credits, as far as one noun phrase tells. */
export interface Speaker {
  form: 'name' | 'pronoun' | 'description' | 'organization';
  /** As the text names them, without determiners, titles or post-modifiers ("Jane Roe", "second official"). */
  text: string;
  /** Singular head noun, or the surname of a name, lower-case. */
  head: string;
  anonymous: Anonymity;
  /** For unnamed speakers: official, source, person, spokesperson…, or role. */
  kind?: string;
  /** Why the speaker counts as unnamed. */
  reason?: string;
  person: boolean;
  plural: boolean;
  definite: boolean;
  /** Lower-case pre-modifiers ("second", "former"), to match "the second official" with its antecedent. */
  modifiers: readonly string[];
  /** Role nouns that describe a named speaker ("Jane Roe, a senior official" → official). */
  roles: readonly string[];
  /** A name introduced with a title or role ("Dr.", "CEO", "a spokeswoman"): surely a person. */
  titled: boolean;
  /** Just determiner, modifiers and head ("the second official"): a phrase that can refer back to an earlier speaker. */
  bare: boolean;
  /** Picks out members of a group mentioned before ("one of them", "another", "both of the officials"). */
  member?: boolean;
}

/** Reads who a noun phrase names. `text` is the block text the tokens index. */
export function classifySpeaker(tokens: readonly Token[], np: NounPhrase, text: string): Speaker | undefined {
  let first = np.from;
  const end = np.to;
  const only = tokens[first]!;
  if (end - first === 1 && only.kind === 'word' && (only.flags & PRONOUN_W) !== 0) {
    const kind = PRONOUN[only.lower]!;
    return base({ form: 'pronoun', text: only.lower, head: only.lower, anonymous: 'no', person: kind === 'person', plural: kind === 'group' });
  }
  const member = groupMember(tokens, np, text);
  if (member) return member;
  let determiner: string | undefined;
  while (first < end && isWord(tokens[first]) && ((tokens[first]!.flags & DETERMINER_W) !== 0 || isNumberWord(tokens[first]!))) {
    determiner ??= tokens[first]!.lower;
    first++;
    if (tokens[first]?.lower === 'of') first++; // "one of the sources"
  }
  if (first >= end) return undefined;
  const ext = np.extFrom !== undefined ? { from: np.extFrom, to: np.extTo! } : undefined;

  if ((tokens[first]!.flags & CONTAINER_W) !== 0) {
    const agent = findIndex(tokens, first + 1, end, (t) => t.lower === 'by' || t.lower === 'from');
    if (agent >= 0 && agent + 1 < end) return classifySpeaker(tokens, { from: agent + 1, to: end }, text);
  }
  let post = end;
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '(') post = Math.min(post, k);
      continue;
    }
    if (isConnectorAt(tokens, k) || isOfficeOf(tokens, k, end)) continue;
    if ((t.flags & POSTMODIFIER_W) !== 0 || t.lower === 'and' || t.lower === 'or' || isParticipleBeforePreposition(tokens, k, end)) {
      post = k;
      break;
    }
  }
  // The part before any post-modifier; a trailing run of name words there is the name ("Press Secretary Jane Roe").
  let runFrom = post;
  while (runFrom > first && (isNameWord(tokens[runFrom - 1]) || isConnectorAt(tokens, runFrom - 1))) runFrom--;
  while (runFrom < post && !isNameWord(tokens[runFrom])) runFrom++;
  const appositiveName = ext && namedAppositive(tokens, ext.from, ext.to);
  if (runFrom < post || appositiveName) {
    const [runStart, whole] = runFrom < post ? [runFrom, post] : appositiveName!;
    const to = personBeforeOf(tokens, runStart, whole);
    const from = personStart(tokens, runStart, to);
    // The name is tokens [from, to), read in place rather than copied out.
    const described = from !== runStart || anyWord(tokens, first, runFrom, TITLE_W | ROLE_W | UNNAMED_W);
    const org = anyWord(tokens, from, to, ORG_W, true) || (to - from === 1 && isAllCapitals(tokens[from]!.text));
    const roles: string[] = [];
    roleWords(tokens, first, runFrom, roles);
    if (ext) roleWords(tokens, ext.from, headEnd(tokens, ext.from, ext.to), roles);
    let nameWords = 0;
    for (let k = from; k < to; k++) if (isNameWord(tokens[k])) nameWords++;
    const person = !org && (described || roles.length > 0 || nameWords >= 2);
    const last = tokens[to - 1]!;
    return base({
      form: org && !described ? 'organization' : 'name', text: joinRange(tokens, from, to, text), head: last.lower, anonymous: 'no', person, plural: false, roles,
      titled: !org && (described || roles.length > 0),
    });
  }
  const unnamedBecause = reasonUnnamed(text.slice(tokens[np.from]!.start, tokens[(np.extTo ?? end) - 1]!.end));
  // No name: the head noun says whether the speaker is unnamed (official), a role (the CEO) or an institution.
  const head = tokens[post - 1]!;
  if (!isWord(head)) return undefined;
  const lower = head.lower;
  const kind = UNNAMED_KIND.get(lower);
  const definite = determiner !== undefined && DEFINITE.has(determiner);
  const indefinite = determiner !== undefined && (INDEFINITE.has(determiner) || /^\d+$/.test(determiner));
  const modifiers: string[] = [];
  for (let k = first; k < post - 1; k++) if (isWord(tokens[k])) modifiers.push(tokens[k]!.lower);
  const shown = joinRange(tokens, first, post, text);
  const one = singularOfLower(lower);
  const plural = one !== lower;
  const bare = post === end && np.extFrom === undefined && !unnamedBecause;
  if (kind) {
    // "people said" is vague, not anonymous; "the people said" refers back to people who were described.
    const weak = WEAK_KIND.has(kind) && !unnamedBecause && !(definite && bare);
    return base({
      form: 'description', text: shown, head: one, anonymous: weak ? 'no' : 'yes', kind, reason: unnamedBecause ?? 'described, not named', person: true, plural, definite, modifiers, bare,
    });
  }
  if (ROLE_NOUN.has(lower) || TITLE_WORD.has(lower)) {
    const anonymous: Anonymity = unnamedBecause || indefinite ? 'yes' : definite ? 'antecedent' : 'no';
    return base({
      form: 'description', text: shown, head: one, anonymous, kind: 'role', reason: unnamedBecause ?? 'described, not named', person: true, plural, definite, modifiers, bare,
    });
  }
  return base({
    form: 'organization', text: shown, head: one, anonymous: unnamedBecause ? 'yes' : 'no', reason: unnamedBecause, person: false, plural, definite, modifiers, bare,
    kind: unnamedBecause ? 'role' : undefined,
  });
}

/**
 * "one of them", "another", "both", "the other", "a second", "two of those", "one of the officials":
 * a subject that picks out members of a group named or described earlier. Whether it is anonymous
 * depends on that group (resolve.ts); "one of the officials" is anonymous anyway when no group
 * precedes it, as "officials" is.
 */
function groupMember(tokens: readonly Token[], np: NounPhrase, text: string): Speaker | undefined {
  if (np.extFrom !== undefined) return undefined;
  let k = np.from;
  const end = np.to;
  const article = isWord(tokens[k]) && ['the', 'a', 'an'].includes(tokens[k]!.lower);
  if (article) k++;
  const quantifier = tokens[k];
  if (!isWord(quantifier) || !(GROUP_MEMBER_WORD.has(quantifier.lower) || (article && quantifier.lower === 'others'))) return undefined;
  const shown = joinRange(tokens, np.from, end, text);
  const plural = !['one', 'another', 'other', 'second', 'third', 'fourth', 'fifth', 'neither', 'either', 'each'].includes(quantifier.lower);
  const make = (head: string, kind?: string, written = shown) =>
    base({ form: 'description', text: written, head, anonymous: kind && !WEAK_KIND.has(kind) ? 'yes' : 'antecedent', kind, reason: 'one of a group described, not named', person: true, plural, member: true, bare: true });
  // "another", "both", "the other", "the others", "the two": a whole group or one of it, standing alone.
  if (end === k + 1) return STANDALONE_MEMBER_WORD.has(quantifier.lower) || (article && tokens[np.from]!.lower === 'the') ? make('') : undefined;
  if (tokens[k + 1]?.lower !== 'of') return undefined;
  if (end === k + 3 && GROUP_PRONOUN.has(tokens[k + 2]!.lower)) return make('');
  // "one of the (two) officials": only the bare phrase; "one of the people familiar with …" is read as usual.
  if (tokens[k + 2]?.lower !== 'the') return undefined;
  const head = tokens[end - 1]!;
  if (end === k + 4 && (GROUP_MEMBER_WORD.has(head.lower) || /^\d+$/.test(head.text))) return make(''); // "one of the two"

  if (!isWord(head) || !isPluralLower(head.lower)) return undefined;
  // The modifiers, tokens [k + 3, end - 1).
  for (let m = k + 3; m < end - 1; m++) {
    const t = tokens[m]!;
    if (!isWord(t) || POSTMODIFIER.has(t.lower) || t.upper) return undefined;
  }
  return make(singularOfLower(head.lower), UNNAMED_KIND.get(head.lower), joinRange(tokens, k + 3, end, text));
}

/** "a commander reached by telephone", "an analyst based in Paris": a participle starting a post-modifier. */
function isParticipleBeforePreposition(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  // The regular expression only for words ending in "ed".
  return t.text.endsWith('ed') && /^\p{Ll}\p{L}+ed$/u.test(t.text) && k + 1 < end && isWord(tokens[k + 1]) && POSTMODIFIER.has(tokens[k + 1]!.lower);
}

/**
 * Whether a speaker can utter a quotation. After "said" or "told" anyone can; after a verb that
 * characterises ("called", "described"), only a person, a named body, an institution or a
 * document ("the ministry", "its website") — not any noun before it ("a practice called “spoofing”").
 */
export function canSpeak(s: Speaker, verb: string): boolean {
  if (s.form !== 'organization' || s.anonymous === 'yes') return true;
  if (!CHARACTERISING_VERB.has(lowerCase(verb))) return true;
  return /^\p{Lu}/u.test(s.text.split(' ').pop()!) || SPEAKING_THING.has(s.head) || ORG_WORD.has(s.head) || GENERIC_ORG_NOUN.has(s.head) || CONTAINER_NOUN.has(s.head);
}

/** The reason a phrase marks its speaker as unnamed ("asked not to be named", "familiar with"), if it does. */
export function reasonUnnamed(phrase: string): string | undefined {
  // Both lists are searched in the phrase's letter runs, found once (`test` would find them twice).
  const runs = letterRuns(phrase);
  if (ANONYMITY.findAll(phrase, 0, runs).length) return 'anonymity granted';
  if (KNOWLEDGE.findAll(phrase, 0, runs).length) return 'described by what they know';
  return undefined;
}

/** The modifiers or roles of most speakers: shared, as a speaker's lists are never changed. */
const NO_WORDS: readonly string[] = Object.freeze([]);

function base(s: Partial<Speaker> & Pick<Speaker, 'form' | 'text' | 'head' | 'anonymous' | 'person' | 'plural'>): Speaker {
  // Written out rather than spread over defaults: one object shape, built without a generic copy.
  return {
    form: s.form, text: s.text, head: s.head, anonymous: s.anonymous, kind: s.kind, reason: s.reason, person: s.person, plural: s.plural,
    definite: s.definite ?? false, modifiers: s.modifiers ?? NO_WORDS, roles: s.roles ?? NO_WORDS, titled: s.titled ?? false, bare: s.bare ?? false, member: s.member,
  };
}

/** An appositive that is just a name ("a spokesman, Jane Roe, said"): its token range. */
function namedAppositive(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  let k = from;
  while (k < to && (isNameWord(tokens[k]) || isConnectorAt(tokens, k) || (isWord(tokens[k]) && TITLE_WORD.has(tokens[k]!.lower)))) k++;
  if (k !== to) return undefined;
  let s = from;
  while (s < to && !isNameWord(tokens[s])) s++;
  return s < to ? [s, to] : undefined;
}

/**
 * Where the person's name starts in a run of capitalised words. "Senate Minority Whip Tom Harlan",
 * "House Speaker Ana Ruiz": the run opens with an office ("Whip", "Speaker", "Dean"), perhaps after
 * the body or place it belongs to ("Senate", "U.S."); the name starts after the last office word,
 * provided a name follows that has no office or organisation word: two or more words after a
 * lone office word, one after a longer title ("House Speaker Johnson"). Otherwise ("Dean Smith",
 * "Speaker Hall", "the Senate Minority Whip") the run is kept as it is.
 * "Secretary of State Antony Blinken": after "<office> of", the name is the last two words; with
 * no name ("the Secretary of Defense") the office itself is the speaker.
 */
function personStart(tokens: readonly Token[], from: number, to: number): number {
  const office = officeBeforeOf(tokens, from);
  if (office >= 0) {
    let name = to - 2;
    if (name - 1 > from && /^\p{Lu}\.$/u.test(tokens[name]!.text)) name--; // a middle initial: "Antony J. Blinken"
    return name > from && isNameWord(tokens[name]) && tokens.slice(name, to).every((t) => isNameWord(t) || /^\p{Lu}\.$/u.test(t.text)) ? name : office;
  }
  for (let k = to - 2; k >= from; k--) {
    if (!isOfficeWord(tokens[k]!)) continue;
    const rest = tokens.slice(k + 1, to);
    const names = rest.filter((t) => isNameWord(t));
    // One name word is enough after a full title sequence ("House Speaker Johnson"), not after a lone office word ("Dean Smith").
    const enough = k > from ? 1 : 2;
    const personal = names.length >= enough && isNameWord(rest[0]) && isNameWord(rest[rest.length - 1]) && !rest.some((t) => ORG_WORD.has(t.lower) || isOfficeWord(t));
    return personal ? k + 1 : from;
  }
  return from;
}

/** The first token of "<Office> of [the]" right before token `from` ("Chief of Staff", "Speaker of the House"), or -1. */
function officeBeforeOf(tokens: readonly Token[], from: number): number {
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !startsLower(tokens[k]!.text) || !isCapitalisedOffice(tokens[k - 1])) return -1;
  let s = k - 1;
  while (s > 0 && isCapitalisedOffice(tokens[s - 1])) s--;
  return s;
}

/**
 * "Speaker of the House Mike Johnson": an "of" after a capitalised office, followed by capitalised
 * words to the end of the phrase, belongs to the title rather than starting a post-modifier.
 */
function isOfficeOf(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]!.lower !== 'of' || !isCapitalisedOffice(tokens[k - 1])) return false;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  if (j >= end) return false;
  for (let i = j; i < end; i++) if (!isNameWord(tokens[i]) && !/^\p{Lu}\.$/u.test(tokens[i]!.text) && !isConnectorAt(tokens, i)) return false;
  return true;
}

function isCapitalisedOffice(t: Token | undefined): boolean {
  return isWord(t) && t.upper && isOfficeWord(t);
}

/** A capitalised office word, or a hyphenated one built on a title ("Attorney-General"). */
function isOfficeWord(t: Token): boolean {
  // Only a hyphenated word has parts to look at (a split would just repeat the two tests above).
  return isWord(t) && ((t.flags & (OFFICE_W | TITLE_W)) !== 0 || (t.lower.includes('-') && t.lower.split('-').some((part) => TITLE_WORD.has(part) || OFFICE_WORD.has(part))));
}

/**
 * "Jane Roe of Acme Capital": a person's name does not contain "of", so a run that is a name
 * before "of" (two or more name words, no organisation word) ends there. "Bank of Spain" and
 * "Department of Justice" keep their "of".
 */
function personBeforeOf(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.lower !== 'of') continue;
    const before = tokens.slice(from, k);
    if (before.every((t) => isNameWord(t) && (t.flags & ORG_W) === 0)) return k;
    return to;
  }
  return to;
}

function headEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (isWord(tokens[k]) && (tokens[k]!.flags & POSTMODIFIER_W) !== 0 && !isConnectorAt(tokens, k)) return k;
  return to;
}

/** Appends to `roles` the singular role nouns among tokens [from, to). */
function roleWords(tokens: readonly Token[], from: number, to: number, roles: string[]): void {
  // Only lower-case descriptions ("a senior official"): a capitalised title ("Prime Minister Jane
  // Roe") names an office, and "the prime minister" later is shown as the office the text names.
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isWord(t) && !t.upper && (t.flags & (UNNAMED_W | ROLE_W | TITLE_W)) !== 0) roles.push(singularOfLower(t.lower));
  }
}

/** Whether a token in [from, to) is a word (any token, with `anyKind`) in one of the lists `bits`. */
function anyWord(tokens: readonly Token[], from: number, to: number, bits: number, anyKind = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if ((anyKind || t.kind === 'word') && (t.flags & bits) !== 0) return true;
  }
  return false;
}

function findIndex(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let k = from; k < to; k++) if (test(tokens[k]!)) return k;
  return -1;
}

/** The text of the non-empty token range [from, to), spaces collapsed (line breaks inside a name become spaces). */
function joinRange(tokens: readonly Token[], from: number, to: number, text: string): string {
  return collapseSpaces(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}
