// `in the summer`, `during the winter`, `since spring`: a season with no year, placed by the tense of its clause
// (the latest one begun, in the past; the next one, in the future). `the fall of Kabul` is no season.
import { resolveSeason } from '../resolve.js';
import { seasonName } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class BareSeasonParser extends PatternParser {
  readonly name = 'BareSeasonParser';
  protected override readonly quick = /spring|summer|autumn|fall|winter/i;
  protected readonly pattern =
    /\b(?:in|during|over|through|throughout|by|until|since)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b(?!\s+of\b|-)/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    return this.result(m, resolveSeason(ctx.anchor, seasonName(m[1]), null, ctx.tenseAt(m.index)));
  }
}
