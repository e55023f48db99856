// `in August last year`, `on March 3 this year`, `May next year`: a date without a year followed by the year it
// belongs to, in words. The two readings become one, in that year.
import { isValidDay, iso, monthInterval, ymd } from '../calendar.js';
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';

const FOLLOWING_YEAR = /^\s*,?\s*(last|this|next)\s+year\b/i;

export class MonthOfRelativeYearRefiner implements TimeRefiner {
  readonly name = 'MonthOfRelativeYearRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    const absorbed = new Set<ParsedTime>();
    for (const t of times) {
      if (!t.yearInferred || (t.precision !== 'day' && t.precision !== 'month')) continue;
      const m = FOLLOWING_YEAR.exec(ctx.text.slice(t.charEnd, t.charEnd + 24));
      if (!m) continue;
      const w = m[1].toLowerCase();
      const y = ctx.anchorYmd.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
      const { m: month, d } = ymd(t.start);
      if (t.precision === 'month') Object.assign(t, monthInterval(y, month));
      else if (isValidDay(y, month, d)) Object.assign(t, { start: iso(y, month, d), end: iso(y, month, d) });
      else continue;
      const [from, to] = [t.charEnd, t.charEnd + m[0].length];
      for (const o of times) if (o !== t && o.charStart < to && from < o.charEnd) absorbed.add(o);
      Object.assign(t, { charEnd: to, yearInferred: false, rule: `${t.rule}+${this.name}` });
    }
    return times.filter((t) => !absorbed.has(t));
  }
}
