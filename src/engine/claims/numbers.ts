import { firstCharLookahead } from './alternation';
import { APPROXIMATE_TOLERANCE, HEDGES, NUMBER_WORDS, SCALE_WORDS } from './lexicon';
import { SentenceScan } from './sentence-scan';
import { LastWordGate } from './last-word';
import type { Precision } from './types';
import { collapseSpaces, isSpace } from '../spaces';

/** A figure in a sentence: the number with its hedge, currency, scale and percent sign. Offsets are sentence-relative. */
export interface NumberHit {
  /** Span of the whole figure ("roughly 3 million", "$15 million", "75 percent"). */
  start: number;
  end: number;
  /** Span of the digits or number words alone. */
  coreStart: number;
  coreEnd: number;
  value: number;
  lo: number;
  hi: number;
  precision: Precision;
  /** Written as words ("Eight", "fifty-nine"). */
  word: boolean;
  currency?: string;
  percent: boolean;
  /** The number is glued to a word by a hyphen ("59-year-old", "18-wheeler", "60-day"). */
  compound?: string;
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero';
const WORD_NUMBER = `(?:half a dozen|a dozen|dozens|(?:${TENS})(?:[-\\s](?:${UNITS}))?|${TEENS}|${UNITS}|a hundred|a thousand)`;
const CORE_SOURCE = `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(bn|mn|tn|m|b|k)?|(${WORD_NUMBER}))(?![\\p{L}\\p{N}])`;
/** The figure pattern, tried only where `SentenceScan` finds it may match. */
export const CORE = new RegExp(CORE_SOURCE, 'iuy');
/** Verbs before "from X to Y" that make it a change rather than a range. */
const CHANGE_BEFORE = /(?:increas|rais|ris|rose|grow|grew|fell|fall|drop|jump|climb|cut|reduc|boost|expand|lower|declin|soar|surg|doubl|tripl|went|up|down)\w*\s+(?:[\w'’-]+\s+){0,5}from\s+$/i;
// What follows a figure: sticky patterns run at its end, not anchored ones on a slice of the rest.
export const SCALE_AFTER = /(\s*-?\s*)(hundred|thousand|million|billion|trillion)\b/iy;
export const PERCENT_AFTER = /\s*(%|percent\b|per cent\b|percentage points?\b)/iy;
export const RANGE_AFTER = new RegExp(`\\s*(?:to|-|–|—|and)\\s*(?:\\$|US\\$|€|£)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?![\\p{L}\\p{N}])(\\s*(?:hundred|thousand|million|billion|trillion)\\b)?`, 'iuy');
export const CURRENCY_BEFORE = /(US\$|A\$|C\$|\$|€|£|¥|₹|USD\s?|EUR\s?|Rs\.?\s?)\s?$/;

/**
 * False when `CURRENCY_BEFORE` cannot match `text.slice(from, to)`: a match ends with a currency's
 * last character ($ € £ ¥ ₹, the D of USD, the R of EUR, the s or period of Rs.) and at most two
 * white-space characters, so one of those is among the last three characters. The pattern,
 * unanchored at its start, was tried at each of the forty characters before every figure.
 */
export function currencyMayEnd(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from && at >= to - 3; at--) {
    const c = text.charCodeAt(at);
    if (c === 0x24 || c === 0x44 || c === 0x52 || c === 0x73 || c === 0x2e || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9) return true;
  }
  return false;
}
export const HEDGE_BEFORE = new RegExp(`${firstCharLookahead(Object.keys(HEDGES))}(?<![\\p{L}])(${Object.keys(HEDGES).sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu');
/** The hedge regex runs only where the word before a figure can end a hedge. */
export const HEDGE_GATE = new LastWordGate(Object.keys(HEDGES));
export const BETWEEN_GATE = new LastWordGate(['between']);
export const FROM_GATE = new LastWordGate(['from']);
export const BETWEEN_BEFORE = /(?<![\p{L}])between\s+$/iu;
export const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;
export const COMPOUND_AFTER = /-(?!\d)([\p{L}][\p{L}-]*)/uy;

/** A sticky pattern's match at `at`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The offset after the white space (`\s`) from `at`. */
function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * What can follow a figure, told from the first character after its white space, so that most
 * figures ("3 people", "in 2011,") cost no call of the sticky patterns after them. Each says false
 * only where its pattern cannot match at `at`.
 */
export const AFTER_FIGURE = {
  /** `SCALE_AFTER`: white space, a hyphen at most, white space, then h, t, m or b in either case (no /u: nothing else folds onto them). */
  scale(text: string, at: number): boolean {
    let i = skipSpace(text, at);
    if (text.charCodeAt(i) === 0x2d) i = skipSpace(text, i + 1);
    const c = text.charCodeAt(i) | 0x20;
    return c === 0x68 || c === 0x74 || c === 0x6d || c === 0x62;
  },
  /** `PERCENT_AFTER`: white space, then % or p in either case (no /u). */
  percent(text: string, at: number): boolean {
    const c = text.charCodeAt(skipSpace(text, at));
    return c === 0x25 || (c | 0x20) === 0x70;
  },
  /** `RANGE_AFTER`: white space, then t or a in either case (under /iu no other character folds onto them), a hyphen, or an en or em dash. */
  range(text: string, at: number): boolean {
    const c = text.charCodeAt(skipSpace(text, at));
    return c === 0x2d || c === 0x2013 || c === 0x2014 || (c | 0x20) === 0x74 || (c | 0x20) === 0x61;
  },
  /** `COMPOUND_AFTER`: a hyphen right there. */
  compound(text: string, at: number): boolean {
    return text.charCodeAt(at) === 0x2d;
  },
};

/** Value of a number word phrase ("fifty-nine", "half a dozen"), or undefined. */
function wordValue(text: string): number | undefined {
  const t = collapseSpaces(text.toLowerCase());
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t];
  const m = /^(\w+)[-\s](\w+)$/.exec(t);
  if (m && m[1]! in NUMBER_WORDS && m[2]! in NUMBER_WORDS) return NUMBER_WORDS[m[1]!]! + NUMBER_WORDS[m[2]!]!;
  return undefined;
}

function parseCore(digits: string | undefined, words: string | undefined): number | undefined {
  // Most figures have no thousands separator to drop.
  if (digits) return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  return words ? wordValue(words) : undefined;
}

/** Decimal places of a figure as written, for its rounding tolerance ("1.7 million" is 1.65-1.75 million). */
function roundingHalfUnit(digits: string | undefined, scale: number): number {
  const decimals = digits && /\.(\d+)$/.exec(digits)?.[1]?.length;
  return decimals && scale > 1 ? (0.5 * scale) / 10 ** decimals : 0;
}

/** Finds every figure in a sentence. Years, times and the like are returned too; callers decide what they mean. */
export function findNumbers(text: string, scan: SentenceScan = new SentenceScan().read(text)): NumberHit[] {
  const hits: NumberHit[] = [];
  const starts = scan.figures;
  // Where a scan of the text resumes: the starts before it are inside a figure already read.
  let from = 0;
  for (let k = 0; k < starts.count; k++) {
    const at = starts.at(k);
    if (at < from) continue;
    CORE.lastIndex = at;
    const m = CORE.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    // After the match, or after the figure when it reaches further.
    from = at + m[0].length;
    const coreStart = m.index;
    let coreEnd = coreStart + m[0].length;
    const words = m[3];
    if (words?.toLowerCase() === 'dozens') continue;
    let value = parseCore(m[1], words);
    if (value === undefined || !Number.isFinite(value)) continue;
    let end = coreEnd;
    let scale = m[2] ? SCALE_WORDS[m[2].toLowerCase()] ?? 1 : 1;
    const scaleMatch = m[2] || !AFTER_FIGURE.scale(text, end) ? null : execAt(SCALE_AFTER, text, end);
    if (scaleMatch) {
      scale = SCALE_WORDS[scaleMatch[2]!.toLowerCase()] ?? 1;
      end += scaleMatch[0].length;
      coreEnd = end;
    }
    value *= scale;
    let lo = value;
    let hi = value;
    const half = roundingHalfUnit(m[1], scale);
    lo -= half;
    hi += half;
    let precision: Precision = 'exact';
    let percent = false;
    const pct = AFTER_FIGURE.percent(text, end) ? execAt(PERCENT_AFTER, text, end) : null;
    if (pct) {
      percent = true;
      end += pct[0].length;
    }
    let start = coreStart;
    const currency = currencyMayEnd(text, Math.max(0, start - 40), start) ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (currency) start -= currency[0].length;
    const range = AFTER_FIGURE.range(text, end) ? execAt(RANGE_AFTER, text, end) : null;
    const near = Math.max(0, start - 20);
    const between = BETWEEN_GATE.mayMatch(text, near, start) ? BETWEEN_BEFORE.exec(text.slice(near, start)) : null;
    const isAnd = range !== null && /^\s*and\s/i.test(range[0]);
    // "from 500 to 2,000" is a change, not a range; "X and Y" is a range only after "between".
    const change = FROM_GATE.mayMatch(text, near, start) && FROM_BEFORE.test(text.slice(near, start)) && CHANGE_BEFORE.test(text.slice(Math.max(0, start - 80), start));
    if (range && (isAnd ? between : !change)) {
      const digits = /^\d/.test(range[1]!);
      const second = parseCore(digits ? range[1] : undefined, digits ? undefined : range[1]);
      const secondScale = range[2] ? SCALE_WORDS[range[2].trim().toLowerCase()] ?? 1 : scale;
      if (second !== undefined) {
        const upper = second * secondScale;
        // "3 to 4 million": the first bound takes the second's scale when it has none.
        const lower = scale === 1 && range[2] ? value * secondScale : value;
        if (upper > lower) {
          lo = lower;
          hi = upper;
          precision = 'range';
          end += range[0].length;
          const pct2 = AFTER_FIGURE.percent(text, end) ? execAt(PERCENT_AFTER, text, end) : null;
          if (pct2) {
            percent = true;
            end += pct2[0].length;
          }
          if (between) start -= between[0].length;
        }
      }
    }
    const hedgeFrom = Math.max(0, start - 30);
    const hedge = precision === 'range' || !HEDGE_GATE.mayMatch(text, hedgeFrom, start) ? null : HEDGE_BEFORE.exec(text.slice(hedgeFrom, start));
    if (hedge) {
      const kind = HEDGES[collapseSpaces(hedge[1]!.toLowerCase())]!;
      start -= hedge[0].length;
      if (kind === 'approximate') {
        lo = Math.min(lo, value * (1 - APPROXIMATE_TOLERANCE));
        hi = Math.max(hi, value * (1 + APPROXIMATE_TOLERANCE));
        precision = 'approximate';
      } else if (kind === 'nearly') {
        lo = Math.min(lo, value * (1 - 2 * APPROXIMATE_TOLERANCE));
        precision = 'approximate';
      } else if (kind === 'at-least') {
        hi = Infinity;
        precision = 'at-least';
      } else {
        lo = 0;
        precision = 'at-most';
      }
    }
    const compound = AFTER_FIGURE.compound(text, coreEnd) ? execAt(COMPOUND_AFTER, text, coreEnd)?.[1]?.toLowerCase() : undefined;
    hits.push({ start, end, coreStart, coreEnd, value, lo, hi, precision, word: Boolean(words), currency: currency?.[1]?.trim(), percent, compound });
    from = Math.max(from, precision === 'range' ? end : coreEnd);
  }
  return hits;
}
