// Drops what no refiner could settle (a weekday up to a dated day, an impossible date): better no date than a guess.
import type { ParsedTime, TimeRefiner } from '../model.js';

export class UnresolvedDateFilter implements TimeRefiner {
  readonly name = 'UnresolvedDateFilter';

  refine(times: ParsedTime[]): ParsedTime[] {
    return times.filter((t) => !t.parts && t.start !== '' && t.end !== '' && t.start <= t.end);
  }
}
