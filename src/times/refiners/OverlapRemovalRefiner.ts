// Where two readings overlap, keeps the longer (`5 March 2024` over `2024`); on a tie, the one whose rule comes
// first in the configuration.
import type { ParsedTime, TimeRefiner } from '../model.js';

export class OverlapRemovalRefiner implements TimeRefiner {
  readonly name = 'OverlapRemovalRefiner';

  refine(times: ParsedTime[]): ParsedTime[] {
    const order = new Map(times.map((t, i) => [t, i]));
    const ranked = [...times].sort(
      (a, b) => (b.charEnd - b.charStart) - (a.charEnd - a.charStart) || order.get(a)! - order.get(b)!,
    );
    const kept: ParsedTime[] = [];
    for (const t of ranked) {
      if (!kept.some((k) => t.charStart < k.charEnd && k.charStart < t.charEnd)) kept.push(t);
    }
    return kept.sort((a, b) => a.charStart - b.charStart);
  }
}
