// `February 29`, `29 Feb`: chrono drops a leap day it cannot place in the anchor's year; the policy places it in the
// latest (or, in the future, the next) leap year. With its year written, chrono reads it.
import { resolveMonthDay } from '../resolve.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';

export class LeapDayParser extends PatternParser {
  readonly name = 'LeapDayParser';
  protected override readonly quick = /\b29|\bFeb/;
  protected readonly pattern = /\b(?:Feb(?:ruary|\.)?\s+29(?:th)?|29(?:th)?\s+(?:of\s+)?Feb(?:ruary|\.)?)(?!\w|\.\d|,?\s*\d)/g;

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const d = resolveMonthDay(ctx.anchor, 2, 29, ctx.tenseAt(m.index));
    return d ? this.result(m, { start: d, end: d, precision: 'day' }) : null;
  }
}
