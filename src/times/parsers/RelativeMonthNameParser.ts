// `last March`, `this June`, `next January`: a month placed by its modifier.
import { monthInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { MONTH_NAME, MONTHS } from '../words.js';

export class RelativeMonthNameParser extends PatternParser {
  readonly name = 'RelativeMonthNameParser';
  protected override readonly quick = /\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+[A-Z]/;
  protected readonly pattern = new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(${MONTH_NAME})\b`, 'g');

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const month = MONTHS[m[2].toLowerCase()];
    const { y, m: am } = ctx.anchorYmd;
    const which = m[1].toLowerCase();
    if (which === 'this') return this.result(m, monthInterval(y, month));
    if (which === 'next') return this.result(m, monthInterval(month > am ? y : y + 1, month));
    // `last March`: the latest March before the current month.
    return this.result(m, monthInterval(month < am ? y : y - 1, month));
  }
}
