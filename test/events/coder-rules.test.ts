// Coding rules for constructions common in wire news (reduced relatives, demands, reciprocal failures, …), on
// sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../src/pipeline.js';
import type { CodedEvent } from '../../src/types.js';

function code(text: string, published = '2024-03-15'): CodedEvent[] {
  return processArticle({ id: 't', published, paragraphs: text.split('\n\n') }).events;
}
const brief = (e: CodedEvent) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo} ${e.modality}`;
const asserted = (es: CodedEvent[]) => es.filter((e) => e.modality === 'asserted').map(brief);

test('a participle after a noun is a reduced relative, not the clause verb: no act by the subject', () => {
  const got = asserted(code('Chile welcomed hundreds of migrants expelled from Peru last year.'));
  assert.ok(!got.some((g) => g.startsWith('CHL>PER 17')), got.join(', '));
  // with an agent, the by-phrase acts on the noun the participle modifies
  const by = asserted(code('Chile condemned the raid on Peruvian activists arrested by Bolivian police on Monday.'));
  assert.ok(by.some((g) => g === 'BOL>PER 173 asserted'), by.join(', '));
});

test('the act in the `that` clause of a demand or proposal is wanted, not done', () => {
  const got = asserted(code('Peru demanded on Monday that Chile expel the Bolivian ambassador.'));
  assert.ok(!got.some((g) => g.startsWith('CHL>BOL')), got.join(', '));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 10')), got.join(', '));
  const noun = asserted(code('Peru repeated its call today that Chile release the Bolivian prisoners.'));
  assert.ok(!noun.some((g) => g.startsWith('CHL>BOL')), noun.join(', '));
});

test('a speaker saying another actor must act demands it, whatever the act', () => {
  assert.deepEqual(asserted(code('Peru said on Monday that Chile must dismantle its tariff barriers.')), ['PER>CHL 100 asserted']);
  // an actor speaking of its own country sets out a policy
  assert.deepEqual(asserted(code('The Peruvian government said that Peru must diversify its exports.')), []);
});

test('a compound subject failing to agree acts on each other, not on the place of the talks', () => {
  const got = asserted(code('Peru and Chile failed to reach an agreement in Quito on Sunday.'));
  assert.deepEqual(got.filter((g) => g.startsWith('PER>') || g.startsWith('CHL>')).sort(), ['CHL>PER 127 asserted', 'PER>CHL 127 asserted']);
});

test('the purpose infinitive does not make the subject its own target', () => {
  const got = asserted(code('Chilean students blocked roads on Sunday to press their demands on the Chilean government.'));
  assert.ok(got.some((g) => g.startsWith('CHL>CHL 144')), got.join(', '));
});

test('whoever acts after an event is not its agent; a meeting\'s sides are', () => {
  const got = asserted(code("Bolivian authorities have imposed a curfew in the town of Oruro after a demonstration over fraud allegations in Sunday's local elections, police sources said Tuesday."));
  assert.ok(!got.some((g) => / 14\d /.test(g)), got.join(', '));
  const met = asserted(code('After talks with Chile on Monday, Peru condemned Bolivia.'));
  assert.ok(met.some((g) => g.startsWith('PER>CHL 04')), met.join(', '));
});

test('the agent of the act the object names (`an apology by X`) is the target', () => {
  assert.deepEqual(asserted(code('Peru on Monday demanded a public apology by Chile.')), ['PER>CHL 100 asserted']);
  const got = asserted(code('Bolivian students held demonstrations against violations by Chilean police on Monday.'));
  assert.deepEqual(got, ['BOL>CHL 141 asserted']);
});

test('a hyphenated modifier stays inside the object phrase', () => {
  const got = asserted(code('Peru mounted its long-threatened invasion of Chile, ploughing through the Bolivian lines.'));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 19')), got.join(', '));
});

test('common phrasings of acts: blocking a bridge, seizing from, exploding bombs, staying on alert, lifting a ban', () => {
  const one = (s: string) => asserted(code(s));
  assert.ok(one('Chilean farmers blocked a bridge to Argentina on Monday.').some((g) => g.startsWith('CHL>ARG 144')));
  assert.ok(one('Peruvian police confiscated rifles from Bolivian smugglers on Monday.').some((g) => g.startsWith('PER>BOL 171')));
  assert.ok(one('Peruvian rebels exploded two bombs in Bolivia on Monday.').some((g) => g.startsWith('PER>BOL 183')));
  assert.ok(one('Peruvian troops remained on alert along the border with Chile on Monday.').some((g) => g.startsWith('PER>CHL 152')));
  assert.ok(one('Peru lifted its ban on Chilean fruit on Monday.').some((g) => g.startsWith('PER>CHL 081')));
  assert.ok(one('Peruvian rebels wounded two Bolivian soldiers on Monday.').some((g) => g.startsWith('PER>BOL 190')));
});

test('welcoming a statement or decision praises it; giving a welcome to someone hosts them', () => {
  assert.deepEqual(asserted(code("Peru on Monday welcomed Chile's decision to reopen the border.")), ['PER>CHL 051 asserted']);
  assert.deepEqual(asserted(code('Peru on Monday gave a warm welcome to the Chilean president.')), ['PER>CHL 043 asserted']);
});

test('"insisted" reports a claim; "insisted on" a demand', () => {
  assert.deepEqual(asserted(code('Peru insisted the border incident was an accident.')), []);
  assert.ok(asserted(code('Peru insisted on its demand for compensation from Chile.')).some((g) => g.startsWith('PER>CHL 10')));
});

test('a participle clause takes the subject of the main verb, not of a gerund in a prepositional phrase', () => {
  const got = asserted(code('Peru rejected a Chilean proposal for signing a pact, urging Bolivia to join the talks instead.'));
  assert.ok(got.some((g) => g.startsWith('PER>BOL 02')), got.join(', '));
  assert.ok(!got.some((g) => g.startsWith('CHL>BOL')), got.join(', '));
});

test('"thousands of X" is X: the quantity noun is read by its form as well as its lemma', () => {
  const got = asserted(code('Tens of thousands of Chilean students staged demonstrations against Peru on Saturday.'));
  assert.ok(got.some((g) => g.startsWith('CHL>PER 14')), got.join(', '));
});

test('"between X and Y" names the targets of mediation', () => {
  const got = asserted(code('Norway brokered a deal between Peru and Chile on Monday.'));
  assert.deepEqual(got.filter((g) => g.startsWith('NOR>')).sort(), ['NOR>CHL 045 asserted', 'NOR>PER 045 asserted']);
});

test('a promise not to act is a refusal, not an intent to cooperate', () => {
  const got = asserted(code('Peru vowed not to return the islands to Chile.'));
  assert.ok(!got.some((g) => / 03\d* /.test(g)), got.join(', '));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 12')), got.join(', '));
});

test('announcing an aid cut is no intent to give aid; mobilising supporters is no force posture', () => {
  assert.ok(!asserted(code('Peru announced that it would suspend all aid to Bolivian rebels.')).some((g) => / 03\d* /.test(g)));
  assert.ok(!asserted(code('Peru mobilized supporters in Chile to lobby for a trade deal.')).some((g) => / 15\d* /.test(g)));
});

test('"the X military" acts', () => {
  assert.deepEqual(asserted(code('The Peruvian military attacked Chile on Monday.')), ['PER>CHL 190 asserted']);
});

test('a telephone call is a conversation of both sides, as a meeting is', () => {
  assert.deepEqual(asserted(code('Peru telephoned Chile on Tuesday.')).sort(), ['CHL>PER 041 asserted', 'PER>CHL 041 asserted']);
  assert.deepEqual(asserted(code('Peru held phone talks with Chile on Tuesday.')).sort(), ['CHL>PER 041 asserted', 'PER>CHL 041 asserted']);
});

test('a demand reiterated or voiced is made; its that-clause names whom it is made of', () => {
  const got = asserted(code('Peru reiterated its demand today that Chile withdraw its troops.'));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 10')), got.join(', '));
});

test('abusing people is an assault; abusing power is not', () => {
  assert.deepEqual(asserted(code('Peruvian police abused Bolivian detainees last year.')), ['PER>BOL 182 asserted']);
  assert.deepEqual(asserted(code('The Peruvian minister abused his power to help Bolivian firms.')).filter((g) => / 18/.test(g)), []);
});

test('a protest\'s purpose "to protest X" is the same act, aimed at X, not a second event', () => {
  const got = asserted(code('Bolivian farmers began a hunger strike on Monday to protest against Peru\'s new tariffs.'));
  assert.deepEqual(got, ['BOL>PER 142 asserted']);
});

test('a protest is aimed at the owner of what its purpose clause objects to', () => {
  const got = asserted(code("Bolivian farmers blocked a road to show their anger at Peru's trade policies, a newspaper said."));
  assert.deepEqual(got, ['BOL>PER 144 asserted']);
});

test('what a protest demands is its content: one protest event, no second demand', () => {
  assert.deepEqual(asserted(code('Bolivian students staged demonstrations on Saturday to demand reforms by the Bolivian government.')),
    ['BOL>BOL 141 asserted']);
  const got = asserted(code('Thousands of Bolivians demonstrated in La Paz on Sunday calling for the resignation of the president.'));
  assert.ok(got.length > 0 && got.every((g) => / 14\d /.test(g)), got.join(', '));
});

test('announcing or ordering a suspension of links does it', () => {
  assert.deepEqual(asserted(code('Peru announced a suspension of air links with Chile on Wednesday.')), ['PER>CHL 160 asserted']);
});

test('a passive whose subject names no actor hits the owner in its of/for phrase', () => {
  assert.deepEqual(asserted(code('A camp for Bolivian refugees was attacked by Peruvian militiamen on Monday.')), ['PER>BOL 190 asserted']);
});

test('an investigation into crimes committed by X targets X', () => {
  const got = asserted(code('Peruvian police launched an investigation into crimes committed by Chilean troops against Bolivian civilians.'));
  assert.deepEqual(got, ['PER>CHL 090 asserted']);
});

test('saying one will meet Y is one side\'s intent, not Y\'s', () => {
  const got = asserted(code('Peru said on Monday that it would meet Chile next month.'));
  assert.deepEqual(got, ['PER>CHL 036 asserted']);
});

test('the place of an act may be named inside its phrase (in the capital X), and is the country', () => {
  const got = asserted(code('Bolivian rebels exploded three bombs in the capital Lima on Monday.'));
  assert.deepEqual(got, ['BOL>PER 183 asserted']);
  assert.equal(code('Bolivian rebels exploded three bombs in the capital Lima on Monday.')[0].target?.code, 'PER');
});

test('a past form of a targeted act with nothing after it is a participle, not an act by the noun before', () => {
  assert.deepEqual(asserted(code('Officials reported 40 soldiers wounded and hundreds of Peruvian rebels killed.')), []);
  assert.deepEqual(asserted(code('In Lima, a Peruvian protester was shot and killed.')), []);
});

test('a dated event inside another phrase is not the clause subject\'s doing', () => {
  const got = asserted(code('Peru called its actions defensive, pointing to the December 31 attack on the Chilean embassy in Lima as an example of the attacks it sought to prevent.'));
  assert.ok(!got.some((g) => / 19\d /.test(g)), got.join(', '));
});

test('retreating from a goal and demonstrating a lack are no acts', () => {
  assert.deepEqual(asserted(code('Peru, which has retreated from its goal of ousting the Chilean president, said nothing.')), []);
  assert.deepEqual(asserted(code('The Peruvian statement on Chile demonstrates a complete lack of understanding.')), []);
});

test('a conjunct followed by its own auxiliary opens a new clause and is no second object', () => {
  const got = asserted(code('Peruvian troops had defeated Bolivian rebels and Chile would be moving into the area.'));
  assert.deepEqual(got, ['PER>BOL 190 asserted']);
});

test('a capital before an event noun is its place, not its agent', () => {
  assert.deepEqual(asserted(code('Last week a Lima car bombing killed five people.')), []);
});

test('a capitalised word inside a name is no trigger', () => {
  assert.deepEqual(asserted(code('The group, Kremlin Occupied Protests as it was later known, formed in Moscow.')), []);
  assert.deepEqual(asserted(code('Peru Attacked Chile On Monday.')), ['PER>CHL 190 asserted']);
});

test('a campaign rally is no protest; speaking somewhere is no meeting with the place', () => {
  assert.deepEqual(asserted(code('The Peruvian president spoke during his first campaign rally in Lima on Monday.')), []);
  // a rally the government attends at home is its own, not its opposition's protest; one where others act stays a protest
  assert.deepEqual(asserted(code('The Peruvian president stirred controversy again at a rally in Arequipa.')), []);
  assert.ok(asserted(code('Peruvian police arrested twenty people at a rally in Arequipa.')).includes('PER>PER 141 asserted'));
});

test('between two people an attack is in words and a defeat is at the polls', () => {
  const at = code('Vladimir Putin attacked Emmanuel Macron for his remarks on Monday.', '2024-03-15').filter((e) => e.modality === 'asserted');
  assert.deepEqual(at.map((e) => e.cameo), ['111']);
  assert.deepEqual(asserted(code('Pollsters predict Emmanuel Macron defeats Vladimir Putin.', '2024-03-15')), []);
});

test('coming back is no return of something', () => {
  assert.deepEqual(asserted(code('The Peruvian president returned to Chile in December.')), []);
  assert.ok(asserted(code('Peru returned the captured soldiers to Chile on Monday.')).some((g) => g.startsWith('PER>CHL 084')));
});

test('a person attacking something named by no actor attacks it in words: no use of force at home', () => {
  assert.deepEqual(asserted(code('Emmanuel Macron attacked the ruling as "a disgrace" on Monday.', '2024-03-15')), []);
});

test('an unknown person described as a country\'s (Name, X\'s leading activist, …) acts for that country', () => {
  const got = asserted(code("Mateo Quispe, Bolivia's leading rights activist, staged a hunger strike against Peru on Sunday."));
  assert.deepEqual(got, ['BOL>PER 142 asserted']);
});

test('a noun of saying issued by the subject reports its that-clause: a reminder to Y that it must V demands it', () => {
  const got = asserted(code('Peru issued a stern reminder on Monday to Chile that it must dismantle its tariff barriers.'));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 10')), got.join(', '));
  // a warning someone else gave, rejected by the subject, is not the subject's demand
  const rejected = asserted(code('Peru rejected the warning that Chile must dismantle its tariff barriers.'));
  assert.ok(!rejected.some((g) => g.startsWith('PER>CHL 10')), rejected.join(', '));
});

test('what a verb of saying reports is read from its own verb: "says it is willing to withdraw" is no withdrawal', () => {
  const got = asserted(code('Peru says it is willing to withdraw its troops from Chile.'));
  assert.ok(!got.some((g) => g.startsWith('PER>CHL 087')), got.join(', '));
  assert.ok(got.includes('PER>CHL 0356 asserted'), got.join(', '));
});

test('the sentence\'s reporting tail names who tells of the act, not whom it is aimed at', () => {
  const got = asserted(code('The Peruvian government accused local rebels of breaking the truce, a member of the Bolivian mediation team said.'));
  assert.ok(!got.some((g) => g.startsWith('PER>BOL')), got.join(', '));
  const acc = asserted(code('The Peruvian government accused local rebels of breaking the truce, according to Bolivian officials.'));
  assert.ok(!acc.some((g) => g.startsWith('PER>BOL')), acc.join(', '));
});

test('the subject\'s own possessive pronoun is not the owner a prepositional target stands for', () => {
  const got = asserted(code('Emmanuel Macron reneged on his commitment to Chile.'));
  assert.ok(got.includes('FRA>CHL 120 asserted'), got.join(', '));
});

test('a participle after a place or thing in a prepositional phrase does not take it as its subject', () => {
  const got = asserted(code('Protesters gathered outside the embassy in Lima calling for an end to the war.'));
  assert.ok(!got.some((g) => g.startsWith('PER>')), got.join(', '));
  // after `with`, the actor is the participle's subject
  assert.ok(asserted(code('With Peru accusing Chile of spying, the talks collapsed.')).some((g) => g.startsWith('PER>CHL 112')));
});

test('an infinitive after a reduced relative with a by-agent is the participle\'s purpose, not the main verb\'s', () => {
  const got = asserted(code('Peruvian police broke up a rally organised by students near the border on Monday to protest against Chile.'));
  assert.ok(!got.some((g) => g.startsWith('PER>CHL')), got.join(', '));
  // the agent, when an actor, is the one who protests
  const all = code('Peruvian police broke up a rally organised by Bolivian migrants to protest against Chile.').map(brief);
  assert.ok(all.includes('BOL>CHL 114 hypothetical'), all.join(', '));
});

test('expelling an organisation is expelling an international presence (166), deporting people stays 174', () => {
  assert.deepEqual(asserted(code('Peru forced the UN refugee agency out of the country on Monday.')), ['PER>IGO 166 asserted']);
  assert.deepEqual(asserted(code('Peru expelled 40 Chilean workers on Monday.')), ['PER>CHL 174 asserted']);
});

test('violating a ban, law or curfew defies a norm (128), aimed at whoever imposed it', () => {
  assert.deepEqual(asserted(code('A Peruvian newspaper has violated a ban by the Chilean government.')), ['PER>CHL 128 asserted']);
});

test('the object of a gerund is not the subject of the verb after it', () => {
  assert.deepEqual(asserted(code('On Monday, Lopez wrote denying Bolivian migrants visas violated the Peruvian constitution.')), []);
  // a verb of saying or arguing takes a clause whose subject it is
  const got = asserted(code('Peru criticised Chile, arguing Bolivia had violated the ceasefire with Chile.'));
  assert.ok(got.some((g) => g.startsWith('BOL>CHL ')), got.join(', '));
});

test('readying force (prepared to shell, poised to attack) is a force posture, saying one is prepared is a threat', () => {
  assert.ok(asserted(code('The Peruvian army prepared to resume shelling Chilean positions.')).includes('PER>CHL 150 asserted'));
  assert.ok(asserted(code('Peruvian troops were poised to attack Chilean positions.')).includes('PER>CHL 150 asserted'));
  assert.deepEqual(asserted(code('Peru is prepared to attack Chile.')), ['PER>CHL 138 asserted']);
});

test('a repeated act listed by the imported dictionary in the act\'s family takes dyad\'s own patterns for the act', () => {
  // `reimpose` is in CAMEO's =IMPOSE family, whose blockade pattern needs `goods`; dyad's `impose … +blockade` is 191
  assert.deepEqual(asserted(code('Peru reimposed blockades in Bolivia on Friday.')), ['PER>BOL 191 asserted']);
});

test('an actor inside a reduced relative after the object is not the implicit target', () => {
  assert.deepEqual(asserted(code('Peru opened its borders on Monday to migrants ordered out of Chile.')), []);
  assert.deepEqual(asserted(code('Peru sent food to families expelled from Chile.')), []);
});

test('after a verb of saying, a noun phrase of no actor is the subject of the act it reports, not the speaker', () => {
  assert.deepEqual(asserted(code('Peruvian officials said the storm destroyed 300 homes in Chile.')), []);
  assert.deepEqual(asserted(code('Peruvian officials confirmed it has killed three people.')), []);
  // a pronoun that may stand for the speaker, or the speaker's own troops, leave the speaker acting
  assert.deepEqual(asserted(code('Peru said it attacked Chile.')), ['PER>CHL 190 asserted']);
  assert.ok(asserted(code('Peru said on Monday its troops would attack Chile.')).includes('PER>CHL 138 asserted'));
});

test('an actor\'s ally or proxy is someone else: neither its agent nor its stand-in as target', () => {
  assert.deepEqual(asserted(code('Peru attacked Chile\'s allies on Monday.')), []);
  assert.deepEqual(asserted(code('Peruvian rebels killed the deputy chief of Chile\'s militia ally in northern Bolivia on Sunday.')), ['PER>BOL 190 asserted']);
  assert.deepEqual(asserted(code('Chile\'s allies condemned Peru on Monday.')), []);
});

test('receiving inspectors or observers lets them in; a report from them is no such act', () => {
  assert.deepEqual(asserted(code('Peru on Monday received a team of inspectors from the IAEA.')), ['PER>IGO 0862 asserted']);
  assert.deepEqual(asserted(code('Peru received OSCE observers on Monday.')), ['PER>IGO 0862 asserted']);
  assert.deepEqual(asserted(code('Peru received a report from OSCE observers on Monday.')), []);
});

test('coming back for talks is taking part in them; coming back after talks is not', () => {
  const got = asserted(code('The Chilean foreign minister returned to Lima on Monday for talks with Peruvian officials.'));
  assert.deepEqual(got.sort(), ['CHL>PER 046 asserted', 'PER>CHL 046 asserted']);
  const pair = asserted(code('Chilean and Peruvian negotiators returned to the table for talks on Monday.'));
  assert.deepEqual(pair.sort(), ['CHL>PER 046 asserted', 'PER>CHL 046 asserted']);
  assert.deepEqual(asserted(code('The Chilean president returned to Lima after talks on Monday.')), []);
});

test('an actor released or freed is a person let go; a report or proposal released is not aimed at anyone', () => {
  assert.deepEqual(asserted(code('Peru released 30 Chileans on Monday.')), ['PER>CHL 0841 asserted']);
  assert.deepEqual(asserted(code('Peru freed the Chilean ambassador.')), ['PER>CHL 0841 asserted']);
  assert.deepEqual(asserted(code('Peru released a report on Chile on Monday.')), []);
  assert.deepEqual(asserted(code("The Peruvian government released Chile's proposal on Monday.")), []);
});

test('a passive release names the released as its subject and the releaser in its by-phrase', () => {
  assert.deepEqual(asserted(code('Chilean prisoners were released by Peru on Monday.')), ['PER>CHL 0841 asserted']);
});

test('a predicate put before a long object (`condemned as illegal X\'s …`) is passed over to the object', () => {
  assert.deepEqual(asserted(code("Peru condemned as illegal Chile's closure of the border.")), ['PER>CHL 111 asserted']);
  assert.deepEqual(asserted(code('Peru on Friday denounced as a grave provocation the Chilean naval exercise near Bolivia.')), ['PER>CHL 111 asserted']);
});

