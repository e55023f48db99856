// Gives a year to a date written without one (`on January 16`, `in March`, `Dec. 27 – Jan. 3`): the latest such
// date on or before the anchor (news reports the past), or the next one when its clause is future-tensed. In a
// range, the end is placed first and the start is the latest such date before it.
import type { TimeInterval } from '../../types.js';
import { monthInterval } from '../calendar.js';
import type { DateParts, ParsedTime, Tense, TimeContext, TimeRefiner } from '../model.js';
import { intervalOfParts, resolveMonth, resolveMonthDay } from '../resolve.js';

function placeByTense(p: DateParts, anchor: string, tense: Tense): TimeInterval | null {
  if (p.month === undefined) return null;
  if (p.day === undefined) return resolveMonth(anchor, p.month, tense);
  const d = resolveMonthDay(anchor, p.month, p.day, tense);
  return d ? { start: d, end: d, precision: 'day' } : null;
}

function placeBefore(p: DateParts, limit: string): TimeInterval | null {
  if (p.month === undefined) return null;
  if (p.day !== undefined) {
    const d = resolveMonthDay(limit, p.month, p.day, 'past');
    return d ? { start: d, end: d, precision: 'day' } : null;
  }
  const y = Number(limit.slice(0, 4));
  const same = monthInterval(y, p.month);
  return same.start <= limit ? same : monthInterval(y - 1, p.month);
}

export class TenseAwareYearRefiner implements TimeRefiner {
  readonly name = 'TenseAwareYearRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    for (const t of times) {
      const parts = t.parts;
      if (!parts || parts.start.weekday !== undefined || parts.start.month === undefined) continue;
      const tense = ctx.tenseAt(t.charStart);
      if (!parts.end) {
        const i = placeByTense(parts.start, ctx.anchor, tense);
        if (!i) continue;
        Object.assign(t, i, { parts: undefined, yearInferred: true, rule: `${t.rule}+${this.name}` });
        continue;
      }
      const end = intervalOfParts(parts.end) ?? placeByTense(parts.end, ctx.anchor, tense);
      if (!end) continue;
      const start = intervalOfParts(parts.start) ?? placeBefore(parts.start, end.end);
      if (!start || start.start > end.end) continue;
      Object.assign(t, { start: start.start, end: end.end, precision: 'range' as const, parts: undefined, yearInferred: true, rule: `${t.rule}+${this.name}` });
    }
    return times;
  }
}
