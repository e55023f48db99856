// Cities and regions (data/actors/places.json) as mentions of their country, via 'place'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doc } from './helpers.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import { buildDictionary, dictionary, type CountryRecord } from '../../src/actors/dictionary.js';

test('a city or region named in text is its country, via place (never its government)', () => {
  assert.deepEqual(codes('Three people were killed in Basra on Monday.'), ['Basra=IRQ@place']);
  assert.deepEqual(codes('Soldiers clashed near the town of Samarra.'), ['Samarra=IRQ@place']);
  assert.deepEqual(codes('Two bombers blew themselves up in Tel Aviv.'), ['Tel Aviv=ISR@place']);
  assert.deepEqual(codes('A curfew was imposed in West Darfur.'), ['Darfur=SDN@place']);
});

test('a place gives its country to an agent before or after it', () => {
  assert.deepEqual(codes('Police in Mosul arrested ten men.'), ['Police in Mosul=IRQCOP@agent']);
  assert.deepEqual(codes('Basra police arrested a man.'), ['Basra police=IRQCOP@agent']);
});

test('no place inside a longer name, nor an English word that names a town', () => {
  assert.deepEqual(codes('The Basra Oil Company signed a deal.'), []);
  assert.deepEqual(codes('Sydney Pollack directed the film.'), []);
  assert.deepEqual(codes('Nice weather came to Reading and Bath.'), []);
  assert.equal(dictionary().places?.['Nice'], undefined);
});

test('a place shared by several countries is the one the document names, else none', () => {
  const c = (iso: string, name: string): CountryRecord => ({ iso, code: iso, name, names: [name], demonyms: [], combining: [], metonyms: [] });
  const d = buildDictionary([c('LBN', 'Lebanon'), c('LBY', 'Libya')], [], [], { phrases: {}, labels: {} }, {},
    { Tripoli: ['LBN', 'LBY'] });
  const show = (text: string) => recognizeActors(doc(text), { dictionary: d }).map((m) => `${m.text}=${m.actor.code}@${m.via}`);
  assert.deepEqual(show('Fighting broke out in Tripoli. Libya closed its border.'), ['Tripoli=LBY@place', 'Libya=LBY@name']);
  assert.deepEqual(show('Fighting broke out in Tripoli.'), []);
});

test('cities and regions from the CountryInfo lists: the war in Ukraine', () => {
  assert.deepEqual(codes('Russian missiles struck Kharkiv on Monday.'), ['Russian=RUS/mod@demonym', 'Kharkiv=UKR@place']);
  assert.deepEqual(codes('Fighting continued in the Donbas.'), ['Donbas=UKR@place']);
  assert.deepEqual(dictionary().places?.['Crimea'], ['UKR']);
});

test('not from the CountryInfo lists: water and relief, epithets, saints, names Phoenix disabled, regions across borders', () => {
  const places = dictionary().places ?? {};
  for (const name of ['Gobi', 'Golden State', 'Land Of Lincoln', 'Santa Cruz', 'Canton', 'Roma', 'Kurdistan']) {
    assert.equal(places[name], undefined, name);
  }
});

test('a particle inside a place name matches in any case (`Dar es Salaam`, as written in news)', () => {
  assert.deepEqual(codes('Riots broke out in Dar es Salaam.'), ['Dar es Salaam=TZA@place']);
});
