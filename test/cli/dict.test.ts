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

test('--verbs/--discards/--petrarch: a PETRARCH verb file alone, discards honoured, faults named by file and line', () => {
  const actors = join(dir, 'actors2.txt');
  writeFileSync(actors, 'RURITANIA_ [RUR]\nZENDA_ [ZEN]\n');
  const verbs = join(dir, 'verbs.txt');
  writeFileSync(verbs, [
    '####### VERB PATTERNS #######',
    '--- SNUB [111] ---',
    'SNUB',
    '- * {TRADE DELEGATION} [161]',
    '- * OFFER [212]',
    '--- ATTACK [190] ---',
    'ATTACK',
  ].join('\n') + '\n');
  const discards = join(dir, 'discards.txt');
  writeFileSync(discards, 'FRIENDLY MATCH\n');
  const text = join(dir, 'c.txt');
  writeFileSync(text, 'Ruritania will snub the Zenda trade delegation. Ruritania snubbed Zenda. Ruritania attacked Zenda in a friendly match. Ruritania snubbed an offer from Zenda.\n');
  const r = dyad('code', '--json', '--published', '2024-01-10', '--petrarch', '--actors', actors, '--verbs', verbs, '--discards', discards, '--', text);
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout).events.filter((e: { modality: string }) => e.modality === 'asserted')
    .map((e: { source: { code: string }; target: { code: string }; cameo: string; pattern: string }) => `${e.source.code}>${e.target.code} ${e.cameo} ${e.pattern.split(' ')[0].replace(/^.*\//, '')}`);
  assert.deepEqual(got, ['RUR>ZEN 161 verbs.txt:4', 'RUR>ZEN 111 verbs.txt:2', 'RUR>ZEN 111 verbs.txt:2'],
    'the future act coded as an act; the discarded sentence not coded; the pattern with a non-CAMEO code left out');
  assert.match(r.stderr, /verbs\.txt:5: code 212 is not in the CAMEO codebook; pattern not used/);
  const broken = join(dir, 'broken-verbs.txt');
  writeFileSync(broken, '####### VERB PATTERNS #######\n--- SNUB [111] ---\nSNUB\n- * {TRADE DELEGATION [161]\n');
  const bad = dyad('code', '--verbs', broken, '--', text);
  assert.match(bad.stderr, /broken-verbs\.txt:4/);
});

test('dict check --verbs lists what of a verb file is left out, and exits non-zero when something is', () => {
  const verbs = join(dir, 'check-verbs.txt');
  writeFileSync(verbs, '####### VERB PATTERNS #######\n--- SNUB [111] ---\nSNUB\n- * OFFER [212]\n- * {TRADE DELEGATION} [161]\n');
  const r = dyad('dict', 'check', '--verbs', verbs);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /check-verbs\.txt:4: code 212 is not in the CAMEO codebook; pattern not used/);
  assert.match(r.stdout, /1 verbs, 2 patterns read; 1 lines or patterns left out/);
});

test('--verbs given a file of another kind (an actor list) is an error naming the file, not a run with no verbs', () => {
  const actors = join(dir, 'not-verbs.txt');
  writeFileSync(actors, 'RURITANIA_ [RUR]\nZENDA_ [ZEN]\n');
  const r = dyad('code', '--verbs', actors, '--', article);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /not-verbs\.txt: no verb families .* not a PETRARCH\/TABARI verb dictionary/);
});
