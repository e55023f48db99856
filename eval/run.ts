// `npm run eval`: codes every gold set through the CLI and prints the shared scorer's figures for each.
//   --verbose         also print the scorer's misses and extras
//   --update-ratchet  raise eval/ratchet.json to any figure that improved (never lowers it)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_SETS, ROOT, SHARED, scoreSet, sharedAvailable, type Scores } from './sets.js';
import { RATCHET_FILE, RATCHET_METRICS, type Ratchet } from './ratchet.js';

const verbose = process.argv.includes('--verbose');
const update = process.argv.includes('--update-ratchet');

if (!sharedAvailable()) {
  console.error(`eval: the shared gold data is not at ${SHARED} (set DYAD_SHARED)`);
  process.exit(2);
}
const ratchet: Ratchet = JSON.parse(readFileSync(join(ROOT, RATCHET_FILE), 'utf8'));
let raised = false;
for (const set of GOLD_SETS) {
  const s: Scores = scoreSet(set, { verbose });
  const shown = verbose ? s.lines : s.lines.slice(-2);
  for (const line of shown) console.log(`${set.name}: ${line}`);
  const best = ratchet[set.name] ?? {};
  for (const metric of RATCHET_METRICS[set.name] ?? []) {
    const value = s[metric];
    if (value === null) continue;
    const lowerIsBetter = metric === 'not_event_violations';
    const prev = best[metric];
    if (prev === undefined || (lowerIsBetter ? value < prev : value > prev)) {
      if (update) { best[metric] = value; raised = true; }
      else if (prev !== undefined) console.log(`${set.name}: ${metric} improved to ${value} (ratchet ${prev}): run 'npm run eval -- --update-ratchet'`);
    }
  }
  ratchet[set.name] = best;
}
if (update && raised) {
  writeFileSync(join(ROOT, RATCHET_FILE), `${JSON.stringify(ratchet, null, 2)}\n`);
  console.log(`eval: raised ${RATCHET_FILE}`);
}
