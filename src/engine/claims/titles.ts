import { isAsciiLetter, isAsciiSpace } from '../ascii';
import { escapeRegExp } from '../lexicon';
import { ALIAS_CUES, COMPANY_SUFFIXES, FUTURE_TITLE_CUES, GENERIC_TITLES, PARENT_CUES, PAST_TITLE_CUES, TITLE_HEADS, TITLE_SYNONYMS } from './lexicon';
import type { NameHit } from './names';
import type { AliasHit, RawClaim, RoleHit } from './raw';
import { refBefore } from './refs';
import { fold, isPrintableAscii } from './tokens';
import type { Tense } from './types';
import { PHRASE, SentenceScan } from './sentence-scan';
import { collapseSpaces, isSpace } from '../spaces';
import { lastRunsStart, lastWord, letterAndHyphenWords, lowerWordsBefore, splitSpaces, wordBeforeSpace } from './word-readers';

/**
 * A title's complement ("of Acme Labs", "for Acme Cloud"), ending before time words and clauses.
 * Each word is taken whole (`(?![^,.;:()\s])`): with `\s*` between them the words could also be
 * split into pieces, which finds no other match (a match ends after a whole word, and the unsplit
 * way to each end is tried first) but made a pattern that fails try every way of cutting the
 * words after the title into six pieces ("leader of the Northern Harbour Dock Workers Union (NHDWU)").
 */
const COMPLEMENT = `(?:\\s+(?:of|for|at|with)\\s+(?:(?!(?:until|through|since|after|before|when|while|and|but|in|on|who|which|that|from|to)\\b)[^,.;:()\\s]+(?![^,.;:()\\s])\\s*){1,6})?`;
const MODIFIER = `(?!(?:of|for|at|with|the|a|an|its|his|her|their|and|to|in|on)\\b)[\\p{L}.&'’-]+`;
const HEAD = `(?:${[...TITLE_HEADS].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s+')).join('|')})`;
/** "X, Acme's senior vice president for logistics": a title set off after the name. */
export const APPOSITIVE = new RegExp(`^\\s*,\\s+(?:the\\s+|a\\s+|an\\s+)?((?:${MODIFIER}\\s+){0,4}?${HEAD}${COMPLEMENT})(?=\\s*[,.;:)]|\\s*$)`, 'iu');
/** "X will be senior vice president for Y", "X has served as chief executive of Y". */
export const COPULAR = new RegExp(`^\\s+(will\\s+be|will\\s+become|will\\s+remain|will\\s+serve\\s+as|will\\s+continue\\s+as|is|was|has\\s+been|had\\s+been|has\\s+served\\s+as|served\\s+as|serves\\s+as|became|becomes|remains|remained|will\\s+take\\s+over\\s+as|will\\s+move\\s+into\\s+the\\s+role\\s+of|takes\\s+over\\s+as|took\\s+over\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?((?:${MODIFIER}\\s+){0,4}?${HEAD}${COMPLEMENT})(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|on|until|through|after|and|when|since|from|starting|effective|before|at)\\s)`, 'iu');
/** "will move into the role of Acme CEO" after a pronoun or name further back. */
export const ROLE_OF = new RegExp(`(?<![\\p{L}])(move\\s+into\\s+the\\s+role\\s+of|take\\s+over\\s+as|named\\s+as|appointed\\s+as|appointed)\\s+(?:the\\s+)?((?:${MODIFIER}\\s+){0,4}?${HEAD}${COMPLEMENT})(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|on|until|through|after|and|when|since|from|starting|effective|before|at)\\s)`, 'iuy');
export const PRE_TITLE = new RegExp(`(?<![\\p{L}.&'’-])((?:${MODIFIER}\\s+){0,3}?${HEAD})\\s+$`, 'iu');
const PARENT = new RegExp(`^\\s*,\\s+(?:${PARENT_CUES.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3})`, 'u');
export const ALIAS = new RegExp(`^\\s*,?\\s*(?:${ALIAS_CUES.map((c) => escapeRegExp(c).replace(/ /g, '\\s+')).join('|')})\\s*["“‘']?\\s*$`, 'iu');
/** The first letters of the alias cues. */
const ALIAS_FIRSTS = new Set(ALIAS_CUES.map((c) => c.charCodeAt(0)));

