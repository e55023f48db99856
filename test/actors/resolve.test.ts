// Coreference: pronouns, surnames, role phrases, counterparts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, mentions } from './helpers.js';

test('surnames refer to the earlier full name', () => {
  const ms = mentions('Recep Tayyip Erdogan arrived. Later Erdogan left.', '2025-05-01');
  const s = ms.find((m) => m.text === 'Erdogan');
  assert.equal(s?.via, 'surname');
  assert.equal(s?.actor.entity, 'person:recep-tayyip-erdogan');
  assert.equal(s?.actor.code, 'TURGOV');
});

test('a distinctive surname of an office holder resolves without an earlier full name', () => {
  assert.deepEqual(codes('Zelensky thanked the donors.', '2025-05-01'), ['Zelensky=UKRGOV@surname']);
  assert.deepEqual(codes('Smith thanked the donors.', '2025-05-01'), []);
});

test('he/his refer to the latest person in the sentence or the subject of the previous one', () => {
  assert.deepEqual(codes('Emmanuel Macron flew home. He was tired.', '2025-05-01'),
    ['Emmanuel Macron=FRAGOV', 'He=FRAGOV@pronoun']);
  const ms = mentions('Keir Starmer invited Friedrich Merz to meet with him.', '2025-06-01');
  assert.equal(ms[2].via, 'pronoun');
  assert.equal(ms[2].actor.entity, 'person:friedrich-merz');
});

test('a pronoun after a prepositional object prefers the other person', () => {
  const ms = mentions('Ankara sent foreign minister Hakan Fidan to talk with Sergey Lavrov, but he came back with nothing.', '2025-06-01');
  const he = ms.find((m) => m.text === 'he');
  assert.equal(he?.actor.entity, 'person:hakan-fidan');
});

test('they only for clearly plural actors', () => {
  assert.deepEqual(codes('Turkish troops advanced. They took the town.'), ['Turkish troops=TURMIL@agent', 'They=TURMIL@pronoun']);
  assert.deepEqual(codes('Turkey advanced. They took the town.'), ['Turkey=TUR']);
});

test('role phrases: the foreign minister, the autocrat', () => {
  const a = codes('Abbas Araghchi went to Oman. The foreign minister said talks went well.', '2025-05-01');
  assert.deepEqual(a, ['Abbas Araghchi=IRNGOV', 'Oman=OMN', 'foreign minister=IRNGOV@role']);
  const b = mentions('Belarus held a vote. Alyaksandr Lukashenka won, and the autocrat thanked his voters.', '2025-02-01');
  const r = b.find((m) => m.via === 'role');
  assert.equal(r?.actor.entity?.startsWith('person:'), true);
  assert.equal(r?.actor.code, 'BLRGOV');
});

test('his Turkish counterpart: the same role in that country on the date', () => {
  const ms = mentions('Sergey Lavrov met his Turkish counterpart in Antalya.', '2025-04-11');
  const cp = ms.find((m) => m.via === 'role');
  assert.equal(cp?.text, 'Turkish counterpart');
  assert.equal(cp?.actor.code, 'TURGOV');
  assert.equal(cp?.actor.name, 'Hakan Fidan');
});

test('a fronted phrase points forward: "After talks with his Indian counterpart, Wang Yi said"', () => {
  const ms = mentions('After talks with his Indian counterpart, Wang Yi said relations were stable.', '2025-08-01');
  assert.equal(ms[0].text, 'his');
  assert.equal(ms[0].actor.entity, 'person:wang-yi');
  assert.equal(ms[1].actor.name, 'Subrahmanyam Jaishankar');
});

test('a head\'s surname before administration/government/regime is that country\'s government, in office or not', () => {
  assert.deepEqual(codes('The Reagan administration sold the jets.', '2015-05-01'), ['Reagan administration=USAGOV@surname']);
  assert.deepEqual(codes('The Blair government backed the plan.', '2015-05-01'), ['Blair government=GBRGOV@surname']);
  // Heads of two countries share the surname and neither country is named: not resolved.
  assert.ok(!codes('The Johnson administration backed the plan.', '2015-05-01').some((c) => c.includes('administration')));
});
