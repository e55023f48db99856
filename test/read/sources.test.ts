import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandArgs, globRegExp, readSources } from '../../src/read/sources.js';

const MAIN = resolve(fileURLToPath(new URL('../../src/cli/main.js', import.meta.url)));
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-sources-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  for (const f of ['a/one.html', 'a/two.txt', 'a/b/three.html', 'a/b/notes.pdf', 'a/.secret.txt', '.git/config', 'top.jsonl']) writeFileSync(join(dir, f), 'x');
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const shown = (specs: Awaited<ReturnType<typeof expandArgs>>) =>
  specs.map((s) => ('path' in s ? `${s.kind} ${relative(dir, s.path)}` : 'url' in s ? `url ${s.url}` : 'arg' in s ? `${s.kind} ${s.arg}` : s.kind));

test('folders are walked in name order, hidden entries left out, links followed once, unknown types noted', async () => {
  // A folder's files first, then its subfolders.
  assert.deepEqual(shown(await expandArgs([dir])), [
    'file top.jsonl', 'file a/one.html', 'file a/two.txt', 'unsupported a/b/notes.pdf', 'file a/b/three.html',
  ]);
});

test('globs, -, URLs and what is not there', async () => {
  assert.deepEqual(shown(await expandArgs([join(dir, 'a/**/*.html'), '-', '-', 'https://x.example/feed', 'ftp://x.example/f', join(dir, 'nope-*.txt')])), [
    'file a/one.html', 'file a/b/three.html', 'stdin', 'url https://x.example/feed', 'missing ftp://x.example/f', `missing ${join(dir, 'nope-*.txt')}`,
  ]);
  assert.ok(globRegExp('*.{html,htm}').test('x.htm'));
  assert.ok(!globRegExp('*.html').test('a/x.html'));
  assert.ok(globRegExp('**/x[0-9].txt').test('a/b/x7.txt'));
});

test('readSources: a missing input is an error, an unsupported file a skip, each naming the file', async () => {
  writeFileSync(join(dir, 'a/b/three.html'), '<html><body><p>The envoys met in Oslo on Sunday, officials said.</p></body></html>');
  const out: string[] = [];
  for await (const r of readSources(await expandArgs([join(dir, 'a/b'), join(dir, 'none.txt')]))) {
    if ('error' in r) out.push(`error ${relative(dir, r.error.file)}: ${r.error.cause}`);
    else if ('skip' in r) out.push(`skip ${relative(dir, r.skip.file)}: ${r.skip.cause}`);
    else if ('article' in r) out.push(`article ${r.article.id}`);
  }
  // a/b/loop leads back to a: read once (its b, where the walk began, is not walked again).
  assert.deepEqual(out, [
    'skip a/b/notes.pdf: not a format dyad reads (.pdf file)', 'article three', 'article one',
    'article two', 'error none.txt: no such file',
  ]);
});

test('standard input: JSON Lines streamed, a page read whole', () => {
  const jsonl = spawnSync(process.execPath, [MAIN, 'code', '-', '--json'], {
    input: `${JSON.stringify({ id: 's1', text: 'Russia accused Ukraine of shelling the plant on Monday.' })}\n${JSON.stringify({ id: 's2', text: 'Talks resumed.' })}\n`,
    encoding: 'utf8',
  });
  assert.equal(jsonl.status, 0, jsonl.stderr);
  assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id), ['s1', 's2']);
  const page = spawnSync(process.execPath, [MAIN, 'code', '-', '--json'], {
    input: '<html><head><title>Talks</title></head><body><article><p>Russia accused Ukraine of shelling the plant on Monday, officials said.</p></article></body></html>',
    encoding: 'utf8',
  });
  assert.equal(page.status, 0, page.stderr);
  assert.equal((JSON.parse(page.stdout) as { article: { title: string } }).article.title, 'Talks');
});
