// PETRARCH verb dictionaries: the reader on dictionaries written here (synsets, families, forms, multi-word verbs,
// codes, junk codes, malformed lines), the writer of dyad's sequence-pattern format, and the real files in ../shared
// (CAMEO.2.0.txt, the validation suite's verbs) when they are at hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  memberTrigger, readVerbDictionary, toPatternText, VerbDictionaryError, type Tok, type VerbDictionary,
} from '../../src/events/petrarch/verbs.js';

const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const SHARED = resolve(process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared'));
const CAMEO = join(SHARED, 'data', 'reference', 'phoenix-dictionaries', 'CAMEO.2.0.txt');
const TOY = join(SHARED, 'data', 'petrarch-validation', 'PETR_Validate_verbs_2_02.txt');

// Line numbers matter: the tests name them.
const DICT = [
  '# A TEST VERB DICTIONARY', //                                     1
  '####### SYNONYM SETS #######', //                                  2
  '&TIES  # kinds of ties', //                                        3
  '+MILITARY', //                                                     4
  '+ECONOMIC_', //                                                    5
  '&MONEY_', //                                                       6
  '+HARD CURRENCY', //                                                7
  '+FOREIGN_EXCHANGE_', //                                            8
  '+&TIES', //                                                        9
  '+(TO THE END)', //                                                10
  '', //                                                             11
  '####### VERB PATTERNS #######', //                                12
  '---  PROMISE   [030]  ---', //                                    13
  'PROMISE', //                                                      14
  'VOW {VOWS, VOWED VOWED} [---]  # the form given twice', //        15
  '+GO_BY {+WENT_BY +GOES_BY +GONE_BY}', //                          16
  'WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING } [042:043]', //           17
  '- * {NEW &TIES RELATIONS}  [0312]  # PROMISE', //                 18
  '- $ * (TO +) &MONEY_                 [033:030]', //               19
  '- % * ^ (AT {HIGH LEVEL})  [---]', //                             20
  '- + * AID [:073]', //                                             21
  '* (TO QUESTION) [110]', //                                        22
  '- * JUNK [075A]', //                                              23
  '- * JUNK2 [+++]', //                                              24
  '- * (IN &NOWHERE) [190]', //                                      25
  '- FIGHTER_&TIES *_LAWS [1234]', //                                26
  '- * (TO/FOR PROTEST) [141]', //                                   27
  '', //                                                             28
  '--- STAY [---]--- ---', //                                        29
  'STAY {STAYED} [031]', //                                          30
  '- * PUT [---]', //                                                31
  '--- PROMISE [:050] ---', //                                       32
  'PLEDGE', //                                                       33
  '######## TRANSFORMATIONS ##########', //                          34
  '~ a (a b ATTACK) SAY = a b 015', //                               35
  '#~ a commented-out transformation', //                            36
].join('\n');

const word = (w: string): Tok => ({ kind: 'word', word: w });

test('synsets: items lower case, multi-word, trailing _ dropped, nested references, phrases', () => {
  const d = readVerbDictionary(DICT, 't.txt');
  assert.deepEqual([...d.synsets.keys()], ['TIES', 'MONEY_']);
  assert.deepEqual(d.synsets.get('TIES'), [
    { kind: 'words', words: ['military'], exact: false, line: 4 },
    { kind: 'words', words: ['economic'], exact: true, line: 5 },
  ]);
  assert.deepEqual(d.synsets.get('MONEY_'), [
    { kind: 'words', words: ['hard', 'currency'], exact: false, line: 7 },
    { kind: 'words', words: ['foreign', 'exchange'], exact: true, line: 8 },
    { kind: 'ref', name: 'TIES', line: 9 },
    { kind: 'phrase', words: ['to', 'the', 'end'], line: 10 },
  ]);
  assert.equal(d.synsetLines.get('MONEY_'), 6);
});

test('families: header codes, members with forms, own codes, multi-word verbs', () => {
  const d = readVerbDictionary(DICT, 't.txt');
  assert.deepEqual(d.families.map((f) => [f.name, f.code, f.reverse, f.line, f.verbs.length, f.patterns.length]), [
    ['PROMISE', '030', null, 13, 4, 7],
    ['STAY', null, null, 29, 1, 1],
    ['PROMISE', null, '050', 32, 1, 0],
  ]);
  const [promise, vow, goBy, wiretap] = d.families[0].verbs;
  assert.deepEqual(promise, { verb: 'promise', before: [], particles: [], forms: [], code: undefined, reverse: null, line: 14 });
  assert.deepEqual(vow, { verb: 'vow', before: [], particles: [], forms: ['vows', 'vowed'], code: null, reverse: null, line: 15 });
  assert.deepEqual(goBy, { verb: 'go', before: [], particles: ['by'], forms: ['went', 'goes', 'gone'], code: undefined, reverse: null, line: 16 });
  assert.deepEqual(wiretap, { verb: 'tap', before: ['wire'], particles: [], forms: ['tapped', 'tapping'], code: '042', reverse: '043', line: 17 });
  assert.deepEqual([goBy, wiretap].map(memberTrigger), ['go_by', 'wire_+tap']);
  assert.deepEqual(d.families[1].verbs[0].code, '031');
  assert.deepEqual(d.transformations, ['~ a (a b ATTACK) SAY = a b 015']);
});

test('patterns: tokens, noun and prepositional phrases, $ + ^ %, codes with : and ---, a pattern without "- "', () => {
  const d = readVerbDictionary(DICT, 't.txt');
  const p = d.families[0].patterns;
  assert.deepEqual(p.map((x) => [x.line, x.code, x.reverse]), [
    [18, '0312', null], [19, '033', '030'], [20, null, null], [21, null, '073'], [22, '110', null], [26, '1234', null],
    [27, '141', null],
  ]);
  assert.deepEqual(p[0].before, []);
  assert.deepEqual(p[0].after, [{ kind: 'np', items: [word('new'), { kind: 'synset', name: 'TIES' }, word('relations')] }]);
  assert.equal(p[0].comment, 'PROMISE');
  assert.deepEqual(p[1].before, [{ kind: 'source' }]);
  assert.deepEqual(p[1].after, [{ kind: 'pp', prep: 'to', items: [{ kind: 'target' }] }, { kind: 'synset', name: 'MONEY_' }]);
  assert.deepEqual(p[2].before, [{ kind: 'compound' }]);
  assert.deepEqual(p[2].after, [{ kind: 'skip' }, { kind: 'pp', prep: 'at', items: [{ kind: 'np', items: [word('high'), word('level')] }] }]);
  assert.deepEqual(p[3].before, [{ kind: 'target' }]);
  assert.deepEqual(p[4].after, [{ kind: 'pp', prep: 'to', items: [word('question')] }]);
  // `FIGHTER_&TIES` is a word and a synset; `*_LAWS` the verb and a word.
  assert.deepEqual(p[5].before, [word('fighter'), { kind: 'synset', name: 'TIES' }]);
  assert.deepEqual(p[5].after, [word('laws')]);
  assert.deepEqual(d.families[1].patterns[0].after, [word('put')]);
  assert.equal(d.families[1].patterns[0].code, null);
});

test('CRLF line ends read the same', () => {
  const lf = readVerbDictionary(DICT, 't.txt');
  const crlf = readVerbDictionary(DICT.replace(/\n/g, '\r\n'), 't.txt');
  assert.deepEqual(crlf, lf);
});

test('junk codes and unknown synsets are warnings: the pattern is dropped, the rest is read', () => {
  const d = readVerbDictionary(DICT, 't.txt');
  assert.deepEqual(d.warnings, [
    { file: 't.txt', line: 23, message: 'code [075A] is not a CAMEO code: pattern dropped' },
    { file: 't.txt', line: 24, message: 'code [+++] is not a CAMEO code: pattern dropped' },
    { file: 't.txt', line: 25, message: 'unknown synset &NOWHERE: pattern dropped' },
  ]);
  assert.deepEqual(d.errors, []);
  const odd = readVerbDictionary('--- X [080!] ---\nX [12A]\n- * Y [010]', 'odd.txt');
  assert.deepEqual(odd.warnings.map((w) => w.line), [1, 2]);
  assert.equal(odd.families[0].code, null);
  assert.equal(odd.families[0].verbs[0].code, undefined);
  assert.equal(odd.families[0].patterns.length, 1);
});

/** The error thrown for `text`, checked to name the file and the line. */
function failsAt(text: string, line: number, what: RegExp): void {
  assert.throws(() => readVerbDictionary(text, 'bad.txt'), (e: unknown) => {
    assert.ok(e instanceof VerbDictionaryError, String(e));
    assert.equal(e.file, 'bad.txt');
    assert.equal(e.line, line);
    assert.ok(e.message.startsWith(`bad.txt:${line}: `), e.message);
    assert.match(e.message, what);
    return true;
  });
}

test('malformed lines throw VerbDictionaryError naming the file and the line', () => {
  const fam = '####### VERB PATTERNS #######\n--- SPEAK [010] ---\nSPEAK\n';
  failsAt(fam + 'TALK {TALKED TALKING', 4, /unbalanced braces/);
  failsAt(fam + 'TALK [010', 4, /unbalanced brackets/);
  failsAt(fam + '- * (TO BORDER [150]', 4, /'\(' without a closing '\)'/);
  failsAt(fam + '- * {ARMS SHIPMENT [150]', 4, /'\{' without a closing '\}'/);
  failsAt(fam + '- * VENTURE (WITH VISIT) VISIT)[042:043]', 4, /'\)' without an opening '\('/);
  failsAt(fam + '- * AID [070', 4, /'\[' without a closing '\]'/);
  failsAt(fam + '- AID [070]', 4, /no \*/);
  failsAt(fam + '- * * AID [070]', 4, /more than one \*/);
  failsAt(fam + '- * AID', 4, /no \[CODE\]/);
  failsAt(fam + '- * {} [070]', 4, /empty noun phrase/);
  failsAt(fam + '- * ({ARMS} X) [070]', 4, /must start with its preposition/);
  failsAt(fam + 'WIRE_TAP', 4, /does not mark its verb word/);
  failsAt('####### SYNONYM SETS #######\n+ORPHAN', 2, /synset item '\+ORPHAN' outside a synset/);
  failsAt('####### VERB PATTERNS #######\n\nSPEAK', 3, /verb line 'SPEAK' outside any verb family/);
  failsAt('####### VERB PATTERNS #######\n- * AID [070]', 2, /pattern outside any verb family/);
  failsAt('&A\n+X\n&B\n+&NOPE', 4, /synset &B refers to unknown synset &NOPE/);
  failsAt('&A\n+&B\n&B\n+&A', 4, /contains itself/);
  failsAt(fam + '&LATE\n+X', 4, /inside the verb patterns/);
  failsAt(fam + '######## TRANSFORMATIONS\nNOT A TRANSFORMATION', 5, /expected a transformation/);
});

test('onError: malformed lines are reported, skipped and listed; the rest is read', () => {
  const seen: string[] = [];
  const text = '--- SPEAK [010] ---\nSPEAK\n- * (TO [042]\n- * AID [070]\n--- BAD HEADER\nLOST\n--- TALK [010] ---\nTALK';
  const d = readVerbDictionary(text, 'r.txt', { onError: (e) => seen.push(e.message) });
  assert.deepEqual(seen, ["r.txt:3: '(' without a closing ')'", "r.txt:5: bad family header '--- BAD HEADER' (expected --- NAME [CODE] ---)"]);
  assert.deepEqual(d.errors.map((e) => e.line), [3, 5]);
  assert.deepEqual(d.families.map((f) => [f.name, f.verbs.map((v) => v.verb), f.patterns.length]), [
    ['SPEAK', ['speak'], 1], ['TALK', ['talk'], 0],
  ]);
});

test('toPatternText: classes, families, forms, defaults and sequences, each with its origin line', () => {
  const text = toPatternText(readVerbDictionary(DICT, 't.txt'), 'from a test\nMIT');
  const lines = text.split('\n');
  assert.equal(lines[0], '# dyad sequence patterns imported from a PETRARCH verb dictionary: t.txt.');
  assert.ok(lines.includes('# from a test') && lines.includes('# MIT'));
  const body = lines.filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(body, [
    '@TIES military economic  # t.txt:3',
    '@MONEY_ hard_currency foreign_exchange @TIES to_the_end  # t.txt:6',
    '=PROMISE promise vow go_by wire_+tap  # t.txt:13',
    'f vow vows vowed  # t.txt:15',
    'f go went goes gone  # t.txt:16',
    'f tap tapped tapping  # t.txt:17',
    'v =PROMISE 030  # t.txt:13',
    'v vow ---  # t.txt:15',
    'v wire_+tap 042:043  # t.txt:17',
    'v =PROMISE 0312 :: * {new @TIES relations}  # t.txt:18',
    'v =PROMISE 033:030 :: $ * (to +) @MONEY_  # t.txt:19',
    'v =PROMISE --- :: % * ^ (at high level)  # t.txt:20',
    'v =PROMISE ---:073 :: + * aid  # t.txt:21',
    'v =PROMISE 110 :: * (to question)  # t.txt:22',
    'v =PROMISE 1234 :: fighter @TIES * laws  # t.txt:26',
    'v =PROMISE 141 :: * (to protest)  # t.txt:27',
    'v =PROMISE 141 :: * (for protest)  # t.txt:27',
    '=STAY stay  # t.txt:29',
    'f stay stayed  # t.txt:30',
    'v stay 031  # t.txt:30',
    'v =STAY --- :: * put  # t.txt:31',
    '=PROMISE_2 pledge  # t.txt:32',
    'v =PROMISE_2 ---:050  # t.txt:32',
  ]);
  // What was not imported is listed at the end.
  assert.ok(lines.includes('# t.txt:23: code [075A] is not a CAMEO code: pattern dropped'));
  assert.ok(lines.includes('# 1 transformations (~ lines of the TRANSFORMATIONS section): no counterpart in dyad.'));
  assert.equal(toPatternText(readVerbDictionary(DICT, 't.txt'), 'from a test\nMIT'), text, 'deterministic');
});

test('toPatternText: forms already given for a lemma are not repeated; a family without verbs is a comment', () => {
  const d = readVerbDictionary('--- A [010] ---\nBREAK {BROKE BROKEN}\n+BREAK_DOWN {+BROKE_DOWN +BREAKS_DOWN}\n--- EMPTY [020] ---\n- * X [021]', 'f.txt');
  const body = toPatternText(d, 'x').split('\n').filter((l) => (l && !l.startsWith('#')) || l.startsWith('# =EMPTY'));
  assert.deepEqual(body, [
    '=A break break_down  # f.txt:1',
    'f break broke broken  # f.txt:2',
    'f break breaks  # f.txt:3',
    'v =A 010  # f.txt:1',
    '# =EMPTY has no verbs: its default and 1 patterns apply to none  # f.txt:4',
  ]);
});

function loadShared(path: string, errors?: string[]): VerbDictionary {
  const text = readFileSync(path, 'utf8');
  return readVerbDictionary(text, path.split(/[\\/]/).pop()!, errors ? { onError: (e) => errors.push(e.message) } : {});
}

const count = (d: VerbDictionary, k: 'verbs' | 'patterns') => d.families.reduce((n, f) => n + f[k].length, 0);

test('CAMEO.2.0.txt: read with its two malformed lines skipped, counts as expected', (t) => {
  if (!existsSync(CAMEO)) { t.skip(`no ${CAMEO}`); return; }
  // Read strictly, the first malformed line stops the reader.
  assert.throws(() => loadShared(CAMEO), /^VerbDictionaryError: CAMEO\.2\.0\.txt:2374: '\)' without an opening '\('/);
  const errors: string[] = [];
  const start = performance.now();
  const d = loadShared(CAMEO, errors);
  const ms = performance.now() - start;
  assert.deepEqual(errors, ["CAMEO.2.0.txt:2374: ')' without an opening '('", "CAMEO.2.0.txt:7606: ')' without an opening '('"]);
  assert.equal(d.synsets.size, 40);
  assert.equal(d.families.length, 397);
  assert.equal(count(d, 'verbs'), 1817);
  assert.equal(count(d, 'patterns'), 4661);
  assert.ok(count(d, 'patterns') > 4000);
  assert.deepEqual(d.warnings.map((w) => w.line), [2194, 2406, 3887, 5787, 8443, 8444]);
  assert.equal(d.transformations.length, 8);
  const rush = d.families.find((f) => f.name === 'ACCELERATE')!;
  assert.deepEqual(rush.patterns[0].after, [{ kind: 'pp', prep: 'to', items: [] }]);
  assert.equal(rush.patterns[0].code, '042');
  assert.equal(rush.patterns[0].reverse, '043');
  // A generous bound (the machine may be busy): the reader is linear, some tens of milliseconds.
  assert.ok(ms < 2000, `${ms} ms`);
});

test('the validation suite verbs file: read with no error', (t) => {
  if (!existsSync(TOY)) { t.skip(`no ${TOY}`); return; }
  const d = loadShared(TOY);
  assert.equal(d.synsets.size, 30);
  assert.equal(d.families.length, 69);
  assert.equal(count(d, 'verbs'), 127);
  assert.equal(count(d, 'patterns'), 349);
  assert.deepEqual(d.warnings.map((w) => w.line), [117, 315, 390, 400, 402, 425, 808, 877, 880, 881, 937]);
  const begin = d.families.find((f) => f.name === 'BEGIN')!;
  assert.deepEqual(begin.patterns.map((p) => [p.line, p.code]), [[463, '110']], 'the pattern written without "- "');
  assert.deepEqual(d.synsets.get('ACCORDSYN')!.map((i) => (i.kind === 'ref' ? '&' + i.name : i.words.join(' '))),
    ['&TIETYPES', 'closer', 'nearer', '&CURRENCY']);
});

test('data/events/cameo-verbs.txt is what the build makes from CAMEO.2.0.txt', (t) => {
  if (!existsSync(CAMEO)) { t.skip(`no ${CAMEO}`); return; }
  const committed = readFileSync(join(ROOT, 'data', 'events', 'cameo-verbs.txt'), 'utf8');
  const made = toPatternText(loadShared(CAMEO, []), 'ORIGIN');
  // The header's origin text is the build script's; everything from the first class on must be the same.
  const body = (s: string) => s.slice(s.indexOf('\n@'));
  assert.equal(body(committed), body(made));
  assert.match(committed, /Copyright \(c\) 2015 Open Event Data Alliance/);
});
