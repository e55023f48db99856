// Cities and regions in the coder: they place acts and are hit, but never act or speak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../src/pipeline.js';

const asserted = (text: string) => processArticle({ id: 't', published: '2024-03-15', paragraphs: [text] }).events
  .filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);

test('a place is a target when the people in it are hit', () => {
  assert.deepEqual(asserted('Peru shelled Nyala on Monday.'), ['PER>SDN 194']);
  assert.deepEqual(asserted('Mosul was shelled by Turkish jets on Monday.'), ['TURMIL>IRQ 194']);
  assert.deepEqual(asserted('Chilean troops attacked the town of Basra on Monday.'), ['CHLMIL>IRQ 190']);
  assert.deepEqual(asserted('Russian forces shelled Odesa on Monday.'), ['RUSMIL>UKR 194']); // a CountryInfo city
});

test('in/near a town places the act', () => {
  assert.deepEqual(asserted('Turkish troops exploded a bomb near Mosul on Monday.'), ['TURMIL>IRQ 183']);
  // an act of the place's own people on themselves is aimed at their government
  assert.deepEqual(asserted('Thousands of Iraqis demonstrated in Kirkuk on Sunday.'), ['IRQ>IRQGOV 141']);
});

test('a place neither acts nor speaks, and is no owner of a thing hit', () => {
  assert.deepEqual(asserted('Basra said it would hold talks with Iran.'), []);
  assert.deepEqual(asserted('Mosul welcomed the decision by Turkey.'), []);
  assert.deepEqual(asserted('Chilean troops attacked the headquarters of Basra on Monday.'), []);
});

test('a visit to a place abroad is a visit to its country; a trip at home is none', () => {
  assert.deepEqual(asserted("Peru's president visited Basra on Monday."), ['PERGOV>IRQ 042']);
  assert.deepEqual(asserted("Iraq's president visited Basra on Monday."), []);
});
