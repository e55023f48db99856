// Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone can shift a day.
import type { IsoDate, Precision, TimeInterval } from '../types.js';

export interface Ymd {
  y: number;
  /** 1–12. */
  m: number;
  /** 1–31. */
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function ymd(date: IsoDate): Ymd {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fromUtc(t: number): IsoDate {
  const x = new Date(t);
  return iso(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
}

export function addDays(date: IsoDate, n: number): IsoDate {
  const { y, m, d } = ymd(date);
  return fromUtc(Date.UTC(y, m - 1, d + n));
}

/** Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { y, m, d } = ymd(date);
  const k = (y * 12 + (m - 1)) + n;
  const ty = Math.floor(k / 12);
  const tm = (k % 12) + 1;
  return iso(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addYears(date: IsoDate, n: number): IsoDate {
  return addMonths(date, 12 * n);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const { y, m, d } = ymd(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

// ---------------------------------------------------------------- intervals of one calendar unit

export function dayInterval(date: IsoDate): TimeInterval {
  return { start: date, end: date, precision: 'day' };
}

export function weekInterval(date: IsoDate): TimeInterval {
  const start = mondayOf(date);
  return { start, end: addDays(start, 6), precision: 'week' };
}

export function monthInterval(y: number, m: number): TimeInterval {
  return { start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)), precision: 'month' };
}

export function yearInterval(y: number): TimeInterval {
  return { start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'year' };
}

export function decadeInterval(firstYear: number): TimeInterval {
  return { start: iso(firstYear, 1, 1), end: iso(firstYear + 9, 12, 31), precision: 'decade' };
}

/** Quarter `q` (1–4) of year `y`. */
export function quarterInterval(y: number, q: number): TimeInterval {
  const m = 3 * (q - 1) + 1;
  return { start: iso(y, m, 1), end: iso(y, m + 2, daysInMonth(y, m + 2)), precision: 'quarter' };
}

/** Months `from`..`to` (inclusive, `to` may exceed 12 to run into the next year). */
export function monthsInterval(y: number, from: number, to: number, precision: Precision): TimeInterval {
  const endY = y + Math.floor((to - 1) / 12);
  const endM = ((to - 1) % 12) + 1;
  return { start: iso(y, from, 1), end: iso(endY, endM, daysInMonth(endY, endM)), precision };
}

// ---------------------------------------------------------------- seasons (meteorological, northern hemisphere)

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export function seasonName(word: string): Season {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
}

/** The season of year `y`; winter `y` runs from December `y` to February `y+1`. */
export function seasonInterval(season: Season, y: number): TimeInterval {
  const from = SEASON_FIRST_MONTH[season];
  return monthsInterval(y, from, from + 2, 'season');
}

/** The year whose `season` holds `date`, or null when the date falls in another season. */
export function seasonYearHolding(season: Season, date: IsoDate): number | null {
  const { y } = ymd(date);
  for (const sy of [y - 1, y]) {
    const s = seasonInterval(season, sy);
    if (s.start <= date && date <= s.end) return sy;
  }
  return null;
}

// ---------------------------------------------------------------- points inside an interval

/** The end of the unit starting at `start`, for a point-like precision (used to close an open interval). */
export function pointEnd(start: IsoDate, precision: Precision, fallbackEnd: IsoDate): IsoDate {
  const { y, m } = ymd(start);
  switch (precision) {
    case 'day':
      return start;
    case 'week':
      return addDays(start, 6);
    case 'month':
      return iso(y, m, daysInMonth(y, m));
    case 'season':
      return addDays(addMonths(start, 3), -1);
    case 'quarter':
      return addDays(addMonths(start, 3), -1);
    case 'year':
      return iso(y, 12, 31);
    case 'decade':
      return iso(y + 9, 12, 31);
    default:
      return fallbackEnd;
  }
}
