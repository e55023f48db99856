// `over the last decade`, `in the past two years`, `the past week`, `the last 24 hours`: a span of known length
// that runs up to the anchor date (open). `the last week of March` is no such span.
import { addDays } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { COUNT, countValue, isVagueCount, unitOf } from '../words.js';
import { unitsBefore } from './UnitsAgoParser.js';

/** How many units a vague count (`the past few years`, `the last years`) stands for. */
const VAGUE_COUNT = 3;

export class PastPeriodParser extends PatternParser {
  readonly name = 'PastPeriodParser';
  protected override readonly quick = /\b(?:last|past)\s/i;
  protected readonly pattern = new RegExp(
    String.raw`\b(?:(?:over|in|during|for|within|throughout)\s+)?the\s+(?:last|past)\s+(?:(${COUNT})\s+)?(hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:of|before|after|alone)\b|-)`,
    'gi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const a = ctx.anchor;
    const plural = /s$/i.test(m[2]);
    let n = m[1] ? (isVagueCount(m[1]) ? VAGUE_COUNT : countValue(m[1])) : plural ? VAGUE_COUNT : 1;
    if (n === null || n <= 0) return null;
    if (/^hour/i.test(m[2])) {
      const days = Math.max(1, Math.ceil(n / 24));
      return this.result(m, { start: addDays(a, -days), end: a, precision: 'window' }, { open: true });
    }
    const unit = unitOf(m[2]);
    const precision = unit === 'decade' && n === 1 && !plural ? 'decade' : 'window';
    n = Math.round(n);
    return this.result(m, { start: unitsBefore(a, unit, n), end: a, precision }, { open: true });
  }
}
