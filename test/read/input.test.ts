import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError, inputFormat, readInput, type ReadOptions } from '../../src/read/input.js';
import type { Article } from '../../src/types.js';

let dir = '';
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-read-input-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function collect(file: string, opts: ReadOptions = {}) {
  const out: ({ article: Article } | { error: InputError })[] = [];
  for await (const r of readInput(file, opts)) out.push(r);
  return out;
}

async function one(file: string, opts: ReadOptions = {}): Promise<Article> {
  const out = await collect(file, opts);
  assert.equal(out.length, 1);
  const r = out[0];
  if ('error' in r) assert.fail(r.error.message);
  return r.article;
}

async function failure(file: string, opts: ReadOptions = {}): Promise<InputError> {
  const out = await collect(file, opts);
  assert.equal(out.length, 1);
  const r = out[0];
  assert.ok('error' in r, `expected an error for ${file}`);
  assert.ok(r.error instanceof InputError);
  assert.equal(r.error.file, file);
  return r.error;
}

const STORY = 'Envoys meet in Oslo\n\nMarch 3, 2024\n\nThe envoys of two neighbouring states met in Oslo.\n\nThey agreed to meet again.\n';

test('a text file: id from the base name, origin the path', async () => {
  const file = write('oslo-talks.txt', STORY);
  assert.deepEqual(await one(file), {
    id: 'oslo-talks',
    title: 'Envoys meet in Oslo',
    published: '2024-03-03',
    paragraphs: ['The envoys of two neighbouring states met in Oslo.', 'They agreed to meet again.'],
    origin: file,
  });
});

test('--published is the fallback for a text file without a date; a bad one throws', async () => {
  const file = write('undated.txt', 'The envoys met in Oslo.\n\nThey agreed to meet again.\n');
  assert.equal((await one(file, { published: '2024-05-06' })).published, '2024-05-06');
  assert.equal((await one(write('dated.txt', STORY), { published: '2024-05-06' })).published, '2024-03-03');
  await assert.rejects(collect(file, { published: 'soon' }), RangeError);
});

test('a UTF-8 BOM is stripped', async () => {
  const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]));
  const a = await one(file);
  assert.equal(a.title, 'Envoys meet in Oslo');
});

test('UTF-16 with a BOM is decoded, little- and big-endian', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]);
  assert.equal((await one(write('le.txt', le))).published, '2024-03-03');
  const be = Buffer.from(le);
  be.swap16();
  assert.equal((await one(write('be.txt', be))).title, 'Envoys meet in Oslo');
});

test('encodings: UTF-16 without a BOM, Windows-1252 / ISO-8859-1, and UTF-8 cut off at the end are decoded', async () => {
  const nobom = await one(write('utf16-nobom.txt', Buffer.from(STORY, 'utf16le')));
  assert.deepEqual(nobom.paragraphs, ['The envoys of two neighbouring states met in Oslo.', 'They agreed to meet again.']);
  const be = Buffer.from(STORY, 'utf16le').swap16();
  assert.equal((await one(write('utf16be-nobom.txt', be))).title, 'Envoys meet in Oslo');
  // é as one byte (0xE9), curly quotes as 0x93/0x94: Windows-1252.
  const cp1252 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks: the minister said '), Buffer.from([0x93]), Buffer.from('no'), Buffer.from([0x94]), Buffer.from('.\n')]);
  assert.deepEqual((await one(write('latin1.txt', cp1252))).paragraphs, ['Café talks: the minister said “no”.']);
  // A UTF-8 file whose last character was cut off: UTF-8 all the same, the broken character replaced.
  const cut = Buffer.concat([Buffer.from('Ends in a cut – really '), Buffer.from([0xe2, 0x80])]);
  assert.deepEqual((await one(write('truncated.txt', cut))).paragraphs, ['Ends in a cut – really \ufffd']);
});

