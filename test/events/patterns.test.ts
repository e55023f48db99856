import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePattern, Context, defaultPatterns, NO_EVENT, parsePatterns, PatternError } from '../../src/events/patterns.js';
import { isCameoCode } from '../../src/events/ontology/index.js';
import { defaultCues, defaultSpeechActs, parseSpeechActs, speechActCode } from '../../src/events/lexicon.js';

const SAMPLE = `
@ARMS weapon missile air_defence
v supply 070 >with
v supply 072 >with +@ARMS
v call_for 020 notarget
n arms_sale 072 >to
`;

test('parses classes, verbs with particles, multi-word nouns and terms', () => {
  const book = parsePatterns(SAMPLE, 'sample.txt');
  assert.deepEqual(book.classes.get('ARMS'), ['weapon', 'missile', 'air_defence']);
  const supply = book.verbs.get('supply')!;
  assert.equal(supply.length, 2);
  assert.equal(supply[0].code, '072', 'the more specific pattern comes first');
  assert.deepEqual(supply[0].targetPreps, ['with']);
  const call = book.verbs.get('call')![0];
  assert.deepEqual(call.particles, ['for']);
  assert.equal(call.notarget, true);
  const sale = book.nouns.get('sale')![0];
  assert.deepEqual(sale.particles, ['arms']);
  assert.equal(sale.origin, 'sample.txt:6');
  assert.equal(parsePatterns('v release 0841 obj').verbs.get('release')![0].obj, true, '`obj`: the direct object only');
});

test('chooses the most specific pattern whose conditions hold', () => {
  const book = parsePatterns(SAMPLE);
  const supply = book.verbs.get('supply')!;
  const armed = new Context(['the', 'rebel', 'with', 'air', 'defence'], ['the', 'rebels', 'with', 'air', 'defence']);
  assert.equal(new Context(['air', 'defence'], ['air', 'defence'], 1).hasAny(book.classes.has('ARMS') ? { single: new Set(), multi: [['air', 'defence']] } : { single: new Set(), multi: [] }), false, 'the window starts after the first word');
  assert.equal(choosePattern(supply, armed, () => true)?.code, '072', 'a two-word class item matches across tokens');
  const plain = new Context(['the', 'city', 'with', 'grain'], ['the', 'city', 'with', 'grain']);
  assert.equal(choosePattern(supply, plain, () => true)?.code, '070');
});

test('a malformed line names the file, the line and the fault', () => {
  assert.throws(() => parsePatterns('v attack 19x', 'bad.txt'), (e: unknown) => e instanceof PatternError && /bad.txt:1: '19x' is not a CAMEO code/.test(e.message));
  assert.throws(() => parsePatterns('\nv attack 190 +@NOPE', 'bad.txt'), /bad.txt:2: unknown word class @NOPE/);
  assert.throws(() => parsePatterns('x attack 190', 'bad.txt'), /bad.txt:1: expected 'v', 'n', 'f', '=FAMILY' or '@CLASS', got 'x'/);
  assert.throws(() => parsePatterns('v attack 190 :: * {border', 'bad.txt'), /bad.txt:1: missing '}'/);
  assert.throws(() => parsePatterns('v attack 190 :: border', 'bad.txt'), /bad.txt:1: a sequence needs `\*`/);
  assert.throws(() => parsePatterns('\n\nv =NOPE 190', 'bad.txt'), /bad.txt:3: unknown verb family =NOPE/);
  assert.throws(() => parsePatterns('v attack 190:19x', 'bad.txt'), /bad.txt:1: '19x' is not a CAMEO code/);
  assert.throws(() => parsePatterns('v attack 190 sideways', 'bad.txt'), /unknown term 'sideways'/);
});

test('every default pattern codes a CAMEO code that exists in the codebook', () => {
  const book = defaultPatterns();
  for (const map of [book.verbs, book.nouns]) {
    for (const list of map.values()) {
      for (const p of list) {
        assert.ok(p.code === NO_EVENT || isCameoCode(p.code), `${p.origin}: ${p.code}`);
        assert.ok(p.reverseCode === null || p.reverseCode === NO_EVENT || isCameoCode(p.reverseCode), `${p.origin}: ${p.reverseCode}`);
      }
    }
  }
  assert.ok(book.verbs.size > 150, 'a broad verb dictionary');
});

test('the default dictionary covers all twenty CAMEO roots', () => {
  const roots = new Set<string>();
  const book = defaultPatterns();
  for (const map of [book.verbs, book.nouns]) for (const list of map.values()) for (const p of list) roots.add(p.code.slice(0, 2));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
});

test('speech acts map an act to the intent, demand or refusal of it, longest prefix first', () => {
  const map = parseSpeechActs('07 033 103 122\n072 0332 1032 1222\n19 138 100 120\n');
  assert.equal(speechActCode(map, '0721', 'intent'), '0332');
  assert.equal(speechActCode(map, '073', 'demand'), '103');
  assert.equal(speechActCode(map, '195', 'intent'), '138');
  assert.equal(speechActCode(map, '072', 'refusal'), '1222');
  assert.equal(speechActCode(map, '040', 'intent'), '040', 'no entry: unchanged');
  assert.throws(() => parseSpeechActs('07 033 103', 'acts.txt'), /acts.txt:1: expected 'PREFIX INTENT DEMAND REFUSAL'/);
  for (const row of defaultSpeechActs().values()) for (const code of Object.values(row)) assert.ok(isCameoCode(code), code);
  assert.ok(defaultCues().negation.has('not'));
});
