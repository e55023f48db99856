import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaptionLine, looksLikeTitle, readText } from '../../src/read/text.js';

// A made-up article in the aggregator layout: title; dek; dateline; the title again; an image caption; body; trailer.
const AGGREGATED = [
  'Ministers meet in Vienna as talks on the canal stall',
  '',
  'Neither side expects a deal before the summer, officials say',
  '',
  'Mar 4, 2025 - 17:45',
  'Ministers meet in Vienna as talks on the canal stall',
  'Delegates arrive at the conference centre Credit: Example Photo Agency',
  '',
  'The foreign ministers of Ruritania and Freedonia met in Vienna on Tuesday for a  third round of talks on the',
  'disputed canal, a Ruritanian spokesman said.',
  '',
  'Freedonia’s minister called the meeting “useful” — but said no agreement was near.',
  '',
  'A fourth round is planned for April.',
  '',
  '[Source: The Example Gazette]',
  '',
].join('\n');

test('aggregator layout: title, dek, dateline, repeated title, caption, body, trailer', () => {
  const a = readText(AGGREGATED, { id: 'vienna', origin: 'in/vienna.txt' });
  assert.deepEqual(a, {
    id: 'vienna',
    title: 'Ministers meet in Vienna as talks on the canal stall',
    dek: 'Neither side expects a deal before the summer, officials say',
    published: '2025-03-04T17:45',
    source: 'The Example Gazette',
    paragraphs: [
      'The foreign ministers of Ruritania and Freedonia met in Vienna on Tuesday for a third round of talks on the disputed canal, a Ruritanian spokesman said.',
      'Freedonia’s minister called the meeting “useful” — but said no agreement was near.',
      'A fourth round is planned for April.',
    ],
    caption: 'Delegates arrive at the conference centre Credit: Example Photo Agency',
    origin: 'in/vienna.txt',
  });
});

test('aggregator layout with Windows line breaks, a BOM and the dek right under the title', () => {
  const text = '\ufeffTitle of the piece\r\nA dek line\r\n\r\n31 January 2026\r\nTitle of the piece\r\n\r\nBody one.\r\n\r\nBody two.\r\n';
  const a = readText(text, { id: 'x' });
  assert.equal(a.title, 'Title of the piece');
  assert.equal(a.dek, 'A dek line');
  assert.equal(a.published, '2026-01-31');
  assert.deepEqual(a.paragraphs, ['Body one.', 'Body two.']);
  assert.equal(a.caption, undefined);
});

test('a dateline beats --published; --published fills in when there is none', () => {
  assert.equal(readText(AGGREGATED, { id: 'a', published: '2020-01-01' }).published, '2025-03-04T17:45');
  const plain = 'The envoy flew to Geneva on Monday.\n\nTalks resume next week.';
  assert.equal(readText(plain, { id: 'b', published: '2020-01-01' }).published, '2020-01-01');
  assert.equal(readText(plain, { id: 'c' }).published, undefined);
  assert.throws(() => readText(plain, { id: 'd', published: 'yesterday' }), RangeError);
});

test('plain text without a header is all body', () => {
  const a = readText('The envoy flew to Geneva on Monday.\n\nTalks resume next week.\n', { id: 'p' });
  assert.deepEqual(a, { id: 'p', paragraphs: ['The envoy flew to Geneva on Monday.', 'Talks resume next week.'] });
});

test('a short first line without final punctuation, then a blank line, is the title', () => {
  const a = readText('Envoy flies to Geneva\n\nThe envoy flew to Geneva on Monday.\n\nTalks resume next week.', { id: 't' });
  assert.equal(a.title, 'Envoy flies to Geneva');
  assert.deepEqual(a.paragraphs, ['The envoy flew to Geneva on Monday.', 'Talks resume next week.']);
  // A first paragraph that is a sentence is body.
  const b = readText('The envoy flew to Geneva.\n\nTalks resume next week.', { id: 'u' });
  assert.equal(b.title, undefined);
  assert.equal(b.paragraphs.length, 2);
  // A lone line is not a title of nothing.
  assert.deepEqual(readText('Envoy flies to Geneva', { id: 'v' }).paragraphs, ['Envoy flies to Geneva']);
});

test('title, blank line, dateline (the examples/ layout)', () => {
  const a = readText('Envoy flies to Geneva\n\nJanuary 23, 2019\n\nThe envoy flew on Monday.\n\nTalks resume.\n', { id: 'e' });
  assert.equal(a.title, 'Envoy flies to Geneva');
  assert.equal(a.published, '2019-01-23');
  assert.deepEqual(a.paragraphs, ['The envoy flew on Monday.', 'Talks resume.']);
});

test('a leading Wikinews dateline paragraph gives the date and is dropped', () => {
  const text = 'Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed on Monday.\n\n\nRescuers worked overnight.\n';
  const a = readText(text, { id: 'w', published: '2000-01-01' });
  assert.equal(a.published, '2019-01-04');
  assert.deepEqual(a.paragraphs, ['An apartment building collapsed on Monday.', 'Rescuers worked overnight.']);
  // A weekday that starts a sentence is not a dateline.
  const b = readText('Thursday, troops crossed the border.\n\nThe ministry confirmed it.', { id: 'x' });
  assert.equal(b.published, undefined);
  assert.equal(b.paragraphs[0], 'Thursday, troops crossed the border.');
});

