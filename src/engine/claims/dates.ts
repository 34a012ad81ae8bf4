import { CUE } from './date-cues';
import { DATE_PATTERNS } from './date-patterns';
import { SentenceScan } from './sentence-scan';
import { dayNumber, fromDayNumber, monthSpan, yearSpan } from './calendar';
import { DEADLINE_PREPOSITIONS, MONTH_WORDS, WEEKDAYS } from './lexicon';
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

export type Part = 'early' | 'mid' | 'late' | 'end' | 'start' | 'until-now' | 'from-now';

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

/**
 * The gate the finder always had, a regex without the /u flag: it takes none of a pattern's case
 * foldings ("ſunday"), so a text whose only cues are such words has no dates. Kept for texts where
 * the scan saw `ſ` or `K`, so that they read as they did.
 */
const ASCII_CUE = new RegExp(`\\d|${MONTH_WORDS.join('|')}|${WEEKDAYS.join('|')}|yesterday|today|tonight|tomorrow|\\b(?:week|month|year)`, 'i');

/** Each pattern's cues as `CUE` bits. */
const NEEDS = DATE_PATTERNS.map((p) => p.needs.reduce((bits, cue) => bits | CUE[cue], 0));

/**
 * Finds date expressions in a sentence. Each pattern runs sticky where the sentence's scan finds it
 * may start: a global scan of a /iu pattern tried it at every offset of the sentence.
 */
export function findDates(text: string, scan: SentenceScan = new SentenceScan().read(text)): DateHit[] {
  // Most sentences hold no cue at all, and most of the rest the cues of a pattern or two.
  const cues = scan.dateCues;
  if (!cues || ((cues & CUE.folded) !== 0 && !ASCII_CUE.test(text))) return [];
  const found: DateHit[] = [];
  for (let p = 0; p < DATE_PATTERNS.length; p++) {
    if ((cues & NEEDS[p]!) !== NEEDS[p]) continue;
    const { sticky, make } = DATE_PATTERNS[p]!;
    const starts = scan.dateStarts;
    const bit = 1 << p;
    // No pattern matches the empty string: resuming after each match finds what a global scan finds.
    for (let k = 0, from = 0; k < starts.count; k++) {
      const at = starts.at(k);
      if (at < from || !(starts.mark(k) & bit)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      from = at + m[0].length;
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
