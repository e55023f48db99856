// Drops chrono readings that are no date in news: `now` (the present, not a day) and `weekend`/`weekday` (our
// RelativeUnitParser reads `last weekend` with its own span).
import type { ParsedTime, TimeRefiner } from '../model.js';

export class CasualWordFilter implements TimeRefiner {
  readonly name = 'CasualWordFilter';

  refine(times: ParsedTime[], ctx: { text: string }): ParsedTime[] {
    return times.filter((t) => !t.chronoParser || !/\b(?:now|weekends?|weekdays?)\b/i.test(ctx.text.slice(t.charStart, t.charEnd)));
  }
}
