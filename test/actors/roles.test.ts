// Roles by date: in office → <ISO><agent>, before and after → <ISO>ELI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { covers, orgCode, pickPerson, resolveRole, type OrgRecord, type PersonRecord } from '../../src/actors/dictionary.js';
import { codes, mentions } from './helpers.js';

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

// ---------------------------------------------------------------- people sharing a surname, by date

const elder: PersonRecord = {
  id: 'elder', name: 'Amos Quill', names: ['Amos Quill'], surname: 'Quill',
  roles: [
    { country: 'XYZ', title: 'vice president', agent: 'GOV', start: '1981-01-20', end: '1989-01-20', src: 'phoenix' },
    { country: 'XYZ', title: 'president', agent: 'GOV', start: '1989-01-20', end: '1993-01-20', src: 'phoenix', seat: 'hos' },
  ],
};
const younger: PersonRecord = {
  id: 'younger', name: 'Ben Quill', names: ['Ben Quill'], surname: 'Quill',
  roles: [{ country: 'XYZ', title: 'president', agent: 'GOV', start: '2001-01-20', end: '2009-01-20', src: 'phoenix', seat: 'hos' }],
};
const abroad: PersonRecord = {
  id: 'abroad', name: 'Cy Quill', names: ['Cy Quill'], surname: 'Quill',
  roles: [{ country: 'ABC', title: 'minister', agent: 'GOV', start: '2001-11-08', end: '2005-05-18', src: 'phoenix' }],
};

test('title and surname: the holder of the title on the date', () => {
  assert.equal(pickPerson([elder, younger, abroad], '2003-06-01', { title: 'president' })?.id, 'younger');
  assert.equal(pickPerson([elder, younger, abroad], '1991-06-01', { title: 'president' })?.id, 'elder');
  // In 1985 the elder was vice president, not president: no president of that name held office; the nearest
  // president of the one country is the elder (1989), out of office (ELI).
  assert.equal(pickPerson([elder, younger], '1985-06-01', { title: 'president' })?.id, 'elder');
  assert.equal(resolveRole(elder, '1985-06-01').code, 'XYZGOV');
  // Between their terms: the nearer one.
  assert.equal(pickPerson([elder, younger], '2000-01-01', { title: 'president' })?.id, 'younger');
  assert.equal(resolveRole(younger, '2000-01-01').code, 'XYZELI');
  assert.equal(pickPerson([elder, younger], '1995-01-01', { title: 'president' })?.id, 'elder');
});

test('surname alone: the only one in office; a head of state before a minister; else nearest within one country', () => {
  assert.equal(pickPerson([elder, younger, abroad], '1991-06-01')?.id, 'elder');
  // Two in office (2003): the head of state.
  assert.equal(pickPerson([elder, younger, abroad], '2003-06-01')?.id, 'younger');
  // Nobody in office: only with `nearest`, and only when they all belong to one country.
  assert.equal(pickPerson([elder, younger], '2015-01-01'), null);
  assert.equal(pickPerson([elder, younger], '2015-01-01', { nearest: true })?.id, 'younger');
  assert.equal(pickPerson([elder, younger, abroad], '2015-01-01', { nearest: true }), null);
  assert.equal(pickPerson([elder], '1970-01-01', { nearest: true })?.id, 'elder');
  assert.equal(resolveRole(elder, '1970-01-01').code, 'XYZELI');
});

test('a person known only as an elite keeps the country on every date', () => {
  const p: PersonRecord = { id: 'e', name: 'D E', names: ['D E'], roles: [{ country: 'XYZ', title: '', agent: 'ELI', src: 'phoenix' }] };
  assert.equal(resolveRole(p, '1950-01-01').code, 'XYZELI');
  assert.equal(resolveRole(p, '2026-01-01').role, null);
  assert.equal(resolveRole(p, '2026-01-01').country, 'XYZ');
});

test('the default dictionary: historical leaders by date', () => {
  assert.deepEqual(codes('President Bush met the press.', '2003-05-01'), ['President Bush=USAGOV']);
  assert.equal(mentions('President Bush met the press.', '2003-05-01')[0].actor.entity, 'person:george-w-bush');
  assert.equal(mentions('President Bush met the press.', '1991-05-01')[0].actor.entity, 'person:george-bush');
  assert.deepEqual(codes('Bush thanked the troops.', '1991-03-01'), ['Bush=USAGOV@surname']);
  assert.equal(mentions('Bush thanked the troops.', '1991-03-01')[0].actor.entity, 'person:george-bush');
  assert.deepEqual(codes('Putin named a new cabinet.', '2000-06-01'), ['Putin=RUSGOV@surname']);
  assert.deepEqual(codes('Yeltsin named a new cabinet.', '1995-06-01'), ['Yeltsin=RUSGOV@surname']);
  // Out of office, a surname alone needs the person's country in the text.
  assert.deepEqual(codes('Yeltsin wrote a memoir.', '2005-06-01'), []);
  assert.deepEqual(codes('Yeltsin wrote a memoir of Russia.', '2005-06-01'), ['Yeltsin=RUSELI@surname', 'Russia=RUS']);
  assert.deepEqual(codes('Vladimir Putin wrote a memoir.', '1992-06-01'), ['Vladimir Putin=RUSELI']);
  assert.deepEqual(codes('Prime Minister Vladimir Putin visited Minsk.', '2010-06-01'), ['Prime Minister Vladimir Putin=RUSGOV', 'Minsk=BLRGOV@metonym']);
});

test('the default dictionary: common words, days, first names, acronyms and other people\'s surnames', () => {
  assert.deepEqual(codes('MAGA rallies grew.', '2020-06-01'), []);
  // An earlier full name of someone not in the dictionary claims the surname.
  assert.deepEqual(codes('Judge Ellen Gorbachev ruled. Gorbachev said so.', '1990-06-01'), []);
  assert.deepEqual(codes('Brown rice prices rose.', '2008-06-01'), []);
  assert.deepEqual(codes('Talks resumed on Friday.', '2008-06-01'), []);
  assert.deepEqual(codes('Ford recalled the cars.', '2010-06-01'), []);
  assert.deepEqual(codes('Kate Bush sang.', '2003-06-01'), []);
});
