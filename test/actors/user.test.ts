// The native format for a user's own actors (JSON), its errors, conflicts with the defaults, and the merge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionary } from '../../src/actors/dictionary.js';
import { DictionaryFormatError } from '../../src/actors/petrarch.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import {
  UserDictionaryConflictError, checkUserDictionary, findConflicts, formatConflict, loadUserDictionary,
  mergeUserDictionary, readUserDictionary,
} from '../../src/actors/user.js';
import { doc } from './helpers.js';

const MINE = `{
  "actors": [
    { "name": "Ruritania", "code": "RUR", "kind": "country", "aliases": ["Kingdom of Ruritania"],
      "demonyms": ["Ruritanian", "Ruritanians"], "capital": "Strelsau" },
    { "name": "Rudolf Rassendyll", "surname": "Rassendyll",
      "roles": [{ "code": "RURGOV", "title": "king", "start": "2019-05-01", "end": "2023" }] },
    { "name": "Zenda Party", "codes": [{ "code": "RUROPP", "end": "2019-12-31" }, { "code": "RURGOV", "start": "2020-01-01" }] },
    { "name": "Hentzau Legion", "code": "RURREB", "aliases": ["HL"] }
  ]
}`;

function show(d: ReturnType<typeof dictionary>, text: string, date: string): string[] {
  return recognizeActors(doc(text, date), { dictionary: d }).map((m) => `${m.text}=${m.actor.code}`);
}

test('reading: kinds inferred, dated codes, roles, entry lines', () => {
  const e = readUserDictionary(MINE, 'mine.json');
  assert.deepEqual(e.map((x) => x.kind), ['country', 'person', 'group', 'group']);
  assert.deepEqual(e.map((x) => x.line), [3, 5, 7, 8]);
  assert.deepEqual(e[2].codes, [{ code: 'RUROPP', end: '2019-12-31' }, { code: 'RURGOV', start: '2020-01-01' }]);
  assert.deepEqual(e[1].roles, [{ code: 'RURGOV', title: 'king', start: '2019-05-01', end: '2023' }]);
  // A bare array is accepted.
  assert.equal(readUserDictionary('[{"name": "Hentzau Legion", "code": "RURREB"}]', 'x.json').length, 1);
});

test('reading: errors name the file, the line and the problem', () => {
  const bad = (text: string, re: RegExp, line?: number) => assert.throws(() => readUserDictionary(text, 'bad.json'),
    (e: unknown) => e instanceof DictionaryFormatError && re.test(e.message) && e.message.startsWith('bad.json:')
      && (line === undefined || e.line === line));
  bad('{"actors": [\n{"name": "A", "code": "RUR"},\n{"name": "B", "alias": ["C"], "code": "RUR"}]}', /entry 2: unknown field "alias"/, 3);
  bad('[{"name": "A", "code": "rur"}]', /bad code "rur"/);
  bad('[{"name": "A", "codes": [{"code": "RUROPP", "start": "2020-13-01"}]}]', /bad date "2020-13-01"/);
  bad('[{"name": "A", "codes": [{"code": "RUROPP", "start": "2020", "end": "2019"}]}]', /ends before it starts/);
  bad('[{"name": "A B", "kind": "person", "code": "RURGOV"}]', /a person needs "roles"/);
  bad('[{"name": "A", "kind": "planet", "code": "RUR"}]', /bad kind "planet"/);
  bad('[{"code": "RUR"}]', /"name" must be a non-empty string/);
  bad('{"actors": [\n{"name": "A", "code": "RUR"},,\n]}', /not valid JSON/, 2);
  bad('{"things": []}', /expected an array of entries/);
  assert.throws(() => readUserDictionary('actors: []', 'mine.yaml'), /YAML is not read/);
});

