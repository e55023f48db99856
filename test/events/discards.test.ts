// PETRARCH discard lists: the reader on a list written here, malformed lines, phrase matching, and the real lists in
// ../shared (Phoenix.discards.txt, the validation suite's) when they are at hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscardListError, matchesDiscard, readDiscards } from '../../src/events/petrarch/discards.js';

const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const SHARED = resolve(process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared'));

const LIST = [
  '# Story-level discards are indicated with a \'+\'.', // 1
  'MONTHS LATER', //                                          2
  '+World Golf Championships   # pas 26-Feb-2014', //        3
  'AFRICAN_NATIONS_CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005', // 4
  'THIRD ROUND_', //                                          5
  '  BASEBALL   ', //                                         6
  '', //                                                      7
  '+ESPN2', //                                                8
  "QUEEN'S ICONIC ANTHEM", //                                 9
  'SEMI-FINAL\t', //                                         10
  'months later', //                                         11 (the same phrase again)
  '1914', //                                                 12
].join('\n');

test('reads sentence- and story-level phrases, lower case, `_` or spaces between words, comments dropped', () => {
  const d = readDiscards(LIST, 'd.txt');
  assert.deepEqual(d.sentence, [
    ['months', 'later'], ['african', 'nations', 'cup'], ['third', 'round'], ['baseball'], ["queen's", 'iconic', 'anthem'],
    ['semi-final'], ['1914'],
  ]);
  assert.deepEqual(d.story, [['world', 'golf', 'championships'], ['espn2']]);
});

test('a malformed line throws DiscardListError naming the file and the line', () => {
  const cases: [string, number, RegExp][] = [
    ['OK\n+\nOK', 2, /'\+' with no phrase/],
    ['OK\nFOO [BAR]', 2, /'\[BAR\]' is not a word/],
    ['{NOT A PHRASE}', 1, /is not a word/],
    ['A\nB\nC +D', 3, /'\+D' is not a word/],
  ];
  for (const [text, line, what] of cases) {
    assert.throws(() => readDiscards(text, 'bad.txt'), (e: unknown) => {
      assert.ok(e instanceof DiscardListError, String(e));
      assert.equal(e.file, 'bad.txt');
      assert.equal(e.line, line);
      assert.ok(e.message.startsWith(`bad.txt:${line}: `), e.message);
      assert.match(e.message, what);
      return true;
    });
  }
});

test('matchesDiscard: the phrase as consecutive words anywhere in the sentence', () => {
  const { sentence, story } = readDiscards(LIST, 'd.txt');
  const words = (s: string) => s.toLowerCase().split(' ');
  assert.equal(matchesDiscard(words('Two months later the talks resumed'), sentence), true);
  assert.equal(matchesDiscard(words('the talks resumed months later'), sentence), true, 'at the end');
  assert.equal(matchesDiscard(words('months passed and later talks resumed'), sentence), false, 'not consecutive');
  assert.equal(matchesDiscard(words('later months'), sentence), false, 'not in order');
  assert.equal(matchesDiscard(words('the third'), sentence), false, 'a phrase cut off by the end of the sentence');
  assert.equal(matchesDiscard(words('Egypt reached the third round'), sentence), true);
  assert.equal(matchesDiscard(words('at the World Golf Championships'), story), true);
  assert.equal(matchesDiscard(words('at the World Golf Club'), story), false);
  assert.equal(matchesDiscard([], sentence), false);
  assert.equal(matchesDiscard(words('anything'), []), false);
  // Phrases sharing their first word are all tried.
  const shared = [['third', 'seed'], ['third', 'round']];
  assert.equal(matchesDiscard(words('a third round win'), shared), true);
  assert.equal(matchesDiscard(words('a third way'), shared), false);
});

const SHARED_LISTS: [string, number, number][] = [
  [join(SHARED, 'data', 'petrarch-validation', 'PETR_Validate_discards_2_02.txt'), 5, 4],
  [join(SHARED, 'data', 'reference', 'phoenix-dictionaries', 'Phoenix.discards.txt'), 442, 64],
];

for (const [path, sentences, stories] of SHARED_LISTS) {
  const name = path.split(/[\\/]/).pop()!;
  test(`${name}: read with no error`, (t) => {
    if (!existsSync(path)) { t.skip(`no ${path}`); return; }
    const d = readDiscards(readFileSync(path, 'utf8'), name);
    assert.equal(d.sentence.length, sentences);
    assert.equal(d.story.length, stories);
    assert.deepEqual(d.story[0], ['world', 'golf', 'championships']);
    assert.deepEqual(d.sentence.find((p) => p[0] === 'months'), ['months', 'later']);
  });
}
