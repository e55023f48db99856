// Readers of the reference formats, on a few lines of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  displayCase, factbookDate, parseCameoTable, parseCountryInfo, parseCsv, parseFactbookLeaders, parsePhoenixActors, parsePhoenixAgents,
  phoenixCode, phoenixDate, pluralize, slug,
} from '../../src/actors/sources.js';

test('phoenix dates: six and eight digits', () => {
  assert.equal(phoenixDate('080508'), '2008-05-08');
  assert.equal(phoenixDate('700101'), '1970-01-01');
  assert.equal(phoenixDate('20040309'), '2004-03-09');
  assert.equal(phoenixDate('2004'), null);
});

test('phoenix codes: open, closed and undated', () => {
  assert.deepEqual(phoenixCode('RUSGOV >080508'), { code: 'RUSGOV', start: '2008-05-08' });
  assert.deepEqual(phoenixCode('RUSELI 700101-990809'), { code: 'RUSELI', start: '1970-01-01', end: '1999-08-09' });
  assert.deepEqual(phoenixCode('HTIOPPMED <061231'), { code: 'HTIOPPMED', end: '2006-12-31' });
  assert.deepEqual(phoenixCode('IGOUNO'), { code: 'IGOUNO' });
  assert.equal(phoenixCode('---'), null);
});

test('phoenix actors: roots, synonyms, codes on later lines, comments, codeless roots dropped', () => {
  const text = [
    '# a comment',
    'ACME_PARTY_ [XYZOPP] # inline comment',
    '+ACME_',
    '',
    'JOHN_DOE_  # CountryInfo.txt',
    '+DOE_',
    '+PRESIDENT_DOE',
    '\t[XYZELI 700101-990809]',
    '\t[XYZGOV >990809]',
    'NO_CODE_HERE_',
    'NEXT_ [IGOUNO]',
  ].join('\n');
  const a = parsePhoenixActors(text);
  assert.equal(a.length, 3);
  assert.deepEqual(a[0], { name: 'ACME PARTY', synonyms: ['ACME'], codes: [{ code: 'XYZOPP' }] });
  assert.equal(a[1].name, 'JOHN DOE');
  assert.deepEqual(a[1].synonyms, ['DOE', 'PRESIDENT DOE']);
  assert.deepEqual(a[1].codes, [
    { code: 'XYZELI', start: '1970-01-01', end: '1999-08-09' },
    { code: 'XYZGOV', start: '1999-08-09' },
  ]);
  assert.equal(a[2].name, 'NEXT');
});

test('phoenix agents: substitution sets, explicit and generated plurals, IGO markers', () => {
  const text = [
    '!MINIST! = MINISTER, MINISTRY',
    'FOREIGN_!MINIST! [~GOV]',
    'TROOP [~MIL]',
    'POLICE {} [~COP]',
    'THIEF {THIEVES} [~CRM]',
    'MILITIAMAN [~UAF]',
    'PEACEKEEPING_TROOPS {} [IGO~]',
  ].join('\n');
  const a = parsePhoenixAgents(text);
  const phrases = a.map((x) => `${x.phrase}=${x.code}`);
  assert.ok(phrases.includes('foreign minister=GOV'));
  assert.ok(phrases.includes('foreign ministry=GOV'));
  assert.ok(phrases.includes('troop=MIL') && phrases.includes('troops=MIL'));
  assert.ok(phrases.includes('police=COP') && !phrases.includes('polices=COP'));
  assert.ok(phrases.includes('thieves=CRM'));
  assert.ok(phrases.includes('militiamen=UAF'));
  assert.equal(a.find((x) => x.phrase === 'peacekeeping troops')?.suffix, false);
});

test('plurals', () => {
  assert.equal(pluralize('army'), 'armies');
  assert.equal(pluralize('armed force'), 'armed forces');
  assert.equal(pluralize('witness'), 'witnesses');
  assert.equal(pluralize('spokesman'), 'spokesmen');
});

test('csv: quotes, doubled quotes, commas inside', () => {
  const rows = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n');
  assert.deepEqual(rows, [['a', 'b', 'c'], ['1', 'x, y', 'say "hi"']]);
});

test('factbook dates and leaders', () => {
  assert.equal(factbookDate('7 May 2012'), '2012-05-07');
  assert.equal(factbookDate('May 2012'), '2012-05');
  const [p] = parseFactbookLeaders('President Vladimir Vladimirovich PUTIN (since 7 May 2012)');
  assert.deepEqual(p, { title: 'president', name: 'Vladimir Vladimirovich Putin', key: 'Putin', short: 'Vladimir Putin', since: '2012-05-07' });
  const [k] = parseFactbookLeaders('Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)');
  assert.equal(k.title, 'supreme leader');
  assert.equal(k.short, 'Ali Khamenei');
  const [x] = parseFactbookLeaders('President XI Jinping (since 14 March 2013)');
  assert.equal(x.name, 'Xi Jinping');
  assert.equal(x.key, 'Xi');
  const [m] = parseFactbookLeaders('Crown Prince and Prime Minister MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud (since 27 September 2022)');
  assert.equal(m.key, 'Muhammad bin Salman');
  const two = parseFactbookLeaders('King CHARLES III (since 8 September 2022); represented by Governor General Jane DOE (since 1 July 2024)');
  assert.equal(two.length, 1);
  assert.equal(two[0].name, 'Charles III');
});

test('display case and slugs', () => {
  assert.equal(displayCase('EL-SISI', true), 'El-Sisi');
  assert.equal(displayCase('BIN'), 'bin');
  assert.equal(slug('Jean-Noël Barrot'), 'jean-noel-barrot');
});

test('cameo tables', () => {
  const t = parseCameoTable('Government\tGOV\tGOV\nNULL\t---\t000\nAmerican Samoa\tUSAASM\t000\n');
  assert.deepEqual(t, [{ label: 'Government', code: 'GOV' }, { label: 'American Samoa', code: 'USAASM' }]);
});

test('CountryInfo terms: a country block is filed under its CAMEO code, a territory under its ISO tag', () => {
  const text = [
    '<Country>', '<CountryCode>PER</CountryCode>', '<ISO3166-alpha3>CHL</ISO3166-alpha3>', '<Leaders>', '\t<Presidents>',
    '\t\tANA_QUISPE_\t[20010101 - 20050101]', '\t</Presidents>', '</Leaders>', '</Country>',
    '<Country>', '<CountryCode>TMP</CountryCode>', '<ISO3166-alpha3>TLS</ISO3166-alpha3>', '<Leaders>', '\t<Presidents>',
    '\t\tJOAO_SOARES_\t[20020101 - 20070101]', '\t</Presidents>', '</Leaders>', '</Country>',
    '<Country>', '<CountryCode>FRAGUF</CountryCode>', '<ISO3166-alpha3>GUF</ISO3166-alpha3>', '<Leaders>', '\t<Prefects>',
    '\t\tMARC_DUPONT_\t[20030101 - 20060101]', '\t</Prefects>', '</Leaders>', '</Country>',
  ].join('\n');
  const terms = parseCountryInfo(text, (c) => (c === 'TMP' ? 'TLS' : c));
  assert.deepEqual(terms.map((t) => `${t.names[0]} ${t.iso} ${t.title}`),
    ['ANA QUISPE PER Presidents', 'JOAO SOARES TLS Presidents', 'MARC DUPONT GUF Prefects']);
});
