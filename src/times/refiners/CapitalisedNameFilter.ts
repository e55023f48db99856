// Drops chrono readings of month and weekday names written in lower case: `they march on`, `he may go`.
import type { ParsedTime, TimeRefiner } from '../model.js';
import { CALENDAR_WORDS } from './chronoWords.js';

export class CapitalisedNameFilter implements TimeRefiner {
  readonly name = 'CapitalisedNameFilter';

  refine(times: ParsedTime[], ctx: { text: string }): ParsedTime[] {
    return times.filter((t) => {
      if (!t.chronoParser) return true;
      for (const w of ctx.text.slice(t.charStart, t.charEnd).match(/[A-Za-z]+/g) ?? []) {
        if (CALENDAR_WORDS.has(w.toLowerCase()) && w[0] !== w[0].toUpperCase()) return false;
      }
      return true;
    });
  }
}
