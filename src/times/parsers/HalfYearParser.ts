// `the first half of 2024`, `the second half of this year`, `H2 2023`: six months of a year (precision `range`,
// as there is no half-year unit). With `the year` alone, the tense decides.
import { monthsInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { YEAR_REFERENCE, yearOfReference } from './yearReference.js';

export class HalfYearParser extends PatternParser {
  readonly name = 'HalfYearParser';
  protected override readonly quick = /\bhalf\s+of\b|\bH[12]\s*[12]/i;
  protected readonly pattern = new RegExp(
    String.raw`\b(?:the\s+)?(first|second|latter)\s+half\s+of\s+${YEAR_REFERENCE}|\bH([12])\s*((?:19|20)\d\d)\b`,
    'gi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const half = m[4] ? Number(m[4]) : /first/i.test(m[1]) ? 1 : 2;
    let y = m[5] ? Number(m[5]) : yearOfReference(m[2], m[3], ctx.anchorYmd.y);
    if (y === null) {
      // `the first half of the year`: this year's, unless it has not begun and the clause is past.
      const { y: ay, m: am } = ctx.anchorYmd;
      y = half === 2 && am < 7 && ctx.tenseAt(m.index) === 'past' ? ay - 1 : ay;
    }
    const from = half === 1 ? 1 : 7;
    return this.result(m, monthsInterval(y, from, from + 5, 'range'));
  }
}
