// The ambiguity policy: a date that leaves out its year (or week) is the most recent one on or before the anchor
// date, because news reports the past; in a future-tensed clause it is the next one on or after the anchor.
import type { IsoDate, TimeInterval } from '../types.js';
import {
  addDays, iso, isValidDay, monthInterval, seasonInterval, seasonYearHolding, weekday, mondayOf, ymd, type Season,
} from './calendar.js';
import type { DateParts, Tense } from './model.js';

/** Month `month`, day `day`, in the year the policy picks. */
export function resolveMonthDay(anchor: IsoDate, month: number, day: number, tense: Tense): IsoDate | null {
  const { y } = ymd(anchor);
  if (tense === 'past') {
    for (let yy = y; yy > y - 8; yy--) {
      if (isValidDay(yy, month, day) && iso(yy, month, day) <= anchor) return iso(yy, month, day);
    }
  } else {
    for (let yy = y; yy < y + 8; yy++) {
      if (isValidDay(yy, month, day) && iso(yy, month, day) >= anchor) return iso(yy, month, day);
    }
  }
  return null;
}

/** The latest `month`/`day` on or before `limit` (the start of a range whose end is known). */
export function latestMonthDayBefore(limit: IsoDate, month: number, day: number): IsoDate | null {
  return resolveMonthDay(limit, month, day, 'past');
}

/** Month `month` in the year the policy picks: past, the latest one begun by the anchor; future, the next one not over. */
export function resolveMonth(anchor: IsoDate, month: number, tense: Tense): TimeInterval {
  const { y, m } = ymd(anchor);
  if (tense === 'past') return monthInterval(month <= m ? y : y - 1, month);
  return monthInterval(month >= m ? y : y + 1, month);
}

/**
 * A weekday with no date. `last Friday` is the latest Friday before the anchor, `next Friday` the first after it,
 * `Friday last week` / `next week` the Friday of that week; a bare `Friday` follows the tense (on or before the anchor
 * in the past, on or after it in the future).
 */
export function resolveWeekday(anchor: IsoDate, wd: number, shift: DateParts['weekdayShift'], tense: Tense): IsoDate {
  const back = (weekday(anchor) - wd + 7) % 7; // days back to the latest such weekday (0: the anchor itself)
  const ahead = (wd - weekday(anchor) + 7) % 7;
  switch (shift) {
    case 'last':
      return addDays(anchor, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(anchor, ahead === 0 ? 7 : ahead);
    case 'last-week':
      return addDays(mondayOf(anchor), -7 + ((wd + 6) % 7));
    case 'next-week':
      return addDays(mondayOf(anchor), 7 + ((wd + 6) % 7));
    default:
      return tense === 'past' ? addDays(anchor, -back) : addDays(anchor, ahead);
  }
}

/** The season `which` (`last`, `this`, `next`) or, with no modifier, the one the tense picks. */
export function resolveSeason(anchor: IsoDate, season: Season, which: 'last' | 'this' | 'next' | null, tense: Tense): TimeInterval {
  const { y } = ymd(anchor);
  const holding = seasonYearHolding(season, anchor);
  // Candidate seasons around the anchor, oldest first.
  const all = [y - 2, y - 1, y, y + 1].map((sy) => seasonInterval(season, sy));
  const latestEnded = [...all].reverse().find((s) => s.end < anchor)!;
  const firstUnbegun = all.find((s) => s.start > anchor)!;
  switch (which) {
    case 'last':
      return latestEnded;
    case 'next':
      return firstUnbegun;
    case 'this': {
      if (holding !== null) return seasonInterval(season, holding);
      // Not in it now: the one of the anchor's year (winter: the one that starts this December).
      return seasonInterval(season, y);
    }
    default: {
      if (holding !== null) return seasonInterval(season, holding);
      return tense === 'past' ? latestEnded : firstUnbegun;
    }
  }
}

/** Completes the parts of a date whose year is known, as an interval of the unit they name. */
export function intervalOfParts(p: DateParts): TimeInterval | null {
  if (p.year === undefined || p.month === undefined) return null;
  if (p.day === undefined) return monthInterval(p.year, p.month);
  if (!isValidDay(p.year, p.month, p.day)) return null;
  const d = iso(p.year, p.month, p.day);
  return { start: d, end: d, precision: 'day' };
}
