// `for years`, `in recent months`, `for decades`, `in recent weeks`: a window of several units that runs up to the
// anchor date (open). Its length is a convention: the words say only "several".
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { unitOf, type Unit } from '../words.js';
import { unitsBefore } from './UnitsAgoParser.js';

/** How far back `for <units>` / `in recent <units>` reaches. */
export const VAGUE_SPAN: Record<Unit, [Unit, number]> = {
  day: ['day', 7],
  week: ['week', 6],
  month: ['month', 6],
  year: ['year', 5],
  decade: ['year', 20],
};

export class VagueDurationParser extends PatternParser {
  readonly name = 'VagueDurationParser';
  protected override readonly quick = /(?:days|weeks|months|years|decades)\b/i;
  protected readonly pattern =
    /\b(?:for\s+(?:(?:many|several|some)\s+)?|(?:in|over)\s+(?:the\s+)?recent\s+)(days|weeks|months|years|decades)\b(?!\s+(?:to\s+come|ahead|later|earlier|before|after|of|old)\b|-)/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const [unit, n] = VAGUE_SPAN[unitOf(m[1])];
    return this.result(m, { start: unitsBefore(ctx.anchor, unit, n), end: ctx.anchor, precision: 'window' }, { open: true });
  }
}
