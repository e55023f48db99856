// http(s) inputs against a local server started here, on 127.0.0.1 only: limits, conditional GET, pages, feeds, and
// `dyad watch` across rounds and restarts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type OutcomeReport } from '../../src/cli/ingester.js';
import { fetchUrl } from '../../src/read/fetch.js';
import { expandArgs } from '../../src/read/sources.js';
import { openStore } from '../../src/store/index.js';
import { escapeHtml, newsPage, wikinewsRows } from './corpus.js';

const MAIN = resolve(fileURLToPath(new URL('../../src/cli/main.js', import.meta.url)));
const rows = wikinewsRows();

let server: Server;
let base = '';
let dir = '';
/** Requests per path. */
const hits = new Map<string, number>();
let not_modified = 0;
/** The feed's items (row indexes) and version. */
let feedItems = [40, 41, 42];
let feedVersion = 1;

function feedXml(): string {
  const items = feedItems
    .map((k) => `<item><title>${escapeHtml(rows[k].title ?? '')}</title><link>${base}/page/${k}.html</link><guid>${base}/page/${k}.html</guid>
      <pubDate>Mon, 07 Jan 2019 08:00:00 GMT</pubDate><description>${escapeHtml((rows[k].title ?? '').slice(0, 40))}</description></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local Wire</title><link>${base}/</link>${items}</channel></rss>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', base);
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
  const page = /^\/page\/(\d+)\.html$/.exec(url.pathname);
  if (url.pathname === '/feed.xml') {
    const etag = `"feed-v${feedVersion}"`;
    if (req.headers['if-none-match'] === etag) {
      not_modified++;
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': 'Mon, 07 Jan 2019 08:00:00 GMT' });
    res.end(feedXml());
  } else if (page) {
    if (req.headers['if-none-match'] === `"p${page[1]}"`) {
      not_modified++;
      res.writeHead(304, { etag: `"p${page[1]}"` });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: `"p${page[1]}"` });
    res.end(newsPage(rows, Number(page[1])));
  } else if (url.pathname.startsWith('/hop/')) {
    const n = Number(url.pathname.slice(5));
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page/43.html' });
    res.end();
  } else if (url.pathname === '/big') {
    res.writeHead(200, { 'content-type': 'text/html' });
    // Streamed without a length: the cap must stop it as it comes.
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const push = () => {
      while (sent < 4 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', push);
      }
      res.end();
    };
    push();
  } else if (url.pathname === '/declared-big') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.end();
  } else if (url.pathname === '/slow') {
    // Never answers; the client's timeout ends it.
    setTimeout(() => res.destroy(), 5000).unref();
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not here');
  }
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-fetch-'));
  server = createServer(handle);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(dir, { recursive: true, force: true });
});

test('fetchUrl: body and validators, 304 on a conditional GET, redirects within the cap, size caps, timeout, HTTP errors', async () => {
  const ok = await fetchUrl(`${base}/feed.xml`);
  assert.equal(ok.status, 'ok');
  if (ok.status !== 'ok') return;
  assert.equal(ok.etag, `"feed-v${feedVersion}"`);
  assert.equal(ok.lastModified, 'Mon, 07 Jan 2019 08:00:00 GMT');
  assert.match(ok.bytes.toString(), /<rss/);
  assert.equal((await fetchUrl(`${base}/feed.xml`, { etag: ok.etag! })).status, 'not-modified');

  const hops = await fetchUrl(`${base}/hop/3`, { maxRedirects: 5 });
  assert.equal(hops.status, 'ok');
  if (hops.status === 'ok') assert.equal(hops.finalUrl, `${base}/page/43.html`);
  assert.deepEqual(await fetchUrl(`${base}/hop/9`, { maxRedirects: 5 }), { status: 'error', url: `${base}/hop/9`, cause: 'too many redirects (more than 5)' });
  assert.deepEqual(await fetchUrl(`${base}/big`, { maxBytes: 1024 * 1024 }), { status: 'error', url: `${base}/big`, cause: 'response too large (more than 1 MB cap)' });
  assert.deepEqual(await fetchUrl(`${base}/declared-big`, { maxBytes: 1024 * 1024 }), { status: 'error', url: `${base}/declared-big`, cause: 'response too large (50 MB > 1 MB cap)' });
  assert.deepEqual(await fetchUrl(`${base}/slow`, { timeoutMs: 300 }), { status: 'error', url: `${base}/slow`, cause: 'timed out after 300 ms' });
  assert.deepEqual(await fetchUrl(`${base}/nothing`), { status: 'error', url: `${base}/nothing`, cause: 'HTTP 404 Not Found' });
  assert.equal((await fetchUrl('ftp://127.0.0.1/x')).status, 'error');
});

test('ingest of a page URL: coded; fetched again, the server answers 304 and nothing is read', async () => {
  const store = openStore(join(dir, 'page.db'));
  try {
    const url = `${base}/page/44.html`;
    const first: OutcomeReport[] = [];
    await ingest(store, await expandArgs([url, `${base}/nothing`]), { onOutcome: (o) => first.push(o) });
    assert.deepEqual(first.map((o) => [o.origin, o.state]), [[url, 'coded'], [`${base}/nothing`, 'failed']]);
    const event = store.queryEvents({ modality: 'all' })[0];
    if (event) assert.equal(event.article_url, url);
    assert.equal(store.fetchState(url)?.etag, '"p44"');
    const again: OutcomeReport[] = [];
    await ingest(store, await expandArgs([url]), { onOutcome: (o) => again.push(o) });
    assert.deepEqual(again.map((o) => [o.state, o.reason]), [['unchanged', 'not modified since it was last fetched']]);
    const state = store.fetchState(url);
    assert.ok(state && state.changedAt && state.changedAt <= state.fetchedAt && state.etag === '"p44"');
  } finally {
    store.close();
  }
});

function watch(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [MAIN, 'watch', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

test('dyad watch: new items are ingested (their pages fetched), an unchanged feed costs a 304, state survives a restart', { timeout: 120_000 }, async () => {
  const db = join(dir, 'watch.db');
  const feed = `${base}/feed.xml`;
  const before304 = not_modified;
  const r1 = await watch([feed, '--db', db, '--every', '300ms', '--rounds', '2', '--json']);
  assert.equal(r1.code, 0, r1.stderr);
  const rounds = r1.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
  assert.equal(rounds.length, 2);
  assert.deepEqual([rounds[0].round, rounds[0].coded, rounds[0].failed], [1, 3, 0]);
  assert.deepEqual([rounds[1].round, rounds[1].coded, rounds[1].unchanged], [2, 0, 1]);
  assert.equal(not_modified, before304 + 1, 'the second round was a 304');
  assert.equal(hits.get('/page/40.html'), 1);

  // Restarted after the feed gained an item: only that item (and its page) is read.
  feedItems = [45, ...feedItems];
  feedVersion++;
  const r2 = await watch([feed, '--db', db, '--once', '--json']);
  assert.equal(r2.code, 0, r2.stderr);
  const round = JSON.parse(r2.stdout) as Record<string, number>;
  assert.deepEqual([round.coded, round.unchanged, round.failed], [1, 3, 0]);
  assert.equal(hits.get('/page/45.html'), 1);
  assert.equal(hits.get('/page/40.html'), 1, 'a known item is not fetched again');
  const store = openStore(db);
  try {
    assert.equal(store.counts().coded, 4);
    assert.equal(store.fetchState(feed)?.etag, `"feed-v${feedVersion}"`);
  } finally {
    store.close();
  }
});
