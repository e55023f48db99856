// The accuracy ratchet: the best figures reached so far on each public gold set, kept in eval/ratchet.json.
// `npm test` fails when a figure falls below it; `npm run eval -- --update-ratchet` raises it.
import type { Scores } from './sets.js';

export const RATCHET_FILE = 'eval/ratchet.json';

type Metric = 'recall' | 'precision' | 'f1' | 'dates' | 'exact_docs' | 'not_event_violations';
export type Ratchet = Record<string, Partial<Record<Metric, number>>>;

export const RATCHET_METRICS: Record<string, Metric[]> = {
  seed: ['recall', 'precision', 'dates', 'not_event_violations'],
  'plover-gsr': ['f1'],
  'petrarch-validation': ['exact_docs', 'f1'],
};

/** Metrics that fell below the ratchet (or, for violations, rose above it). */
export function regressions(set: string, scores: Scores, ratchet: Ratchet): string[] {
  const best = ratchet[set] ?? {};
  const out: string[] = [];
  for (const metric of RATCHET_METRICS[set] ?? []) {
    const prev = best[metric];
    const value = scores[metric];
    if (prev === undefined || value === null) continue;
    const bad = metric === 'not_event_violations' ? value > prev : value < prev - 1e-9;
    if (bad) out.push(`${set} ${metric}=${value} is below the ratchet ${prev}`);
  }
  return out;
}