test('a by-phrase set off by a comma at the sentence\'s end is the agent of the main clause\'s passive', () => {
  const got = asserted(code('The Chilean ambassador has been accused of misusing public funds, much of it believed to have been hidden abroad, by Peruvian officials.'));
  assert.deepEqual(got, ['PER>CHL 112 asserted']);
  // not a by-phrase inside the sentence's last clause
  assert.deepEqual(asserted(code('The Chilean ambassador has been accused of misusing funds that were hidden by Peruvian officials.')), []);
});

test('both sides after `between` are targets, also when the first is a phrase an actor modifies', () => {
  const got = asserted(code('Peru hosted a meeting between a Chilean peace movement and the Bolivian government on Monday.'));
  assert.deepEqual(got.sort(), ['PER>BOL 043 asserted', 'PER>CHL 043 asserted']);
});

test('a `that` clause with an unknown subject of its own is not a relative clause on the actor before it', () => {
  const got = asserted(code('Peru demanded an admission by Chile that secret police units murdered 40 Bolivian miners.'));
  assert.deepEqual(got, ['PER>CHL 100 asserted']);
  // a relative clause on the actor keeps it as its subject
  const rel = asserted(code('Peru praised the Chilean army units that on Monday attacked Bolivian rebels.'));
  assert.ok(rel.includes('CHL>BOL 190 asserted'), rel.join(', '));
});

