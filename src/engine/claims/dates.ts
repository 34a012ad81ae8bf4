import { CUE } from './date-cues';
import { SentenceScan } from './sentence-scan';
import { dayNumber, fromDayNumber, monthSpan, yearSpan } from './calendar';
import { DEADLINE_PREPOSITIONS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import type { Precision, Tense } from './types';

/** A date expression as written, before it is resolved against the article's date. */
export type RawDate =
  | { kind: 'absolute'; year: number; month?: number; day?: number }
  | { kind: 'month-day'; month: number; day: number }
  | { kind: 'month'; month: number; part?: Part }
  | { kind: 'year-part'; year: number; part: Part }
  | { kind: 'weekday'; weekday: number; relation?: 'last' | 'next' | 'this' }
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; part?: Part; anaphoric?: boolean }
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; amount: number };

type Part = 'early' | 'mid' | 'late' | 'end' | 'start' | 'until-now' | 'from-now';

/** A date found in a sentence, sentence-relative. */
export interface DateHit {
  start: number;
  end: number;
  raw: RawDate;
  /** "until Sunday", "by January": a deadline ahead of the article. */
  deadline: boolean;
}

/** A resolved date: an interval of day numbers and how precise it is. */
export interface ResolvedDate {
  lo: number;
  hi: number;
  precision: Precision;
}

