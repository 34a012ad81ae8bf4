import type { CUE } from './date-cues';
import type { Part, RawDate } from './dates';
import { MONTH_WORDS, WEEKDAYS, monthIndex } from './lexicon';

// The date patterns of `findDates`, with what a match needs and may start with.

const MONTH = `(${MONTH_WORDS.join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const UNIT = '(day|week|month|year)s?';
const COUNT = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)';
const PART = '(early|mid|middle|late|the end of|end of|the beginning of|the start of|the middle of)';
const END = '(?![\\p{L}\\p{N}])';

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

export interface Pattern {
  /** The pattern, global: what a scan of a whole sentence finds. */
  re: RegExp;
  /** The same pattern, sticky: `findDates` runs it only where `SentenceScan` finds it may start. */
  sticky: RegExp;
  /** A match may start with an ASCII digit. */
  digit: boolean;
  /** The words (lower-case ASCII) a match may start with otherwise: their first run of letters opens it. */
  starts: readonly string[];
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

/** The first words of `PART` and of the part of a year ("early", "mid-", "the end of"). */
const PART_WORDS = ['early', 'mid', 'middle', 'late', 'the', 'end'];

/** Date patterns, most specific first; overlapping matches keep the longest. */
export const DATE_PATTERNS: readonly Pattern[] = ([
  { re: P('\\d', '(\\d{4})-(\\d{2})-(\\d{2})'), digit: true, starts: [], needs: ['iso'], make: (m) => ({ kind: 'absolute', year: +m[1]!, month: +m[2]! - 1, day: +m[3]! }) },
  { re: P('adfjmnos', `${MONTH}\\s+${DAY},?\\s+${YEAR}`), digit: false, starts: MONTH_WORDS, needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[3]!, month: monthIndex(m[1]!), day: +m[2]! }) },
  { re: P('\\d', `${DAY}\\s+${MONTH},?\\s+${YEAR}`), digit: true, starts: [], needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[3]!, month: monthIndex(m[2]!), day: +m[1]! }) },
  { re: P('adfijmnos', `(?:in\\s+)?${MONTH},?\\s+${YEAR}`), digit: false, starts: ['in', ...MONTH_WORDS], needs: ['year', 'month'], make: (m) => ({ kind: 'absolute', year: +m[2]!, month: monthIndex(m[1]!) }) },
  { re: P('adfjmnos', `${MONTH}\\s+${DAY}`), digit: false, starts: MONTH_WORDS, needs: ['digit', 'month'], make: (m) => ({ kind: 'month-day', month: monthIndex(m[1]!), day: +m[2]! }) },
  { re: P('\\d', `${DAY}\\s+(?:of\\s+)?${MONTH}`), digit: true, starts: [], needs: ['digit', 'month'], make: (m) => ({ kind: 'month-day', month: monthIndex(m[2]!), day: +m[1]! }) },
  { re: P('\\dabdefilmostu', `(?:(?:in|since|by|until|through|before|after|during|from|around|of)\\s+)?(?:(early|mid-?|middle|late|the end of|end of|the beginning of|the start of)\\s*-?\\s*)?${YEAR}`), digit: true, starts: ['in', 'since', 'by', 'until', 'through', 'before', 'after', 'during', 'from', 'around', 'of', ...PART_WORDS], needs: ['year'], make: (m) => (m[1] ? { kind: 'year-part', year: +m[2]!, part: partOf(m[1])! } : { kind: 'absolute', year: +m[2]! }) },
  { re: P('abdefilmnstu', `(?:in|since|until|till|through|by|before|after|from|during|last|next|this|early|late|mid-?)\\s+(?:(early|mid-?|late)\\s*)?(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)`), digit: false, starts: ['in', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'from', 'during', 'last', 'next', 'this', 'early', 'late', 'mid'], needs: ['month'], make: (m) => ({ kind: 'month', month: monthIndex(m[2]!), part: partOf(m[1]) }) },
  { re: P('abflmnostuw', `(?:(last|next|this|on|by|until|since|before|after)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`), digit: false, starts: ['last', 'next', 'this', 'on', 'by', 'until', 'since', 'before', 'after', ...WEEKDAYS], needs: ['weekday'], make: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()), relation: ['last', 'next', 'this'].includes(m[1]?.toLowerCase() ?? '') ? (m[1]!.toLowerCase() as 'last') : undefined }) },
  { re: P('ty', '(yesterday|today|tonight|tomorrow)'), digit: false, starts: ['yesterday', 'today', 'tonight', 'tomorrow'], needs: ['day'], make: (m) => ({ kind: 'relative', unit: 'day', offset: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m[1]!.toLowerCase()]! }) },
  // "the end of the month" may be a month named before: it is only taken as the current one ahead of publication.
  { re: P('abelmtu', `(?:(?:at|by|before|until|through|toward|towards)\\s+)?${PART}\\s+(the\\s+|this\\s+|next\\s+|last\\s+)(year|month|week)`), digit: false, starts: ['at', 'by', 'before', 'until', 'through', 'toward', 'towards', ...PART_WORDS], needs: ['unit', 'part'], make: (m) => ({ kind: 'relative', unit: m[3]!.toLowerCase() as 'year', offset: /next/i.test(m[2]!) ? 1 : /last/i.test(m[2]!) ? -1 : 0, part: partOf(m[1]), anaphoric: /the/i.test(m[2]!) && !/year/i.test(m[3]!) }) },
  { re: P('el', `(earlier|later)\\s+this\\s+(year|month|week)`), digit: false, starts: ['earlier', 'later'], needs: ['unit', 'earlierLater'], make: (m) => ({ kind: 'relative', unit: m[2]!.toLowerCase() as 'year', offset: 0, part: m[1]!.toLowerCase() === 'earlier' ? 'until-now' : 'from-now' }) },
  { re: P('elmnpt', `(?:(early|late|mid-?)\\s+)?(last|this|next|past)\\s+(week|month|year)`), digit: false, starts: ['early', 'late', 'mid', 'last', 'this', 'next', 'past'], needs: ['unit', 'near'], make: (m) => ({ kind: 'relative', unit: m[3]!.toLowerCase() as 'year', offset: { last: -1, past: -1, this: 0, next: 1 }[m[2]!.toLowerCase()]!, part: partOf(m[1]) }) },
  { re: P('\\daefnost', `${COUNT}\\s+${UNIT}\\s+ago`), digit: true, starts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several'], needs: ['ago'], make: (m) => (COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) > 0 ? { kind: 'ago', unit: m[2]!.toLowerCase() as 'year', amount: COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]) } : undefined },
] as Array<Omit<Pattern, 'sticky'>>).map((p) => ({ ...p, sticky: new RegExp(p.re.source, 'iuy') }));