test('saying another actor must meet someone is a demand on it, with no demand back', () => {
  assert.deepEqual(asserted(code('Peru said Chile should hold talks with Bolivia.')), ['PER>CHL 106 asserted']);
});

test('a capitalised title with `for`/`of` written before a name (`the Minister for X Affairs Y`) is no prepositional phrase', () => {
  assert.deepEqual(asserted(code('The Minister for Eurasian Affairs Sergey Lavrov condemned Chile on Monday.')), ['RUS>CHL 111 asserted']);
  // a name inside a prepositional phrase of a common noun is still no subject
  assert.deepEqual(asserted(code('A letter for Minister Sergey Lavrov condemned Chile on Monday.')), []);
});

test('troops arriving are no visit: peacekeepers keep the peace where they arrive, other troops code nothing', () => {
  const pk = asserted(code('Chilean peacekeeping troops have arrived in Haiti.'));
  assert.deepEqual(pk.sort(), ['CHL>HTI 074 asserted', 'HTI>CHL 0861 asserted']);
  assert.deepEqual(asserted(code('Russian troops arrived in Belarus on Monday.')), []);
  assert.deepEqual(asserted(code('The Chilean president arrived in Peru on Monday.')), ['CHL>PER 042 asserted']);
});

test('a verb of motion read as a noun after a plural subject and before `to` is the verb', () => {
  const got = asserted(code('Chilean officials return to Lima for talks with Peruvian officials.'));
  assert.deepEqual(got.sort(), ['CHL>PER 046 asserted', 'PER>CHL 046 asserted']);
});

