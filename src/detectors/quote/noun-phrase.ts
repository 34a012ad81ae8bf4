import { startsLower, startsUpperOrNumber, type Token } from './tokens';
import {
  DETERMINER, POSTMODIFIER, ROLE_NOUN, TITLE_WORD, UNNAMED_KIND, CLAUSE_W, COMMON_W, CONNECTOR_W, DETERMINER_W, PRONOUN_W, ROLE_W, SPEECH_W, TITLE_W, VERB_MODIFIER_W,
} from './cues';

/** A noun phrase as token indices [from, to), with an optional comma-set appositive or relative clause [extFrom, extTo). */
export interface NounPhrase {
  from: number;
  to: number;
  extFrom?: number;
  extTo?: number;
}

const MAX_PHRASE = 14;
const NEVER_NAMES = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'so', 'as', 'if', 'when', 'while', 'however', 'meanwhile', 'also', 'then', 'now', 'yet']);

export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
export const isCapitalised = (t: Token | undefined): boolean => isWord(t) && startsUpperOrNumber(t.text);

/** A capitalised word that can be part of a proper name (not a title, pronoun, determiner or unnamed-person noun). */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.upper) return false;
  // Asked of the same token by most finders; a token never changes, so the answer is kept on it.
  return (t.name ??= nameWord(t));
}

function nameWord(t: Token): boolean {
  // The list bits first: they settle most capitalised words ("The", "Officials") without a string test.
  if ((t.flags & (COMMON_W | TITLE_W | ROLE_W)) !== 0) return false;
  // "Recalling his early days, …", "Asked about …": a sentence-initial participle or adverb, not a name.
  // The expression only for words with one of those endings, told first by the last letter.
  if (!t.initial) return true;
  const text = t.text;
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x67 && last !== 0x64 && last !== 0x79) return true;
  return !((text.endsWith('ing') || text.endsWith('ed') || text.endsWith('ly')) && /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(text));
}

/** A lower-case name connector between two capitalised words ("Food and Drug", "Department of Public Safety"). */
export function isConnectorAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !((t.flags & CONNECTOR_W) !== 0 || t.text === '&') || t.upper) return false;
  return isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
}

/** True for tokens that can sit inside a noun phrase. */
function inPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  if ((t.flags & PRONOUN_W) !== 0 || t.lower === 'i' || t.lower === 'we' || t.lower === 'you') return false;
  if (isConnectorAt(tokens, i)) return true;
  if (t.lower === 'to' && isRelationalBefore(tokens[i - 1])) return true; // "close to the inquiry", "an adviser to the minister"
  // Clause words end a phrase; capitalised, most of them could start a name ("Will", "May"), these cannot.
  if ((t.flags & CLAUSE_W) !== 0 && (!t.upper || NEVER_NAMES.has(t.lower))) return false;
  // A verb of saying ends the phrase, unless a determiner makes it a noun ("a tweet", "the report").
  return !((t.flags & SPEECH_W) !== 0 && !t.upper && !(isWord(tokens[i - 1]) && (tokens[i - 1]!.flags & DETERMINER_W) !== 0));
}

function isRelationalBefore(t: Token | undefined): boolean {
  return isWord(t) && (['close', 'closest', 'next', 'loyal', 'linked', 'related'].includes(t.lower) || UNNAMED_KIND.has(t.lower) || ROLE_NOUN.has(t.lower) || TITLE_WORD.has(t.lower));
}

/** The noun phrase that ends at token `end`, scanning left no further than `from`. */
export function phraseEndingAt(tokens: readonly Token[], end: number, from: number): NounPhrase | undefined {
  let j = end;
  let count = 0;
  while (j >= from && count < MAX_PHRASE) {
    const t = tokens[j]!;
    if (t.text === ')') {
      let k = j - 1;
      while (k >= from && tokens[k]!.text !== '(') k--;
      if (k < from) break;
      j = k - 1;
      continue;
    }
    if (!inPhrase(tokens, j)) break;
    j--;
    count++;
  }
  return j < end ? { from: j + 1, to: end + 1 } : undefined;
}

