// `the 1990s`, `the 2010s`, `the '90s`: a decade. (`in his 40s` is an age, so a two-digit decade needs its apostrophe.)
import { decadeInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class DecadeParser extends PatternParser {
  readonly name = 'DecadeParser';
  protected override readonly quick = /0s\b/;
  protected readonly pattern = /(?:\bthe\s+)?(?:\b(1[89]\d0|20\d0)s\b|['’](\d)0s\b)/gi;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    let first: number;
    if (m[1]) first = Number(m[1]);
    else {
      // `'90s` → 1990s, `'20s` → 2020s when published in 2026: the latest such decade begun by the anchor year.
      const century = Math.floor(ctx.anchorYmd.y / 100) * 100;
      first = century + Number(m[2]) * 10;
      if (first > ctx.anchorYmd.y) first -= 100;
    }
    return this.result(m, decadeInterval(first));
  }
}
