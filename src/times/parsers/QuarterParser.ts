// `the first quarter of 2025`, `the third quarter`, `fourth-quarter` (profits), `the final quarter of last year`,
// `the last quarter` (the one before the anchor's).
// With no year, the tense decides: the latest such quarter begun by the anchor date, or the next one not over.
import type { TimeInterval } from '../../types.js';
import { quarterInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type Tense, type TimeContext } from '../model.js';
import { YEAR_REFERENCE, yearOfReference } from './yearReference.js';

const ORDINAL: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** Quarter `q` of the year the tense picks. */
export function quarterByTense(anchor: string, q: number, tense: Tense): TimeInterval {
  const y = Number(anchor.slice(0, 4));
  if (tense === 'past') return quarterInterval(y, q).start <= anchor ? quarterInterval(y, q) : quarterInterval(y - 1, q);
  return quarterInterval(y, q).end >= anchor ? quarterInterval(y, q) : quarterInterval(y + 1, q);
}

export class QuarterParser extends PatternParser {
  readonly name = 'QuarterParser';
  protected override readonly quick = /quarter/i;
  protected readonly pattern = new RegExp(
    String.raw`\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+${YEAR_REFERENCE}|\s+(${'(?:19|20)\\d\\d'})\b)?`,
    'gi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const q = ORDINAL[m[1].toLowerCase()];
    const y = yearOfReference(m[2] ?? m[4], m[3], ctx.anchorYmd.y);
    // `the last quarter` alone is the quarter before this one, not the fourth.
    if (y === null && /^(?:final|last)$/i.test(m[1]) && !m[3]) {
      const { y: ay, m: am } = ctx.anchorYmd;
      const current = Math.floor((am - 1) / 3) + 1;
      return this.result(m, current === 1 ? quarterInterval(ay - 1, 4) : quarterInterval(ay, current - 1));
    }
    return this.result(m, y !== null ? quarterInterval(y, q) : quarterByTense(ctx.anchor, q, ctx.tenseAt(m.index)));
  }
}