/** The noun phrase that starts at token `start`, scanning right no further than `to`; a following ", …," or "who …" clause becomes its extension. */
export function phraseStartingAt(tokens: readonly Token[], start: number, to: number): NounPhrase | undefined {
  let j = start;
  while (j < to && j - start < MAX_PHRASE && inPhrase(tokens, j)) j++;
  if (j === start) return undefined;
  const np: NounPhrase = { from: start, to: j };
  const next = tokens[j];
  if (next && j < to && (next.text === ',' || next.lower === 'who' || next.lower === 'whose' || next.lower === 'speaking')) {
    const extFrom = next.text === ',' ? j + 1 : j;
    let k = extFrom;
    while (k < to && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote' && !['.', ';', ':', '—', '–', '(', ')'].includes(tokens[k]!.text)) k++;
    if (k > extFrom) Object.assign(np, { extFrom, extTo: k });
  }
  return np;
}

/** Where the segment ending at `end` begins: after the previous `delimiter` (comma or dash), quote or sentence start. */
function segmentStart(tokens: readonly Token[], end: number, from: number, delimiter = ','): number {
  let k = end;
  while (k >= from && tokens[k]!.text !== delimiter && tokens[k]!.kind !== 'quote' && !['.', ';', ':', '('].includes(tokens[k]!.text)) k--;
  return k + 1;
}

const APPOSITIVE_DELIMITERS = new Set([',', '—', '–']);

/** A segment made only of a title and a name ("Dr. Jane Roe"): the named half of "Dr. Jane Roe, a surgeon, said". */
function isPureName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  let names = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isNameWord(t)) names++;
    else if (!(isWord(t) && TITLE_WORD.has(t.lower)) && !isConnectorAt(tokens, k) && !(isWord(t) && DETERMINER.has(t.lower) && k === from)) return false;
  }
  return names > 0 && isNameWord(tokens[to - 1]);
}

/**
 * A comma segment that describes the phrase before it ("Jane Roe, a spokeswoman for the agency,
 * said"; "the official, who spoke on condition of anonymity, said") rather than a list item or a
 * clause: it opens with a determiner, a relative pronoun or a participle, or names a role within
 * its first words ("chief executive of the bank").
 */
function isModifierSegment(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!isWord(first)) return false;
  if (to - from === 1 && /^\d{1,3}$/.test(first.text)) return true; // an age: "Jane Roe, 45, said"
  if (['who', 'whose', 'which', 'speaking', 'a', 'an', 'the', 'one', 'himself', 'herself', 'themselves', 'including', 'like', 'such'].includes(first.lower)) return true;
  if (isPureName(tokens, from, to)) return true; // "the chief executive, Jane Roe, said"
  if (!startsLower(first.text)) return false;
  if (/^\p{Ll}{3,}(?:ed|ing)$/u.test(first.text)) return true; // a participle: "Jane Roe, asked about the delay, said"
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k]!;
    if (!isWord(t) || POSTMODIFIER.has(t.lower)) break;
    if (TITLE_WORD.has(t.lower) || ROLE_NOUN.has(t.lower) || UNNAMED_KIND.has(t.lower)) return true;
  }
  return false;
}

/** How the subject of a verb was found. */
export interface Subject {
  np?: NounPhrase;
  pronoun?: number;
  /** The verb shares the subject of an earlier verb ("… and said", "…, saying"). */
  shared?: boolean;
}

/** Finds the subject of the verb at `v`, scanning left inside the sentence that starts at `from`. */
export function subjectBefore(tokens: readonly Token[], v: number, from: number): Subject {
  let i = v - 1;
  while (i >= from && isWord(tokens[i]) && !tokens[i]!.upper && ((tokens[i]!.flags & VERB_MODIFIER_W) !== 0 || /^\p{L}{3,}ly$/u.test(tokens[i]!.lower))) i--;
  if (i < from) return {};
  const t = tokens[i]!;
  if (t.kind === 'word' && ['and', 'but', 'or'].includes(t.lower)) return { shared: true };
  if (t.kind === 'word' && (t.flags & PRONOUN_W) !== 0) return { pronoun: i };
  if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which')) {
    const before = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const np = before >= from ? phraseEndingAt(tokens, before, from) : undefined;
    return np ? { np: { from: np.from, to: np.to, extFrom: i, extTo: v } } : {};
  }
  if (APPOSITIVE_DELIMITERS.has(t.text)) {
    const aFrom = segmentStart(tokens, i - 1, from, t.text);
    if (aFrom >= i || !isModifierSegment(tokens, aFrom, i)) return {};
    if (tokens[aFrom - 1]?.text !== t.text) return {};
    const np = phraseEndingAt(tokens, aFrom - 2, from);
    return np ? { np: { from: np.from, to: np.to, extFrom: aFrom, extTo: i } } : {};
  }
  const np = phraseEndingAt(tokens, i, from);
  if (!np) return {};
  // "Dr. Jane Roe,\ncommissioner of the agency, said": the phrase before the verb describes a name before the comma.
  if (startsLower(tokens[np.from]!.text) && !DETERMINER.has(tokens[np.from]!.lower) && tokens[np.from - 1]?.text === ',') {
    const nameFrom = segmentStart(tokens, np.from - 2, from);
    if (isPureName(tokens, nameFrom, np.from - 1)) return { np: { from: nameFrom, to: np.from - 1, extFrom: np.from, extTo: np.to } };
  }
  return { np };
}
