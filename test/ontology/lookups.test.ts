import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allCameoCodes,
  cameoEntry,
  hasPloverEvent,
  isCameoCode,
  parentOf,
  ploverFor,
  PLOVER_NONE,
  quadClassOfRoot,
  rootOf,
} from '../../src/events/ontology/index.js';
import { parseCameoTsv } from '../../src/events/ontology/cameo.js';
import { parsePloverTsv } from '../../src/events/ontology/plover.js';

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

test('code arithmetic: root, parent, quad class by root (GDELT)', () => {
  assert.equal(rootOf('0874'), '08');
  assert.equal(parentOf('0874'), '087');
  assert.equal(parentOf('087'), '08');
  assert.equal(parentOf('08'), null);
  assert.deepEqual(ROOTS.map(quadClassOfRoot), [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]);
  assert.throws(() => quadClassOfRoot('21'), /not a CAMEO root/);
  assert.throws(() => quadClassOfRoot('00'), /not a CAMEO root/);
});

test('the codebook has all 20 roots and every code has a Goldstein value, a quad class and a PLOVER label', () => {
  const codes = allCameoCodes();
  assert.ok(codes.length > 300, `${codes.length} codes`);
  for (const r of ROOTS) assert.ok(isCameoCode(r), `root ${r}`);
  for (const code of codes) {
    assert.match(code, /^\d{2,4}$/);
    const e = cameoEntry(code);
    assert.equal(e.code, code);
    assert.equal(e.root, code.slice(0, 2));
    assert.ok(e.name.length > 0);
    assert.ok(e.goldstein >= -10 && e.goldstein <= 10);
    assert.equal(e.quadClass, quadClassOfRoot(e.root));
    assert.match(ploverFor(code).event, /^[A-Z_]+$/);
    if (code.length > 2) assert.ok(isCameoCode(parentOf(code) as string), `parent of ${code}`);
  }
  assert.deepEqual([...codes].sort(), codes, 'codebook order');
});

test('known values', () => {
  assert.deepEqual(cameoEntry('190'), { code: '190', name: 'Use conventional military force', goldstein: -10, quadClass: 4, root: '19' });
  assert.equal(cameoEntry('057').goldstein, 8);
  assert.equal(cameoEntry('057').quadClass, 2);
  assert.equal(cameoEntry('018').name, 'Make empathetic comment'); // the corrected duplicate
  assert.equal(cameoEntry('175').name, 'Use tactics of violent repression');
  assert.equal(cameoEntry('0874').goldstein, 10);
  assert.equal(cameoEntry('1823').goldstein, -10);
  // The 2021 table: 057 Sign formal agreement is SUPPORT (diplomatic), not AGREE.
  assert.deepEqual(ploverFor('057'), { event: 'SUPPORT', mode: null, context: 'diplomatic' });
  assert.deepEqual(ploverFor('036'), { event: 'AGREE', mode: null, context: 'diplomatic' });
  assert.deepEqual(ploverFor('0871'), { event: 'RETREAT', mode: 'ceasefire', context: 'military' });
  assert.deepEqual(ploverFor('091'), { event: 'ACCUSE', mode: 'investigate', context: 'crime; corruption' });
  assert.equal(ploverFor('163').event, 'COERCE'); // listed under 16 but mapped to COERCE by the table
  assert.equal(ploverFor('191').event, 'COERCE');
  assert.equal(ploverFor('08').event, 'CONCEDE');
  assert.equal(ploverFor('084').event, 'RETREAT');
  assert.equal(ploverFor('13').event, 'THREATEN');
});

test('inheritance where the sources are silent', () => {
  // 1951/1952 are in neither the Goldstein scale nor the PLOVER table: both come from 195.
  assert.equal(cameoEntry('1951').goldstein, -10);
  assert.deepEqual(ploverFor('1951'), ploverFor('195'));
  // 1213 has no Goldstein value of its own: from 121.
  assert.equal(cameoEntry('1213').goldstein, cameoEntry('121').goldstein);
  // 01x: no PLOVER event (inherited from the supplement's 01).
  assert.equal(ploverFor('010').event, PLOVER_NONE);
  assert.equal(hasPloverEvent('010'), false);
  assert.equal(hasPloverEvent('190'), true);
});

test('the 02 APPEAL codes take the labels of their 10 DEMAND counterparts', () => {
  for (const code of allCameoCodes().filter((c) => c.startsWith('02') && c.length > 2)) {
    const demand = '10' + code.slice(2);
    assert.deepEqual(ploverFor(code), ploverFor(demand), `${code} vs ${demand}`);
  }
});

test('unknown codes: isCameoCode false, lookups throw a clear error', () => {
  assert.equal(isCameoCode('999'), false);
  assert.equal(isCameoCode('21'), false);
  assert.equal(isCameoCode(''), false);
  assert.throws(() => cameoEntry('999'), /unknown CAMEO code "999"/);
  assert.throws(() => ploverFor('0'), /unknown CAMEO code "0"/);
});

test('entries and labels are frozen: a caller cannot corrupt the shared tables', () => {
  assert.ok(Object.isFrozen(cameoEntry('190')));
  assert.ok(Object.isFrozen(ploverFor('190')));
});

test('parseCameoTsv / parsePloverTsv check what they read', () => {
  const ok = parseCameoTsv('code\tname\tgoldstein\tquad_class\n19\tFight\t-10.0\t4\n190\tUse force\t-10.0\t4\n');
  assert.equal(ok.get('190')?.goldstein, -10);
  assert.throws(() => parseCameoTsv('code\tname\n'), /header/);
  assert.throws(() => parseCameoTsv('code\tname\tgoldstein\tquad_class\n19\tFight\t-10.0\t3\n'), /quad class 3 for 19, expected 4/);
  assert.throws(() => parseCameoTsv('code\tname\tgoldstein\tquad_class\n190\tUse force\t-10.0\t4\n'), /no root entry 19/);
  assert.throws(() => parseCameoTsv('code\tname\tgoldstein\tquad_class\n19\tFight\t\t4\n'), /bad Goldstein/);
  const labels = parsePloverTsv('code\tevent\tmode\tcontext\tfrom\n19\tASSAULT\t\tmilitary\ttable\n');
  assert.deepEqual(labels.get('19'), { event: 'ASSAULT', mode: null, context: 'military' });
  assert.throws(() => parsePloverTsv('code\tevent\tmode\tcontext\tfrom\n19\tASSAULT\t\n'), /3 cells, expected 5/);
});
