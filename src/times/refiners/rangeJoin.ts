// Joining two readings into one range, shared by the range refiners.
import { addYears } from '../calendar.js';
import { POINT_PRECISIONS, type ParsedTime } from '../model.js';

/** Can this reading be one end of a range? (Not an open span, not a window of vague length.) */
export function isRangeEnd(t: ParsedTime): boolean {
  return !t.open && POINT_PRECISIONS.has(t.precision);
}

/**
 * The range from `a` to `b`, spanning `charStart`..`b.charEnd`, or null when it would run backwards. A start whose
 * year was inferred moves back to precede its end (`December 27 and January 1`, `between March and May 2023`).
 */
export function joinRange(a: ParsedTime, b: ParsedTime, charStart: number, rule: string): ParsedTime | null {
  let start = a.start;
  // A start whose year was inferred takes the latest year that puts it before the end (`March and May 2023`).
  for (let k = 0; k < 100 && start > b.start && a.yearInferred; k++) start = addYears(start, -1);
  if (start > b.end) return null;
  return { start, end: b.end, precision: 'range', charStart, charEnd: b.charEnd, rule };
}

export interface RangeLink {
  /** What must stand between the two readings (`and`, `to`, a dash). */
  between: RegExp;
  /** The word that may (or must) open the range (`between`, `from`), matched at the end of the text before it. */
  lead: RegExp;
  /** Whether the range needs its opening word. */
  leadRequired: boolean;
}

/** Joins each pair of neighbouring readings linked as `link` says into one range; the rest pass through. */
export function joinNeighbours(times: ParsedTime[], text: string, link: RangeLink, rule: string): ParsedTime[] {
  const out: ParsedTime[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i];
    const b = times[i + 1];
    if (b && isRangeEnd(a) && isRangeEnd(b) && link.between.test(text.slice(a.charEnd, b.charStart))) {
      const lead = link.lead.exec(text.slice(Math.max(0, a.charStart - 12), a.charStart));
      const joined = lead || !link.leadRequired ? joinRange(a, b, a.charStart - (lead ? lead[0].length : 0), rule) : null;
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
