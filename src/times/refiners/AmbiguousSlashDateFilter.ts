// Drops slashed dates that cannot be read for sure: without a year (`9/11`, `24/7`, `3/4 of voters`: names, ratios
// or guesses) or with day and month that could swap (`03/05/2024`: 3 May in London, March 5 in New York). Kept:
// `25/03/2024`, `03/25/2024`, `2024/03/05`.
import type { ParsedTime, TimeRefiner } from '../model.js';

export class AmbiguousSlashDateFilter implements TimeRefiner {
  readonly name = 'AmbiguousSlashDateFilter';

  refine(times: ParsedTime[], ctx: { text: string }): ParsedTime[] {
    return times.filter((t) => {
      if (t.chronoParser !== 'SlashDateFormatParser') return true;
      if (t.parts && t.parts.start.year === undefined) return false;
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(ctx.text.slice(t.charStart, t.charEnd));
      return !m || Number(m[1]) === Number(m[2]) || Number(m[1]) > 12 || Number(m[2]) > 12;
    });
  }
}