/**
 * Whether `ALIAS` may match the text from `from` to `to`, the gap between two names: its cue can
 * start only after the white space, a comma and more white space that open the gap, so an ASCII
 * character there that opens no cue in any case rules it out (a non-ASCII one may case-fold onto
 * one). Most gaps (" and ", ", ") are ruled out without a slice and a regex call.
 */
export function aliasMayFollow(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isSpace(text.charCodeAt(at))) at++;
  if (at < to && text.charCodeAt(at) === 0x2c) at++;
  while (at < to && isSpace(text.charCodeAt(at))) at++;
  if (at >= to) return false;
  const c = text.charCodeAt(at);
  // Bit 5 lower-cases an ASCII letter, and makes no other ASCII character a letter.
  return c >= 128 || ALIAS_FIRSTS.has(c | 0x20);
}

/** "X was the shadowy leader of ...", "X, the longtime head of ...". */
const DESCRIBED = /^\s*(?:,\s*(?:[^,]{0,40},\s*)?|\s+(?:was|is|became|remains)\s+)(?:the|a|an)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)/i;
const ACRONYM = /^\s*[([]\s*([A-Z][A-Z0-9&.-]{1,12})\s*[)\]]/;
const STOP = new Set(['of', 'for', 'at', 'with', 'the', 'a', 'an', 'and', 'its', 'their', 'his', 'her', 's', 'to', 'in']);
/** Title heads by first word, as word lists, longest first (a longer head wins where two start). */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const head of [...TITLE_HEADS].sort((a, b) => b.length - a.length)) {
  const words = head.split(' ');
  const list = HEADS_BY_FIRST.get(words[0]!);
  if (list) list.push(words);
  else HEADS_BY_FIRST.set(words[0]!, [words]);
}

/**
 * The first title head among words (their index, -1 if none, and length in words); at one word the
 * longest head wins. What `(?:^|\s)(head|…)(?=\s|$)`, heads longest first, finds in the words
 * joined by single spaces, by a lookup per word instead of a search with every head at every offset.
 */
export function headIn(words: readonly string[]): { at: number; length: number } {
  for (let at = 0; at < words.length; at++) {
    const heads = HEADS_BY_FIRST.get(words[at]!);
    if (!heads) continue;
    outer: for (const head of heads) {
      if (at + head.length > words.length) continue;
      for (let k = 1; k < head.length; k++) if (words[at + k] !== head[k]) continue outer;
      return { at, length: head.length };
    }
  }
  return { at: -1, length: 0 };
}
const TITLE_ENDS = new Set(TITLE_HEADS.map((t) => t.split(' ').pop()!));
/** Length, first and last character of each title end: `titleEndKey`s, which most words before a name have none of. */
const TITLE_END_KEYS = new Set([...TITLE_ENDS].map((w) => titleEndKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))));

function titleEndKey(length: number, first: number, last: number): number {
  return (length << 16) | (first << 8) | last;
}

/**
 * What `TITLE_ENDS.has(wordBeforeSpace(text)?.toLowerCase() ?? '')` says, asked for nearly every
 * name: a word of ASCII letters and hyphens is first checked by length and end letters in place,
 * so that a word like "said" or "the" is neither sliced nor lower-cased. A non-ASCII character at
 * the word or before it (it may be a letter, and lower-casing may change it) takes the full way.
 */