test('without blank lines, each line is a paragraph', () => {
  const text = 'Ruritania recalled its ambassador on Friday.\nThe foreign ministry gave no reason.\nFreedonia said it regretted the move.\n';
  assert.deepEqual(readText(text, { id: 'l' }).paragraphs, [
    'Ruritania recalled its ambassador on Friday.',
    'The foreign ministry gave no reason.',
    'Freedonia said it regretted the move.',
  ]);
});

test('hard-wrapped text without blank lines is reflowed into paragraphs', () => {
  const text = [
    'Ruritania recalled its ambassador to Freedonia on Friday after the',
    'two governments failed to agree on the use of the canal, the foreign',
    'ministry said in a short statement.',
    '  Freedonia said it regretted the move and hoped that the talks would',
    'resume in the spring, when a new round is due to open in Vienna.',
  ].join('\n');
  assert.deepEqual(readText(text, { id: 'h' }).paragraphs, [
    'Ruritania recalled its ambassador to Freedonia on Friday after the two governments failed to agree on the use of the canal, the foreign ministry said in a short statement.',
    'Freedonia said it regretted the move and hoped that the talks would resume in the spring, when a new round is due to open in Vienna.',
  ]);
});

test('lines of a blank-line paragraph are joined; a hyphen at a line break joins the word', () => {
  const a = readText('The state-\nowned airline was\nbanned.\n\nSecond  \t paragraph\u00a0here.', { id: 'j' });
  assert.deepEqual(a.paragraphs, ['The state-owned airline was banned.', 'Second paragraph here.']);
});

test('characters are kept as they are; only whitespace is normalised', () => {
  const a = readText('He said: “we will not yield” — and left…\n\nIt’s 5\u2009km away.', { id: 'c' });
  assert.deepEqual(a.paragraphs, ['He said: “we will not yield” — and left…', 'It’s 5 km away.']);
});

test('captions anywhere in the body are kept out of the paragraphs', () => {
  const text = [
    'First paragraph of the story.',
    '',
    'Soldiers at the border crossing (Reuters)',
    '',
    'Second paragraph of the story.',
    '',
    'The minister in 2019. Photo: Jane Doe/AFP',
    '',
    'Third paragraph.',
  ].join('\n');
  const a = readText(text, { id: 'cap' });
  assert.deepEqual(a.paragraphs, ['First paragraph of the story.', 'Second paragraph of the story.', 'Third paragraph.']);
  assert.equal(a.caption, 'Soldiers at the border crossing (Reuters)\nThe minister in 2019. Photo: Jane Doe/AFP');
});

test('a caption between single-newline paragraphs does not merge them', () => {
  const text = 'Para one.\nA crowd in the square Credit: Getty Images\nPara two.\nPara three.';
  const a = readText(text, { id: 'c2' });
  assert.deepEqual(a.paragraphs, ['Para one.', 'Para two.', 'Para three.']);
  assert.equal(a.caption, 'A crowd in the square Credit: Getty Images');
});

test('caption lines: what counts', () => {
  assert.ok(isCaptionLine('Russia is an increasingly unreliable partner Credit: AFP'));
  assert.ok(isCaptionLine('Protesters in Tehran on Friday. Photo: Reuters'));
  assert.ok(isCaptionLine('The summit hall (Getty Images/AFP)'));
  assert.ok(isCaptionLine('Sirhan in 1969 (Image: CDCR)'));
  assert.ok(!isCaptionLine('The ministry said it would respond to the statement.'));
  assert.ok(!isCaptionLine('The image: a country divided, the minister said, and the talks stalled.'));
  assert.ok(!isCaptionLine('He was quoted by the Associated Press (AP).'));
  assert.ok(!isCaptionLine('Credit: this is a whole sentence. And then Another one follows here'));
  assert.ok(!isCaptionLine('x'.repeat(400) + ' Credit: AFP'));
});

test('titles: what counts', () => {
  assert.ok(looksLikeTitle('Germany bans Mahan Air of Iran, citing ‘security’'));
  assert.ok(looksLikeTitle('Will Russia abandon Iran?'));
  assert.ok(!looksLikeTitle('The envoy flew to Geneva.'));
  assert.ok(!looksLikeTitle('lower-case start of a sentence'));
  assert.ok(!looksLikeTitle('word '.repeat(40)));
});

test('the [Source: X] trailer, on its own line or closing the last line', () => {
  assert.equal(readText('Body.\n\n[Source: Wire Service]\n\n', { id: 's' }).source, 'Wire Service');
  const a = readText('Body one.\n\nBody two. [Source: Wire Service]', { id: 's2' });
  assert.equal(a.source, 'Wire Service');
  assert.deepEqual(a.paragraphs, ['Body one.', 'Body two.']);
  // Only at the end.
  const b = readText('[Source: Not a trailer]\n\nBody.', { id: 's3' });
  assert.equal(b.source, undefined);
});

test('a dateline far down the text is body, not header', () => {
  const text = 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nJanuary 31, 2026\n\nFive.';
  const a = readText(text, { id: 'd' });
  assert.equal(a.published, undefined);
  assert.equal(a.paragraphs.length, 6);
});

test('a long paragraph above a dateline is not a title', () => {
  const text = 'x '.repeat(200) + '\n\nJanuary 31, 2026\n\nBody.';
  const a = readText(text, { id: 'd2' });
  assert.equal(a.title, undefined);
  assert.equal(a.published, undefined);
});
