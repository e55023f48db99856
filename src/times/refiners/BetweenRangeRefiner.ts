// `between December 27 and January 1`, `between March and May 2024`: two readings joined by `and` after
// `between` make one range.
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { joinNeighbours } from './rangeJoin.js';

export class BetweenRangeRefiner implements TimeRefiner {
  readonly name = 'BetweenRangeRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return joinNeighbours(times, ctx.text, { between: /^\s+and\s+$/i, lead: /\bbetween\s+$/i, leadRequired: true }, this.name);
  }
}
