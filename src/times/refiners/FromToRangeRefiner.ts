// `from March 2019 to January 2020`, `last summer until December`, `2015–last year`: two readings joined by `to`,
// `until`, `through` or a dash make one range (chrono joins its own; this joins the rest).
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { joinNeighbours } from './rangeJoin.js';

export class FromToRangeRefiner implements TimeRefiner {
  readonly name = 'FromToRangeRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return joinNeighbours(times, ctx.text, {
      between: /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i, lead: /\bfrom\s+$/i, leadRequired: false,
    }, this.name);
  }
}
