import { dayNumber, isoDate } from './claims/calendar';
import { MONTH_WORDS, monthIndex } from './claims/lexicon';
import type { ArticleInfo } from './corpus';

/** What metadata a text gives about itself. */
export type TextMetadata = Pick<ArticleInfo, 'outlet' | 'date' | 'title' | 'url' | 'author'>;

const MONTH = `(${MONTH_WORDS.join('|')})\\.?`;
/** Where outlet and date lines live: the top of an article and its last lines. */
const HEAD_CHARS = 1500;
const TAIL_CHARS = 600;

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const HEADER_DATE = /(?:^|\n)\s*(?:date|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})/i;
/** "LISBON, May 3 (Wire) -", "Porto, Jun 4 (Agency)", "NEW YORK (Wire) -", "May 3 (Agency) --". */
const DATELINE = new RegExp(`(?:^|\\n)\\s*(?:[\\p{Lu}][\\p{L}.' -]{1,40},?\\s+)?(?:${MONTH}\\s+(\\d{1,2}),?\\s+(?:(\\d{4})\\s+)?)?\\(([\\p{Lu}][\\p{L}&. -]{1,30})\\)\\s*(?:-|–|—|--)?`, 'iu');
const FULL_DATE_BODY = `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`;
/** "May 3, 2024" not inside a word; searched for with `firstFullDate`. */
const FULL_DATE = new RegExp(`(?<![\\p{L}\\d])${FULL_DATE_BODY}`, 'iu');
/**
 * FULL_DATE without its leading lookbehind, which V8 tries at every position of the head: this
 * finds the places where the rest matches, and FULL_DATE, sticky, is tried at those only.
 */
const FULL_DATE_BODY_ANYWHERE = new RegExp(FULL_DATE_BODY, 'giu');
const FULL_DATE_AT = new RegExp(FULL_DATE.source, 'iuy');
const OUTLET_DATE_LINE = new RegExp(`(?:^|\\n)\\s*([\\p{Lu}][\\p{L}&. ]{1,30}),\\s+${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:\\r?\\n|$)`, 'iu');
/** How OUTLET_DATE_LINE ends: a text without it has no such line, and most have none (a cheap search, led by a digit). */
const YEAR_ENDS_LINE = /\d{4}\s*(?:\r?\n|$)/;
/** What the second test of a headline needs: punctuation then a space (headlines seldom have one). */
const STOP_THEN_SPACE = /[.!?]\s/;
const ORIGINALLY = /(?:originally\s+(?:published|appeared)\s+(?:on|in|at|by)|first\s+published\s+(?:on|in|by))\s+([\p{L}\d][^\n]*?)(?=[.,;]?\s*(?:\n|$))/iu;
const BYLINE = /(?:^|\n)\s*By\s+([\p{Lu}][^\n]{1,80}?)\s*(?:\r?\n|$)/u;

function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 0 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return isoDate(dayNumber(year, month, day));
}

/** Parses `key: value` front matter at the top of a markdown article (outlet, date, title, url, author). */
export function parseFrontMatter(text: string): { data: TextMetadata; length: number } | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const data: TextMetadata = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!value || value === 'null' || value === '~') continue;
    const key = kv[1]!.toLowerCase();
    if (['outlet', 'source', 'publisher', 'publication', 'site'].includes(key)) data.outlet ??= value;
    else if (['date', 'published', 'pubdate', 'published_at', 'publishedat'].includes(key)) {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
      if (iso) data.date = iso;
    } else if (['title', 'headline'].includes(key)) data.title = value;
    else if (['url', 'link', 'canonical'].includes(key)) data.url = value;
    else if (['author', 'byline', 'by'].includes(key)) data.author = value;
  }
  return { data, length: m[0].length };
}

/**
 * Reads outlet, date, headline and byline from an article's own text: front matter, a `date`
 * header, a dateline ("LISBON, May 3 (Wire) -"), an "Outlet, Month D, YYYY" line,
 * "Originally published on X", "By X". A dateline without a year takes the first full date's year.
 */
export function extractMetadata(text: string): TextMetadata {
  // Both claim rules read the metadata of the draft they check: the second gets a copy of the first's.
  if (text !== lastText) {
    lastMetadata = readMetadata(text);
    lastText = text;
  }
  return { ...lastMetadata };
}

let lastText: string | undefined;
let lastMetadata: TextMetadata = {};

