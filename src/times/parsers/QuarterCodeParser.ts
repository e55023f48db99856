// `Q1 2025`, `Q3 of 2024`, `Q4'23`, `Q2`: a quarter written as a code; with no year, the tense decides.
import { quarterInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { quarterByTense } from './QuarterParser.js';

export class QuarterCodeParser extends PatternParser {
  readonly name = 'QuarterCodeParser';
  protected override readonly quick = /\bQ[1-4]/;
  protected readonly pattern = /\bQ([1-4])(?:\s*(?:of\s+)?((?:19|20)\d\d)\b|\s*['’](\d\d)\b)?(?![\w-])/g;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const q = Number(m[1]);
    const y = m[2] ? Number(m[2]) : m[3] ? Math.floor(ctx.anchorYmd.y / 100) * 100 + Number(m[3]) : null;
    return this.result(m, y !== null ? quarterInterval(y, q) : quarterByTense(ctx.anchor, q, ctx.tenseAt(m.index)));
  }
}
