// `two days ago`, `three weeks ago`, `a year ago`, `a few months ago`: the unit that many units before the anchor
// (a day, the week, the month, the year); a vague count (`a few`, `several`) gives a window.
import type { TimeInterval } from '../../types.js';
import {
  addDays, addMonths, addYears, iso, monthInterval, weekInterval, yearInterval, ymd,
} from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { COUNT, countValue, isVagueCount, unitOf, type Unit } from '../words.js';

/** The anchor moved `n` units back. */
export function unitsBefore(anchor: string, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return addDays(anchor, -n);
    case 'week':
      return addDays(anchor, -7 * n);
    case 'month':
      return addMonths(anchor, -n);
    case 'year':
      return addYears(anchor, -n);
    default:
      return addYears(anchor, -10 * n);
  }
}

/** Vague counts as a span of counts: `a few` 2–5, `several` 3–7. */
const VAGUE: Record<string, [number, number]> = { few: [2, 5], several: [3, 7] };

export class UnitsAgoParser extends PatternParser {
  readonly name = 'UnitsAgoParser';
  protected override readonly quick = /\bago\b/i;
  protected readonly pattern = new RegExp(String.raw`\b(${COUNT})\s+(days?|weeks?|months?|years?|decades?)\s+ago\b`, 'gi');

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const unit = unitOf(m[2]);
    const a = ctx.anchor;
    if (isVagueCount(m[1])) {
      const [lo, hi] = VAGUE[/several/i.test(m[1]) ? 'several' : 'few'];
      return this.result(m, { start: unitsBefore(a, unit, hi), end: unitsBefore(a, unit, lo), precision: 'window' });
    }
    const n = countValue(m[1]);
    if (n === null || n <= 0) return null;
    const at = unitsBefore(a, unit, n);
    let interval: TimeInterval;
    switch (unit) {
      case 'day':
        interval = { start: at, end: at, precision: 'day' };
        break;
      case 'week':
        interval = weekInterval(at);
        break;
      case 'month':
        interval = monthInterval(ymd(at).y, ymd(at).m);
        break;
      case 'year':
        interval = yearInterval(ymd(at).y);
        break;
      default: {
        // `two decades ago`: the ten years centred on that point.
        const y = ymd(at).y;
        interval = { start: iso(y - 5, 1, 1), end: iso(y + 4, 12, 31), precision: 'decade' };
      }
    }
    return this.result(m, interval);
  }
}
