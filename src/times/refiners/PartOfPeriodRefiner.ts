// `early 2024`, `mid-2023`, `late last year`, `the end of March`, `the early 1990s`, `the beginning of the summer`:
// the first, middle or last third of the period read after it. A window inside the period, never more precise
// than the words: `late 2024` is September–December 2024.
import type { TimeInterval } from '../../types.js';
import { addDays, addMonths, daysInMonth, iso, ymd } from '../calendar.js';
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';

type Part = 'early' | 'mid' | 'late';

const PART_WORD = /(?:\b(early|mid|late)\s*-?\s*|\b(?:(?:at|by|until|since|in)\s+)?(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(?:the\s+)?)$/i;

function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (w === 'early' || w === 'start' || w === 'beginning') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  return 'late';
}

/** The third of `t` that `part` names, by the unit `t` is in. */
function third(t: ParsedTime, part: Part): TimeInterval | null {
  const k = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  switch (t.precision) {
    case 'month': {
      const { y, m } = ymd(t.start);
      const bounds = [1, 11, 21, daysInMonth(y, m) + 1];
      return { start: iso(y, m, bounds[k]), end: iso(y, m, bounds[k + 1] - 1), precision: 'window' };
    }
    case 'year': {
      // January–April, May–August, September–December.
      const start = addMonths(t.start, 4 * k);
      return { start, end: addDays(addMonths(start, 4), -1), precision: 'window' };
    }
    case 'season':
    case 'quarter': {
      const start = addMonths(t.start, k);
      return { start, end: addDays(addMonths(start, 1), -1), precision: 'window' };
    }
    case 'decade': {
      // `the early 1990s`: 1990–1993; mid: 1994–1996; late: 1997–1999.
      const y = ymd(t.start).y;
      const [a, b] = [[0, 3], [4, 6], [7, 9]][k];
      return { start: iso(y + a, 1, 1), end: iso(y + b, 12, 31), precision: 'window' };
    }
    default:
      return null;
  }
}

export class PartOfPeriodRefiner implements TimeRefiner {
  readonly name = 'PartOfPeriodRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return times.map((t) => {
      if (t.open) return t;
      const before = ctx.text.slice(Math.max(0, t.charStart - 40), t.charStart);
      const m = PART_WORD.exec(before);
      if (!m) return t;
      const interval = third(t, partOf(m[1] ?? m[2]));
      if (!interval) return t;
      return { ...t, ...interval, charStart: t.charStart - m[0].length, rule: `${t.rule}+${this.name}` };
    });
  }
}
