// `in the coming weeks`, `over the next two years`, `within the next few days`: a window that starts at the anchor
// date and runs forward. (`The next day` follows the story's own time: not read.)
import { addDays, addMonths, addYears } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { COUNT, countValue, isVagueCount, unitOf, type Unit } from '../words.js';
import { VAGUE_SPAN } from './VagueDurationParser.js';

function unitsAfter(anchor: string, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return addDays(anchor, n);
    case 'week':
      return addDays(anchor, 7 * n);
    case 'month':
      return addMonths(anchor, n);
    case 'year':
      return addYears(anchor, n);
    default:
      return addYears(anchor, 10 * n);
  }
}

export class ComingPeriodParser extends PatternParser {
  readonly name = 'ComingPeriodParser';
  protected override readonly quick = /\b(?:coming|next)\s/i;
  protected readonly pattern = new RegExp(
    String.raw`\b(?:(in|over|during|within|for)\s+)?the\s+(coming|next)\s+(?:(${COUNT})\s+)?(days?|weeks?|months?|years?|decades?)\b(?!\s+(?:of|after|later)\b|-)`,
    'gi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const [, preposition, which, count, unitWord] = m;
    const plural = /s$/i.test(unitWord);
    // `The next day, …` follows the story, not the anchor: `next` needs a preposition and more than a day.
    if (which.toLowerCase() === 'next' && (!preposition || (!count && !plural && /^day$/i.test(unitWord)))) return null;
    let unit = unitOf(unitWord);
    let n: number | null;
    if (count && !isVagueCount(count)) n = countValue(count);
    else if (count || plural) [unit, n] = VAGUE_SPAN[unit];
    else n = 1;
    if (n === null || n <= 0) return null;
    return this.result(m, { start: ctx.anchor, end: unitsAfter(ctx.anchor, unit, n), precision: 'window' });
  }
}
