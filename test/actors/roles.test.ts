// Roles by date: in office → <ISO><agent>, before and after → <ISO>ELI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { covers, orgCode, resolveRole, type OrgRecord, type PersonRecord } from '../../src/actors/dictionary.js';

const minister: PersonRecord = {
  id: 'jane-roe', name: 'Jane Roe', names: ['Jane Roe'], surname: 'Roe',
  roles: [
    { country: 'XYZ', title: 'defence minister', agent: 'MIL', start: '2012-11-06', end: '2024-05-12', src: 'curated' },
    { country: 'XYZ', title: 'security council secretary', agent: 'GOV', start: '2024-05-12', src: 'curated' },
  ],
};

test('a person in office is coded with the role held on the date', () => {
  assert.equal(resolveRole(minister, '2015-01-01').code, 'XYZMIL');
  assert.equal(resolveRole(minister, '2026-01-31').code, 'XYZGOV');
  assert.equal(resolveRole(minister, '2026-01-31').role?.title, 'security council secretary');
});

test('before the first role and after the last, the person is an elite (ELI)', () => {
  assert.equal(resolveRole(minister, '2000-01-01').code, 'XYZELI');
  const former: PersonRecord = { ...minister, roles: [minister.roles[0]] };
  assert.equal(resolveRole(former, '2025-01-01').code, 'XYZELI');
  assert.equal(resolveRole(former, '2025-01-01').country, 'XYZ');
});

test('year-only bounds cover the whole year; month bounds the whole month', () => {
  assert.ok(covers({ start: '2019', end: '2021' }, '2021-12-31'));
  assert.ok(!covers({ start: '2019', end: '2021' }, '2022-01-01'));
  assert.ok(covers({ start: '2024-08' }, '2024-08-01'));
  assert.ok(!covers({ start: '2024-08' }, '2024-07-31'));
});

test('a curated role outranks a source role on the same date', () => {
  const p: PersonRecord = {
    id: 'x', name: 'X Y', names: ['X Y'],
    roles: [
      { country: 'XYZ', title: 'president', agent: 'GOV', start: '2019', src: 'wikidata' },
      { country: 'XYZ', title: 'leader', agent: 'REB', start: '2018', src: 'curated' },
    ],
  };
  assert.equal(resolveRole(p, '2020-06-01').code, 'XYZREB');
});

test('organisation codes by date', () => {
  const o: OrgRecord = {
    id: 'o', name: 'Kofi', names: ['Kofi'], country: 'IGO', kind: 'igo',
    codes: [{ code: 'IGOUNO', start: '1997-01-01', end: '2006-12-31' }, { code: 'ELI' }],
  };
  assert.equal(orgCode(o, '2000-01-01'), 'IGOUNO');
  assert.equal(orgCode(o, '2010-01-01'), 'ELI');
});
