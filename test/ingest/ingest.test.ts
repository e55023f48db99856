// Ingesting real inputs: folders of pages, feeds, duplicates, other languages, files dyad does not read, reruns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type OutcomeReport } from '../../src/cli/ingester.js';
import { expandArgs } from '../../src/read/sources.js';
import { openStore, type Store } from '../../src/store/index.js';
import { escapeHtml, newsPage, paragraphsOfRow, wikinewsRows } from './corpus.js';

const MAIN = resolve(fileURLToPath(new URL('../../src/cli/main.js', import.meta.url)));
const rows = wikinewsRows();

function setup(t: { after: (fn: () => void) => void }): { dir: string; store: Store; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  const db = join(dir, 'dyad.db');
  const store = openStore(db);
  t.after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, store, db };
}

async function run(store: Store, args: string[], outcomes: OutcomeReport[] = []) {
  return ingest(store, await expandArgs(args), { published: '2020-01-01', onOutcome: (o) => outcomes.push(o) });
}

const FRENCH = `Le président de la République a annoncé mardi soir une réforme des retraites qui reporte l'âge légal de départ.
Les syndicats ont appelé à une grève générale dans les transports et les écoles, et plusieurs manifestations sont
prévues dans les grandes villes du pays au cours des prochains jours, selon les organisateurs.`;

test('a folder: pages, text and JSON Lines, walked recursively; other files skipped with the reason', async (t) => {
  const { dir, store } = setup(t);
  const folder = join(dir, 'news');
  mkdirSync(join(folder, 'pages', 'deeper'), { recursive: true });
  writeFileSync(join(folder, 'pages', 'a.html'), newsPage(rows, 0));
  writeFileSync(join(folder, 'pages', 'deeper', 'b.htm'), newsPage(rows, 1));
  writeFileSync(join(folder, 'story.txt'), `Talks in Oslo\n\nMarch 3, 2024\n\n${paragraphsOfRow(rows[2]).join('\n\n')}\n`);
  writeFileSync(join(folder, 'more.jsonl'), `${JSON.stringify({ id: 'j1', text: rows[3].text })}\n${JSON.stringify({ id: 'j2', text: FRENCH })}\n`);
  writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(join(folder, '.hidden.html'), newsPage(rows, 4));
  const outcomes: OutcomeReport[] = [];
  const s = await run(store, [folder], outcomes);
  assert.equal(s.coded, 4, JSON.stringify(outcomes));
  assert.equal(s.skipped, 2);
  assert.equal(s.failed, 0);
  const skipped = outcomes.filter((o) => o.state === 'skipped').map((o) => `${o.origin.slice(folder.length + 1)}: ${o.reason}`).sort();
  assert.deepEqual(skipped, ['more.jsonl:2: not in English: French (fr)', 'photo.jpg: not a format dyad reads (.jpg file)']);
  // The page's metadata came from its meta tags and JSON-LD; its paragraphs are the story's, without the dateline.
  const coded = store.queryEvents({ modality: 'all' });
  assert.ok(coded.length > 0);
  const counts = store.counts();
  assert.deepEqual({ coded: counts.coded, skipped: counts.skipped, duplicate: counts.duplicate, failed: counts.failed }, { coded: 4, skipped: 2, duplicate: 0, failed: 0 });

  // The same folder again: everything is already stored, nothing is coded again.
  const again = await run(store, [folder]);
  assert.equal(again.coded, 0);
  assert.equal(again.unchanged, 5);
  assert.equal(again.skipped, 1); // the .jpg, recorded once (idempotent)
  assert.equal(store.counts().skipped, 2);
});

