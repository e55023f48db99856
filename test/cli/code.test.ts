// `dyad code` through the real CLI: the JSON contract, the table, --published, and bad inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));

function dyad(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
}

const ARTICLE = `Border talks collapse

March 3, 2024

Peru accused Chile of espionage on Monday. Chile rejected the accusation.

Peru could expel Chile's ambassador, officials said.
`;

test('--json prints one contract document per article, machine-clean', () => {
  const file = join(dir, 'border.txt');
  writeFileSync(file, ARTICLE);
  const r = dyad('code', file, '--json');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const doc = JSON.parse(lines[0]);
  assert.deepEqual(Object.keys(doc).sort(), ['article', 'events', 'times']);
  assert.equal(doc.article.id, 'border');
  assert.equal(doc.article.title, 'Border talks collapse');
  assert.match(doc.article.published, /^2024-03-03/);
  const e = doc.events.find((x: { cameo: string }) => x.cameo.startsWith('112'));
  assert.ok(e, JSON.stringify(doc.events));
  for (const k of ['id', 'sentence', 'sentence_index', 'span', 'source', 'target', 'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'date', 'modality']) {
    assert.ok(k in e, `event has ${k}`);
  }
  assert.deepEqual(e.source, { code: 'PER', country: 'PER', text: 'Peru' });
  assert.equal(e.target.country, 'CHL');
  assert.deepEqual(e.date, { start: '2024-02-26', end: '2024-02-26', precision: 'day', text: 'on Monday' });
  assert.equal(e.modality, 'asserted');
  assert.ok(doc.events.some((x: { modality: string }) => x.modality === 'hypothetical'), 'the conditional expulsion is kept, labelled');
  assert.ok(doc.times.length >= 1);
});

test('JSONL input: one document per line, ids from the lines', () => {
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'a1', text: 'Japan praised India.', published: '2023-05-01' }),
    JSON.stringify({ id: 'a2', text: 'India thanked Japan.', published: '2023-05-02' }),
  ].join('\n'));
  const r = dyad('code', file, '--json');
  assert.equal(r.status, 0, r.stderr);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id);
  assert.deepEqual(ids, ['a1', 'a2']);
});

test('--published dates plain text without a dateline', () => {
  const file = join(dir, 'plain.txt');
  writeFileSync(file, 'Kenya condemned Uganda yesterday.\n');
  const r = dyad('code', file, '--json', '--published', '2022-07-09');
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.events[0].date.start, '2022-07-08');
  assert.notEqual(dyad('code', file, '--published', '2022-13-40').status, 0, 'a bad date is refused');
});

test('the table names the article and shows each event', () => {
  const file = join(dir, 'border.txt');
  const r = dyad('code', file);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /border — Border talks collapse/);
  assert.match(r.stdout, /PER\s+112\d?\s+ACCUSE\s+CHL/);
});

test('bad inputs are named with their cause; the others are still coded; exit 0 unless nothing was', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'blob.txt');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  // Not UTF-8 but Windows-1252 (`Café`): decoded, not refused.
  const latin = join(dir, 'latin.txt');
  writeFileSync(latin, Buffer.from('Chile praised Peru at the caf\xe9.\n', 'latin1'));
  const badLines = join(dir, 'bad.jsonl');
  writeFileSync(badLines, `${JSON.stringify({ id: 'ok', text: 'Chad praised Niger.' })}\n{not json\n`);
  const good = join(dir, 'border.txt');
  const r = dyad('code', empty, binary, latin, badLines, good, '--json');
  assert.equal(r.status, 0, 'some inputs were coded');
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /blob\.txt: binary file/);
  assert.match(r.stderr, /bad\.jsonl:2: not JSON/);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((d) => d.article.id), ['latin', 'ok', 'border']);
  assert.match(docs[0].events[0].sentence, /café/);
  const none = dyad('code', empty, binary);
  assert.notEqual(none.status, 0, 'nothing coded: non-zero exit');
  assert.equal(none.stdout, '');
});

test('--no-cameo-verbs codes with dyad\'s own patterns only: the imported CAMEO 2.0 layer is left out', () => {
  const file = join(dir, 'flights.txt');
  // `announce … restrictions` is coded by no pattern of dyad's own, only by an imported CAMEO 2.0 one (160).
  writeFileSync(file, 'Peru announced new restrictions on flights to Chile on Monday. Peru accused Chile of espionage.\n');
  const codes = (r: ReturnType<typeof dyad>) => {
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout).events as { cameo: string; pattern?: string }[]).map((e) => `${e.cameo} ${e.pattern ?? ''}`);
  };
  const all = codes(dyad('code', file, '--json', '--published', '2024-05-01'));
  assert.ok(all.some((c) => /^160 CAMEO\.2\.0\.txt:\d+/.test(c)), all.join('; '));
  const own = codes(dyad('code', file, '--json', '--published', '2024-05-01', '--no-cameo-verbs'));
  assert.ok(!own.some((c) => /CAMEO\.2\.0/.test(c)), own.join('; '));
  assert.ok(own.some((c) => /^112/.test(c)), 'dyad\'s own patterns still code: ' + own.join('; '));
});
