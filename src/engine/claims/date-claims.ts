import { execAll } from '../lexicon';
import type { DateHit } from './dates';
import { DATE_PREDICATES, PATIENT_EVENTS, PERSON_EVENTS } from './lexicon';
import type { NameHit } from './names';
import type { RawClaim, Ref } from './raw';
import { LastWordGate } from './last-word';
import { refAfter, refBefore } from './refs';
import { PHRASE, SentenceScan } from './sentence-scan';
import { SPEECH, tenseOf, type TriggerHit } from './triggers';

const MAX_DISTANCE = 80;
const OTHER_EVENT = /(?<![\p{L}])(?:a|an|another|similar|previous|earlier|prior|separate|other|last|first|second)\s+(?:[\p{Ll}-]+\s+)?$/u;
const NEWS_ITEMS = new Set(['story', 'stories', 'article', 'articles', 'piece', 'column', 'editorial', 'op-ed', 'report']);
const PUBLISHED_ITEM = /(?<![\p{L}])(story|stories|article|articles|piece|column|editorial|op-ed|report|reports|study|studies|survey|paper|data|book|letter|statement|findings|results|poll|review|analysis)(?![\p{L}])/giu;
/** Nouns that name a publication; a date attaches to them only when it modifies them directly. */
const NOMINAL = new Set(['story', 'article', 'editorial', 'column', 'op-ed', 'publication']);
export const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|on|at|by|since|until|through|from|during|before|after)\s+$/iu;
/** The preposition regex runs only where the word before a date is one. */
export const PREPOSITION_GATE = new LastWordGate(['in', 'on', 'at', 'by', 'since', 'until', 'through', 'from', 'during', 'before', 'after']);
export const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|be|is|are|being|get|got)\s+$/iu;
export const PASSIVE_GATE = new LastWordGate(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'get', 'got']);
export const POSSESSIVE_BEFORE = /(?<![\p{L}])(its|his|her|their)\s+$/iu;
export const POSSESSIVE_GATE = new LastWordGate(['its', 'his', 'her', 'their']);
const VENUE_AFTER = /^\s+(?:in|by)\s+/iu;
const SAYS = new RegExp(SPEECH.source, 'iu');
/** `SPEECH`, sticky: run where the sentence's scan finds a verb of saying may start. */
const SPEECH_AT = new RegExp(SPEECH.source, 'iuy');

function nearestTrigger(text: string, date: DateHit, triggers: readonly TriggerHit[], scan: SentenceScan): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  let bestDistance = Infinity;
  const prepositional = /^(?:in|on|at|by|since|until|through|from|during|before|after)\s/i.test(text.slice(date.start, date.end)) || (PREPOSITION_GATE.mayMatch(text, 0, date.start) && PREPOSITION_BEFORE.test(text.slice(0, date.start)));
  for (const t of triggers) {
    if (!DATE_PREDICATES.has(t.event)) continue;
    const after = t.start >= date.end;
    const distance = after ? t.start - date.end : date.start - t.end;
    if (distance < 0 || distance > (NOMINAL.has(t.text.toLowerCase()) ? 12 : MAX_DISTANCE)) continue;
    const between = after ? text.slice(date.end, t.start) : text.slice(t.end, date.start);
    if (/[;—–]|\s-\s|,\s+(?:and|but|while|whereas|although|though|as)\s/.test(between)) continue;
    // "officials said Saturday": a verb of saying between the date and the event dates the saying.
    if (SAYS.test(between)) continue;
    // "joining Acme on May 3 and will take over ...": a date after a preposition modifies the verb before it.
    const weighted = distance + (after && prepositional && date.start > 0 ? 25 : 0);
    if (weighted < bestDistance) {
      best = t;
      bestDistance = weighted;
    }
  }
  if (!best) return undefined;
  // The verbs of saying, in order: resuming after each match finds what a global scan finds.
  const starts = scan.phrases;
  for (let k = 0, from = 0; k < starts.count; k++) {
    const at = starts.at(k);
    if (at < from || !(starts.mark(k) & PHRASE.speech)) continue;
    SPEECH_AT.lastIndex = at;
    const m = SPEECH_AT.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    const distance = m.index >= date.end ? m.index - date.end : date.start - (m.index + m[0].length);
    const gap = m.index >= date.end ? text.slice(date.end, m.index) : text.slice(m.index + m[0].length, date.start);
    if (distance >= 0 && distance < bestDistance && distance < 12 && !/[,;]/.test(gap)) return undefined;
  }
  return best;
}

