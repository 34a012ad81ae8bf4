/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so dates compare as integers. */

const DAY_MS = 86_400_000;

/** Day number of a calendar date; `month` is 0-based. Out-of-range days roll over like `Date.UTC`. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month, day) / DAY_MS);
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** First and last day of a month. */
export function monthSpan(year: number, month: number): { lo: number; hi: number } {
  return { lo: dayNumber(year, month, 1), hi: dayNumber(year, month + 1, 0) };
}

/** First and last day of a year. */
export function yearSpan(year: number): { lo: number; hi: number } {
  return { lo: dayNumber(year, 0, 1), hi: dayNumber(year, 11, 31) };
}

/** Parses YYYY-MM-DD (as metadata gives it) into a day number. */
export function parseIsoDate(text: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (month > 11 || day < 1 || day > 31) return undefined;
  return dayNumber(year, month, day);
}

/** YYYY-MM-DD of a day number. */
export function isoDate(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A readable form of a date interval at the precision it has: "2011-05-03", "May 2011", "2011". */
export function displayDate(lo: number, hi: number): string {
  const a = fromDayNumber(lo);
  const b = fromDayNumber(hi);
  if (lo === hi) return isoDate(lo);
  if (a.year === b.year && a.month === b.month && a.day === 1 && fromDayNumber(hi + 1).day === 1) return `${MONTH_NAMES[a.month]} ${a.year}`;
  if (a.year === b.year && a.month === 0 && a.day === 1 && b.month === 11 && b.day === 31) return String(a.year);
  // Parts of a month or year, as "the end of the year" or "early 2019" resolve.
  if (a.year === b.year && a.month === b.month) return `${a.day === 1 ? 'early' : fromDayNumber(hi + 1).day === 1 ? 'late' : 'mid'} ${MONTH_NAMES[a.month]} ${a.year}`;
  if (a.year === b.year && a.month === 0 && a.day === 1) return `early ${a.year}`;
  if (a.year === b.year && b.month === 11 && b.day === 31) return `late ${a.year}`;
  return `${isoDate(lo)} to ${isoDate(hi)}`;
}
