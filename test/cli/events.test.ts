// `dyad ingest` then `dyad events` through the real CLI: storing once, querying by actor, target, date, code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-events-'));
const db = join(dir, 'test.db');
const dyad = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });

const docs = join(dir, 'docs.jsonl');
writeFileSync(docs, [
  { id: 'd1', published: '2023-04-10', text: 'Russia attacked Ukraine on Sunday.' },
  { id: 'd2', published: '2024-06-01', text: 'Russia praised Iran last week. Iran did not attack Israel.' },
  { id: 'd3', published: '2024-07-01', text: 'Brazil signed a trade agreement with Argentina.' },
].map((d) => JSON.stringify(d)).join('\n'));

test('ingest stores once; a second ingest of the same content stores nothing', () => {
  const first = dyad('ingest', docs, '--db', db, '--json');
  assert.equal(first.status, 0, first.stderr);
  const a = JSON.parse(first.stdout.trim().split('\n').pop()!);
  const again = dyad('ingest', docs, '--db', db, '--json');
  assert.equal(again.status, 0, again.stderr);
  const b = JSON.parse(again.stdout.trim().split('\n').pop()!);
  assert.equal(b.totals.events, a.totals.events, 'no event stored twice');
  assert.equal(b.totals.coded, 3);
});

test('events: by source, target, date window, root; JSON lines and CSV', () => {
  const rus = dyad('events', '--db', db, '--actor', 'RUS', '--json');
  assert.equal(rus.status, 0, rus.stderr);
  const rows = rus.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.length >= 2);
  assert.ok(rows.every((r) => r.source.country === 'RUS'));
  const later = dyad('events', '--db', db, '--actor', 'RUS', '--since', '2024-01-01', '--json');
  const lrows = later.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(lrows.length >= 1 && lrows.every((r) => r.date.end >= '2024-01-01'));
  const fights = dyad('events', '--db', db, '--root', '19', '--json').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(fights.map((r) => `${r.source.country}>${r.target.country}`), ['RUS>UKR'], 'the negated attack is not listed');
  const negated = dyad('events', '--db', db, '--root', '19', '--modality', 'negated', '--json').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(negated.map((r) => `${r.source.country}>${r.target.country} ${r.modality}`), ['IRN>ISR negated']);
  const csv = dyad('events', '--db', db, '--target', 'ARG', '--csv').stdout.trim().split('\n');
  assert.match(csv[0], /^article,published,date_start/);
  assert.equal(csv.length, 2);
  assert.match(csv[1], /^d3,/);
});

test('a missing database is a clear error', () => {
  const r = dyad('events', '--db', join(dir, 'nope.db'));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /nope\.db: no such database/);
});
