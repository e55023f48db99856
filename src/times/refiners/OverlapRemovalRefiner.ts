// Where two readings overlap, keeps the longer (`5 March 2024` over `2024`); on a tie, the one whose rule comes
// first in the configuration.
import type { ParsedTime, TimeRefiner } from '../model.js';

export class OverlapRemovalRefiner implements TimeRefiner {
  readonly name = 'OverlapRemovalRefiner';

  refine(times: ParsedTime[]): ParsedTime[] {
    // Indices ranked longest first, then in configuration order: no map from reading to index per comparison.
    const length = (i: number): number => times[i].charEnd - times[i].charStart;
    const ranked = times.map((_, i) => i).sort((a, b) => length(b) - length(a) || a - b);
    const kept: ParsedTime[] = [];
    for (const i of ranked) {
      const t = times[i];
      if (!kept.some((k) => t.charStart < k.charEnd && k.charStart < t.charEnd)) kept.push(t);
    }
    return kept.sort((a, b) => a.charStart - b.charStart);
  }
}
