// `from March 2019 to January 2020`, `last summer until December`, `2015–last year`: two readings joined by `to`,
// `until`, `through` or a dash make one range (chrono joins its own; this joins the rest).
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { isRangeEnd, joinRange } from './rangeJoin.js';

export class FromToRangeRefiner implements TimeRefiner {
  readonly name = 'FromToRangeRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    const out: ParsedTime[] = [];
    for (let i = 0; i < times.length; i++) {
      const a = times[i];
      const b = times[i + 1];
      if (b && isRangeEnd(a) && isRangeEnd(b) && /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i.test(ctx.text.slice(a.charEnd, b.charStart))) {
        const lead = /\bfrom\s+$/i.exec(ctx.text.slice(Math.max(0, a.charStart - 8), a.charStart));
        const joined = joinRange(a, b, a.charStart - (lead ? lead[0].length : 0), this.name);
        if (joined) {
          out.push(joined);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}
