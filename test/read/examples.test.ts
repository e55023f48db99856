// The bundled examples read as they should: a date, a title and body paragraphs for every article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readInput } from '../../src/read/input.js';
import { readText } from '../../src/read/text.js';

// dist/test/read/ → the repository root.
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

test('every plain-text example has a title, a date and body paragraphs', () => {
  const files = fs.readdirSync(examples).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 3);
  for (const f of files) {
    const a = readText(fs.readFileSync(path.join(examples, f), 'utf8'), { id: f });
    assert.ok(a.title && a.title.length > 10, f);
    // The files are named after their date.
    assert.equal(a.published, f.slice(0, 10), f);
    assert.ok(a.paragraphs.length >= 3, f);
    assert.ok(a.paragraphs.every((p) => p.length > 20 && !/\s{2}/.test(p)), f);
    assert.equal(a.caption, undefined, f);
    assert.equal(a.source, undefined, f);
  }
});

test('a plain-text example read in full', () => {
  const file = path.join(examples, '2019-01-23-germany-bans-mahan-air.txt');
  const a = readText(fs.readFileSync(file, 'utf8'), { id: 'mahan' });
  assert.equal(a.title, "Germany bans Mahan Air of Iran, citing 'security'");
  assert.equal(a.published, '2019-01-23');
  assert.equal(a.paragraphs.length, 6);
  assert.match(a.paragraphs[0], /^Germany on Monday banned Iranian airline Mahan Air/);
});

test('every line of examples/wikinews.jsonl is an article with its date, title, source and url', async () => {
  const ids: string[] = [];
  for await (const r of readInput(path.join(examples, 'wikinews.jsonl'))) {
    if ('error' in r) assert.fail(r.error.message);
    const a = r.article;
    ids.push(a.id);
    assert.match(a.published ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(a.title);
    assert.equal(a.source, 'Wikinews');
    assert.match(a.url ?? '', /^https:\/\/en\.wikinews\.org\//);
    assert.ok(a.paragraphs.length >= 3);
    // The leading Wikinews dateline is not body text.
    assert.ok(!/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d+, \d{4}$/.test(a.paragraphs[0]), a.paragraphs[0]);
  }
  assert.equal(ids.length, 10);
  assert.equal(new Set(ids).size, 10);
});