test('bad text inputs: each gives one clear error naming the file', async () => {
  const cases: [string, string | RegExp, ReadOptions?][] = [
    [write('empty.txt', ''), 'empty file'],
    [write('spaces.txt', ' \n\t\n \u00a0\n'), 'empty file (only whitespace)'],
    [write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), 'binary file, not text'],
    [write('controls.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))), 'binary file, not text'],
    [write('big.txt', 'word '.repeat(100)), 'file too large (500 bytes > 100 bytes cap)', { maxTextBytes: 100 }],
    [write('header-only.txt', 'A title\n\nJanuary 1, 2024\n'), 'no body text (only a header)'],
    [write('pretty.json', '{\n  "id": "x",\n  "text": "Body."\n}\n'), /^JSON that is not JSON Lines/],
    [path.join(dir, 'nope.txt'), 'no such file'],
    [path.join(dir, 'nope', 'deeper.txt'), 'no such file'],
    [dir, 'is a directory'],
  ];
  for (const [file, cause, opts] of cases) {
    const err = await failure(file, opts);
    if (typeof cause === 'string') assert.equal(err.cause, cause, file);
    else assert.match(err.cause, cause, file);
    assert.equal(err.line, undefined);
    assert.equal(err.message, `${file}: ${err.cause}`);
  }
});

test('file size is checked before reading and shown in readable units', async () => {
  const file = write('two-mb.txt', Buffer.alloc(2 * 1024 * 1024, 0x61));
  const err = await failure(file, { maxTextBytes: 1024 * 1024 });
  assert.equal(err.cause, 'file too large (2 MB > 1 MB cap)');
});

test('one bad file does not stop the others', async () => {
  const files = [write('ok1.txt', STORY), write('bad.txt', ''), write('ok2.txt', STORY)];
  const results = [];
  for (const f of files) for await (const r of readInput(f)) results.push('article' in r ? r.article.id : r.error.cause);
  assert.deepEqual(results, ['ok1', 'empty file', 'ok2']);
});

test('.jsonl and .ndjson go to the JSONL reader; ids from the lines', async () => {
  const body = '{"id": "x1", "text": "One."}\n{"id": "x2", "text": "Two."}\n{"oops": 1}\n';
  for (const name of ['feed.jsonl', 'feed.ndjson', 'FEED.JSONL']) {
    const out = await collect(write(name, body));
    assert.deepEqual(out.map((r) => ('article' in r ? r.article.id : `${r.error.line}: ${r.error.cause}`)), ['x1', 'x2', '3: no "text" field']);
  }
});

test('JSON Lines are recognised by content whatever the extension', async () => {
  const file = write('feed.txt', '{"id": "x1", "text": "One."}\n{"id": "x2", "text": "Two."}\n');
  assert.equal(await inputFormat(file), 'jsonl');
  assert.equal((await collect(file)).length, 2);
  assert.equal(await inputFormat(write('brace.txt', '{not json} but a text\n\nMore.')), 'text');
  assert.equal(await inputFormat(write('story.txt', STORY)), 'text');
  assert.equal(await inputFormat(path.join(dir, 'missing.txt')), 'text');
});

test('the format can be forced', async () => {
  const file = write('forced.data', '{"id": "f", "text": "Forced."}\n');
  const out = await collect(file, { format: 'jsonl' });
  assert.ok('article' in out[0] && out[0].article.id === 'f');
});

test('InputError: message, fields, instanceof', () => {
  const a = new InputError('docs.jsonl', 'not JSON (Unexpected token)', 17);
  assert.equal(a.message, 'docs.jsonl:17: not JSON (Unexpected token)');
  assert.equal(a.name, 'InputError');
  assert.equal(a.line, 17);
  assert.ok(a instanceof Error);
  const b = new InputError('notes.txt', 'empty file');
  assert.equal(b.message, 'notes.txt: empty file');
  assert.equal(b.line, undefined);
});
