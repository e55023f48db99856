// The event coder end to end (annotate → actors → times → events) on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../../src/pipeline.js';
import type { CodedEvent } from '../../src/types.js';

function code(text: string, published = '2024-03-15'): CodedEvent[] {
  return processArticle({ id: 't', published, paragraphs: text.split('\n\n') }).events;
}
const brief = (e: CodedEvent) => `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo} ${e.modality}`;
const asserted = (es: CodedEvent[]) => es.filter((e) => e.modality === 'asserted').map(brief);

test('active voice: subject, verb, object', () => {
  const es = code('Peru accused Chile of espionage on Monday.');
  assert.deepEqual(asserted(es), ['PER>CHL 1125 asserted']);
  assert.equal(es[0].date.start, '2024-03-11', 'Monday before publication');
  assert.equal(es[0].root, '11');
  assert.equal(es[0].quadClass, 3);
  assert.equal(es[0].plover.event, 'ACCUSE');
});

test('passive voice: the by-phrase is the source', () => {
  assert.deepEqual(asserted(code('Chile was attacked by Peru last week.')), ['PER>CHL 190 asserted']);
});

test('a compound subject gives one event per actor', () => {
  const got = asserted(code('Norway and Sweden condemned Russia.'));
  assert.deepEqual(got.sort(), ['NOR>RUS 111 asserted', 'SWE>RUS 111 asserted']);
});

test('a compound subject of a reciprocal verb with no object: events between the conjuncts', () => {
  const got = asserted(code('Peru and Chile signed a border treaty in 2019.'));
  assert.deepEqual(got.sort(), ['CHL>PER 057 asserted', 'PER>CHL 057 asserted']);
});

test('a meeting is mutual', () => {
  const got = asserted(code('Japan met with Brazil on Tuesday.'));
  assert.deepEqual(got.sort(), ['BRA>JPN 040 asserted', 'JPN>BRA 040 asserted']);
});

test('a coordinated predicate inherits the subject', () => {
  const got = asserted(code('Egypt condemned the raid and urged Israel to withdraw.'));
  assert.ok(got.includes('EGY>ISR 020 asserted'), got.join(', '));
});

test('a relative pronoun stands for the object', () => {
  const got = asserted(code('Washington sanctioned Nicolas Maduro, whom Cuba and Russia had armed since 2014.'));
  assert.ok(got.includes('CUB>VEN 072 asserted') && got.includes('RUS>VEN 072 asserted'), got.join(', '));
});

test('a nominal event with its agent and a date modifier', () => {
  const es = code("Iraq's 1990 invasion of Kuwait was condemned.");
  const inv = es.find((e) => e.root === '19')!;
  assert.equal(brief(inv), 'IRQ>KWT 192 asserted');
  assert.deepEqual([inv.date.start, inv.date.end], ['1990-01-01', '1990-12-31']);
});

test('with Y\'s help: Y is the helper', () => {
  const got = asserted(code('Sudan, with Chinese help, built an oil refinery in 2001.'));
  assert.ok(got.includes('CHN>SDN 070 asserted'), got.join(', '));
});

test('negation, conditionals, recommendations and plans are kept but not asserted', () => {
  const neg = code('Ghana did not attack Togo.');
  assert.deepEqual(neg.map(brief), ['GHA>TGO 190 negated']);
  assert.equal(code('Ghana could attack Togo.').map(brief)[0], 'GHA>TGO 190 hypothetical');
  assert.equal(code('Ghana should sanction Togo.').map(brief)[0], 'GHA>TGO 163 hypothetical');
  assert.equal(code('Ghana is not willing to attack Togo.').map(brief)[0], 'GHA>TGO 190 negated');
});

test('an announced act is also an asserted intent; a refused one a rejection; a required one a demand', () => {
  const will = code('Finland said it will send food aid to Malawi.').map(brief);
  assert.ok(will.includes('FIN>MWI 073 future') && will.includes('FIN>MWI 0333 asserted'), will.join(', '));
  const refuse = code('Kenya said it will not accept refugees from Somalia.').map(brief);
  assert.ok(refuse.some((x) => / 12\d* asserted$/.test(x) && x.startsWith('KEN>')), refuse.join(', '));
  const must = code('France said Mali must release the hostages.').map(brief);
  assert.ok(must.some((x) => x.startsWith('FRA>MLI 1053 asserted')), must.join(', '));
});

test('someone sent to meet another makes a visit', () => {
  const got = asserted(code('Kenya dispatched foreign minister Musalia Mudavadi to meet with Ethiopia\'s prime minister.'));
  assert.ok(got.some((g) => g.startsWith('KEN>ETH 042')), got.join(', '));
});

test('protests in a country with no protester named: the opposition against the government', () => {
  const es = code('Prices rose in Chile. Since the election, protests have erupted throughout the country.');
  const p = es.find((e) => e.root === '14')!;
  assert.equal(p.source.code, 'CHLOPP');
  assert.equal(p.target?.code, 'CHLGOV');
});

test('an event without its own date takes the paragraph\'s date, else the month before publication', () => {
  const es = code('Last spring Chad accused Niger of hosting rebels. Chad then expelled Niger\'s ambassador.');
  const expel = es.find((e) => e.trigger.startsWith('expel'))!;
  assert.equal(expel.date.from, 'paragraph');
  const undated = code('Chad expelled Niger\'s ambassador.')[0];
  assert.equal(undated.date.from, 'publication');
  assert.deepEqual([undated.date.start, undated.date.end], ['2024-02-14', '2024-03-15']);
});

test('every event carries its sentence, span and provenance', () => {
  const [e] = code('Bolivia praised Paraguay.');
  assert.equal(e.sentence, 'Bolivia praised Paraguay.');
  assert.deepEqual(e.span, [0, 24]);
  assert.match(e.pattern, /^data\/events\/patterns\.txt:\d+/);
  assert.equal(e.trigger, 'praised');
});

test('a run-on "sentence" of thousands of words is not coded, and coding it stays fast enough to finish', () => {
  const junk = Array.from({ length: 3000 }, (_, i) => ['Peru', 'attacked', 'Chile', 'and'][i % 4]).join(' ');
  assert.deepEqual(code(junk), []);
});

test('a time between a verb and its object does not hide the object', () => {
  assert.deepEqual(asserted(code('Kenya rejected on Thursday an appeal by Somalia.')), ['KEN>SOM 120 asserted']);
});

test('a conditional act is a threat aimed at the condition\'s subject', () => {
  const got = asserted(code('Iran threatened to halt talks if the United States imposed new sanctions.'));
  assert.ok(got.some((g) => g.startsWith('IRN>USA 13')), got.join(', '));
});

test('people from a country act for it; an appositive role replaces an out-of-office one', () => {
  const got = asserted(code('Activists from Belarus staged a rally against Russia.'));
  assert.ok(got.some((g) => g.startsWith('BLR>RUS 14')), got.join(', '));
});

test('a repeated act is coded as the act', () => {
  assert.deepEqual(asserted(code('Serbia reimposed sanctions on Kosovo.')), ['SRB>XKX 163 asserted']);
});

test('a paragraph that ends on an actor name (no final punctuation, all capitals) codes without failing', () => {
  assert.deepEqual(asserted(code('RUSSIA ATTACKED UKRAINE')), ['RUS>UKR 190 asserted']);
});