test('conflicts: a name the defaults code differently is reported, with its line; same codes are not', () => {
  const base = dictionary();
  const entries = readUserDictionary(`[
    {"name": "Hezbollah", "code": "LBNGOV"},
    {"name": "Hamas", "code": "PSEREBHMS"},
    {"name": "Kremlin Watchers", "code": "RUSOPP", "aliases": ["Russia"]},
    {"name": "Amnesty International", "code": "NGOHRI", "override": true}
  ]`, 'c.json');
  const c = findConflicts(base, entries);
  assert.deepEqual(c.map((x) => `${x.name}:${x.userCodes.join('/')}:${x.defaultCodes.join('/')}:${x.line}`),
    ['Hezbollah:LBNGOV:LBNREB:2', 'Russia:RUSOPP:RUS:4']);
  assert.match(formatConflict(c[0], 'c.json'), /^c\.json:2: "Hezbollah" is LBNGOV here but LBNREB in the defaults \(org "Hezbollah"\)/);
  assert.equal(findConflicts(base, entries, { includeOverrides: true }).length, 3);
});

test('merge: user names over the defaults; conflicts refuse the merge unless skipped or overridden', () => {
  const base = dictionary();
  const d = mergeUserDictionary(base, readUserDictionary(MINE, 'mine.json'));
  assert.deepEqual(show(d, 'Ruritanian troops massed as Rudolf Rassendyll met Emmanuel Macron.', '2021-03-01'),
    ['Ruritanian troops=RURMIL', 'Rudolf Rassendyll=RURGOV', 'Emmanuel Macron=FRAGOV']);
  assert.deepEqual(show(d, 'Later Rassendyll spoke for the Zenda Party.', '2019-06-01'), ['Rassendyll=RURGOV', 'Zenda Party=RUROPP']);
  assert.deepEqual(show(d, 'Rudolf Rassendyll and the Zenda Party met in Strelsau.', '2024-06-01'),
    ['Rudolf Rassendyll=RURELI', 'Zenda Party=RURGOV', 'Strelsau=RUR']);
  assert.deepEqual(show(d, 'The HL attacked. Strelsau protested.', '2024-06-01'), ['HL=RURREB', 'Strelsau=RURGOV']);
  // The defaults are untouched.
  assert.deepEqual(show(base, 'Ruritanian troops massed.', '2021-03-01'), []);

  const clash = readUserDictionary('[{"name": "Hezbollah", "code": "LBNGOV"}, {"name": "Ruritania", "code": "RUR"}]', 'clash.json');
  assert.throws(() => mergeUserDictionary(base, clash, { file: 'clash.json' }), (e: unknown) =>
    e instanceof UserDictionaryConflictError && e.conflicts.length === 1 && /clash\.json:1: "Hezbollah"/.test(e.message));
  const skipped = mergeUserDictionary(base, clash, { conflicts: 'skip' });
  assert.deepEqual(show(skipped, 'Hezbollah fired on Ruritania.', '2021-03-01'), ['Hezbollah=LBNREB', 'Ruritania=RUR']);
  const overridden = mergeUserDictionary(base, readUserDictionary('[{"name": "Hezbollah", "code": "LBNGOV", "override": true}]', 'o.json'));
  assert.deepEqual(show(overridden, 'Hezbollah fired.', '2021-03-01'), ['Hezbollah=LBNGOV']);
});

test('files: checkUserDictionary and loadUserDictionary read a path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-user-'));
  const f = join(dir, 'mine.json');
  writeFileSync(f, '[\n  {"name": "Hezbollah", "code": "LBNGOV"},\n  {"name": "Hentzau Legion", "code": "RURREB"}\n]\n');
  const c = checkUserDictionary(dictionary(), f);
  assert.equal(c.length, 1);
  assert.equal(c[0].line, 2);
  assert.throws(() => loadUserDictionary(f), UserDictionaryConflictError);
  const d = loadUserDictionary(f, dictionary(), { conflicts: 'skip' });
  assert.deepEqual(show(d, 'The Hentzau Legion attacked.', '2021-03-01'), ['Hentzau Legion=RURREB']);
});