test('a country named before `and` and a demonym shares the demonym\'s noun (`U.S. and Chilean negotiators`)', () => {
  const got = asserted(code('Bolivia and Chilean negotiators held talks on Monday.'));
  assert.deepEqual(got.sort(), ['BOL>CHL 046 asserted', 'CHL>BOL 046 asserted']);
  // not across a clause boundary
  const two = asserted(code('Peru attacked Bolivia, and the Chilean statement spoke of a truce.'));
  assert.ok(!two.some((g) => g.startsWith('CHL>BOL') || g.startsWith('BOL>CHL')), two.join(', '));
});

test('a country naming a border places the act: it is no target (a border has two sides)', () => {
  assert.deepEqual(asserted(code('Chilean troops shelled rebel positions on the Peruvian border on Tuesday.')), []);
  assert.deepEqual(asserted(code('Chilean troops captured a rebel stronghold near the Bolivian frontier, Peruvian police said.')), []);
  // the country's own positions, or a post it owns, are still its
  assert.deepEqual(asserted(code('Chilean troops shelled Peruvian positions on the border.')), ['CHL>PER 194 asserted']);
  assert.deepEqual(asserted(code('Chilean troops shelled a Peruvian border post.')), ['CHL>PER 194 asserted']);
});

test('people affiliated with or belonging to an actor act for it (`workers affiliated with X`)', () => {
  assert.deepEqual(asserted(code('Doctors affiliated with the Chilean Medical Association began a hunger strike.')), ['CHL>CHL 142 asserted']);
  assert.deepEqual(asserted(code('Gunmen belonging to Hamas attacked Israeli soldiers on Monday.')), ['PSE>ISR 190 asserted']);
  // another prepositional phrase still holds no subject
  assert.deepEqual(asserted(code('Gunmen trained in Syria attacked Israeli soldiers on Monday.')), []);
});