export function endsInTitleEnd(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return false;
  let start = end;
  for (let c = text.charCodeAt(start - 1); c === 0x2d || isAsciiLetter(c); c = text.charCodeAt(--start - 1));
  if (start > 0 && text.charCodeAt(start - 1) >= 128) return TITLE_ENDS.has(wordBeforeSpace(text)?.toLowerCase() ?? '');
  // ASCII letters lower-case by setting bit 5, which leaves a hyphen as it is.
  if (start === end || !TITLE_END_KEYS.has(titleEndKey(end - start, text.charCodeAt(start) | 0x20, text.charCodeAt(end - 1) | 0x20))) return false;
  return TITLE_ENDS.has(text.slice(start, end).toLowerCase());
}

/** Normalised title: its head ("ceo", "senior vice president") then the other words, all folded. */
export function titleWords(phrase: string): string[] | undefined {
  return foldedTitleWords(fold(phrase));
}

/** `titleWords` of a phrase already folded: a title's roles read the same folded phrase. */
function foldedTitleWords(folded: string): string[] | undefined {
  // Words of letters and hyphens.
  const words = letterAndHyphenWords(folded);
  // The head is the first title in the phrase ("spokesman for the Prime Minister" is a spokesman).
  const { at, length } = headIn(words);
  if (at < 0) return undefined;
  const head = length === 1 ? words[at]! : words.slice(at, at + length).join(' ');
  const kept: string[] = [TITLE_SYNONYMS[head] ?? head];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((k < at || k >= at + length) && w && !STOP.has(w) && !PAST_TITLE_CUES.has(w) && w !== 'incoming') kept.push(w);
  }
  return kept;
}

function tenseOfTitle(before: string, cue: string | undefined): Tense {
  const near = before.slice(-30);
  const folded = fold(near);
  if (PAST_TITLE_CUES.has(lastWord(folded))) return 'past';
  // Printable ASCII folds character for character: the last 20 folded are those of the last 20.
  const last = isPrintableAscii(near) ? folded.slice(-20) : fold(before.slice(-20));
  if (/(?:^|\s)(?:former|ex-|then)/.test(last)) return 'past';
  // No cue (a title before or after the name, no verb) folds to '', which starts no future cue and is no past verb.
  if (cue === undefined) return 'present';
  const c = fold(cue);
  if (FUTURE_TITLE_CUES.some((f) => c.startsWith(f) || c === f) || /^will\s/.test(c)) return 'future';
  if (/^(?:was|served|had been|became)$/.test(c.replace(/\s+/g, ' '))) return 'past';
  return 'present';
}

function titleClaim(name: number, phrase: string, start: number, tense: Tense, folded = fold(phrase)): RawClaim | undefined {
  const words = foldedTitleWords(folded);
  if (!words || GENERIC_TITLES.has(words[0]!)) return undefined;
  return { type: 'title', predicate: 'title', start, end: start + phrase.trimEnd().length, value: { lo: 0, hi: 0, precision: 'exact', display: collapseSpaces(phrase.trim()), words }, subject: { name }, tense };
}

/** What the text right after a name can open with, for the patterns anchored there (`cuesAfter`). */
export const AFTER_COMMA = 1;
export const AFTER_BRACKET = 2;
/** White space, then a word that can open "was/is/became/remains" (ASCII, any case). */
export const AFTER_DESCRIBING_VERB = 4;
/** White space, then a word that can open one of `COPULAR`'s verbs (or a non-ASCII character, which a /iu pattern may fold). */
export const AFTER_VERB = 8;

/**
 * Which of the patterns anchored after a name can match there, from the first character after the
 * white space (`\s`) at `from`: most names are followed by neither a comma nor a copula, and each
 * pattern tried costs a call into the regex engine per name.
 */
export function cuesAfter(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c === 0x2c) return AFTER_COMMA;
  if (c === 0x28 || c === 0x5b) return AFTER_BRACKET;
  if (at === from) return 0;
  if (c >= 128) return AFTER_VERB;
  const lower = c | 0x20;
  let cues = 0;
  if (lower === 0x77 || lower === 0x69 || lower === 0x62 || lower === 0x72) cues |= AFTER_DESCRIBING_VERB; // w i b r
  if (cues || lower === 0x68 || lower === 0x73 || lower === 0x74) cues |= AFTER_VERB; // h s t
  return cues;
}