const MONTH = `(${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const UNIT = '(day|week|month|year)s?';
const COUNT = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)';
const PART = '(early|mid|middle|late|the end of|end of|the beginning of|the start of|the middle of)';
const END = '(?![\\p{L}\\p{N}])';

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : MONTH_ABBREVIATIONS[w] ?? -1;
}

function partOf(word: string | undefined): Part | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('end')) return 'end';
  if (w.includes('beginning') || w.includes('start') || w === 'early') return 'early';
  if (w.startsWith('mid')) return 'mid';
  if (w === 'late') return 'late';
  return undefined;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** What a pattern cannot match without: `CUE` bits. */
type Cue = Exclude<keyof typeof CUE, 'folded'>;

interface Pattern {
  re: RegExp;
  /** Cues the pattern needs, all of them. */
  needs: readonly Cue[];
  make(m: RegExpExecArray): RawDate | undefined;
}

/**
 * A date pattern. `first` lists every character a match can start with (a class, case-folded by
 * the /iu flags like the pattern): tested before the lookbehind, it rejects most offsets of a
 * sentence with one table lookup instead of a Unicode property test and the pattern's alternatives.
 */
const P = (first: string, source: string) => new RegExp(`(?=[${first}])(?<![\\p{L}\\p{N}])${source}${END}`, 'giu');

/** Date patterns, most specific first; overlapping matches keep the longest. */
export const DATE_PATTERNS: readonly Pattern[] = [
  { re: P('\\d', '(\\d{4})-(\\d{2})-(\\d{2})'), needs: ['iso'], make: (m) => ({ kind: 'absolute', year: +m[1]!, month: +m[2]! - 1, day: +m[3]! }) },
  { re: P('adfjmnos', `${MONTH}\\s+${DAY},?\\s+${YEAR}`), needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[3]!, month: monthIndex(m[1]!), day: +m[2]! }) },
  { re: P('\\d', `${DAY}\\s+${MONTH},?\\s+${YEAR}`), needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[3]!, month: monthIndex(m[2]!), day: +m[1]! }) },
  { re: P('adfijmnos', `(?:in\\s+)?${MONTH},?\\s+${YEAR}`), needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[2]!, month: monthIndex(m[1]!) }) },
  { re: P('adfjmnos', `${MONTH}\\s+${DAY}`), needs: ['digit', 'month'], make: (m) => ({ kind: 'month-day', month: monthIndex(m[1]!), day: +m[2]! }) },
  { re: P('\\d', `${DAY}\\s+(?:of\\s+)?${MONTH}`), needs: ['digit', 'month'], make: (m) => ({ kind: 'month-day', month: monthIndex(m[2]!), day: +m[1]! }) },
  { re: P('\\dabdefilmostu', `(?:(?:in|since|by|until|through|before|after|during|from|around|of)\\s+)?(?:(early|mid-?|middle|late|the end of|end of|the beginning of|the start of)\\s*-?\\s*)?${YEAR}`), needs: ['year'], make: (m) => (m[1] ? { kind: 'year-part', year: +m[2]!, part: partOf(m[1])! } : { kind: 'absolute', year: +m[2]! }) },
  { re: P('abdefilmnstu', `(?:in|since|until|till|through|by|before|after|from|during|last|next|this|early|late|mid-?)\\s+(?:(early|mid-?|late)\\s*)?(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)`), needs: ['month'], make: (m) => ({ kind: 'month', month: monthIndex(m[2]!), part: partOf(m[1]) }) },
  { re: P('abflmnostuw', `(?:(last|next|this|on|by|until|since|before|after)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`), needs: ['weekday'], make: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()), relation: ['last', 'next', 'this'].includes(m[1]?.toLowerCase() ?? '') ? (m[1]!.toLowerCase() as 'last') : undefined }) },
  { re: P('ty', '(yesterday|today|tonight|tomorrow)'), needs: ['day'], make: (m) => ({ kind: 'relative', unit: 'day', offset: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1]!.toLowerCase()]! }) },
  // "the end of the month" may be a month named before: it is only taken as the current one ahead of publication.
  { re: P('abelmtu', `(?:(?:at|by|before|until|through|toward|towards)\\s+)?${PART}\\s+(the\\s+|this\\s+|next\\s+|last\\s+)(year|month|week)`), needs: ['unit', 'part'], make: (m) => ({ kind: 'relative', unit: m[3]!.toLowerCase() as 'year', offset: /next/i.test(m[2]!) ? 1 : /last/i.test(m[2]!) ? -1 : 0, part: partOf(m[1]), anaphoric: /the/i.test(m[2]!) && !/year/i.test(m[3]!) }) },
  { re: P('el', `(earlier|later)\\s+this\\s+(year|month|week)`), needs: ['unit', 'earlierLater'], make: (m) => ({ kind: 'relative', unit: m[2]!.toLowerCase() as 'year', offset: 0, part: m[1]!.toLowerCase() === 'earlier' ? 'until-now' : 'from-now' }) },
  { re: P('elmnpt', `(?:(early|late|mid-?)\\s+)?(last|this|next|past)\\s+(week|month|year)`), needs: ['unit', 'near'], make: (m) => ({ kind: 'relative', unit: m[3]!.toLowerCase() as 'year', offset: { last: -1, past: -1, this: 0, next: 1 }[m[2]!.toLowerCase()]!, part: partOf(m[1]) }) },
  { re: P('\\daefnost', `${COUNT}\\s+${UNIT}\\s+ago`), needs: ['ago'], make: (m) => (COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) > 0 ? { kind: 'ago', unit: m[2]!.toLowerCase() as 'year', amount: COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]) } : undefined },
];
/**
 * The gate the finder always had, a regex without the /u flag: it takes none of a pattern's case
 * foldings ("ſunday"), so a text whose only cues are such words has no dates. Kept for texts where
 * the scan saw `ſ` or `K`, so that they read as they did.
 */
const ASCII_CUE = new RegExp(`\\d|${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')}|${WEEKDAYS.join('|')}|yesterday|today|tonight|tomorrow|\\b(?:week|month|year)`, 'i');

/** Each pattern's cues as `CUE` bits. */
const NEEDS = DATE_PATTERNS.map((p) => p.needs.reduce((bits, cue) => bits | CUE[cue], 0));

/** Finds date expressions in a sentence; `cues` are its `CUE` bits. */
export function findDates(text: string, cues: number = new SentenceScan().read(text).dateCues): DateHit[] {
  // Most sentences hold no cue at all, and most of the rest the cues of a pattern or two.
  if (!cues || ((cues & CUE.folded) !== 0 && !ASCII_CUE.test(text))) return [];
  const found: DateHit[] = [];
  for (let p = 0; p < DATE_PATTERNS.length; p++) {
    if ((cues & NEEDS[p]!) !== NEEDS[p]) continue;
    const { re, make } = DATE_PATTERNS[p]!;
    // No pattern matches the empty string: a plain exec loop sees the matches `execAll` would.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = make(m);
      if (!raw || ('month' in raw && raw.month !== undefined && raw.month < 0)) continue;
      if ('day' in raw && raw.day !== undefined && (raw.day < 1 || raw.day > 31)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const lead = /^(\w+)\s/.exec(m[0])?.[1]?.toLowerCase();
      const prev = /(\w+)\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
      const deadline = DEADLINE_PREPOSITIONS.has(lead ?? '') || DEADLINE_PREPOSITIONS.has(prev ?? '');
      found.push({ start, end, raw, deadline });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "Tuesday, May 3, 2011": the weekday names the date that follows it.
  return found.filter((f, i) => !(f.raw.kind === 'weekday' && found[i + 1] && /^,?\s*$/.test(text.slice(f.end, found[i + 1]!.start)) && found[i + 1]!.raw.kind !== 'weekday'));
}

function partSpan(span: { lo: number; hi: number }, part: Part | undefined, today?: number): { lo: number; hi: number } {
  if (!part) return span;
  const len = span.hi - span.lo + 1;
  switch (part) {
    case 'early':
    case 'start':
      return { lo: span.lo, hi: span.lo + Math.floor(len / 3) };
    case 'mid':
      return { lo: span.lo + Math.floor(len / 3), hi: span.lo + Math.floor((2 * len) / 3) };
    case 'late':
      return { lo: span.lo + Math.floor((2 * len) / 3), hi: span.hi };
    case 'end':
      // The last month of a year, the last third of a month or week.
      return { lo: span.hi - Math.max(1, Math.floor(len / (len > 300 ? 12 : 3))) + 1, hi: span.hi };
    case 'until-now':
      return { lo: span.lo, hi: today ?? span.hi };
    case 'from-now':
      return { lo: today ?? span.lo, hi: span.hi };
  }
}

/**
 * Resolves a date against the article's publication date (day number). Without an article date only
 * absolute dates resolve. `tense` decides whether a bare "January" or "Sunday" lies ahead or behind.
 */
export function resolveDate(hit: DateHit, articleDay: number | undefined, tense: Tense): ResolvedDate | undefined {
  const raw = hit.raw;
  if (raw.kind === 'absolute') {
    if (raw.day !== undefined) return { lo: dayNumber(raw.year, raw.month!, raw.day), hi: dayNumber(raw.year, raw.month!, raw.day), precision: 'day' };
    if (raw.month !== undefined) return { ...monthSpan(raw.year, raw.month), precision: 'month' };
    return { ...yearSpan(raw.year), precision: 'year' };
  }
  if (raw.kind === 'year-part') return { ...partSpan(yearSpan(raw.year), raw.part), precision: 'part' };
  if (articleDay === undefined) return undefined;
  const today = fromDayNumber(articleDay);
  const ahead = tense === 'future' || hit.deadline;
  switch (raw.kind) {
    case 'month-day': {
      let day = dayNumber(today.year, raw.month, raw.day);
      if (ahead && day < articleDay) day = dayNumber(today.year + 1, raw.month, raw.day);
      if (!ahead && day > articleDay) day = dayNumber(today.year - 1, raw.month, raw.day);
      return { lo: day, hi: day, precision: 'day' };
    }
    case 'month': {
      let year = today.year;
      if (ahead && raw.month < today.month) year++;
      if (!ahead && raw.month > today.month) year--;
      return { ...partSpan(monthSpan(year, raw.month), raw.part), precision: 'month' };
    }
    case 'weekday': {
      let delta = raw.weekday - today.weekday;
      if (raw.relation === 'next' || (ahead && raw.relation !== 'last')) delta = delta <= 0 ? delta + 7 : delta;
      else if (raw.relation === 'last') delta = delta >= 0 ? delta - 7 : delta;
      else delta = delta > 0 ? delta - 7 : delta;
      return { lo: articleDay + delta, hi: articleDay + delta, precision: 'day' };
    }
    case 'relative':
      if (raw.anaphoric && tense !== 'future') return undefined;
      return { ...partSpan(relativeSpan(raw.unit, raw.offset, articleDay), raw.part, articleDay), precision: raw.unit === 'day' ? 'day' : raw.unit === 'week' ? 'week' : raw.unit };
    case 'ago': {
      if (raw.unit === 'day') return { lo: articleDay - raw.amount, hi: articleDay - raw.amount, precision: 'day' };
      if (raw.unit === 'week') return { lo: articleDay - 7 * raw.amount - 3, hi: articleDay - 7 * raw.amount + 3, precision: 'week' };
      if (raw.unit === 'month') return { ...monthSpan(today.year, today.month - raw.amount), precision: 'month' };
      return { ...yearSpan(today.year - raw.amount), precision: 'year' };
    }
  }
}

function relativeSpan(unit: 'day' | 'week' | 'month' | 'year', offset: number, articleDay: number): { lo: number; hi: number } {
  const today = fromDayNumber(articleDay);
  if (unit === 'day') return { lo: articleDay + offset, hi: articleDay + offset };
  if (unit === 'week') {
    const monday = articleDay - ((today.weekday + 6) % 7) + 7 * offset;
    return { lo: monday, hi: monday + 6 };
  }
  if (unit === 'month') return monthSpan(today.year, today.month + offset);
  return yearSpan(today.year + offset);
}
