// Drops a weekday abbreviation standing alone (`The Sun reported`, `Sat down`): only a full weekday name, or an
// abbreviation inside a longer date (`Sun, Jan 5`), is a date.
import type { ParsedTime, TimeRefiner } from '../model.js';
import { WEEKDAY_ONLY } from './chronoWords.js';

export class AbbreviatedWeekdayFilter implements TimeRefiner {
  readonly name = 'AbbreviatedWeekdayFilter';

  refine(times: ParsedTime[], ctx: { text: string }): ParsedTime[] {
    return times.filter((t) => t.chronoParser !== WEEKDAY_ONLY || /day\b/i.test(ctx.text.slice(t.charStart, t.charEnd)));
  }
}
