// Users' dictionaries through the CLI: `dyad dict check`, `--dict` additions, PETRARCH files with --actors/--agents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
const dyad = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });

const article = join(dir, 'a.txt');
writeFileSync(article, 'Ruritania attacked Chad on Monday.\n');

test('dict check names a conflict with the defaults and exits non-zero; a clean file passes', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ actors: [{ name: 'Ruritania', code: 'RUR', kind: 'country' }, { name: 'Chad', code: 'LBY', kind: 'country' }] }));
  const r = dyad('dict', 'check', bad);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /"Chad" is LBY here but TCD in the defaults/);
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify({ actors: [{ name: 'Ruritania', code: 'RUR', kind: 'country' }] }));
  const ok = dyad('dict', 'check', good);
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /no conflicts/);
});

test('--dict adds a user\'s actors over the defaults; a conflicting file is refused with its reason', () => {
  const good = join(dir, 'good.json');
  const r = dyad('code', article, '--published', '2024-01-10', '--json', '--dict', good);
  assert.equal(r.status, 0, r.stderr);
  const e = JSON.parse(r.stdout).events[0];
  assert.deepEqual([e.source.code, e.cameo, e.target.code], ['RUR', '190', 'TCD']);
  const refused = dyad('code', article, '--dict', join(dir, 'bad.json'));
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /conflict/);
});

test('--actors/--agents code with PETRARCH-format files alone; a malformed line names file and line', () => {
  const actors = join(dir, 'actors.txt');
  writeFileSync(actors, 'RURITANIA_ [RUR]\n+STRELSAU_\nZENDA_ [ZEN]\n');
  const agents = join(dir, 'agents.txt');
  writeFileSync(agents, 'SOLDIER [~MIL]\n');
  const text = join(dir, 'b.txt');
  writeFileSync(text, 'Ruritania attacked Zenda. Chad attacked Zenda.\n');
  const r = dyad('code', text, '--published', '2024-01-10', '--json', '--actors', actors, '--agents', agents);
  assert.equal(r.status, 0, r.stderr);
  const events = JSON.parse(r.stdout).events.map((e: { source: { code: string }; target: { code: string } }) => `${e.source.code}>${e.target.code}`);
  assert.deepEqual(events, ['RUR>ZEN'], 'only the user\'s actors are known: Chad is not');
  const broken = join(dir, 'broken.txt');
  writeFileSync(broken, 'RURITANIA_ [RUR\n');
  const bad = dyad('code', text, '--actors', broken);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /broken\.txt:1/);
});