test('after the verb, a noun modifying another inside an actor phrase is no word of a sequence pattern', () => {
  // `opposition` describes the leader: saying something of him expresses no opposition (110)
  assert.deepEqual(asserted(code('The Chilean government said Peruvian opposition leader Juan Perez was poisoned.')), []);
  // the imported patterns still apply where the word is what is done
  assert.deepEqual(asserted(code('The Chilean government voiced opposition to the Peruvian plan.')), ['CHL>PER 111 asserted']);
  assert.deepEqual(asserted(code('Chile opened an embassy in Lima.')), ['CHL>PER 054 asserted']);
});

test('after the verb, a word set before a person\'s name as a title is no word of a sequence pattern', () => {
  // `rival` is who Morales is to someone: describing him expresses no opposition (110)
  assert.deepEqual(asserted(code('A Chilean newspaper described his rival Evo Morales as the winner.')), []);
});

test('a pattern\'s words before the verb are read inside the head after a noun of quantity (`a group of peacekeepers arrived`)', () => {
  const pk = asserted(code('A group of Chilean peacekeepers arrived in Haiti on Monday.'));
  assert.deepEqual(pk.sort(), ['CHL>HTI 074 asserted', 'HTI>CHL 0861 asserted']);
  // troops are no visitors, also counted out in contingents
  assert.deepEqual(asserted(code('A contingent of Russian troops arrived in Belarus on Monday.')), []);
  // a prepositional phrase of another noun is still passed over
  assert.deepEqual(asserted(code('The Chilean envoy for peacekeepers arrived in Peru on Monday.')), ['CHL>PER 042 asserted']);
});

test('a deployment, batch or detachment of troops is made of them: their owner is the subject', () => {
  const pk = asserted(code('The second batch of Chilean peacekeepers arrived in Haiti on Monday.'));
  assert.deepEqual(pk.sort(), ['CHL>HTI 074 asserted', 'HTI>CHL 0861 asserted']);
  const dep = asserted(code('The first deployment of Chilean peacekeepers arrived in Haiti on Monday.'));
  assert.deepEqual(dep.sort(), ['CHL>HTI 074 asserted', 'HTI>CHL 0861 asserted']);
});

test('a decision to do an administrative or diplomatic act is the act; to do a physical one, an aim', () => {
  assert.deepEqual(asserted(code('Peru decided on Monday to lift sanctions on Chile.')), ['PER>CHL 085 asserted']);
  assert.ok(asserted(code('The Peruvian parliament voted to reject the Chilean proposal.')).some((g) => g.startsWith('PER>CHL 12')));
  // sending or withdrawing troops happens after the decision
  assert.deepEqual(asserted(code('Peru decided on Monday to send troops to Chile.')), []);
  assert.deepEqual(asserted(code('Peru decided on Monday to withdraw its troops from Chile.')), []);
  // a decision under a wish or a refusal is no decision taken
  assert.ok(!asserted(code('Peru may decide to lift sanctions on Chile.')).some((g) => g.startsWith('PER>CHL 085')));
});

test('failing to do an act is no refusal of it, except an act both sides must do (failing to reach agreement)', () => {
  assert.deepEqual(asserted(code('Peru failed on Monday to uphold the rights of Chilean refugees.')), []);
  assert.ok(asserted(code('Peru refused on Monday to uphold the rights of Chilean refugees.')).some((g) => g.startsWith('PER>CHL 12')));
  const both = asserted(code('Peru and Chile failed to reach agreement on Sunday.'));
  assert.ok(both.some((g) => g.startsWith('PER>CHL 12')), both.join(', '));
});

test('a gerund after a word of aim or stance and `to` is aimed at or opposed, not done', () => {
  assert.deepEqual(asserted(code('Peru is close to signing an agreement with Chile.')), []);
  assert.ok(!asserted(code('Peru is opposed to helping Chile.')).some((g) => g.startsWith('PER>CHL 07')));
  assert.ok(!asserted(code('Peru looks forward to meeting the Chilean president.')).some((g) => g.includes(' 04')));
  // being committed to it is an intent
  assert.ok(asserted(code('Peru is committed to helping Chile.')).some((g) => g.startsWith('PER>CHL 03')));
  assert.ok(!asserted(code('Peru is committed to helping Chile.')).some((g) => g.startsWith('PER>CHL 07')));
  // a gerund after other words is done
  assert.deepEqual(asserted(code('Peru resorted to attacking Chile.')), ['PER>CHL 190 asserted']);
});

