// The dictionary: a token trie over normalised names; loading the committed defaults is quick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allOrgs, allPeople, buildDictionary, caseMatches, defaultDataDir, dictionary, loadDictionary, nameTokens, tokenKey,
  type CountryRecord,
} from '../../src/actors/dictionary.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { doc } from './helpers.js';

test('name tokens split around hyphens and keep abbreviations', () => {
  assert.deepEqual(nameTokens('Bashar al-Assad'), ['Bashar', 'al', 'Assad']);
  assert.deepEqual(nameTokens('U.S. Congress'), ['U.S.', 'Congress']);
  assert.equal(tokenKey('Erdoğan’s'), "erdogan's");
});

test('capitalisation: names need capitals, acronyms all capitals', () => {
  assert.ok(caseMatches('Jordan', 'Jordan'));
  assert.ok(!caseMatches('jordan', 'Jordan'));
  assert.ok(caseMatches('US', 'US'));
  assert.ok(!caseMatches('Us', 'US'));
  assert.ok(caseMatches('of', 'of'));
});

test('a small in-memory dictionary: longest match wins', () => {
  const c: CountryRecord[] = [{
    iso: 'XYZ', code: 'XYZ', name: 'Xyzland', names: ['Xyzland', 'Republic of Xyzland'], demonyms: ['Xyzian'],
    combining: [], metonyms: [['Xyz City', 'XYZGOV']],
  }];
  const d = buildDictionary(c, [], [], { phrases: { troops: 'MIL' }, labels: {} }, {});
  const ms = recognizeActors(doc('The Republic of Xyzland said Xyz City and Xyzian troops agreed.'), { dictionary: d });
  assert.deepEqual(ms.map((m) => `${m.text}=${m.actor.code}`),
    ['Republic of Xyzland=XYZ', 'Xyz City=XYZGOV', 'Xyzian troops=XYZMIL']);
});

test('the default dictionary loads once, quickly', () => {
  const d = dictionary();
  assert.ok(d.loadMs < 1000, `load took ${d.loadMs} ms`);
  assert.equal(dictionary(), d);
  assert.ok(d.countries.length > 240 && d.personCount > 10000 && d.orgCount > 1000);
});

test('the lazily loaded dictionary recognises what an eager build of the same records does', () => {
  const lazy = loadDictionary(defaultDataDir());
  const eager = buildDictionary(lazy.countries, allPeople(lazy), allOrgs(lazy), lazy.agents, lazy.titles, lazy.places);
  const text = 'Boris Yeltsin met Helmut Kohl and the Red Cross in Bonn. Later Yeltsin and Kohl spoke to the OSCE. '
    + 'President Clinton called Jacques Chirac, and the Knesset and Mossad said the European Community agreed.';
  for (const date of ['1994-05-01', '2010-05-01']) {
    const a = recognizeActors(doc(text, date), { dictionary: lazy }).map((m) => `${m.text}=${m.actor.code}`);
    const b = recognizeActors(doc(text, date), { dictionary: eager }).map((m) => `${m.text}=${m.actor.code}`);
    assert.deepEqual(a, b);
    assert.ok(a.length >= 10, a.join(', '));
  }
});