function readMetadata(text: string): TextMetadata {
  const front = parseFrontMatter(text);
  const meta: TextMetadata = { ...front?.data };
  const head = text.slice(front?.length ?? 0, (front?.length ?? 0) + HEAD_CHARS);
  const tail = text.slice(-TAIL_CHARS);
  const fullDate = firstFullDate(head);
  const fullIso = fullDate ? toIso(+fullDate[3]!, monthIndex(fullDate[1]!), +fullDate[2]!) : undefined;
  const header = HEADER_DATE.exec(head);
  if (!meta.date && header) meta.date = header[1];
  const outletLine = YEAR_ENDS_LINE.test(head) ? OUTLET_DATE_LINE.exec(head) : null;
  if (outletLine) {
    meta.outlet ??= outletLine[1]!.trim();
    meta.date ??= toIso(+outletLine[4]!, monthIndex(outletLine[2]!), +outletLine[3]!);
  }
  const dateline = DATELINE.exec(head);
  // "(Wire) -" is a credit only after a date or before a dash; "Some Group (SG)" is an acronym.
  if (dateline && (dateline[1] || /[-–—]\s*$/.test(dateline[0]))) {
    meta.outlet ??= dateline[4]!.trim();
    if (!meta.date && dateline[1]) {
      const year = dateline[3] ? +dateline[3] : fullDate ? +fullDate[3]! : undefined;
      if (year) meta.date = toIso(year, monthIndex(dateline[1]), +dateline[2]!);
    }
  }
  meta.date ??= fullIso;
  const originally = ORIGINALLY.exec(tail) ?? ORIGINALLY.exec(head);
  if (originally) meta.outlet ??= originally[1]!.trim();
  const byline = BYLINE.exec(head);
  if (byline) meta.author ??= byline[1]!.trim();
  if (!meta.title) {
    // A headline is a first line that is not a sentence and not the start of a hard-wrapped paragraph.
    const [first, next] = firstLines(head);
    if (first && first.length <= 200 && !/[.!?]["”’)]?$/.test(first) && !(STOP_THEN_SPACE.test(first) && /\p{L}{3,}[.!?]\s+\p{Lu}/u.test(first)) && !/^\p{Ll}/u.test(next) && !/\s(?:to|the|a|an|of|in|on|at|by|for|from|with|and|or|but)$/i.test(first) && first.split(/\s+/).length >= 4 && !HEADER_DATE.test(`\n${first}`)) meta.title = first;
  }
  return meta;
}

/**
 * `FULL_DATE.exec(text)`. Where FULL_DATE matches, so does its body (the lookbehind is zero-width and
 * before it), with the same groups; so trying FULL_DATE at each place the body matches, in order,
 * finds FULL_DATE's first match. Each next place is searched from one past the last, so none is skipped.
 */
export function firstFullDate(text: string): RegExpExecArray | null {
  for (let from = 0; from <= text.length; ) {
    FULL_DATE_BODY_ANYWHERE.lastIndex = from;
    const body = FULL_DATE_BODY_ANYWHERE.exec(text);
    if (!body) return null;
    FULL_DATE_AT.lastIndex = body.index;
    const m = FULL_DATE_AT.exec(text);
    if (m) return m;
    from = body.index + 1;
  }
  return null;
}

/**
 * The first non-blank line of a text and the line after it (empty when there is none), trimmed, as
 * `text.split(/\r?\n/).map(trim)` gives them: trimming removes a CR before the LF anyway. Only
 * those two lines are cut out of the head.
 */
export function firstLines(text: string): [string | undefined, string] {
  let pos = 0;
  for (;;) {
    const eol = text.indexOf('\n', pos);
    const line = text.slice(pos, eol < 0 ? text.length : eol).trim();
    if (line) {
      if (eol < 0) return [line, ''];
      const after = text.indexOf('\n', eol + 1);
      return [line, text.slice(eol + 1, after < 0 ? text.length : after).trim()];
    }
    if (eol < 0) return [undefined, ''];
    pos = eol + 1;
  }
}

/**
 * The article info the engine uses for a text: given metadata (manifest, settings) first, then what
 * the text says, then today's date for a draft with none (`dateSource: 'today'`).
 */
export function articleInfo(uri: string, text: string, given: Partial<ArticleInfo> = {}, today?: string): ArticleInfo {
  const fromText = extractMetadata(text);
  const info: ArticleInfo = { uri, ...definedOnly(fromText), ...definedOnly(given) };
  if (given.date) info.dateSource = given.dateSource ?? 'manifest';
  else if (fromText.date) info.dateSource = parseFrontMatter(text)?.data.date ? 'front-matter' : 'text';
  else if (today) {
    info.date = today;
    info.dateSource = 'today';
  }
  return info;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}
