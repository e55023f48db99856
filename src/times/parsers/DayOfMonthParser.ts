// `on the 14th`: a day of a month left unsaid; the latest such day by the anchor date (or the next, in the future).
import { addMonths, iso, isValidDay, ymd } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { MONTH_NAME } from '../words.js';

export class DayOfMonthParser extends PatternParser {
  readonly name = 'DayOfMonthParser';
  protected override readonly quick = /\bon\s+the\s+\d/i;
  protected readonly pattern = new RegExp(
    String.raw`\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:${MONTH_NAME}|century|anniversary|floor|day|time|round|minute|place|attempt|ballot|vote)\b)`,
    'gi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    const past = ctx.tenseAt(m.index) === 'past';
    let month = ctx.anchor.slice(0, 8) + '01';
    for (let k = 0; k < 12; k++) {
      const { y, m: mo } = ymd(month);
      if (isValidDay(y, mo, day)) {
        const d = iso(y, mo, day);
        if (past ? d <= ctx.anchor : d >= ctx.anchor) return this.result(m, { start: d, end: d, precision: 'day' });
      }
      month = addMonths(month, past ? -1 : 1);
    }
    return null;
  }
}
