// `this morning`, `this afternoon`, `this evening`: the anchor date.
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class ThisMorningParser extends PatternParser {
  readonly name = 'ThisMorningParser';
  protected override readonly quick = /\bthis\s+(?:morning|afternoon|evening)/i;
  protected readonly pattern = /\b(?:earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening)\b/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    return this.result(m, { start: ctx.anchor, end: ctx.anchor, precision: 'day' });
  }
}
