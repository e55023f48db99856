// Recognition rules for phrasings common in wire news, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes } from './helpers.js';

test('people who came to a place are not its own: refugees or settlers "in X" are not coded X', () => {
  assert.deepEqual(codes('Protesters in Chile marched.'), ['Protesters in Chile=CHLOPP@agent']);
  assert.ok(!codes('Refugees in Chile marched.').some((c) => c.includes('CHLREF')));
  assert.ok(!codes('Settlers in Chile marched.').some((c) => c.includes('CHLCVL')));
});

test('a plural possessive inside a name: the Kurdistan Workers\' Party', () => {
  assert.ok(codes("The Kurdistan Workers' Party said it would fight.").includes("Kurdistan Workers' Party=TURREB"));
});

test('UNITA and opposition groups are actors; "throughout X" places people as "in X" does', () => {
  assert.ok(codes('UNITA rejected the plan.').includes('UNITA=AGOREB'));
  assert.deepEqual(codes('Opposition groups in Chile marched.'), ['Opposition groups in Chile=CHLOPP@agent']);
  assert.deepEqual(codes('Students throughout Chile marched.'), ['Students throughout Chile=CHLEDU@agent']);
});

test('an agent "of" a titled person is that person\'s country\'s', () => {
  const got = codes('The government of President Emmanuel Macron said it would act.', '2024-03-01');
  assert.ok(got.includes('government of President Emmanuel Macron=FRAGOV@agent'), got.join(', '));
});

test('security forces "in X" are X\'s, troops in X need not be', () => {
  assert.deepEqual(codes('Security forces in Chile fired on the crowd.'), ['Security forces in Chile=CHLMIL@agent']);
  assert.ok(!codes('Troops in Chile fired on the crowd.').some((c) => c.startsWith('Troops in Chile')));
});

test('an agent word the tagger reads as an adjective heads its phrase when no noun follows', () => {
  assert.deepEqual(codes('The Peruvian military attacked Chile on Monday.'), ['Peruvian military=PERMIL@agent', 'Chile=CHL']);
  assert.deepEqual(codes('The Peruvian military campaign ended.'), ['Peruvian military=PERMIL/mod@agent']);
});

test('a people living almost wholly in one state is coded as that state (Yoruba, Igbo, Uighur); split peoples are not', () => {
  assert.ok(codes('Yoruba chiefs met on Monday.').some((c) => c.startsWith('Yoruba') && c.includes('=NGA')));
  assert.ok(codes('Igbo traders marched in Onitsha.').some((c) => c.startsWith('Igbo') && c.includes('=NGA')));
  assert.ok(codes('Uighurs protested outside the embassy.').some((c) => c.startsWith('Uighurs=CHN')));
  assert.ok(!codes('Hutu villagers fled.').some((c) => c.startsWith('Hutu')));
});

test('a party or faction name between a country and its agent noun: Chile\'s Socialist government, Peru\'s Aprista government', () => {
  assert.ok(codes("Chile's Socialist government rejected the plan.").some((c) => c.startsWith("Chile's Socialist government=CHLGOV")));
  assert.ok(codes("Peru's Aprista government rejected the plan.").some((c) => c.startsWith("Peru's Aprista government=PERGOV")));
  // a month is no faction
  assert.ok(!codes("Peru's March government rejected the plan.").some((c) => c.includes('PERGOV')));
});

test('a titled name the dictionaries lack, "of" a country, holds the title for that country', () => {
  assert.deepEqual(codes('President Tomas Vrell of Peru met the envoy.', '2015-05-01'), ['President Tomas Vrell of Peru=PERGOV@agent']);
  assert.deepEqual(codes('Defence Minister Tomas Vrell of Peru met the envoy.', '2015-05-01'), ['Defence Minister Tomas Vrell of Peru=PERMIL@agent']);
});

test('a group "based in" or "headquartered in" a country or capital is that country\'s; incomers are not', () => {
  assert.deepEqual(codes('A newspaper based in Lima printed the letter.'), ['newspaper based in Lima=PERMED@agent']);
  assert.ok(codes('Militants based in Chile attacked the town.').some((c) => c.startsWith('Militants based in Chile=CHL')));
  assert.ok(!codes('Refugees based in Chile marched.').some((c) => c.includes('CHLREF')));
  // a part of the place, or the community living there, may come before its name
  assert.ok(codes('A newspaper based in Catholic northern Lima printed the letter.').some((c) => c.endsWith('=PERMED@agent')));
});

test('"ethnic" before a demonym names an ethnic group, not the state (nor its agents)', () => {
  assert.deepEqual(codes('Ethnic Bolivians in Chile marched.'), ['Chile=CHL']);
  assert.deepEqual(codes('Ethnic Bolivian rebels attacked Chilean police.'), ['Chilean police=CHLCOP@agent']);
  assert.ok(codes('Bolivian rebels attacked Chilean police.').some((c) => c.startsWith('Bolivian rebels=BOL')));
});

test('a country before the name of a people living across borders places the group there: Peruvian Turks, Chilean Serb militias', () => {
  assert.deepEqual(codes('Peruvian Turks marched in Lima.').filter((c) => c.startsWith('Peruvian')), ['Peruvian Turks=PER@demonym']);
  assert.ok(codes('Chilean Serb soldiers shelled the village.').some((c) => c.startsWith('Chilean Serb soldiers=CHLMIL')));
  assert.ok(codes('Chile Albanians protested.').some((c) => c.startsWith('Chile Albanians=CHL')));
  // a demonym that is no people's name keeps its own country (Greek Cypriots are Cypriots)
  assert.ok(codes('Greek Cypriots rejected the plan.').some((c) => c.startsWith('Cypriots=CYP')));
});

test('a currency named after a country (US dollars, Chilean pesos) is no actor', () => {
  assert.deepEqual(codes('Peru invested nine billion US dollars in Bolivia.'), ['Peru=PER', 'Bolivia=BOL']);
  assert.deepEqual(codes('The Chilean peso fell.'), []);
  assert.ok(codes('Chilean pesos were found. Chileans protested.').some((c) => c.startsWith('Chileans=CHL')));
});
