// Accuracy never regresses silently: every public gold set is coded through the CLI and scored by the shared
// scorer, and each figure must reach the best one recorded in eval/ratchet.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_SETS, ROOT, scoreSet, sharedAvailable } from '../../eval/sets.js';
import { RATCHET_FILE, regressions, type Ratchet } from '../../eval/ratchet.js';

const ratchet: Ratchet = JSON.parse(readFileSync(join(ROOT, RATCHET_FILE), 'utf8'));

for (const set of GOLD_SETS) {
  test(`${set.name} stays at or above its ratchet`, { skip: sharedAvailable() ? false : 'no ../shared gold data here' }, () => {
    const scores = scoreSet(set);
    assert.deepEqual(regressions(set.name, scores, ratchet), [], scores.lines.join('\n'));
  });
}

test('the ratchet names a figure for every gold set', () => {
  for (const set of GOLD_SETS) assert.ok(ratchet[set.name] && Object.keys(ratchet[set.name]).length > 0, `${set.name} has no ratchet`);
});
