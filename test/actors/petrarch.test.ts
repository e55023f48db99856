// PETRARCH/TABARI-format dictionaries: the readers on lines written here, malformed lines, and a Dictionary built
// from them used alone. Fictional places (Xandria, Velmor) so nothing comes from the default dictionary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DictionaryFormatError, dictionaryFromFiles, petrarchDictionary, readPetrarchActors, readPetrarchAgents,
} from '../../src/actors/petrarch.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { doc } from './helpers.js';

const ACTORS = [
  '<!-- A TEST DICTIONARY',
  '# with a comment inside the block -->',
  'XANDRIA_  [XAN]   # the state',
  '+XANDRIAN',
  '+XANDRIANS',
  'VELMOR [VEL]',
  'THE_GREY_COAST [GRY/XAN]',
  'PORT VELLA [velgov]',
  'NOBODY_IN_PARTICULAR  [---]',
  'OSRIC_TALLOW_  # a person: codes follow',
  '+TALLOW_',
  '\t[XANELI <19950601]',
  '\t[XANGOV 19950601 - 20011231]',
  '\t[XANREB > 020101]',
  'MARTA_VOSS',
  'MARTA_V._VOSS',
  '\t[VELGOV 100101-141231]',
  '\t[VELELI]',
  'VELMOR_TRADE_UNION [VELLAB] [VELOPP <050101]',
].join('\n');

const AGENTS = [
  '!PERSON! = MAN, MEN, WOMAN',
  'SOLDIER [~MIL]',
  'POLICE {} [~COP]',
  'MINISTER {MINISTERS, MINISTRIES} [~GOV]',
  'FERRY!PERSON! [~BUS]',
  'RELIEF_AGENCY [NGO~]',
  'CLERIC [~REL]',
  'NEWSPAPER [ ~MED]',
].join('\n');

test('actors: names, synonyms, dated codes on later lines, comment blocks, odd codes kept as written', () => {
  const a = readPetrarchActors(ACTORS, 'test.actors');
  assert.deepEqual(a.map((x) => x.name), ['XANDRIA', 'VELMOR', 'THE GREY COAST', 'PORT VELLA', 'NOBODY IN PARTICULAR',
    'OSRIC TALLOW', 'MARTA VOSS', 'VELMOR TRADE UNION']);
  assert.deepEqual(a[0].synonyms, ['XANDRIAN', 'XANDRIANS']);
  assert.equal(a[0].comment, 'the state');
  assert.deepEqual(a[2].codes, [{ code: 'GRY/XAN' }]);
  assert.deepEqual(a[3].codes, [{ code: 'VELGOV' }]);
  assert.deepEqual(a[4].codes, [{ code: '---' }]);
  assert.deepEqual(a[5].codes, [
    { code: 'XANELI', end: '1995-06-01' },
    { code: 'XANGOV', start: '1995-06-01', end: '2001-12-31' },
    { code: 'XANREB', start: '2002-01-01' },
  ]);
  assert.equal(a[5].line, 10);
  // Names on consecutive lines with no code between them share the codes that follow.
  assert.deepEqual(a[6].synonyms, ['MARTA V. VOSS']);
  assert.deepEqual(a[6].codes, [{ code: 'VELGOV', start: '2010-01-01', end: '2014-12-31' }, { code: 'VELELI' }]);
  assert.deepEqual(a[7].codes, [{ code: 'VELLAB' }, { code: 'VELOPP', end: '2005-01-01' }]);
});

test('agents: substitution sets in place, generated and listed plurals, prefix agents, spaces in brackets', () => {
  const g = readPetrarchAgents(AGENTS, 'test.agents');
  const has = (p: string, code: string, prefix = false) => g.some((x) => x.phrase === p && x.code === code && x.prefix === prefix);
  assert.ok(has('soldier', 'MIL') && has('soldiers', 'MIL'));
  assert.ok(has('police', 'COP') && !g.some((x) => x.phrase === 'polices'));
  assert.ok(has('ministers', 'GOV') && has('ministries', 'GOV') && !g.some((x) => x.phrase === 'minister s'));
  assert.ok(has('ferryman', 'BUS') && has('ferrymen', 'BUS') && has('ferrywoman', 'BUS'));
  assert.ok(has('relief agency', 'NGO', true));
  assert.ok(has('newspaper', 'MED'));
});

function problem(f: () => unknown): DictionaryFormatError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof DictionaryFormatError, String(e));
    return e;
  }
  assert.fail('no error');
}