/** The most words a title before a name has: three modifiers and the longest head. */
const PRE_TITLE_WORDS = 3 + Math.max(...TITLE_HEADS.map((t) => t.split(' ').length));

/**
 * Where `PRE_TITLE` can first match in a text that ends before a name: at the start of its last
 * `PRE_TITLE_WORDS` words, since a match is that many words apart by white space at most. Its
 * lookbehind sees the same white space there as in the whole text; the pattern, unanchored at its
 * start, is then tried on a few words instead of up to 120 characters.
 */
export function preTitleFrom(text: string): number {
  return lastRunsStart(text, PRE_TITLE_WORDS);
}

/** The offset of the comma that the first character other than white space (`\s`) after `from` is (see `cuesAfter`). */
export function commaAfter(text: string, from: number): number {
  let at = from;
  while (isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Whether a title head may start after `from` behind at most `runs` words, with only letters,
 * white space and `.&'’-` before it: `APPOSITIVE` after its comma (an article and four modifiers)
 * and `COPULAR` (a verb of up to six words, an article and four modifiers) match only then.
 *
 * Only the first head after `from` needs looking at: a later one has as many words and characters
 * before it and more. Words are counted as runs of characters other than ASCII white space, so a
 * non-ASCII space joins two words into one and the count never exceeds the pattern's.
 */
export function headSoonAfter(text: string, from: number, runs: number, scan: SentenceScan): boolean {
  if (scan.folded) return true;
  const heads = scan.titleHeads;
  let head = -1;
  for (let k = 0; k < heads.count && head < 0; k++) if (heads.at(k) >= from) head = heads.at(k);
  if (head < 0) return false;
  let words = 0;
  let inWord = false;
  for (let at = from; at < head; at++) {
    const c = text.charCodeAt(at);
    if (isAsciiSpace(c)) {
      inWord = false;
      continue;
    }
    if (c < 128 && !isAsciiLetter(c) && c !== 0x2e && c !== 0x26 && c !== 0x27 && c !== 0x2d) return false;
    if (!inWord && ++words > runs) return false;
    inWord = true;
  }
  return true;
}

/**
 * Titles of people ("Information Minister X", "X, chief executive of Y", "X will be senior vice
 * president for Y"), parent organisations ("X, a unit of Y"), and the words and aliases the
 * sentence gives for its names.
 */
export function findTitlesAndRelations(text: string, names: readonly NameHit[], scan: SentenceScan = new SentenceScan().read(text)): { claims: RawClaim[]; roles: RoleHit[]; aliases: AliasHit[] } {
  const claims: RawClaim[] = [];
  const roles: RoleHit[] = [];
  const aliases: AliasHit[] = [];
  names.forEach((h, i) => {
    const before = text.slice(0, h.title ? h.title.start : h.start);
    const cues = cuesAfter(text, h.end);
    // Every pattern anchored after the name is gated by a cue: without one the rest is not cut.
    const after = cues ? text.slice(h.end) : '';
    if (h.title) {
      const phrase = text.slice(h.title.start, h.title.end);
      const folded = fold(phrase);
      const claim = titleClaim(i, phrase, h.title.start, tenseOfTitle(before, undefined), folded);
      if (claim) claims.push(claim);
      roles.push({ name: i, words: splitSpaces(folded) });
    } else {
      // Only worth a regex when the word before the name ends a title ("chief", "spokesperson").
      const near = before.slice(-40);
      // The pattern's match is used only for a person (or an unknown name): it is tried only for one.
      const tried = (h.kind === 'person' || h.kind === 'unknown') && endsInTitleEnd(near);
      const window = tried && before.length > 120 ? before.slice(-120) : before;
      const cut = tried ? preTitleFrom(window) : 0;
      const pre = tried ? PRE_TITLE.exec(cut ? window.slice(cut) : window) : null;
      if (pre) {
        const start = before.length - window.length + cut + pre.index;
        const claim = titleClaim(i, pre[1]!, start, tenseOfTitle(before.slice(0, start), undefined));
        if (claim) claims.push(claim);
      }
      const lower = lowerWordsBefore(near);
      if (lower) roles.push({ name: i, words: lower });
    }
    // An organisation takes no title, and a title needs its head soon after the name: else its patterns are not tried.
    const person = h.kind !== 'org';
    const apposed = cues & AFTER_COMMA && person && headSoonAfter(text, commaAfter(text, h.end) + 1, 5, scan) ? APPOSITIVE.exec(after) : null;
    if (apposed) {
      const start = h.end + apposed[0].length - apposed[1]!.length;
      const folded = fold(apposed[1]!);
      const claim = titleClaim(i, apposed[1]!, start, tenseOfTitle(apposed[1]!, undefined), folded);
      if (claim) claims.push(claim);
      roles.push({ name: i, words: splitSpaces(folded) });
    }
    const copular = cues & AFTER_VERB && person && headSoonAfter(text, h.end, 11, scan) ? COPULAR.exec(after) : null;
    if (copular) {
      const start = h.end + copular[0].length - copular[2]!.length;
      const folded = fold(copular[2]!);
      const claim = titleClaim(i, copular[2]!, start, tenseOfTitle(before, copular[1]), folded);
      if (claim) claims.push(claim);
      roles.push({ name: i, words: splitSpaces(folded) });
    }
    // "X was the shadowy leader of ...", "X, the longtime head of ...": descriptions, not titles.
    const described = cues & (AFTER_COMMA | AFTER_DESCRIBING_VERB) ? DESCRIBED.exec(after) : null;
    if (described) roles.push({ name: i, words: splitSpaces(described[1]!) });
    const parent = cues & AFTER_COMMA ? PARENT.exec(after) : null;
    if (parent) {
      const at = h.end + parent[0].length;
      const owner = names.findIndex((o) => o.start === at || (o.start > at && /^\s*$/.test(text.slice(at, o.start))));
      if (owner >= 0) {
        const o = names[owner]!;
        const words = o.words.map(fold).filter((w) => !COMPANY_SUFFIXES.has(w));
        claims.push({ type: 'relation', predicate: 'parent', start: o.start, end: o.end, value: { lo: 0, hi: 0, precision: 'exact', display: text.slice(o.start, o.end), words }, subject: { name: i } });
      }
    }
    const acronym = cues & AFTER_BRACKET ? ACRONYM.exec(after) : null;
    if (acronym && h.words.length > 1) aliases.push({ name: i, acronym: acronym[1]! });
    if (i > 0 && aliasMayFollow(text, names[i - 1]!.end, h.start) && ALIAS.test(text.slice(names[i - 1]!.end, h.start))) aliases.push({ name: i - 1, other: i });
  });
  // No match is empty: resuming after each finds what a global scan finds. The pattern runs only where the scan finds it may start.
  const starts = scan.phrases;
  for (let k = 0, from = 0; k < starts.count; k++) {
    const at = starts.at(k);
    if (at < from || !(starts.mark(k) & PHRASE.role)) continue;
    ROLE_OF.lastIndex = at;
    const m = ROLE_OF.exec(text);
    from = m ? at + m[0].length : at + 1;
    if (!m) continue;
    if (claims.some((c) => c.start <= m.index + m[0].length && m.index <= c.end)) continue;
    const ref = refBefore(text, m.index, names, true);
    if (!ref || !('name' in ref)) continue;
    const subject = ref.name;
    const phrase = m[2]!;
    const start = m.index + m[0].length - phrase.length;
    const claim = titleClaim(subject, phrase, start, 'future');
    if (claim) claims.push(claim);
  }
  return { claims, roles, aliases };
}
