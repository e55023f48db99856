// `last summer`, `this spring`, `next winter`, `this past autumn`: a season placed by its modifier.
import { resolveSeason } from '../resolve.js';
import { seasonName } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class SeasonRelativeParser extends PatternParser {
  readonly name = 'SeasonRelativeParser';
  protected override readonly quick = /spring|summer|autumn|fall|winter/i;
  protected readonly pattern = /\b(last|this|next|past|previous|coming)\s+(spring|summer|autumn|fall|winter)\b/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const w = m[1].toLowerCase();
    const which = w === 'this' ? 'this' : w === 'next' || w === 'coming' ? 'next' : 'last';
    return this.result(m, resolveSeason(ctx.anchor, seasonName(m[2]), which, ctx.tenseAt(m.index)));
  }
}
