import type { DateHit } from './dates';
import { DATE_PREDICATES, PATIENT_EVENTS, PERSON_EVENTS } from './lexicon';
import type { NameHit } from './names';
import type { RawClaim, Ref } from './raw';
import { SPEECH, type TriggerHit } from './triggers';

const MAX_DISTANCE = 80;
const NEWS_ITEMS = new Set(['story', 'stories', 'article', 'articles', 'piece', 'column', 'editorial', 'op-ed', 'report']);
const PUBLISHED_ITEM = /(?<![\p{L}])(story|stories|article|articles|piece|column|editorial|op-ed|report|reports|study|studies|survey|paper|data|book|letter|statement|findings|results|poll|review|analysis)(?![\p{L}])/giu;
/** Nouns that name a publication; a date attaches to them only when it modifies them directly. */
const NOMINAL = new Set(['story', 'article', 'editorial', 'column', 'op-ed', 'publication']);
const SUBJECT_PRONOUN = /(?<![\p{L}])(he|she|it|they|i|we)(?![\p{L}])/giu;
const OBJECT_PRONOUN = /^\s*(him|her|it|them)(?![\p{L}])/iu;
const DESCRIPTOR_WORD = '(?!(?:as|in|of|for|to|with|that|which|who|on|at|by|from|and|or|was|were|is|are)\\b)[\\p{L}][\\p{L}-]*';
const DESCRIPTOR = new RegExp(`^\\s*(?:of\\s+)?(the|a|an)\\s+((?:${DESCRIPTOR_WORD}\\s+){0,2}${DESCRIPTOR_WORD})`, 'iu');
/** What may stand between an event word and the name it concerns ("of the", "of drug lord"). */
const LEAD = /^\s*(?:of\s+)?(?:the\s+)?(?:(?!as\b)[\p{L}-]+\s+){0,2}$/u;
const PLURAL_DESCRIPTOR = /^\s*(?:of\s+)?(?:[A-Z][a-z]+\s+)?([a-z][a-z-]+s)(?![\p{L}])/u;
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|be|is|are|being|get|got)\s+$/iu;
const VENUE_AFTER = /^\s+(?:in|by)\s+/iu;

function nearestTrigger(text: string, date: DateHit, triggers: readonly TriggerHit[]): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  let bestDistance = Infinity;
  const prepositional = /^(?:in|on|at|by|since|until|through|from|during|before|after)\s/i.test(text.slice(date.start, date.end)) || /(?<![\p{L}])(?:in|on|at|by|since|until|through|from|during|before|after)\s+$/iu.test(text.slice(0, date.start));
  for (const t of triggers) {
    if (!DATE_PREDICATES.has(t.event)) continue;
    const after = t.start >= date.end;
    const distance = after ? t.start - date.end : date.start - t.end;
    if (distance < 0 || distance > (NOMINAL.has(t.text.toLowerCase()) ? 12 : MAX_DISTANCE)) continue;
    const between = after ? text.slice(date.end, t.start) : text.slice(t.end, date.start);
    if (/[;—–]|\s-\s/.test(between)) continue;
    SPEECH.lastIndex = 0;
    // "officials said Saturday": a verb of saying between the date and the event dates the saying.
    if (SPEECH.test(between)) continue;
    // "joining Google on Nov. 26 and will take over ...": a date after a preposition modifies the verb before it.
    const weighted = distance + (after && prepositional && date.start > 0 ? 25 : 0);
    if (weighted < bestDistance) {
      best = t;
      bestDistance = weighted;
    }
  }
  if (!best) return undefined;
  SPEECH.lastIndex = 0;
  for (const m of text.matchAll(SPEECH)) {
    const distance = m.index >= date.end ? m.index - date.end : date.start - (m.index + m[0].length);
    if (distance >= 0 && distance < bestDistance && distance < 12) return undefined;
  }
  return best;
}

/** The name, pronoun or description right after an offset ("designated the cartel", "killing of X"). */
function refAfter(text: string, from: number, names: readonly NameHit[]): Ref | undefined {
  const rest = text.slice(from);
  if (/^\s+as\s/i.test(rest)) return undefined;
  const pronoun = OBJECT_PRONOUN.exec(rest);
  if (pronoun) return { pronoun: pronoun[1]!.toLowerCase() === 'it' ? 'thing' : 'person' };
  // "the capture of Venezuela's leader X": a possessive name is not the head, the name after it is.
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

/** Words before a name that make it an object, not the doer ("joined Google", "at Oracle"). */
const OBJECT_BEFORE = /(?<![\p{L}])(?:in|at|of|for|to|from|with|by|on|into|about|against|over|under|than|joined|join|joins|leave|left|replace|replaced|succeed|succeeded|interviewed|told|asked|hired|named|appointed|include|including|like|via|\p{L}+ed)\s+(?:the\s+)?$/iu;
/** Start of an appositive or relative clause set off by commas (", a 22-year veteran,", ", who ..."). */
const APPOSITION = /,\s+(?:a|an|the|who|which|whose|where|whom|one|also|formerly|now)\s[^,]*$/iu;

/** The nearest subject before an offset: a name not in object position or inside an aside, or a subject pronoun. */
function refBefore(text: string, to: number, names: readonly NameHit[], person: boolean): Ref | undefined {
  let name = -1;
  names.forEach((h, i) => {
    if (h.end > to || (person && h.kind !== 'person' && h.kind !== 'unknown')) return;
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))) return;
    // Inside ", a 22-year Oracle veteran," the name describes, it does not act.
    if (APPOSITION.test(text.slice(0, h.start)) && /,/.test(text.slice(h.end, to))) return;
    name = i;
  });
  let pronoun: RegExpExecArray | undefined;
  SUBJECT_PRONOUN.lastIndex = 0;
  for (const m of text.slice(0, to).matchAll(SUBJECT_PRONOUN)) pronoun = m as RegExpExecArray;
  if (pronoun && (name < 0 || pronoun.index > names[name]!.end)) {
    const word = pronoun[1]!.toLowerCase();
    // "I" and "we" are whoever is speaking, which the sentence does not say.
    if (word === 'i' || word === 'we') return undefined;
    return { pronoun: word === 'it' || word === 'they' ? 'thing' : 'person' };
  }
  return name >= 0 ? { name } : undefined;
}

