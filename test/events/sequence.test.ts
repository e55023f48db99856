// Sequence patterns (the form PETRARCH verb dictionaries are imported into): the format, and what they code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatterns, NO_EVENT } from '../../src/events/patterns.js';
import { EventCoder } from '../../src/events/coder.js';
import { processArticle } from '../../src/pipeline.js';
import { dictionaryFromFiles } from '../../src/actors/petrarch.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BOOK = `
@TIES relations ties links
=SEVER sever cut break_off
f sever severs severed
v =SEVER 161
v =SEVER 1951 :: * {diplomatic @TIES}
v =SEVER --- :: * (with regret)
v wire_+tap 170
v arrive 042:043 :: * (in +)
v agree 030 :: % *
v celebrate 017 :: * holiday (with +) (in $)
v shell 190 :: (despite $) * +
v boost 154 :: * troop
v say 190 :: * attack
`;

test('families, forms, codes, `---` and the reverse code are read into the book', () => {
  const book = parsePatterns(BOOK, 'book.txt');
  const sever = book.verbs.get('sever')!;
  assert.deepEqual(sever.map((p) => p.code), ['1951', NO_EVENT, '161'], 'the most specific first, the family default last');
  assert.deepEqual(book.verbs.get('break')!.map((p) => p.particles), [['off'], ['off'], ['off']]);
  assert.equal(book.forms.get('severed'), 'sever');
  const tap = book.verbs.get('tap')![0];
  assert.deepEqual([tap.pre, tap.head, tap.code], [['wire'], 'tap', '170']);
  const arrive = book.verbs.get('arrive')![0];
  assert.deepEqual([arrive.code, arrive.reverseCode, arrive.mutual], ['042', '043', true]);
  assert.equal(book.verbs.get('agree')![0].seq!.compound, true);
  assert.equal(sever[0].origin, 'book.txt:6');
});

test('an imported line keeps the origin its trailing comment names', () => {
  const book = parsePatterns('v halt 0871 :: * march  # CAMEO.2.0.txt:4242\n', 'gen.txt');
  assert.equal(book.verbs.get('halt')![0].origin, 'CAMEO.2.0.txt:4242');
});

test('a later file is a lower layer: its patterns come into play only where the first file has no match', () => {
  const book = parsePatterns('v condemn 111 :: * {attack}\n', 'own.txt');
  parsePatterns('v condemn 112\nv condemn 113 :: * (on attack)\n', 'imported.txt', book);
  const list = book.verbs.get('condemn')!;
  assert.deepEqual(list.map((p) => [p.layer, p.code]), [[0, '111'], [1, '113'], [1, '112']]);
});

// A small world coded with a toy actor file and the book above.
const dir = mkdtempSync(join(tmpdir(), 'dyad-seq-'));
const actors = join(dir, 'actors.txt');
writeFileSync(actors, 'NORLAND [NOR]\nSUDMARK [SUD]\nOSTRIA [OST]\nWESTAVIA [WES]\n');
const dictionary = dictionaryFromFiles({ actors });
const patterns = parsePatterns(BOOK, 'book.txt');
const coder = new EventCoder({ patterns, petrarch: true });

function coded(text: string): string[] {
  const doc = processArticle({ id: 't', paragraphs: [text], published: '2024-05-01' } as never, { dictionary, patterns, petrarch: true });
  return coder.code(doc).filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}

test('a noun phrase may hold adjectives between the words a pattern names, not other nouns', () => {
  assert.deepEqual(coded('Norland severed full diplomatic relations with Sudmark.'), ['NOR>SUD 1951']);
  assert.deepEqual(coded('Norland severed diplomatic trade relations with Sudmark.'), ['NOR>SUD 161']);
  assert.deepEqual(coded('Norland broke off ties with Sudmark.'), ['NOR>SUD 161'], 'a phrasal member takes the family default');
});

test('`---` stops the default: this use of the verb is no event', () => {
  assert.deepEqual(coded('Norland severed relations with Sudmark with deep regret.'), []);
});

test('`+` and `$` place the target and source; `CODE:CODE` codes the act back', () => {
  assert.deepEqual(coded('Norland arrived in Sudmark on Monday.').sort(), ['NOR>SUD 042', 'SUD>NOR 043']);
  assert.deepEqual(coded('Westavia celebrated the holiday with Sudmark in Ostria.'), ['OST>SUD 017']);
  assert.deepEqual(coded('Despite Ostria, Norland shelled Sudmark.'), ['OST>SUD 190']);
});

test('`%`: the members of a compound subject act on each other', () => {
  assert.deepEqual(coded('Norland and Sudmark agreed.').sort(), ['NOR>SUD 030', 'SUD>NOR 030']);
});

test('a word required before the verb (`wire_+tap`)', () => {
  assert.deepEqual(coded('Norland will wire tap Sudmark.'), ['NOR>SUD 170']);
  assert.deepEqual(coded('Norland will tap Sudmark.'), []);
});

test('words between a pattern\'s words: not across another clause\'s verb, nor into a prepositional phrase', () => {
  assert.deepEqual(coded('Norland boosted its troops near Sudmark.'), ['NOR>SUD 154']);
  assert.deepEqual(coded('Norland boosted trade with Sudmark troops.'), [], 'the troops are the object of `with`');
  assert.deepEqual(coded('Norland said the attack on Sudmark was wrong.'), ['NOR>SUD 190']);
  assert.deepEqual(coded('Norland said Ostria attacked Sudmark.'), [], '`attacked` has a subject of its own');
});