test('a malformed actors line names the file, the line and what is wrong', () => {
  let e = problem(() => readPetrarchActors('XANDRIA [XAN]\nVELMOR [VEL\n', 'my.actors'));
  assert.equal(e.file, 'my.actors');
  assert.equal(e.line, 2);
  assert.match(e.message, /^my\.actors:2: '\[' without a closing '\]'/);
  e = problem(() => readPetrarchActors('XANDRIA\n\t[XANGOV 19950631X]\n', 'a.txt'));
  assert.equal(e.line, 2);
  assert.match(e.problem, /bad date/);
  e = problem(() => readPetrarchActors('+ORPHAN_SYNONYM\n', 'a.txt'));
  assert.match(e.problem, /synonym \(\+\) with no actor/);
  e = problem(() => readPetrarchActors('XANDRIA [XAN]\nLONELY_NAME\n', 'a.txt'));
  assert.equal(e.line, 2);
  assert.match(e.problem, /has no code/);
  e = problem(() => readPetrarchActors('X [XANGOV 20120301-20110101]', 'a.txt'));
  assert.match(e.problem, /ends before it starts/);
  e = problem(() => readPetrarchActors('X [XANGOV 20120301]', 'a.txt'));
  assert.match(e.problem, /expected <DATE, >DATE or DATE-DATE/);
  e = problem(() => readPetrarchActors('X [XA$N]', 'a.txt'));
  assert.match(e.problem, /bad code 'XA\$N'/);
});

test('a malformed agents line: missing code, unclosed bracket, unknown set, code without ~', () => {
  assert.match(problem(() => readPetrarchAgents('REBEL\n', 'g.txt')).message, /^g\.txt:1: agent with no \[code\]/);
  assert.match(problem(() => readPetrarchAgents('OK [~GOV]\nREBEL [~REB}\n', 'g.txt')).message, /^g\.txt:2: '\[' without/);
  assert.match(problem(() => readPetrarchAgents('!NOPE!_CHIEF [~GOV]\n', 'g.txt')).problem, /unknown substitution set/);
  assert.match(problem(() => readPetrarchAgents('CHIEF [GOV]\n', 'g.txt')).problem, /expected \[~CODE\] or \[CODE~\]/);
});

test('lenient reading reports and skips the bad lines only', () => {
  const errors: string[] = [];
  const a = readPetrarchActors('XANDRIA [XAN]\n\t[XANGOV 990101-980101]\nVELMOR [VEL]\n', 'p.txt', { onError: (e) => errors.push(e.message) });
  assert.equal(a.length, 2);
  assert.deepEqual(a[0].codes, [{ code: 'XAN' }]);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^p\.txt:2:/);
});

test('a dictionary of the user files alone: names, agents after and before, chains, dated codes', () => {
  const d = petrarchDictionary({ actors: readPetrarchActors(ACTORS, 'a'), agents: readPetrarchAgents(AGENTS, 'g') });
  const show = (text: string, date = '2010-06-01') =>
    recognizeActors(doc(text, date), { dictionary: d }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(show('Xandrian soldiers shelled Velmor.'), ['Xandrian soldiers=XANMIL', 'Velmor=VEL']);
  assert.deepEqual(show('The Velmor police arrested a Xandrian cleric.'), ['Velmor police=VELCOP', 'Xandrian cleric=XANREL']);
  assert.deepEqual(show('The police of Xandria protested.'), ['police of Xandria=XANCOP']);
  assert.deepEqual(show('A Velmor relief agency sent food to the Grey Coast.'), ['Velmor relief agency=NGOVEL', 'the Grey Coast=GRY/XAN']);
  assert.deepEqual(show('A Xandrian cleric newspaper objected.'), ['Xandrian cleric newspaper=XANRELMED']);
  // Case: words need a capital, not all capitals; `the` is free.
  assert.deepEqual(show('the grey coast and XANDRIA'), ['XANDRIA=XAN']);
  // Dated codes: the first that covers the date, else the first undated one.
  assert.deepEqual(show('Osric Tallow spoke.', '1990-01-01'), ['Osric Tallow=XANELI']);
  assert.deepEqual(show('Osric Tallow spoke.', '1999-01-01'), ['Osric Tallow=XANGOV']);
  assert.deepEqual(show('Osric Tallow spoke.', '2005-01-01'), ['Osric Tallow=XANREB']);
  assert.deepEqual(show('Marta V. Voss spoke.', '2012-01-01'), ['Marta V. Voss=VELGOV']);
  assert.deepEqual(show('Marta Voss spoke.', '2020-01-01'), ['Marta Voss=VELELI']);
  assert.deepEqual(show('The Velmor Trade Union marched.', '2004-01-01'), ['Velmor Trade Union=VELOPP']);
  assert.deepEqual(show('The Velmor Trade Union marched.', '2006-01-01'), ['Velmor Trade Union=VELLAB']);
  // Nothing from the default dictionary.
  assert.deepEqual(show('Russia and France met.'), []);
});

test('dictionaryFromFiles reads the files and names them in errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
  const actors = join(dir, 'mine.actors.txt');
  const agents = join(dir, 'mine.agents.txt');
  writeFileSync(actors, ACTORS);
  writeFileSync(agents, AGENTS);
  const d = dictionaryFromFiles({ actors, agents });
  assert.equal(recognizeActors(doc('Velmor soldiers left.'), { dictionary: d })[0].actor.code, 'VELMIL');
  writeFileSync(actors, 'XANDRIA [XAN]\n+XANDRIAN\n\t[XANGOV >2001X]\n');
  assert.throws(() => dictionaryFromFiles({ actors }), (e: unknown) =>
    e instanceof DictionaryFormatError && e.file === actors && e.line === 3 && e.message.startsWith(`${actors}:3:`));
});
