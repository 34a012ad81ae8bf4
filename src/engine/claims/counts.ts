import { firstCharLookahead } from './alternation';
import { capitalBefore } from './cap-before';
import { LastWordGate } from './last-word';
import type { DateHit } from './dates';
import { COUNT_PREDICATES, EVENT_TRIGGERS, NON_UNITS, PARTIAL_AFTER, PERSON_COUNT_EVENTS, PERSON_NOUN, PREVIOUS_VALUE_CUES, UNIT_CLASSES } from './lexicon';
import type { NameHit } from './names';
import type { NumberHit } from './numbers';
import type { RawClaim, Ref } from './raw';
import { PHRASE, SentenceScan } from './sentence-scan';
import type { TriggerHit } from './triggers';

const UNIT_OF = new Map<string, string>();
for (const [unit, words] of Object.entries(UNIT_CLASSES)) for (const w of words) UNIT_OF.set(w, unit);
const TRIGGER_WORDS = new Set(Object.values(EVENT_TRIGGERS).flat().filter((w) => !w.includes(' ') && !UNIT_OF.has(w)));
const PERSON_UNITS = new Set(['people', 'youth', 'troops', 'police', 'suspects', 'employees', 'users', 'migrants', 'protesters']);
const CURRENCIES: Readonly<Record<string, string>> = { $: 'usd', 'us$': 'usd', usd: 'usd', '€': 'eur', eur: 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', rs: 'inr', 'a$': 'aud', 'c$': 'cad' };
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollars: 'usd', dollar: 'usd', euros: 'eur', euro: 'eur', pounds: 'gbp', yen: 'jpy', rupees: 'inr' };
const MONEY_EVENTS = new Set(['valuation', 'revenue', 'reward', 'funding']);
/** Words that end the noun phrase after a number. */
const NP_STOP = new Set(['who', 'that', 'which', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'will', 'would', 'in', 'of', 'at', 'on', 'to', 'from', 'with', 'by', 'for', 'and', 'or', 'as', 'than', 'including', 'per', 'a', 'an', 'the', 'across', 'into', 'after', 'before', 'since', 'during', 'while', 'when', 'also', 'both', 'all', 'each', 'inside', 'aboard', 'said', 'say', 'says']);
export const PREVIOUS = new RegExp(`${firstCharLookahead(PREVIOUS_VALUE_CUES)}(?<![\\p{L}])(?:${PREVIOUS_VALUE_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
/** `PREVIOUS`, sticky: run where the sentence's scan finds it may start. */
const PREVIOUS_AT = new RegExp(PREVIOUS.source, 'iuy');
const APPOSITIVE_UNIT = /^\s*,\s*or\s+(?:about|some|roughly|nearly|around|almost)?\s*[\d.,]+\s*(?:%|percent|per cent)\s+of\s+(?:all\s+|the\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)/i;
const OF_COMPLEMENT = /^\s+of\s+(?:all\s+|the\s+|its\s+|their\s+|u\.s\.\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;
const PLACE_AFTER = /^[\s\p{L}-]{0,25}?\s(?:in|inside|at|aboard)\s+the\s+(scene|location|site|house|home|building|car|vehicle|truck|bus|van|boat|ship|plane|hospital|school|church|mosque|temple|market|camp|prison|hotel|restaurant|bar|club|mall|station|square)(?![\p{L}])/iu;
const LOCATED = /(?<![\p{L}])(?:in|inside|aboard|on\s+board)\s+the\s+$/iu;
export const PARTIAL_BEFORE = /(?<![\p{L}])(?:another|other|the\s+remaining|the\s+other|additional)\s+$/iu;
/** The partial-figure regex runs only where the word before a figure can end one of its phrases. */
export const PARTIAL_GATE = new LastWordGate(['another', 'other', 'the remaining', 'the other', 'additional']);
const MAX_TRIGGER_DISTANCE = 70;

/** Singular form of a unit noun for comparison. */
function unitOf(words: string[]): string | undefined {
  const two = words.slice(-2).join(' ').toLowerCase();
  if (UNIT_OF.has(two)) return UNIT_OF.get(two);
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || NON_UNITS.has(head)) return undefined;
  if (UNIT_OF.has(head)) return UNIT_OF.get(head);
  if (head === 'share') return 'market';
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
}

/** The noun phrase right after a figure: lower-case words up to a function word ("convenience stores", "minors"). */
function nounAfter(text: string, from: number): string[] {
  const words: string[] = [];
  const re = /\s*([\p{L}][\p{L}-]*)/uy;
  re.lastIndex = from;
  for (let m = re.exec(text); m && words.length < 4; m = re.exec(text)) {
    const w = m[1]!;
    // "middle and high school students": a conjunction between modifiers stays inside the phrase.
    if ((w === 'and' || w === 'or') && words.length && /^\s+\p{Ll}/u.test(text.slice(re.lastIndex)) && !NP_STOP.has(/^\s+(\p{L}+)/u.exec(text.slice(re.lastIndex))?.[1] ?? '')) continue;
    if (NP_STOP.has(w.toLowerCase()) || TRIGGER_WORDS.has(w.toLowerCase())) break;
    // Capitalised modifiers ("Harbour Police officers") are skipped; the unit is the common noun.
    if (/^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w)) {
      if (words.length) break;
      continue;
    }
    words.push(w);
  }
  return words;
}

function nearestTrigger(text: string, n: NumberHit, triggers: readonly TriggerHit[], accept: (event: string) => boolean): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  let bestDistance = Infinity;
  for (const t of triggers) {
    if (!accept(t.event)) continue;
    const distance = t.start >= n.end ? t.start - n.end : n.start - t.end;
    if (distance < 0 || distance > MAX_TRIGGER_DISTANCE) continue;
    const between = t.start >= n.end ? text.slice(n.end, t.start) : text.slice(t.end, n.start);
    if (/[;:—–]|\s-\s/.test(between)) continue;
    // Ties go to the verb after the figure ("Eight people were killed").
    const weighted = distance + (t.start >= n.end ? 0 : 5);
    if (weighted < bestDistance) {
      best = t;
      bestDistance = weighted;
    }
  }
  return best;
}

/**
 * Counts and quantities: deaths, arrests, users, money, percentages. A count needs a unit (what is
 * counted) and an event it belongs to, else it is not compared; figures that are partial
 * ("four other makers") or earlier values ("up from 1.7 million") are skipped. `triggers` gives the
 * sentence's event words; a sentence whose figures are all skipped before one needs them never reads them.
 */
export function findCounts(text: string, numbers: readonly NumberHit[], dates: readonly DateHit[], triggers: () => readonly TriggerHit[], names: readonly NameHit[], taken: ReadonlyArray<{ start: number; end: number }>, scan: SentenceScan = new SentenceScan().read(text)): RawClaim[] {
  const claims: RawClaim[] = [];
  if (!numbers.length) return claims;
  const previous = scan.firstMatch(PREVIOUS_AT, PHRASE.previous);
  const previousAt = previous >= 0 ? previous : Infinity;
  for (const n of numbers) {
    if (n.start >= previousAt || n.compound) continue;
    if (overlapsAny(dates, n.coreStart, n.coreEnd) || overlapsAny(taken, n.coreStart, n.coreEnd)) continue;
    if (!n.word && !n.currency && !n.percent && n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value) && !/,/.test(text.slice(n.coreStart, n.coreEnd))) continue;
    if (n.word && n.value === 1) continue;
    const after = text.slice(n.end);
    if (/^(?::\d|\s*(?:a\.m|p\.m|am\b|pm\b|gmt|et\b))/i.test(after)) continue;
    // "Highway 57", "Flight 370": a number right after a name (not at the sentence start) is part of it.
    if (!n.currency && capitalBefore(text, n.start) > 0) continue;
    if (PARTIAL_GATE.mayMatch(text, 0, n.start) && PARTIAL_BEFORE.test(text.slice(0, n.start))) continue;
    const nextWord = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    if (nextWord && PARTIAL_AFTER.has(nextWord)) continue;

    let unit: string | undefined;
    let predicate: string | undefined;
    if (n.currency) {
      unit = `money:${CURRENCIES[n.currency.toLowerCase().replace(/\.$/, '')] ?? n.currency.toLowerCase()}`;
      predicate = nearestTrigger(text, n, triggers(), (e) => MONEY_EVENTS.has(e))?.event;
    } else if (n.percent) {
      const of = OF_COMPLEMENT.exec(after);
      const head = of ? unitOf(of[1]!.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w))) : undefined;
      unit = `percent:${head ?? ''}`;
      predicate = nearestTrigger(text, n, triggers(), (e) => COUNT_PREDICATES.has(e) || e === 'share')?.event ?? (head ? 'of' : undefined);
      if (/^\s+(?:surge|increase|rise|jump|drop|decline|fall|growth|gain|cut)/i.test(after)) predicate = undefined;
    } else {
      const noun = nounAfter(text, n.end);
      // "2.5 billion dollars" is the same amount as "$2.5 billion".
      const currencyWord = CURRENCY_WORDS[noun[0]?.toLowerCase() ?? ''];
      if (currencyWord) {
        unit = `money:${currencyWord}`;
        predicate = nearestTrigger(text, n, triggers(), (e) => MONEY_EVENTS.has(e))?.event;
      } else {
        unit = noun.length ? unitOf(noun) : unitOf(APPOSITIVE_UNIT.exec(after)?.[1]?.split(/\s+/) ?? []);
        predicate = nearestTrigger(text, n, triggers(), (e) => COUNT_PREDICATES.has(e))?.event;
        if (!unit && noun.length === 0 && (predicate === 'death' || predicate === 'injury')) unit = 'people';
        if (unit === 'death' || unit === 'fatality' || unit === 'casualty') {
          unit = 'people';
          predicate = 'death';
        }
      }
    }
    if (!unit || !predicate) continue;
    if (PERSON_COUNT_EVENTS.has(predicate) && !PERSON_UNITS.has(unit) && !PERSON_NOUN.test(unit)) continue;
    // People come in whole numbers ("magnitude 6.8 killed 44" counts 44, not 6.8).
    if (PERSON_UNITS.has(unit) && !Number.isInteger(n.value)) continue;
    const location = locatedIn(text, n, names);
    const anchor = nearestDate(dates.filter((d) => d.start < previousAt), n);
    claims.push({ type: 'count', predicate, unit, start: n.start, end: n.end, value: { lo: n.lo, hi: n.hi, precision: n.precision, display: text.slice(n.start, n.end).replace(/\s+/g, ' ') }, location, anchor });
  }
  return claims;
}

/** Whether a span of `spans` overlaps `start`-`end` (without spreading two lists into one per figure). */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (const d of spans) if (d.start < end && start < d.end) return true;
  return false;
}

/** "in the Orion", "aboard the Meridian": a specific named object the counted people were in, near the figure. */
function locatedIn(text: string, n: NumberHit, names: readonly NameHit[]): Ref | undefined {
  // "four people at the scene", "six in the car": a place named by a common noun narrows the count too.
  const place = PLACE_AFTER.exec(text.slice(n.end, n.end + 60));
  if (place) return { descriptor: place[1]!.toLowerCase(), definite: false };
  let best: number | undefined;
  let bestDistance = 60;
  names.forEach((h, i) => {
    if (!LOCATED.test(text.slice(Math.max(0, h.start - 16), h.start))) return;
    // "in the Ohio city of ...": a name that modifies a noun is not where the people were.
    const next = /^\s+([a-z]+)/.exec(text.slice(h.end))?.[1];
    if (next && !NP_STOP.has(next)) return;
    const distance = h.start >= n.end ? h.start - n.end : n.start - h.end;
    if (distance >= 0 && distance < bestDistance && !/[;.]/.test(text.slice(Math.min(h.end, n.end), Math.max(h.start, n.start)))) {
      best = i;
      bestDistance = distance;
    }
  });
  return best === undefined ? undefined : { name: best };
}

function nearestDate(dates: readonly DateHit[], n: NumberHit): DateHit | undefined {
  let best: DateHit | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = Math.abs((d.start + d.end) / 2 - (n.start + n.end) / 2);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
