// The crash test: `dyad ingest` of 10,000 articles is killed with SIGKILL in the middle, then the same command is run
// again. Nothing may be lost, nothing stored twice, no event duplicated — and the result must be the same as one run
// that was never interrupted (made beside it, as the reference).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { smallArticles, wikinewsRows } from './corpus.js';

const MAIN = resolve(fileURLToPath(new URL('../../src/cli/main.js', import.meta.url)));
const N = 10_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function ingest(file: string, db: string, onSpawn?: (kill: () => void) => void): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [MAIN, 'ingest', file, '--db', db, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

/** Rows stored so far (0 while the database or its schema does not exist yet); `final` counts only the rows in a
 * final state (a failed input is tried again by the next run). */
function storedRows(db: string, final = false): number {
  if (!existsSync(db)) return 0;
  let handle: Database.Database | null = null;
  try {
    handle = new Database(db, { readonly: true, fileMustExist: true });
    return (handle.prepare(`SELECT count(*) AS n FROM articles${final ? ` WHERE status != 'failed'` : ''}`).get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    handle?.close();
  }
}

interface Snapshot {
  /** origin → status, doc id, reason */
  inputs: Map<string, string>;
  /** one line per event, with its article's origin */
  events: string[];
  states: Record<string, number>;
}

function snapshot(db: string, file: string): Snapshot {
  const h = new Database(db, { readonly: true });
  try {
    const rows = h.prepare('SELECT origin, status, doc_id, reason, duplicate_of FROM articles').all() as {
      origin: string; status: string; doc_id: string | null; reason: string | null; duplicate_of: number | null;
    }[];
    const inputs = new Map<string, string>();
    for (const r of rows) {
      const origin = r.origin.replace(file, 'FILE');
      assert.ok(!inputs.has(origin), `input ${origin} stored twice`);
      // Duplicate links name row ids, which differ between databases: the original's origin stands for it.
      inputs.set(origin, `${r.status} ${r.doc_id} ${r.status === 'duplicate' ? '' : r.reason ?? ''}`);
    }
    const events = (h.prepare(`
      SELECT a.origin, e.id, e.cameo, e.source_code, e.target_code, e.span_start, e.span_end, e.modality
      FROM events e JOIN articles a ON a.id = e.article ORDER BY a.origin, e.id`).all() as Record<string, unknown>[])
      .map((e) => JSON.stringify({ ...e, origin: String(e.origin).replace(file, 'FILE') }));
    const states: Record<string, number> = {};
    for (const r of h.prepare('SELECT status, count(*) AS n FROM articles GROUP BY status').all() as { status: string; n: number }[]) states[r.status] = r.n;
    // Internal consistency: events only of coded articles, as many as each article says, none twice.
    assert.equal((h.prepare(`SELECT count(*) AS n FROM events e JOIN articles a ON a.id = e.article WHERE a.status != 'coded'`).get() as { n: number }).n, 0);
    assert.equal(
      (h.prepare(`SELECT coalesce(sum(n_events), 0) AS n FROM articles WHERE status = 'coded'`).get() as { n: number }).n,
      (h.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
    );
    assert.equal((h.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM events GROUP BY article, id HAVING count(*) > 1)`).get() as { n: number }).n, 0);
    assert.equal((h.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM articles WHERE body_hash IS NOT NULL AND status IN ('coded', 'duplicate') GROUP BY body_hash, origin HAVING count(*) > 1)`).get() as { n: number }).n, 0);
    return { inputs, events, states };
  } finally {
    h.close();
  }
}

test('SIGKILL in the middle of a 10,000-article ingest, then the same command again: nothing lost, nothing twice', { timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, smallArticles(wikinewsRows(), N, 'crash').join('\n') + '\n');
  const crashed = join(dir, 'crashed.db');
  const reference = join(dir, 'reference.db');

  // The reference run, uninterrupted, beside the one that is killed.
  const referenceRun = ingest(file, reference);
  let killedAt = 0;
  const first = await ingest(file, crashed, (kill) => {
    const poll = setInterval(() => {
      const n = storedRows(crashed);
      if (n >= 500) {
        clearInterval(poll);
        killedAt = n;
        kill();
      }
    }, 50);
  });
  assert.equal(first.signal, 'SIGKILL', `the first run was not killed (exit ${first.code}): ${first.stderr.slice(-500)}`);
  const afterKill = storedRows(crashed);
  assert.ok(afterKill >= killedAt && afterKill < N, `killed mid-run: ${afterKill} of ${N} stored`);
  const finalBeforeRerun = storedRows(crashed, true);

  const second = await ingest(file, crashed);
  assert.equal(second.code, 0, second.stderr.slice(-1000));
  const summary = JSON.parse(second.stdout) as Record<string, number>;
  // Everything stored before the kill is found by its hash and not coded again (failures are tried again); the
  // rest is done now.
  assert.equal(summary.unchanged, finalBeforeRerun);
  assert.equal(summary.inputs, N);
  assert.equal(summary.coded + summary.duplicate + summary.skipped + summary.failed, N - finalBeforeRerun);

  const ref = await referenceRun;
  assert.equal(ref.code, 0, ref.stderr.slice(-1000));
  const a = snapshot(crashed, file);
  const b = snapshot(reference, file);
  assert.equal(a.inputs.size, N, 'every line of the file ends in one state');
  assert.equal(Object.values(a.states).reduce((x, y) => x + y, 0), N);
  assert.deepEqual(a.states, b.states);
  assert.deepEqual([...a.inputs].sort(), [...b.inputs].sort());
  assert.equal(a.events.length, b.events.length);
  assert.deepEqual(a.events, b.events);
  t.diagnostic(`killed after ${afterKill} of ${N} inputs were stored; rerun: ${summary.unchanged} already stored, ${summary.coded} coded, ${summary.duplicate} duplicate, ${summary.skipped} skipped, ${summary.failed} failed; states ${JSON.stringify(a.states)}, ${a.events.length} events, same as the uninterrupted run`);
});
