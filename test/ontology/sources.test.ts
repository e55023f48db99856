import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  formatCameoTsv,
  formatPloverTsv,
  mergeOntology,
  parseCameo2Plover,
  parseCodefile,
  parseGoldsteinScale,
} from '../../src/events/ontology/sources.js';

const REPO = new URL('../../../', import.meta.url);
const SHARED = new URL('../shared/', REPO);

const CODEFILE = `//CAMEO Codelist Version: 0.7b5
//
//01: MAKE PUBLIC STATEMENT
LABEL: 010= Make statement
LABEL: 018= Make empathetic commment
LABEL: 018= Make empathetic comment
//
//02= APPEAL
LABEL: 021= Appeal for material cooperation
LABELi: 021= Appeal for cooperation
LABEL: 0211= Appeal for economic cooperation
LABEL: 0211i= Appeal for trade
LABELi: 0214= Appeal for intelligence
LABELi: 13y= Threaten with repression
~~~~~
`;

test('parseCodefile: root names from comments, later LABEL wins, LABELi only as a fallback, variant codes skipped', () => {
  const { names, notes } = parseCodefile(CODEFILE);
  assert.deepEqual([...names.entries()].sort(), [
    ['01', 'Make public statement'],
    ['010', 'Make statement'],
    ['018', 'Make empathetic comment'],
    ['02', 'Appeal'],
    ['021', 'Appeal for material cooperation'],
    ['0211', 'Appeal for economic cooperation'],
    ['0214', 'Appeal for intelligence'],
  ]);
  assert.ok(notes.some((n) => n.note.includes('018') && n.line === 6));
  assert.ok(notes.some((n) => n.note.includes('0211i')));
});

test('parseGoldsteinScale: header skipped, values read, bad lines and contradictions rejected', () => {
  const g = parseGoldsteinScale('CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n011\t-0.1\n190\t-10.0\n\n');
  assert.deepEqual([...g], [['01', 0], ['011', -0.1], ['190', -10]]);
  assert.throws(() => parseGoldsteinScale('H\n01\tx\n'), /line 2/);
  assert.throws(() => parseGoldsteinScale('H\n01\t11\n'), /line 2/);
  assert.throws(() => parseGoldsteinScale('H\n01\t1.0\n01\t2.0\n'), /01 is 2 here but 1 earlier/);
});

const TABLE = `# CAMEO to PLOVER conversion table
# comment

03: AGREE
030: AGREE,  , diplomatic # Express intent to cooperate
035: AGREE,  ,      # Express intent to yield
091: ACCUSE, investigate, crime; corruption # Investigate crime, corruption
0861: RETREAT, access , peacekeeping # Receive deployment of peacekeepers
08: CONCEDE
08: RETREAT
~~~~~
`;

test('parseCameo2Plover: blank mode/context are null, comments dropped, contexts kept, first of a repeated code wins', () => {
  const { labels, notes } = parseCameo2Plover(TABLE);
  assert.deepEqual(labels.get('03'), { event: 'AGREE', mode: null, context: null });
  assert.deepEqual(labels.get('030'), { event: 'AGREE', mode: null, context: 'diplomatic' });
  assert.deepEqual(labels.get('035'), { event: 'AGREE', mode: null, context: null });
  assert.deepEqual(labels.get('091'), { event: 'ACCUSE', mode: 'investigate', context: 'crime; corruption' });
  assert.deepEqual(labels.get('0861'), { event: 'RETREAT', mode: 'access', context: 'peacekeeping' });
  assert.equal(labels.get('08')?.event, 'CONCEDE');
  assert.equal(notes.length, 1);
  assert.match(notes[0].note, /08 repeated as RETREAT/);
  assert.throws(() => parseCameo2Plover('030: agree, , x\n'), /line 1/);
  assert.throws(() => parseCameo2Plover('030: AGREE, a, b, c\n'), /line 1/);
});

function tiny() {
  const codebook = parseCodefile(
    ['//03: INTEND', 'LABEL: 030= Intend', 'LABEL: 031= Intend material', 'LABEL: 0311= Intend economic',
      '//14: PROTEST', 'LABEL: 141= Demonstrate', 'LABEL: 1411= Demonstrate for change'].join('\n'),
  );
  const goldstein = parseGoldsteinScale('H\n03\t4.0\n030\t4.0\n031\t5.2\n14\t-6.5\n141\t-6.5\n');
  const table = parseCameo2Plover('03: AGREE\n031: AGREE, , economic\n14: PROTEST\n141: PROTEST, demo,\n');
  return { codebook, goldstein, table };
}

