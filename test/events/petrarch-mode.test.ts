// --petrarch: PETRARCH's conventions (imminent and announced acts coded as acts, negation by its ontology, the
// first actor after the verb as target), and the PICO negation table they use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { negationTable, parsePico, petrarchNegation } from '../../src/events/ontology/pico.js';
import { parsePatterns } from '../../src/events/patterns.js';
import { dictionaryFromFiles } from '../../src/actors/petrarch.js';
import { processArticle } from '../../src/pipeline.js';

test('PICO values: hex sums, negation subtracts 0xFFFF, the first code of a value wins', () => {
  const v = parsePico('010:0x1000#Say\n011:0x1000-0xFFFF\n050:0x0080#Coop\n051:0x0080\n110:0x1007f#0xFFFF+0x0080#x\n---:0\n');
  assert.equal(v.get('110'), 0x1007f);
  assert.equal(v.get('011'), 0x1000 - 0xffff);
  assert.deepEqual(negationTable(v), [['010', '011'], ['110', '050']]);
  assert.throws(() => parsePico('120:minus one\n', 'pico.txt'), /pico.txt:1: cannot read the value 'minus one'/);
});

test('the shipped negation table: disapproval negated is cooperation, coercion negated is a signed agreement', () => {
  assert.equal(petrarchNegation('110'), '050');
  assert.equal(petrarchNegation('170'), '057');
  assert.equal(petrarchNegation('190'), null);
});

const dir = mkdtempSync(join(tmpdir(), 'dyad-petr-'));
const actors = join(dir, 'actors.txt');
writeFileSync(actors, 'NORLAND [NOR]\nSUDMARK [SUD]\nOSTRIA [OST]\nNORLAND_PRESIDENT [NORGOV]\nOLAF [NOR]\nOSTRIAN [OST]\n');
const dictionary = dictionaryFromFiles({ actors });
const patterns = parsePatterns('v quarrel 110\nv restore 050\nv shell 190\nv condemn 111\nv meet 040\nv believe 012\n', 'toy.txt');

function coded(text: string, petrarch: boolean): string[] {
  const doc = processArticle({ id: 't', paragraphs: [text], published: '2024-05-01' } as never, { dictionary, patterns, petrarch });
  return doc.events.filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}

test('an imminent act is an act under PETRARCH conventions, not under dyad\'s', () => {
  assert.deepEqual(coded('Norland is about to restore ties with Sudmark.', true), ['NOR>SUD 050']);
  assert.deepEqual(coded('Norland is about to restore ties with Sudmark.', false), []);
});

test('a negated act takes the code PETRARCH\'s ontology gives its negation, or none', () => {
  assert.deepEqual(coded('Norland did not quarrel with Sudmark.', true), ['NOR>SUD 050']);
  assert.deepEqual(coded('Norland did not shell Sudmark.', true), []);
});

test('the target is the first actor after the verb, whatever the preposition', () => {
  assert.deepEqual(coded('Norland condemned an attack by Sudmark in Ostria.', true), ['NOR>SUD 111']);
});

test('a passive with no by-phrase: the first actor after the verb is the agent', () => {
  assert.deepEqual(coded('Norland was shelled from Sudmark.', true), ['SUD>NOR 190']);
  assert.deepEqual(coded('Norland was shelled from Sudmark.', false), []);
});

test('a title and a name written together are one actor, coded with the role', () => {
  assert.deepEqual(coded('Norland President Olaf condemned Sudmark.', true), ['NORGOV>SUD 111']);
});

test('the owner of the subject acts for it under PETRARCH conventions (`X\'s envoy restored …`)', () => {
  assert.deepEqual(coded('Norland\'s new envoy restored ties with Sudmark.', true), ['NOR>SUD 050']);
});

test('`X and Y delegates`: a name that heads its phrase is a conjunct of the list', () => {
  assert.deepEqual(coded('Norland condemned Sudmark and Ostrian delegates.', false).sort(), ['NOR>OST 111', 'NOR>SUD 111']);
});

test('a list that is the subject of a clause a verb of thinking takes stays one list (`believes X and Y can cope`)', () => {
  assert.deepEqual(coded('Norland believes Sudmark and Ostria can cope.', true).sort(), ['NOR>OST 012', 'NOR>SUD 012']);
});
