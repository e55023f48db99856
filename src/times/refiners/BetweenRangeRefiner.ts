// `between December 27 and January 1`, `between March and May 2024`: two readings joined by `and` after
// `between` make one range.
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { isRangeEnd, joinRange } from './rangeJoin.js';

export class BetweenRangeRefiner implements TimeRefiner {
  readonly name = 'BetweenRangeRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    const out: ParsedTime[] = [];
    for (let i = 0; i < times.length; i++) {
      const a = times[i];
      const b = times[i + 1];
      if (b && isRangeEnd(a) && isRangeEnd(b) && /^\s+and\s+$/i.test(ctx.text.slice(a.charEnd, b.charStart))) {
        const lead = /\bbetween\s+$/i.exec(ctx.text.slice(Math.max(0, a.charStart - 12), a.charStart));
        const joined = lead ? joinRange(a, b, a.charStart - lead[0].length, this.name) : null;
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