test('declining to comment declines comment (011): it rejects nothing', () => {
  const got = asserted(code('The Peruvian president declined on Monday to comment on Chile.'));
  assert.ok(got.includes('PER>CHL 011 asserted'), got.join(', '));
  assert.ok(!got.some((g) => g.includes(' 12')), got.join(', '));
});

test('returning to an act takes it up again: no return (084) of anything', () => {
  assert.deepEqual(asserted(code('Peru returned to shelling Chilean towns on Monday.')).filter((g) => g.includes(' 084')), []);
  assert.ok(asserted(code('Peru returned the Chilean prisoners on Monday.')).includes('PER>CHL 084 asserted'));
});

test('a pattern word after an infinitive that undoes it belongs to the infinitive (wanting to lift sanctions threatens none)', () => {
  assert.ok(!asserted(code('Peru wants to lift sanctions on Chile.')).some((g) => g.includes(' 13')));
  assert.ok(asserted(code('Peru wants sanctions on Chile.')).some((g) => g.startsWith('PER>CHL 13')));
});

test('a participle modifying a motion that was vetoed or rejected is never done (vetoed a resolution condemning X)', () => {
  assert.ok(!asserted(code('Peru vetoed a Security Council resolution condemning Chile for the raid.')).some((g) => g.includes(' 11')));
  assert.ok(!asserted(code('The senators rejected a bill praising the Chilean government.')).some((g) => g.includes(' 05')));
  // an adopted motion does what it says
  assert.ok(asserted(code('The Security Council adopted a resolution condemning Chile for the raid.')).some((g) => g.endsWith('>CHL 111 asserted')));
});

test('no implicit target when an actor of the subject\'s own country is named before the foreign one', () => {
  const got = asserted(code('The Chilean opposition rejected an invitation to attend a meeting of Chilean factions to debate plans for independence from Peru.'));
  assert.ok(!got.some((g) => g.startsWith('CHL>PER 12')), got.join(', '));
  // with only the foreign country named, it is still the guess
  const alone = asserted(code('The Chilean opposition rejected an invitation to attend a meeting to debate plans for independence from Peru.'));
  assert.ok(alone.some((g) => g.startsWith('CHL>PER 12')), alone.join(', '));
});

test('a verb whose only target is its subject\'s own pronoun leaves the noun its event (completed their withdrawal)', () => {
  const got = asserted(code('Peruvian troops completed their withdrawal from Chile on Friday.'));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 087')), got.join(', '));
});

test('criticising or protesting an act done to X (the killing of X) is not aimed at X; a by-phrase names the doer', () => {
  const got = asserted(code('Peru condemned the killing of Chilean students.'));
  assert.ok(!got.some((g) => g.startsWith('PER>CHL')), got.join(', '));
  assert.ok(!asserted(code('Hundreds of Peruvians protested against the arrest of Chilean journalists.')).some((g) => g.startsWith('PER>CHL')));
  assert.ok(asserted(code('Peru condemned the killing of Chilean students by Bolivian troops.')).includes('PER>BOL 111 asserted'));
  // other acts of X stay aimed at X
  assert.ok(asserted(code('Peru condemned the invasion of Chile.')).some((g) => g.startsWith('PER>CHL 11')));
});

test("an organisation named after its people (the X Teachers' Union) acts for them; a plain plural possessive does not", () => {
  assert.deepEqual(asserted(code("Members of the Peruvian Teachers' Union went on strike on Monday.")), ['PER>PER 143 asserted']);
  assert.deepEqual(asserted(code("Peruvian farmers' associations stopped work on Monday.")), ['PER>PER 143 asserted']);
  assert.deepEqual(asserted(code("The Peruvian farmers' crops failed on Monday.")), []);
});

test('a threatened act placed in a country (threatened to impose a curfew in Y) is a threat aimed at that country', () => {
  assert.ok(asserted(code('The Peruvian government threatened to impose a curfew in Lima.')).some((g) => g.startsWith('PER>PER 13')));
  assert.ok(asserted(code('The Peruvian government threatened to impose martial law in Chile.')).some((g) => g.startsWith('PER>CHL 13')));
});

test('an actor inside a participial aside between subject and verb (Protesters, carrying X flags, marched) is not the subject', () => {
  assert.deepEqual(asserted(code('Protesters, carrying placards and Chilean flags, marched in Lima on Monday.')), []);
  assert.deepEqual(asserted(code('Protesters, carrying Chilean flags, marched in Lima on Monday.')), []);
  // the subject before the aside still acts
  assert.ok(asserted(code('Peruvian protesters, carrying Chilean flags, marched in Lima on Monday.')).some((g) => g.startsWith('PER>PER 141')));
});

test('a government rallying at home is no protest (14); a protest aimed abroad stays one', () => {
  assert.deepEqual(asserted(code('The Peruvian president held a rally in Lima on Monday.')).filter((g) => g.includes(' 14')), []);
  assert.deepEqual(asserted(code('At the rally, the Peruvian president promised new schools.')).filter((g) => g.includes(' 14')), []);
  assert.ok(asserted(code('Peruvian students held a rally in Lima on Monday.')).some((g) => g.startsWith('PER>PER 141')));
  assert.ok(asserted(code('The Peruvian government staged a protest against Chile on Monday.')).some((g) => g.startsWith('PER>CHL 14')));
});

test("warning of what another may do (warned that Chile could …) threatens no one; warning of one's own side's act does", () => {
  assert.deepEqual(asserted(code('The Peruvian president warned that Chile could destroy the economy.')).filter((g) => g.includes(' 13')), []);
  assert.deepEqual(asserted(code('The Peruvian president warned that opposition leader Keiko Fujimori could ruin the economy.')).filter((g) => g.includes(' 13')), []);
  // (its target, here the troops themselves, is a matter apart)
  assert.ok(asserted(code('The Peruvian president warned that Peruvian troops would attack Chile.')).some((g) => g.includes(' 13')));
});

