// Drops slashed dates without a year (`9/11`, `24/7`, `3/4 of voters`): names, ratios, or day/month guesses.
import type { ParsedTime, TimeRefiner } from '../model.js';

export class YearlessSlashDateFilter implements TimeRefiner {
  readonly name = 'YearlessSlashDateFilter';

  refine(times: ParsedTime[]): ParsedTime[] {
    return times.filter((t) => t.chronoParser !== 'SlashDateFormatParser' || t.parts?.start.year !== undefined || !t.parts);
  }
}