test('mergeOntology: codes missing from a source inherit from the nearest parent; quad class by root', () => {
  const { codebook, goldstein, table } = tiny();
  const { rows } = mergeOntology(codebook, goldstein, table, parseCameo2Plover(''));
  const by = new Map(rows.map((r) => [r.code, r]));
  assert.deepEqual(rows.map((r) => r.code), ['03', '030', '031', '0311', '14', '141', '1411']);
  // 0311: Goldstein from 031, PLOVER from 031; 030: PLOVER from the root 03.
  assert.equal(by.get('0311')?.goldstein, 5.2);
  assert.equal(by.get('0311')?.goldsteinFrom, 'parent 031');
  assert.deepEqual(by.get('0311')?.plover, { event: 'AGREE', mode: null, context: 'economic' });
  assert.equal(by.get('0311')?.ploverFrom, 'parent 031');
  assert.equal(by.get('030')?.ploverFrom, 'parent 03');
  assert.equal(by.get('031')?.ploverFrom, 'table');
  assert.equal(by.get('1411')?.goldstein, -6.5);
  assert.deepEqual(by.get('1411')?.plover, { event: 'PROTEST', mode: 'demo', context: null });
  assert.equal(by.get('03')?.quadClass, 1);
  assert.equal(by.get('1411')?.quadClass, 4);
});

test('mergeOntology: the supplement fills codes the table leaves out, and may not overlap it', () => {
  const { codebook, goldstein, table } = tiny();
  const noRoot = parseCameo2Plover('031: AGREE, , economic\n14: PROTEST\n');
  assert.throws(() => mergeOntology(codebook, goldstein, noRoot, parseCameo2Plover('')), /no PLOVER label for 03\b/);
  const { rows } = mergeOntology(codebook, goldstein, noRoot, parseCameo2Plover('03: AGREE # filled\n'));
  assert.equal(rows.find((r) => r.code === '030')?.ploverFrom, 'parent 03');
  assert.equal(rows.find((r) => r.code === '03')?.ploverFrom, 'supplement');
  assert.throws(() => mergeOntology(codebook, goldstein, table, parseCameo2Plover('03: AGREE\n')), /already in the 2021 table/);
  assert.throws(() => mergeOntology(codebook, parseGoldsteinScale('H\n14\t-6.5\n'), table, parseCameo2Plover('')), /no Goldstein value for 03/);
});

test('formatCameoTsv / formatPloverTsv: header, one decimal, empty cells for null', () => {
  const { codebook, goldstein, table } = tiny();
  const { rows } = mergeOntology(codebook, goldstein, table, parseCameo2Plover(''));
  const cameo = formatCameoTsv(rows).split('\n');
  assert.equal(cameo[0], 'code\tname\tgoldstein\tquad_class');
  assert.equal(cameo[1], '03\tIntend\t4.0\t1');
  const plover = formatPloverTsv(rows).split('\n');
  assert.equal(plover[0], 'code\tevent\tmode\tcontext\tfrom');
  assert.equal(plover[1], '03\tAGREE\t\t\ttable');
});

const sources = {
  codefile: new URL('data/reference/cameo-codes/CAMEO_codefile.txt', SHARED),
  goldstein: new URL('data/reference/cameo-codes/CAMEO.goldsteinscale.txt', SHARED),
  plover: new URL('data/plover-gsr/CAMEO2PLOVER-2021.txt', SHARED),
};
const haveShared = Object.values(sources).every((u) => existsSync(u));

test('the committed data files are what the build makes from ../shared', { skip: !haveShared && 'no ../shared' }, () => {
  const read = (u: URL) => readFileSync(u, 'utf8');
  const { rows } = mergeOntology(
    parseCodefile(read(sources.codefile)),
    parseGoldsteinScale(read(sources.goldstein)),
    parseCameo2Plover(read(sources.plover)),
    parseCameo2Plover(read(new URL('data/ontology/plover-supplement.txt', REPO))),
  );
  assert.equal(read(new URL('data/ontology/cameo.tsv', REPO)), formatCameoTsv(rows));
  assert.equal(read(new URL('data/ontology/cameo2plover.tsv', REPO)), formatPloverTsv(rows));
});
