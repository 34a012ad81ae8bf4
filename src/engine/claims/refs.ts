import { execAll } from '../lexicon';
import type { NameHit } from './names';
import type { Ref } from './raw';

const SUBJECT_PRONOUN = /(?<![\p{L}])(he|she|it|they|i|we)(?![\p{L}])/giu;
const OBJECT_PRONOUN = /^\s*(him|her|it|them)(?![\p{L}])/iu;
const DESCRIPTOR_WORD = '(?!(?:as|in|of|for|to|with|that|which|who|on|at|by|from|and|or|was|were|is|are)\\b)[\\p{L}][\\p{L}-]*';
const DESCRIPTOR = new RegExp(`^\\s*(?:of\\s+)?(the|a|an)\\s+((?:${DESCRIPTOR_WORD}\\s+){0,2}${DESCRIPTOR_WORD})`, 'iu');
/** What may stand between an event word and the name it concerns ("of the", "of drug lord"). */
const LEAD = /^\s*(?:of\s+)?(?:the\s+)?(?:(?!as\b)[\p{L}-]+\s+){0,2}$/u;
const PLURAL_DESCRIPTOR = /^\s*(?:of\s+)?(?:[A-Z][a-z]+\s+)?([a-z][a-z-]+s)(?![\p{L}])/u;

/** The name, pronoun or description right after an offset ("designated the group", "killing of X"). */
export function refAfter(text: string, from: number, names: readonly NameHit[]): Ref | undefined {
  const rest = text.slice(from);
  if (/^\s+as\s/i.test(rest)) return undefined;
  const pronoun = OBJECT_PRONOUN.exec(rest);
  if (pronoun) return { pronoun: pronoun[1]!.toLowerCase() === 'it' ? 'thing' : 'person' };
  // "the arrest of Ruritania's leader X": a possessive name is not the head, the name after it is.
  let at = from;
  for (let guard = 0; guard < 3; guard++) {
    const next = names.findIndex((h) => h.start >= at && h.start - at < 40 && LEAD.test(text.slice(at, h.start)));
    if (next < 0) break;
    if (/^['’]s\s/.test(text.slice(names[next]!.end))) {
      at = names[next]!.end + 2;
      continue;
    }
    const described = DESCRIPTOR.exec(text.slice(from));
    if (!described || names[next]!.start - from <= described[0].length || at > from) return { name: next };
    break;
  }
  const described = DESCRIPTOR.exec(rest);
  if (described) return { descriptor: described[2]!, definite: described[1]!.toLowerCase() === 'the' };
  const plural = PLURAL_DESCRIPTOR.exec(rest);
  return plural ? { descriptor: plural[1]!, definite: false } : undefined;
}

/** Words before a name that make it an object, not the doer ("joined Acme", "at Initech"). */
const OBJECT_BEFORE = /(?<![\p{L}])(?:in|at|of|for|to|from|with|by|on|into|about|against|over|under|than|joined|join|joins|leave|left|replace|replaced|succeed|succeeded|interviewed|told|asked|hired|named|appointed|include|like|via|\p{L}+ed|\p{L}+ing)\s+(?:the\s+)?$/iu;
/** Start of an appositive or relative clause set off by commas (", a 22-year veteran,", ", who ..."). */
const APPOSITION = /,\s+(?:a|an|the|who|which|whose|where|whom|one|also|formerly|now)\s[^,]*$/iu;

/** The nearest subject before an offset: a name not in object position or inside an aside, or a subject pronoun. */
export function refBefore(text: string, to: number, names: readonly NameHit[], person: boolean): Ref | undefined {
  let name = -1;
  names.forEach((h, i) => {
    if (h.end > to || (person && h.kind !== 'person' && h.kind !== 'unknown')) return;
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))) return;
    // Inside ", a 20-year Initech veteran," the name describes, it does not act.
    if (APPOSITION.test(text.slice(0, h.start)) && /,/.test(text.slice(h.end, to))) return;
    name = i;
  });
  let pronoun: RegExpExecArray | undefined;
  SUBJECT_PRONOUN.lastIndex = 0;
  for (const m of execAll(SUBJECT_PRONOUN, text.slice(0, to))) pronoun = m as RegExpExecArray;
  if (pronoun && (name < 0 || pronoun.index > names[name]!.end)) {
    const word = pronoun[1]!.toLowerCase();
    // "I" and "we" are whoever is speaking, which the sentence does not say.
    if (word === 'i' || word === 'we') return undefined;
    return { pronoun: word === 'it' || word === 'they' ? 'thing' : 'person' };
  }
  return name >= 0 ? { name } : undefined;
}

