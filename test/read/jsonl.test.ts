import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonl, readJsonlLine } from '../../src/read/jsonl.js';
import { InputError } from '../../src/read/input.js';
import type { Article } from '../../src/types.js';

let dir = '';
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-read-jsonl-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function collect(file: string, maxLineBytes?: number) {
  const out: ({ article: Article } | { error: InputError })[] = [];
  for await (const r of readJsonl(file, maxLineBytes === undefined ? {} : { maxLineBytes })) out.push(r);
  return out;
}

test('a JSONL line with every field', () => {
  const line = JSON.stringify({
    id: 'a1', title: ' Envoy  visits ', published: '2019-01-04', url: 'https://example.org/a1', source: 'Wire',
    text: 'First paragraph.\n\nSecond\nparagraph.',
  });
  assert.deepEqual(readJsonlLine(line, 3, 'in.jsonl'), {
    id: 'a1', title: 'Envoy visits', published: '2019-01-04', source: 'Wire', url: 'https://example.org/a1',
    paragraphs: ['First paragraph.', 'Second paragraph.'], origin: 'in.jsonl:3',
  });
});

test('JSON text is taken as given: single newlines split paragraphs only when there are no blank lines', () => {
  const a = readJsonlLine(JSON.stringify({ id: 'b', text: 'One.\nTwo.\nThree.' }), 1, 'f.jsonl');
  assert.deepEqual(a.paragraphs, ['One.', 'Two.', 'Three.']);
  // No header parsing: a title-like first line and a caption-like line stay in the body.
  const b = readJsonlLine(JSON.stringify({ id: 'c', text: 'Short title\n\nA crowd Credit: AFP\n\nBody.' }), 1, 'f.jsonl');
  assert.deepEqual(b.paragraphs, ['Short title', 'A crowd Credit: AFP', 'Body.']);
  assert.equal(b.title, undefined);
});

test('a leading Wikinews dateline is dropped, and read as the date only when "published" is absent', () => {
  const text = 'Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.\n\n\nRescuers worked.\n';
  const a = readJsonlLine(JSON.stringify({ id: 'w', text }), 1, 'f.jsonl');
  assert.equal(a.published, '2019-01-04');
  assert.deepEqual(a.paragraphs, ['An apartment building collapsed.', 'Rescuers worked.']);
  const b = readJsonlLine(JSON.stringify({ id: 'w', text, published: '2019-01-05' }), 1, 'f.jsonl');
  assert.equal(b.published, '2019-01-05');
  assert.equal(b.paragraphs.length, 2);
});

test('an id is made from the file name and line when the line has none; numbers are accepted', () => {
  assert.equal(readJsonlLine('{"text": "Body."}', 7, 'dir/feed.jsonl').id, 'feed-7');
  assert.equal(readJsonlLine('{"id": 42, "text": "Body."}', 7, 'dir/feed.jsonl').id, '42');
});

test('bad lines throw an InputError naming file, line and cause', () => {
  const cases: [string, RegExp][] = [
    ['{"id": "x", text: "no quotes"}', /^not JSON \(.+\)$/],
    ['[1, 2]', /^not a JSON object \(an array\)$/],
    ['"just a string"', /^not a JSON object \(string\)$/],
    ['{"id": "x"}', /^no "text" field$/],
    ['{"id": "x", "text": 5}', /^"text" is not a string \(a number\)$/],
    ['{"id": "x", "text": "  \\n\\n "}', /^empty "text" field$/],
    ['{"id": {"a": 1}, "text": "Body."}', /^"id" is not a string \(a object\)$/],
    ['{"id": "x", "text": "Body.", "published": 2019}', /^"published" is not a string \(a number\)$/],
  ];
  for (const [line, cause] of cases) {
    assert.throws(
      () => readJsonlLine(line, 17, 'docs.jsonl'),
      (err: unknown) => {
        assert.ok(err instanceof InputError, line);
        assert.match(err.cause, cause, line);
        assert.equal(err.file, 'docs.jsonl');
        assert.equal(err.line, 17);
        assert.equal(err.message, `docs.jsonl:17: ${err.cause}`);
        return true;
      },
    );
  }
});

