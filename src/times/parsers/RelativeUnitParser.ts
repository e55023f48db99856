// `last week`, `this month`, `next year`, `last quarter`, `this past weekend`: the calendar unit before, holding or
// after the anchor date, with that unit as precision. (`the last week` is a window: PastPeriodParser.)
import type { TimeInterval } from '../../types.js';
import {
  addDays, addMonths, mondayOf, monthInterval, quarterInterval, weekInterval, weekday, yearInterval, ymd,
} from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

type Shift = -1 | 0 | 1;

function weekend(anchor: string, shift: Shift): TimeInterval {
  // The Saturday of the ISO week (this weekend), of the week before (last), of the week after (next); a weekend
  // that has not ended is not `last weekend`.
  let saturday = addDays(mondayOf(anchor), 5 + 7 * shift);
  if (shift === -1 && weekday(anchor) === 6) saturday = addDays(anchor, -7);
  return { start: saturday, end: addDays(saturday, 1), precision: 'range' };
}

function unitInterval(anchor: string, unit: string, shift: Shift): TimeInterval {
  switch (unit) {
    case 'week':
      return weekInterval(addDays(anchor, 7 * shift));
    case 'weekend':
      return weekend(anchor, shift);
    case 'month': {
      const { y, m } = ymd(addMonths(anchor.slice(0, 8) + '01', shift));
      return monthInterval(y, m);
    }
    case 'quarter': {
      const { y, m } = ymd(addMonths(anchor.slice(0, 8) + '01', 3 * shift));
      return quarterInterval(y, Math.floor((m - 1) / 3) + 1);
    }
    default:
      return yearInterval(ymd(anchor).y + shift);
  }
}

export class RelativeUnitParser extends PatternParser {
  readonly name = 'RelativeUnitParser';
  protected override readonly quick = /\b(?:last|this|next)\s/i;
  protected readonly pattern = /(?<!\bthe\s+)\b(last|this\s+past|this|next)\s+(week|weekend|month|quarter|year)\b(?!\s+of\b)/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const w = m[1].toLowerCase();
    const shift: Shift = w === 'this' ? 0 : w === 'next' ? 1 : -1;
    return this.result(m, unitInterval(ctx.anchor, m[2].toLowerCase(), shift));
  }
}
