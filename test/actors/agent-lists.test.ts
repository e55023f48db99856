// An agent over a list of countries (`the ambassadors of X, Y and Z`): each country's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../src/pipeline.js';

function coded(text: string): string[] {
  const doc = processArticle({ id: 't', paragraphs: [text], published: '2024-05-01' } as never, {});
  return doc.events.filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`).sort();
}

test('the ambassadors of X, Y and Z: each is its government\'s, and all of them act', () => {
  const got = coded('The ambassadors of Britain, France and Germany condemned Iran.');
  assert.deepEqual(got, ['DEUGOV>IRN 111', 'FRAGOV>IRN 111', 'GBRGOV>IRN 111']);
});

test('an apposition after the country is not a list', () => {
  const got = coded('The ambassador of Britain, Germany\'s closest ally, condemned Iran.');
  assert.deepEqual(got, ['GBRGOV>IRN 111']);
});

test('agents coordinated after one country are each that country\'s', () => {
  assert.deepEqual(coded('Iranian military and government officials condemned Israel.'), ['IRNGOV>ISR 111', 'IRNMIL>ISR 111']);
  assert.deepEqual(coded('Iranian troops and Iraq attacked Syria.').sort(), ['IRNMIL>SYR 190', 'IRQ>SYR 190']);
});