test('readJsonl streams good lines and reports bad ones, skipping blank lines', async () => {
  const file = write('mixed.jsonl', [
    '{"id": "a", "text": "Alpha."}',
    '',
    'not json at all',
    '{"id": "c"}',
    '   ',
    '{"id": "e", "text": "Echo."}\r',
    '{"id": "f", "text": "Foxtrot."}',
  ].join('\n'));
  const out = await collect(file);
  const seen = out.map((r) => ('article' in r ? r.article.id : r.error.message.replace(file, 'F')));
  assert.equal(seen.length, 5);
  assert.deepEqual([seen[0], seen[2], seen[3], seen[4]], ['a', 'F:4: no "text" field', 'e', 'f']);
  assert.match(seen[1], /^F:3: not JSON \(.+\)$/);
  const e = out[3];
  assert.ok('article' in e && e.article.origin === `${file}:6`);
});

test('readJsonl: a line over the cap is an error for that line only', async () => {
  const long = JSON.stringify({ id: 'big', text: 'word '.repeat(400) });
  const file = write('long.jsonl', `{"id": "a", "text": "Alpha."}\n${long}\n{"id": "c", "text": "Charlie."}\n`);
  const out = await collect(file, 1000);
  assert.equal(out.length, 3);
  assert.ok('article' in out[0] && 'article' in out[2]);
  const err = out[1];
  assert.ok('error' in err);
  assert.equal(err.error.line, 2);
  assert.match(err.error.cause, /^line too long \(\d+(\.\d)? KB > 1000 bytes cap\)$/);
});

test('readJsonl: lines across stream chunks, a BOM, no final newline', async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Paragraph ${i} — “ünïcödé”.` }));
  const file = write('many.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\n'))]));
  const out = await collect(file);
  assert.equal(out.length, 3000);
  assert.ok(out.every((r, i) => 'article' in r && r.article.id === `n${i}` && r.article.paragraphs[0] === `Paragraph ${i} — “ünïcödé”.`));
});

test('readJsonl: a line that is not UTF-8 is read as Windows-1252; the lines around it are untouched', async () => {
  const good = Buffer.from('{"id": "a", "text": "Alpha."}\n');
  const bad = Buffer.concat([Buffer.from('{"id": "b", "text": "Br'), Buffer.from([0xe9]), Buffer.from('vo."}\n')]);
  const file = write('latin.jsonl', Buffer.concat([good, bad, good]));
  const out = await collect(file);
  assert.equal(out.length, 3);
  const second = out[1];
  assert.ok('article' in second);
  assert.deepEqual(second.article.paragraphs, ['Brévo.']);
});

test('readJsonl: whole-file problems give one error without a line', async () => {
  const cases: [string, string][] = [
    [write('empty.jsonl', ''), 'empty file'],
    [write('blank.jsonl', '\n\n  \n'), 'empty file (only blank lines)'],
    [write('nul.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d, 0x0a])), 'binary file, not text'],
    [path.join(dir, 'missing.jsonl'), 'no such file'],
    [dir, 'is a directory'],
  ];
  for (const [file, cause] of cases) {
    const out = await collect(file);
    assert.equal(out.length, 1, file);
    const r = out[0];
    assert.ok('error' in r, file);
    assert.equal(r.error.cause, cause);
    assert.equal(r.error.line, undefined);
    assert.equal(r.error.message, `${file}: ${cause}`);
  }
});

test('"published" is kept when ISO, read into ISO form when it is a written date', () => {
  const at = (published: string) => readJsonlLine(JSON.stringify({ id: 'p', text: 'Body.', published }), 1, 'f.jsonl').published;
  assert.equal(at('2019-01-04T10:00:00Z'), '2019-01-04T10:00:00Z');
  assert.equal(at('January 4, 2019'), '2019-01-04');
  assert.equal(at('sometime'), 'sometime');
});
