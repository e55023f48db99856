// `earlier this month`, `later this year`, `earlier in the week`, `earlier today`: the part of the current unit
// before (or after) the anchor date. A window, not the whole unit.
import type { TimeInterval } from '../../types.js';
import { addDays, daysInMonth, iso, maxDate, minDate, mondayOf } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class EarlierLaterThisParser extends PatternParser {
  readonly name = 'EarlierLaterThisParser';
  protected override readonly quick = /\b(?:earlier|later)\s/i;
  protected readonly pattern = /\b(earlier|later)\s+(?:(?:this|in\s+the)\s+(week|month|year)|(today|tonight))\b/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const a = ctx.anchor;
    if (m[3]) return this.result(m, { start: a, end: a, precision: 'day' });
    const { y, m: mo } = ctx.anchorYmd;
    const unit = m[2].toLowerCase();
    const [first, last] =
      unit === 'week' ? [mondayOf(a), addDays(mondayOf(a), 6)]
      : unit === 'month' ? [iso(y, mo, 1), iso(y, mo, daysInMonth(y, mo))]
      : [iso(y, 1, 1), iso(y, 12, 31)];
    const earlier = m[1].toLowerCase() === 'earlier';
    const interval: TimeInterval = earlier
      ? { start: first, end: maxDate(first, a), precision: 'window' }
      : { start: minDate(a, last), end: last, precision: 'window' };
    return this.result(m, interval);
  }
}