test('duplicates: the same text from another source, a syndicated copy and an update are linked, counted, never coded', async (t) => {
  const { dir, store } = setup(t);
  const row = rows[10];
  const paras = paragraphsOfRow(row).slice(1);
  const original = { id: 'orig', title: row.title, text: paras.join('\n\n') };
  const sameText = { id: 'copy', text: paras.join('\n\n') };
  const syndicated = { id: 'synd', text: ['(Wire) — ' + paras[0], ...paras.slice(1), 'Copyright 2019 Example Wire. All rights reserved. Distributed by Example Syndicate.'].join('\n\n') };
  const update = { id: 'update', text: [...paras.slice(0, 2), 'The ministry said on Tuesday evening that an official inquiry into the causes would begin next week.', ...paras.slice(2)].join('\n\n') };
  const other = { id: 'other', text: paragraphsOfRow(rows[11]).join('\n\n') };
  const file = join(dir, 'feed.jsonl');
  writeFileSync(file, [original, sameText, syndicated, update, other].map((o) => JSON.stringify(o)).join('\n') + '\n');
  const outcomes: OutcomeReport[] = [];
  const s = await run(store, [file], outcomes);
  assert.deepEqual(outcomes.map((o) => o.state), ['coded', 'duplicate', 'duplicate', 'duplicate', 'coded']);
  assert.match(outcomes[1].reason ?? '', /^same text as article \d+$/);
  assert.match(outcomes[2].reason ?? '', /^near-duplicate of article \d+ \(similarity 0\.\d\d, containment/);
  assert.match(outcomes[3].reason ?? '', /^near-duplicate of article \d+/);
  const originalId = outcomes[0].article;
  assert.ok(outcomes.slice(1, 4).every((o) => o.article === originalId), 'each duplicate is linked to the original');
  assert.equal(s.duplicate, 3);
  const counts = store.counts();
  assert.equal(counts.sources, 2 + 3, 'the original counts itself and its three duplicates');
  // The story's events are stored once, under the original, which carries its number of sources.
  const events = store.queryEvents({ modality: 'all' });
  const ofOriginal = events.filter((e) => e.article === originalId);
  assert.ok(ofOriginal.every((e) => e.article_sources === 4));
  assert.equal(new Set(events.map((e) => e.article)).size <= 2, true);
  const dups = store.outcomes({ status: 'duplicate' });
  assert.equal(dups.length, 3);
  assert.ok(dups.every((d) => d.duplicate_of === originalId));
  // Rerun: nothing new, no source counted twice.
  const again = await run(store, [file]);
  assert.equal(again.unchanged, 5);
  assert.equal(store.counts().sources, 5);
});

test('a feed file: each item an article with the feed metadata; items without text skipped; rerun reads only new items', async (t) => {
  const { dir, store } = setup(t);
  const item = (k: number, withText = true) => `<item><title>${escapeHtml(rows[k].title ?? '')}</title><link>https://news.example/${k}</link>
    <guid isPermaLink="false">item-${k}</guid><pubDate>Fri, 04 Jan 2019 10:00:00 GMT</pubDate>
    ${withText ? `<content:encoded><![CDATA[${paragraphsOfRow(rows[k]).slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}]]></content:encoded>` : ''}</item>`;
  const feed = (items: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title><link>https://news.example/</link>
<language>en</language>${items.join('\n')}</channel></rss>`;
  const file = join(dir, 'wire.rss');
  writeFileSync(file, feed([item(20), item(21), item(22, false)]));
  const outcomes: OutcomeReport[] = [];
  await ingest(store, await expandArgs([file]), { followLinks: 'never', onOutcome: (o) => outcomes.push(o) });
  assert.deepEqual(outcomes.map((o) => [o.origin.slice(dir.length + 1), o.state]), [
    ['wire.rss#item-20', 'coded'], ['wire.rss#item-21', 'coded'], ['wire.rss#item-22', 'skipped'],
  ]);
  assert.equal(outcomes[2].reason, 'no text in the feed item');
  const events = store.queryEvents({ modality: 'all' });
  assert.ok(events.every((e) => e.article_source === 'Example Wire' && e.article_published === '2019-01-04T10:00:00'));
  // A new item appears: only it is read.
  writeFileSync(file, feed([item(23), item(20), item(21), item(22, false)]));
  const again: OutcomeReport[] = [];
  await ingest(store, await expandArgs([file]), { followLinks: 'never', onOutcome: (o) => again.push(o) });
  assert.deepEqual(again.map((o) => o.state), ['coded', 'unchanged', 'unchanged', 'unchanged']);
});

test('failures are recorded with their reason, and replaced when the input later reads', async (t) => {
  const { dir, store } = setup(t);
  const file = join(dir, 'story.txt');
  writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0, 0, 1, 2, 3, 4, 5]));
  const s = await run(store, [file, join(dir, 'missing.txt'), join(dir, 'nothing-*.html')]);
  assert.equal(s.failed, 3);
  assert.deepEqual(store.outcomes().map((r) => r.reason).sort(), ['binary file, not text', 'no file matches this pattern', 'no such file']);
  writeFileSync(file, paragraphsOfRow(rows[5]).join('\n\n'));
  const fixed = await run(store, [file]);
  assert.equal(fixed.coded, 1);
  // The story's earlier failure is gone: one input, one state.
  assert.deepEqual(store.outcomes().map((r) => r.reason).sort(), ['no file matches this pattern', 'no such file']);
});

test('a body over the size cap fails with the reason; an article over the time budget fails with the reason', async (t) => {
  const { dir, store } = setup(t);
  const file = join(dir, 'two.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 'long', text: 'The minister spoke. '.repeat(2000) })}\n${JSON.stringify({ id: 'slow', text: rows[6].text })}\n`);
  let now = 0;
  const outcomes: OutcomeReport[] = [];
  await ingest(store, await expandArgs([file]), {
    maxChars: 10_000, budgetMs: 1000,
    // A clock that jumps two seconds while the article is coded.
    clock: () => (now += 2000),
    onOutcome: (o) => outcomes.push(o),
  });
  assert.deepEqual(outcomes.map((o) => o.state), ['failed', 'failed']);
  assert.equal(outcomes[0].reason, 'body too long to code (39999 characters > 10000 cap)');
  assert.equal(outcomes[1].reason, 'coding took 2000 ms, over the 1000 ms budget');
  assert.equal(store.counts().events, 0);
});

test('the CLI: ingest --json is clean JSON on stdout; status and failures report the store', (t) => {
  const { dir, db, store } = setup(t);
  store.close();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.html'), newsPage(rows, 30));
  writeFileSync(join(folder, 'b.txt'), FRENCH);
  writeFileSync(join(folder, 'c.txt'), '');
  const out = execFileSync(process.execPath, [MAIN, 'ingest', folder, '--db', db, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const summary = JSON.parse(out) as Record<string, unknown>;
  assert.deepEqual([summary.coded, summary.skipped, summary.failed, summary.inputs], [1, 1, 1, 3]);
  const status = JSON.parse(execFileSync(process.execPath, [MAIN, 'status', '--db', db, '--json'], { encoding: 'utf8' })) as Record<string, number>;
  assert.deepEqual([status.inputs, status.coded, status.skipped, status.failed, status.duplicate], [3, 1, 1, 1, 0]);
  const text = execFileSync(process.execPath, [MAIN, 'status', '--db', db], { encoding: 'utf8' });
  assert.match(text, /coded +1/);
  const failures = spawnSync(process.execPath, [MAIN, 'failures', '--db', db], { encoding: 'utf8' });
  assert.equal(failures.status, 0);
  assert.equal(failures.stdout, `${join(folder, 'c.txt')}\tempty file\n`);
  const all = execFileSync(process.execPath, [MAIN, 'failures', '--db', db, '--status', 'all', '--json'], { encoding: 'utf8' })
    .trim().split('\n').map((l) => JSON.parse(l) as { status: string; reason: string });
  assert.deepEqual(all.map((r) => r.status).sort(), ['failed', 'skipped']);
  // Piped, ingest prints no progress: standard error holds only the failure and the closing line.
  const piped = spawnSync(process.execPath, [MAIN, 'ingest', folder, '--db', db], { encoding: 'utf8' });
  assert.equal(piped.stdout, '');
  assert.doesNotMatch(piped.stderr, /\r|\x1b\[/);
  assert.match(piped.stderr, /ingested 3 inputs .* 0 coded .* 2 already stored/);
});
