// Gives a date to a weekday (`on Tuesday`, `last Friday`, `Monday next week`): a bare weekday is the latest one on
// or before the anchor in a past-tense clause, the next one in a future-tensed clause (chrono would pick the
// nearest, often in the future). In a range (`Monday to Wednesday`) the end is placed first.
import { addDays, weekday } from '../calendar.js';
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { resolveWeekday } from '../resolve.js';

export class TenseAwareWeekdayRefiner implements TimeRefiner {
  readonly name = 'TenseAwareWeekdayRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    for (const t of times) {
      const p = t.parts;
      if (!p || p.start.weekday === undefined) continue;
      const tense = ctx.tenseAt(t.charStart);
      let end: string;
      if (p.end?.weekday !== undefined) end = resolveWeekday(ctx.anchor, p.end.weekday, p.end.weekdayShift ?? p.start.weekdayShift ?? null, tense);
      else if (p.end) continue; // a weekday up to a dated day: chrono's business, not ours
      else end = resolveWeekday(ctx.anchor, p.start.weekday, p.start.weekdayShift ?? null, tense);
      // The start of a range is the latest such weekday on or before its end.
      const start = p.end ? addDays(end, -((7 + weekday(end) - p.start.weekday) % 7)) : end;
      Object.assign(t, { start, end, precision: p.end ? 'range' : 'day', parts: undefined, rule: `${t.rule}+${this.name}` });
    }
    return times;
  }
}

