// Groups that a later "one of them", "another" or "both" can pick members from, when the group is
// not itself credited with a statement: "two men were arrested", "Ana Ruiz and Tom Berg met
// reporters". Groups that speak ("two people briefed on the talks said") are attributions and
// are recorded when those are resolved (resolve.ts).
import { startsLower, type Token } from './tokens';
import { collapseSpaces } from '../../engine/spaces';
import { isConnectorAt, isNameWord, isWord } from './noun-phrase';
import type { Attribution, GroupMention } from './types';
import { hasConjunction } from './mentions';
import { MEASURE_NOUN, ORG_WORD, isPluralLower, singularOfLower, DIGITS_W, CLAUSE_W, GROUP_QUANTIFIER_W, PREPOSITION_W, SPEECH_W } from './cues';

const MAX_GROUP_WORDS = 3;
/** Verbs that show the word before them is a plural subject ("Residents were …", "Crews had …"). */
const FINITE_AUX = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do']);

/** The groups a block mentions outside its attribution phrases, in text order. */
export function findGroupMentions(text: string, tokens: readonly Token[], attributions: readonly Attribution[]): GroupMention[] {
  const groups: GroupMention[] = [];
  const credited = (t: Token) => attributions.some((a) => t.start >= a.start && t.start < a.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Each case below needs one of these (a sentence's first word, a capital, a number or
    // quantifier): most tokens have none and are passed over without a call.
    if (!t.initial && !t.upper && (t.flags & (GROUP_QUANTIFIER_W | DIGITS_W)) === 0) continue;
    const subject = pluralSubjectAt(tokens, i);
    if (subject >= 0) {
      const head = tokens[subject]!;
      if (!credited(t)) groups.push({ start: t.start, end: head.end, text: head.text, head: singularOfLower(head.lower), named: false });
      i = subject;
      continue;
    }
    if (isNameWord(t)) {
      // "Ana Ruiz and Tom Berg", "Ruiz and Berg" — not "Food and Drug Administration".
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence && (isNameWord(tokens[j + 1]) || isConnectorAt(tokens, j + 1))) j++;
      if (hasConjunction(tokens, i, j + 1) && !tokens.slice(i, j + 1).some((w) => ORG_WORD.has(w.lower)) && !credited(t)) {
        groups.push({ start: t.start, end: tokens[j]!.end, text: collapseSpaces(text.slice(t.start, tokens[j]!.end)), head: '', named: true });
      }
      i = j;
      continue;
    }
    if (!isWord(t) || !((t.flags & GROUP_QUANTIFIER_W) !== 0 || ((t.flags & DIGITS_W) !== 0 && Number(t.text) >= 2)) || credited(t)) continue;
    // "two men were arrested", "several senior officers of the unit": the last plural among the plain words after the number.
    let j = i + 1;
    let h = -1;
    for (; j < tokens.length && j - i <= MAX_GROUP_WORDS && isPlainWord(tokens[j], t.sentence); j++) if (isPluralLower(tokens[j]!.lower)) h = j;
    const head = tokens[h];
    if (!head) continue;
    const one = singularOfLower(head.lower);
    if (MEASURE_NOUN.has(one)) continue;
    groups.push({ start: t.start, end: head.end, text: collapseSpaces(text.slice(tokens[i + 1]!.start, head.end)), head: one, named: false });
    i = h;
  }
  return groups;
}

/**
 * "Residents were evacuated", "The firefighters had …": a plural noun opening its sentence (after
 * "the" or not) and followed by a verb; its index, or -1.
 */
function pluralSubjectAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!t.initial || !isWord(t)) return -1;
  const noun = t.lower === 'the' ? i + 1 : i;
  const head = tokens[noun];
  const verb = tokens[noun + 1];
  // The token tests first, then the singular form and the expression: all are pure, only the order (cost) differs.
  if (!isWord(head) || head.sentence !== t.sentence || head.possessive || !isWord(verb) || verb.sentence !== t.sentence || !startsLower(verb.text)) return -1;
  if (!isPluralLower(head.lower) || MEASURE_NOUN.has(singularOfLower(head.lower))) return -1;
  return FINITE_AUX.has(verb.lower) || /\p{L}{2}ed$/u.test(verb.lower) ? noun : -1;
}

/** A lower-case word that can sit inside a short noun phrase. */
function isPlainWord(t: Token | undefined, sentence: number): boolean {
  return isWord(t) && t.sentence === sentence && startsLower(t.text) && (t.flags & (CLAUSE_W | PREPOSITION_W | SPEECH_W)) === 0;
}