test('blew themselves up (a reflexive object before the particle) is a suicide bombing, placed where it happened', () => {
  const got = asserted(code('Two Chechen suicide bombers killed 12 people when they blew themselves up in Grozny.'));
  assert.ok(got.includes('RUS>RUS 1831 asserted'), got.join(', '));
  assert.ok(asserted(code('A Peruvian rebel blew himself up near a Chilean army post in Arica.')).some((g) => g.startsWith('PER>CHL 1831')));
  // a blow dealt is no bombing
  assert.deepEqual(asserted(code('The strike dealt a heavy blow to the Peruvian government.')).filter((g) => g.includes(' 18')), []);
});

test('an appeal to an unnamed addressee (urged its neighbour to join X) is not aimed at what the addressee is to act on', () => {
  assert.deepEqual(asserted(code('Peru urged its neighbour to join the Andean Community.')), []);
  assert.deepEqual(asserted(code('Peru called on the committee to condemn Chile.')), []);
  assert.deepEqual(asserted(code('Peru has again urged the counterpart to sign the trade agreement with Chile.')).filter((g) => g.includes(' 02')), []);
  // a named addressee is the target
  assert.ok(asserted(code('Peru urged the European Union to condemn Chile.')).some((g) => g === 'PER>IGO 020 asserted'));
});

test('a capital hit by force (shelled Lima) is its country, not the government its name stands for in words', () => {
  const codes = (t: string) => code(t).filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'}`);
  assert.deepEqual(codes('Chilean forces shelled Lima on Monday.'), ['CHLMIL>PER']);
  // in words, the capital is the government
  assert.deepEqual(codes('Chile criticised Lima for the decision.'), ['CHL>PERGOV']);
});

test('who reports an act is no other side: the domestic target stands', () => {
  assert.ok(asserted(code('Peruvian troops captured a rebel camp after two days of fighting, Chilean police said on Monday.')).includes('PER>PER 192 asserted'));
  assert.ok(asserted(code('Peruvian police arrested 20 protesters in a raid on Monday, according to Chilean media.')).includes('PER>PER 173 asserted'));
  // a country the act involves still blocks the guess
  assert.ok(!asserted(code('Peruvian troops captured a rebel camp used by Bolivian smugglers.')).includes('PER>PER 192 asserted'));
});

test('a bare verb after the object of a demand (`that` left out) is wanted, not done', () => {
  const got = asserted(code('Peru demanded Chile withdraw its troops from the border.'));
  assert.ok(!got.some((g) => g.startsWith('CHL>')), got.join(', '));
  assert.ok(got.some((g) => g.startsWith('PER>CHL 10')), got.join(', '));
  // a verb of saying reports a deed
  const said = asserted(code('Peru said Chile withdrew its troops from the border.'));
  assert.ok(said.some((g) => g.startsWith('CHL>') && g.includes(' 087 ')), said.join(', '));
});

test('an actor in the `for` phrase of a disapproval is the reason, not the target, after an object naming no actor', () => {
  const got = asserted(code('Bolivia blamed opposition leaders for violence in several Peruvian cities.'));
  assert.ok(!got.some((g) => g.startsWith('BOL>PER')), got.join(', '));
  // an actor as the object is still the target
  assert.ok(asserted(code('Bolivia criticized Chile for closing the border with Peru.')).includes('BOL>CHL 111 asserted'));
});

test('the act a promised or future state lasts `until` has not happened; after a past state it has', () => {
  const vowed = asserted(code('Peru vowed to keep the border closed until Chile withdrew its troops.'));
  assert.ok(!vowed.some((g) => g.startsWith('CHL>')), vowed.join(', '));
  const promised = asserted(code('Students promised protests every week until Chile joined the Lima Accord with Peru.'));
  assert.ok(!promised.some((g) => g.startsWith('CHL>')), promised.join(', '));
  const past = asserted(code('Fighting continued until Chile withdrew its troops from Peru.'));
  assert.ok(past.includes('CHL>PER 087 asserted'), past.join(', '));
});

test('a gerund weighed, liked or avoided is not done; one after `known for` is a record, not a dated act', () => {
  const considered = asserted(code('Peru considered attacking Chile, and sent troops to Bolivia.'));
  assert.ok(!considered.some((g) => g.startsWith('PER>CHL 19')), considered.join(', '));
  assert.ok(considered.some((g) => g.startsWith('PER>BOL')), considered.join(', '));
  const avoided = code('Bolivia avoided criticizing Chile.').map(brief);
  assert.ok(avoided.includes('BOL>CHL 111 negated'), avoided.join(', '));
  const likes = asserted(code('The minister said Chile likes dropping bombs on Peruvians, and killing them.'));
  assert.ok(!likes.some((g) => g.startsWith('CHL>PER')), likes.join(', '));
});

test('whom a side is backed or helped against is the side opposed, not the target of the support', () => {
  const got = asserted(code('Chile backed the opposition against the Bolivian government.'));
  assert.ok(!got.some((g) => g.startsWith('CHL>BOL')), got.join(', '));
  assert.ok(asserted(code('Chile supported Peru against Bolivia.')).includes('CHL>PER 051 asserted'));
});

test('helping with no one helped is taking part in the act that follows, not giving aid', () => {
  const got = asserted(code('Chile helped to broker a ceasefire between Peru and Bolivia.'));
  assert.ok(!got.some((g) => g.includes(' 07')), got.join(', '));
  assert.ok(got.includes('CHL>PER 045 asserted'), got.join(', '));
  assert.ok(asserted(code('Chile helped Peru rebuild its ports.')).includes('CHL>PER 070 asserted'));
});

test('what a claimant claims or alleges another actor did is an allegation, not a reported deed', () => {
  const claimed = asserted(code('Peru claimed that Chile attacked Bolivian ships.'));
  assert.ok(!claimed.some((g) => g.startsWith('CHL>BOL')), claimed.join(', '));
  const alleged = asserted(code('Peru alleged Chile had attacked Bolivian ships.'));
  assert.ok(!alleged.some((g) => g.startsWith('CHL>BOL')), alleged.join(', '));
  assert.ok(alleged.includes('PER>CHL 112 asserted'), alleged.join(', '));
  // a verb of saying still reports the deed; claiming responsibility admits one's own
  assert.ok(asserted(code('Peru said Chile attacked Bolivian ships.')).includes('CHL>BOL 190 asserted'));
  assert.ok(asserted(code('Peru claimed responsibility for the attack on Chile.')).includes('PER>CHL 015 asserted'));
});