/** What was published ("the story", "a study"), so a study's date is not compared with an article's. */
function publishedItem(text: string, trigger: TriggerHit): string | undefined {
  const word = trigger.text.toLowerCase();
  if (NOMINAL.has(word)) return 'story';
  let best: string | undefined;
  for (const m of text.slice(Math.max(0, trigger.start - 70), trigger.start).matchAll(PUBLISHED_ITEM)) best = m[1]!.toLowerCase();
  if (!best) return undefined;
  return NEWS_ITEMS.has(best) ? 'story' : best.replace(/s$/, '');
}

/**
 * Dates of events: each date belongs to the nearest event word of its sentence ("designated ... in
 * February 2025", "stepping down at the end of the year"); its subject is who the event concerns.
 */
export function findDateClaims(text: string, dates: readonly DateHit[], triggers: readonly TriggerHit[], names: readonly NameHit[]): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const date of dates) {
    // ISO dates are metadata; a bare date after a comma ("Guadalajara, Mexico, February 22, 2026") is a caption's or dateline's.
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.slice(date.start, date.end))) continue;
    if (date.raw.kind === 'absolute' && date.raw.day !== undefined && /,\s*$/.test(text.slice(0, date.start)) && /^\p{L}/u.test(text.slice(date.start))) continue;
    // "Islamabad, Oct 29 (IANS)", "Jan. 30 (UPI) --": a dateline.
    if (/^\s*\(\s*\p{Lu}[\p{L}.]*\s*\)/u.test(text.slice(date.end))) continue;
    // "Milan-Cortina 2026", "Euro 2024": a bare year after a capitalised word belongs to a name.
    if (date.raw.kind === 'absolute' && date.raw.month === undefined && /^\d/.test(text.slice(date.start)) && /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(0, date.start))) continue;
    const trigger = nearestTrigger(text, date, triggers);
    if (!trigger) continue;
    let subject: Ref | undefined;
    let item: string | undefined;
    const event = trigger.event;
    if (PATIENT_EVENTS.has(event)) {
      const passive = PASSIVE_BEFORE.test(text.slice(0, trigger.start));
      const possessive = /(?<![\p{L}])(its|his|her|their)\s+$/iu.exec(text.slice(0, trigger.start));
      const of = /^\s+of\s/i.test(text.slice(trigger.end));
      if (passive) subject = refBefore(text, trigger.start, names, PERSON_EVENTS.has(event));
      else if (possessive && !of) subject = { pronoun: possessive[1]!.toLowerCase() === 'its' || possessive[1]!.toLowerCase() === 'their' ? 'thing' : 'person' };
      else subject = refAfter(text, trigger.end, names);
    } else if (event === 'publication') {
      item = publishedItem(text, trigger);
      if (!item) continue;
      const venue = VENUE_AFTER.exec(text.slice(trigger.end));
      const adjacent = names.findIndex((h) => h.end <= trigger.start && /^(?:['’]s)?\s*$/.test(text.slice(h.end, trigger.start)));
      if (venue) subject = refAfter(text, trigger.end + venue[0].length, names);
      else if (adjacent >= 0) subject = { name: adjacent };
      else {
        // "the Dawn article, published on ...": the outlet named just before.
        const near = names.reduce((best, h, i) => (h.end <= trigger.start && trigger.start - h.end < 30 ? i : best), -1);
        if (near >= 0) subject = { name: near };
      }
    } else if (event !== 'incident') {
      subject = refBefore(text, trigger.start, names, PERSON_EVENTS.has(event));
      // "Founded in 2009, the CJNG ...": a participle opening the sentence has its subject after it.
      if (!subject && /^\s*$/.test(text.slice(0, trigger.start))) subject = refAfter(text, date.end, names);
      // Who left, joined or founded is the whole claim; without a subject there is nothing to compare.
      if (!subject) continue;
    }
    claims.push({ type: 'date', predicate: item ? `${event}:${item}` : event, start: date.start, end: date.end, date, subject, refAt: Math.min(trigger.start, date.start) });
  }
  return claims;
}
