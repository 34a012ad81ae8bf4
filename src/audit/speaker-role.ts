import { ABBREVIATIONS } from '../engine/sentences';
import { NAME_STOPWORDS, ROLE_WORDS, TITLE_MODIFIERS } from './lexicon';
import { words } from './voices';

/** A speaker's role and organisation as the text states them; either may be missing. */
export interface SpeakerRole {
  role?: string;
  organisation?: string;
  /** Where the name is introduced (its fullest mention), or -1 when the text never spells it out. */
  offset: number;
  /** The fullest form of the name in the text ("Anselm Pike" for a speaker known as "Pike"). */
  fullName?: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*$/u;
const CAPITALISED = /^(?:\p{Lu}|\d)/u;
const ORG_AFTER = /^\s+(?:of|from|at|with)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}\p{N}.'’&-]*))*)/u;
const ORG_IN_ROLE = /\s(?:at|of|for|with|from)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}\p{N}.'’&-]*))*)/u;
const APPOSITIVE = /^,\s+((?:a|an|the|who|whose|\p{Lu}[\p{L}.'’-]*['’]s|\p{Ll}+)\s[^,.;:!?“”"()]{2,100}?)(?=\s*[,.;:!?)]|\s+(?:said|says|told|tells|added|wrote)\b)/u;
/** Openers of an appositive that describes a person without a role word ("a fisherwoman", "who leads …"). */
const DESCRIPTIVE_OPENER = /^(?:a|an|the|who|whose)\s|^\p{Lu}/u;

/** Escapes a literal for a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds how the text introduces a named speaker: the title run before the name ("White House Press
 * Secretary", "Former DEA official", "director") and an appositive or "of …" after it ("Jack Smith, a
 * former senior official at the agency,", "Ana Ruiz of the Crisis Institute"). Uses the first mention
 * that spells the name out fully; the organisation comes from an "at/of/for the …" phrase.
 */
export function describeSpeaker(text: string, name: string): SpeakerRole {
  const mention = fullestMention(text, name);
  if (!mention) return { offset: -1 };
  const before = titleBefore(text, mention.start);
  const after = text.slice(mention.end, mention.end + 200);
  let appositive = APPOSITIVE.exec(after)?.[1]?.trim();
  // A bare lower-case opener ("director of the port authority") must carry a role word to be a role.
  if (appositive && !DESCRIPTIVE_OPENER.test(appositive) && !words(appositive).some((w) => ROLE_WORDS.has(w))) appositive = undefined;
  if (appositive) appositive = appositive.replace(/\s+(?:who|which|whose)\s.*$/u, '').replace(/^who\s+/u, '');
  const orgAfter = ORG_AFTER.exec(after)?.[1];
  const role = [before, appositive].filter((s): s is string => Boolean(s)).join('; ') || undefined;
  const organisation = orgAfter ?? (appositive ? ORG_IN_ROLE.exec(` ${appositive}`)?.[1] : undefined) ?? (before ? ORG_IN_ROLE.exec(` ${before}`)?.[1] : undefined);
  const fullName = tidy(text.slice(mention.start, mention.end));
  return { ...(role ? { role: tidy(role) } : {}), ...(organisation ? { organisation: tidy(organisation) } : {}), offset: mention.start, ...(fullName !== name ? { fullName } : {}) };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The first mention with the most name words: "Ana Ortiz" rather than a later "Ortiz". */
function fullestMention(text: string, name: string): { start: number; end: number } | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const full = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  if (full && words.length > 1) return { start: full.index, end: full.index + full[0].length };
  // Only a surname (or one word) is known: prefer a mention preceded by given names.
  const last = new RegExp(`(?<![\\p{L}\\p{N}])${escape(words[words.length - 1]!)}(?![\\p{L}\\p{N}])`, 'gu');
  let best: { start: number; end: number; given: number } | undefined;
  for (const m of text.matchAll(last)) {
    let start = m.index;
    let given = 0;
    while (given < 3) {
      const w = previousWord(text, start);
      const lower = w?.word.toLowerCase() ?? '';
      if (!w || !CAPITALISED.test(w.word) || w.word.endsWith('.') || ROLE_WORDS.has(lower) || NAME_STOPWORDS.has(lower)) break;
      start = w.start;
      given++;
    }
    if (!best || given > best.given) best = { start, end: m.index + m[0].length, given };
  }
  return best && { start: best.start, end: best.end };
}

/** The word before `pos` when only spaces or tabs separate them (a line break or punctuation ends the search). */
function previousWord(text: string, pos: number): { word: string; start: number } | undefined {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === pos) return undefined;
  const m = WORD.exec(text.slice(Math.max(0, end - 40), end));
  return m ? { word: m[0], start: end - m[0].length } : undefined;
}

/** The title run right before a name, when it contains a role word ("U.S. Brigadier General"). */
function titleBefore(text: string, start: number): string | undefined {
  let pos = start;
  let hasRole = false;
  /** Start of the run as far as a word that can begin a title (a capital, a role or a modifier). */
  let solid = start;
  let loose = 0;
  for (let taken = 0; taken < 8; taken++) {
    const w = previousWord(text, pos);
    if (!w) break;
    const { word } = w;
    const lower = word.toLowerCase().replace(/\.$/, '');
    const isRole = ROLE_WORDS.has(lower);
    // A possessive or a full stop that is not an abbreviation ends the title: "Peru's", "Ottawa."
    if (/['’]s$/u.test(word) || (word.endsWith('.') && !ABBREVIATIONS.has(lower) && !/^(?:\p{L}\.)+$/u.test(word))) break;
    if (CAPITALISED.test(word) || isRole || TITLE_MODIFIERS.has(lower)) {
      hasRole ||= isRole;
      solid = w.start;
      loose = 0;
    } else if (!hasRole || ++loose > 2) {
      // Other lower-case words ("central bank") may sit inside a title, never start one.
      break;
    }
    pos = w.start;
  }
  const run = text.slice(solid, start).replace(/^(?:(?:of|the|and|for)\s+)+/i, '').trim();
  return hasRole && run ? run : undefined;
}