test('one actor agreeing that something is so holds an opinion: no intent to cooperate', () => {
  assert.deepEqual(asserted(code('Peru agreed that the dispute should be decided by the court.')).filter((g) => g.includes(' 03')), []);
  assert.ok(asserted(code('Peru agreed in principle on Saturday to provide aid for Chile.')).includes('PER>CHL 030 asserted'));
  const both = asserted(code('Peru and Chile agreed that the border would reopen.'));
  assert.ok(both.includes('PER>CHL 030 asserted'), both.join(', '));
});

test('the object of a verb of asking or pressing is the one to act in the infinitive after it', () => {
  const got = code('Peru asked Chile to withdraw its troops from the border.').map(brief);
  assert.ok(got.includes('CHL>- 087 hypothetical'), got.join(', '));
  const said = code('The Peruvian minister said Peru would pressure the Chilean government to provide better protections for Peruvians in Chile.');
  assert.ok(!said.some((e) => e.source.country === 'PER' && e.trigger === 'provide'), said.map(brief).join(', '));
});

test('a decree or order with no addressee is a legal act or honour, not a demand; an order to an actor is one', () => {
  assert.deepEqual(asserted(code('The Bolivian president issued an executive order closing the border.')), []);
  assert.deepEqual(asserted(code('The Chilean president awarded the Order of Merit to a Peruvian writer.')), []);
  const decree = asserted(code('The Peruvian president signed a decree banning imports of Chilean wine.'));
  assert.ok(!decree.some((g) => g.includes(' 10')), decree.join(', '));
  assert.ok(decree.includes('PER>CHL 163 asserted'), decree.join(', '));
  assert.ok(asserted(code('Peru issued an order to Chilean fishermen to leave the bay.')).includes('PER>CHL 100 asserted'));
});

test('aircraft or drones used are the means of another act, not an investigation', () => {
  const got = asserted(code('Bolivian rebels said they had carried out the attack using three drones.'));
  assert.deepEqual(got.filter((g) => g.includes(' 09')), []);
  assert.ok(got.some((g) => g.includes(' 190 ')), got.join(', '));
});

test('confirming a claim says it is true; reaffirming a claim still presses it', () => {
  assert.deepEqual(asserted(code('The Peruvian president confirmed the claim on Tuesday.')), []);
  assert.ok(asserted(code('Bolivia reaffirmed its claim to the Chilean coast.')).includes('BOL>CHL 100 asserted'));
});

test('denying funding, access or entry is a refusal, not a denial of an accusation', () => {
  assert.deepEqual(asserted(code('The Peruvian congress has repeatedly denied funding for the dam.')).filter((g) => g.includes(' 016')), []);
  assert.ok(asserted(code('Chile denied entry to the Bolivian delegation on Monday.')).includes('CHL>BOL 120 asserted'));
  // a `that` clause after `deny` is still a denial
  assert.ok(asserted(code('Peru denied that it had cut funding to Bolivian schools.')).includes('PER>- 016 asserted'));
});

test('calling an election for a candidate names its winner: no event; calling one for a date still codes', () => {
  assert.deepEqual(asserted(code('Peruvian television called the election for the Bolivian opposition leader.')), []);
  assert.ok(asserted(code('The Peruvian president called an election for June.')).some((g) => g.startsWith('PER>PER 0831')));
});

test('a withdrawal is military de-escalation only from somewhere or of troops, not from a race', () => {
  assert.deepEqual(asserted(code('The Bolivian candidate announced her withdrawal from the race on Monday.')), []);
  assert.deepEqual(asserted(code("Bolivian president Evo Morales' poll numbers dropped before his withdrawal.")).filter((g) => g.includes(' 087')), []);
  assert.ok(asserted(code('Chile announced a complete withdrawal from the border region.')).includes('CHL>- 087 asserted'));
  assert.ok(asserted(code('Peru announced the withdrawal of its troops before the election.')).includes('PER>- 087 asserted'));
});

test('a demonym in the frame of a superlative (the worst in Bolivian history) is no place and no target', () => {
  assert.deepEqual(asserted(code('The Peruvian president assailed the rally as the angriest in Bolivian history.')), []);
  assert.deepEqual(asserted(code('The Peruvian president criticized the convention as the worst in Peruvian history.')), []);
  assert.ok(asserted(code('Peruvian troops opened fire on protesters in Bolivian territory.')).includes('PER>BOL 190 asserted'));
});

test('what a report concludes is a bare complement clause: its own subject, not the report, does the act', () => {
  assert.deepEqual(asserted(code('A UN report concluded evidence supported his murder by Bolivian agents.')), []);
  assert.deepEqual(asserted(code('A Peruvian inquiry concluded the evidence supported the Chilean claim.')), []);
});

test('what a bill or proposal would do is not done; a law or decree doing it is in force', () => {
  assert.deepEqual(asserted(code('The Peruvian congress approved a bill banning imports from Chile.')).filter((g) => g.includes(' 163')), []);
  assert.ok(asserted(code('Peru passed a law banning imports from Chile.')).includes('PER>CHL 163 asserted'));
});

test('a base-form verb after a quoted modifier is the head noun of the phrase (the "traitor" comment)', () => {
  const got = asserted(code('Chile criticized the Peruvian minister for the "traitor" comment made on Monday.'));
  assert.deepEqual(got, ['CHL>PER 111 asserted']);
});

test('what something is said to mean is an inference, not an act reported', () => {
  const got = asserted(code('The border treaty took effect in 1995, meaning the Peruvian government has allowed Bolivian trucks to use its ports.'));
  assert.deepEqual(got.filter((g) => g.startsWith('PER>')), []);
  assert.ok(asserted(code('Peru said it allowed Bolivian citizens more freedom.')).some((g) => g.startsWith('PER>BOL 08')));
});

test("a by-phrase after a noun of reporting names the report's author, not the agent of a passive", () => {
  assert.deepEqual(asserted(code('Many homes in the Peruvian town have been destroyed with some estimates by the Chilean Red Cross ranging up to 60 percent.')), []);
  assert.ok(asserted(code('The Peruvian embassy was attacked on Monday by Chilean protesters.')).includes('CHL>PER 190 asserted'));
});

test('a statement by an actor still names who condemned', () => {
  assert.ok(asserted(code('Chile was condemned in a joint statement by Peru and Bolivia on Monday.')).includes('PER>CHL 111 asserted'));
});
