// The gold sets `npm run eval` scores, and how to run the CLI and the shared scorer on them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from dist/eval/). */
export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
/** Where the shared data lives: $DYAD_SHARED, else ../shared beside the repository. */
export const SHARED = resolve(process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared'));
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SCORER = join(SHARED, 'tools', 'score-events.mjs');

export interface GoldSet {
  name: string;
  /** Inputs handed to `dyad code`, and extra CLI arguments. */
  inputs: string[];
  args: string[];
  gold: string;
}

const PV = join(SHARED, 'data/petrarch-validation');

export const GOLD_SETS: GoldSet[] = [
  { name: 'seed', inputs: [join(SHARED, 'data/seed/000_3bacc65575a7848f.txt')], args: [], gold: join(SHARED, 'data/seed/gold.json') },
  { name: 'plover-gsr', inputs: [join(SHARED, 'data/plover-gsr/docs.jsonl')], args: [], gold: join(SHARED, 'data/plover-gsr/gold.jsonl') },
  {
    // PETRARCH's validation records, coded with the suite's own toy dictionaries and PETRARCH's conventions.
    name: 'petrarch-validation',
    inputs: [join(PV, 'docs.jsonl')],
    args: [
      '--petrarch',
      '--actors', join(PV, 'PETR_Validate_actors_2_02.txt'),
      '--agents', join(PV, 'PETR_Validate_agents_2_02.txt'),
      '--verbs', join(PV, 'PETR_Validate_verbs_2_02.txt'),
      '--discards', join(PV, 'PETR_Validate_discards_2_02.txt'),
    ],
    gold: join(PV, 'gold.jsonl'),
  },
];

export interface Scores {
  recall: number;
  precision: number;
  f1: number;
  dates: number | null;
  exact_docs: number;
  not_event_violations: number;
  lines: string[];
}

export function sharedAvailable(): boolean {
  return existsSync(SCORER);
}

/** Codes a gold set through the CLI (`dyad code … --json`) and scores it with the shared scorer. */
export function scoreSet(set: GoldSet, opts: { verbose?: boolean } = {}): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  try {
    const out = join(dir, `${set.name}.jsonl`);
    const json = execFileSync(process.execPath, [CLI, 'code', '--json', ...set.args, '--', ...set.inputs], {
      encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'],
    });
    writeFileSync(out, json);
    const scored = execFileSync(process.execPath, [SCORER, set.gold, out, ...(opts.verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    const lines = scored.trim().split('\n');
    const summary = lines[lines.length - 1];
    const counts = lines[lines.length - 2] ?? '';
    const num = (re: RegExp, s: string) => {
      const m = re.exec(s);
      return m && m[1] !== 'n/a' ? Number(m[1]) : null;
    };
    return {
      recall: num(/recall=([\d.]+)/, summary) ?? 0,
      precision: num(/precision=([\d.]+)/, summary) ?? 0,
      f1: num(/f1=([\d.]+)/, summary) ?? 0,
      dates: num(/dates=([\d.]+|n\/a)/, summary),
      exact_docs: num(/exact_docs=([\d.]+)/, summary) ?? 0,
      not_event_violations: num(/not_event_violations=(\d+)/, counts) ?? 0,
      lines,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