/** What was published ("the story", "a study"), so a study's date is not compared with an article's. */
function publishedItem(text: string, trigger: TriggerHit): string | undefined {
  const word = trigger.text.toLowerCase();
  if (NOMINAL.has(word)) return 'story';
  let best: string | undefined;
  for (const m of execAll(PUBLISHED_ITEM, text.slice(Math.max(0, trigger.start - 120), trigger.start))) best = m[1]!.toLowerCase();
  if (!best) return undefined;
  return NEWS_ITEMS.has(best) ? 'story' : best.replace(/s$/, '');
}

/**
 * Dates of events: each date belongs to the nearest event word of its sentence ("designated ... in
 * March 2011", "stepping down at the end of the year"); its subject is who the event concerns.
 */
export function findDateClaims(text: string, dates: readonly DateHit[], triggers: () => readonly TriggerHit[], names: readonly NameHit[], scan: SentenceScan = new SentenceScan().read(text)): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const date of dates) {
    // ISO dates are metadata; a bare date after a comma ("Porto, Portugal, May 3, 2011") is a caption's or dateline's.
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.slice(date.start, date.end))) continue;
    if (date.raw.kind === 'absolute' && date.raw.day !== undefined && /,\s*$/.test(text.slice(0, date.start)) && /^\p{L}/u.test(text.slice(date.start))) continue;
    // "Lisbon, May 3 (Wire)", "May 3 (Agency) --": a dateline.
    if (/^\s*\(\s*\p{Lu}[\p{L}.]*\s*\)/u.test(text.slice(date.end))) continue;
    // "Expo 2010", "Games 2012": a bare year after a capitalised word belongs to a name.
    if (date.raw.kind === 'absolute' && date.raw.month === undefined && /^\d/.test(text.slice(date.start)) && /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(0, date.start))) continue;
    const trigger = nearestTrigger(text, date, triggers(), scan);
    if (!trigger) continue;
    // "a similar crash in 2019", "another attack": some other event than the story's.
    if (OTHER_EVENT.test(text.slice(Math.max(0, trigger.start - 30), trigger.start))) continue;
    let subject: Ref | undefined;
    let item: string | undefined;
    const event = trigger.event;
    if (PATIENT_EVENTS.has(event)) {
      const passive = PASSIVE_GATE.mayMatch(text, 0, trigger.start) && PASSIVE_BEFORE.test(text.slice(0, trigger.start));
      const possessive = POSSESSIVE_GATE.mayMatch(text, 0, trigger.start) ? POSSESSIVE_BEFORE.exec(text.slice(0, trigger.start)) : null;
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
        // "the Herald article, published on ...": the outlet named just before.
        const near = names.reduce((best, h, i) => (h.end <= trigger.start && trigger.start - h.end < 30 ? i : best), -1);
        if (near >= 0) subject = { name: near };
      }
    } else if (event !== 'incident') {
      subject = refBefore(text, trigger.start, names, PERSON_EVENTS.has(event));
      // "Founded in 2001, the ABC ...": a participle opening the sentence has its subject after it.
      if (!subject && /^\s*$/.test(text.slice(0, trigger.start))) subject = refAfter(text, date.end, names);
      // Who left, joined or founded is the whole claim; without a subject there is nothing to compare.
      if (!subject) continue;
    }
    // Whether a bare "January" or "Sunday" lies ahead depends on the clause around the date.
    const tense = tenseOf(text.slice(Math.max(0, date.start - 70), date.end + 20));
    claims.push({ type: 'date', predicate: item ? `${event}:${item}` : event, tense, start: date.start, end: date.end, date, subject, refAt: Math.min(trigger.start, date.start) });
  }
  return claims;
}
