import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  contentHash,
  dateBound,
  openStore,
  MIGRATIONS,
  migrate,
  SCHEMA_VERSION,
  schemaVersion,
  toCodedEvent,
  toContractEvent,
  type Store,
} from '../../src/store/index.js';
import { makeDoc } from './docs.js';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function tempStore(t: { after: (fn: () => void) => void }): { store: Store; path: string } {
  const path = join(tempDir(t), 'events.db');
  const store = openStore(path, { now: () => new Date('2025-03-06T12:00:00Z') });
  t.after(() => store.close());
  return { store, path };
}

// Three articles: Russia strikes Ukraine (asserted, and a threat that is only future), Ukraine and the UN,
// Iran protests with a negated event.
const RUSSIA = makeDoc({
  id: 'a-russia',
  origin: 'feed.jsonl:1',
  title: 'Russian strikes',
  published: '2025-03-04',
  mentions: true,
  paragraphs: [
    'Russian forces shelled Kharkiv on Monday.',
    'The Kremlin said it would strike again next week.',
    'Moscow accused Kyiv of sabotage in February.',
  ],
  events: [
    { id: 'e1', sentence: 0, source: 'RUSMIL', sourceCountry: 'RUS', target: 'UKR', targetCountry: 'UKR', cameo: '194', goldstein: -10, date: ['2025-03-03', '2025-03-03'] },
    { id: 'e2', sentence: 1, source: 'RUSGOV', sourceCountry: 'RUS', target: 'UKR', targetCountry: 'UKR', cameo: '138', goldstein: -7, date: ['2025-03-10', '2025-03-16'], modality: 'future', ploverEvent: 'THREATEN' },
    { id: 'e3', sentence: 2, source: 'RUSGOV', sourceCountry: 'RUS', target: 'UKRGOV', targetCountry: 'UKR', cameo: '1125', goldstein: -2, date: ['2025-02-01', '2025-02-28'], ploverEvent: 'ACCUSE' },
  ],
});
const UKRAINE = makeDoc({
  id: 'b-ukraine',
  origin: 'feed.jsonl:2',
  published: '2025-01-20',
  paragraphs: ['Ukraine asked the United Nations for aid in January.', 'Zelensky met Putin.'],
  events: [
    { id: 'e1', sentence: 0, source: 'UKRGOV', sourceCountry: 'UKR', target: 'IGOUNO', targetCountry: 'IGO', cameo: '0233', goldstein: 3.4, date: ['2025-01-01', '2025-01-31'], ploverEvent: 'REQUEST' },
    { id: 'e2', sentence: 1, source: 'UKRGOV', sourceCountry: 'UKR', target: 'RUSGOV', targetCountry: 'RUS', cameo: '040', goldstein: 1, date: ['2025-01-20', '2025-01-20'], modality: 'negated', ploverEvent: 'CONSULT' },
  ],
});
const IRAN = makeDoc({
  id: 'c-iran',
  origin: 'feed.jsonl:3',
  published: '2024-12-30',
  paragraphs: ['Protesters rallied in Tehran.'],
  events: [{ id: 'e1', sentence: 0, source: 'IRNOPP', sourceCountry: 'IRN', target: 'IRNGOV', targetCountry: 'IRN', cameo: '141', goldstein: -6.5, date: ['2024-12-28', '2025-01-02'], ploverEvent: 'PROTEST' }],
});

function seed(store: Store): void {
  for (const d of [RUSSIA, UKRAINE, IRAN]) assert.equal(store.saveDoc(d).inserted, true);
}

const ids = (rows: { article_doc_id: string | null; id: string }[]) => rows.map((r) => `${r.article_doc_id}/${r.id}`);

test('openStore creates the schema: tables, indexes, schema version, WAL', (t) => {
  const { store, path } = tempStore(t);
  assert.deepEqual(store.counts(), { coded: 0, duplicate: 0, skipped: 0, failed: 0, events: 0, sources: 0 });
  store.close();
  const db = new Database(path, { readonly: true });
  try {
    const names = (type: string) =>
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).all(type) as { name: string }[]).map((r) => r.name);
    assert.deepEqual(names('table'), ['articles', 'events', 'fetches', 'lsh_bands', 'mentions', 'sentences', 'signatures', 'times']);
    for (const i of ['events_source_country', 'events_target_country', 'events_date', 'events_root', 'events_cameo']) {
      assert.ok(names('index').includes(i), i);
    }
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

test('reopening a store keeps its rows and does not migrate again', (t) => {
  const { store, path } = tempStore(t);
  seed(store);
  store.close();
  const again = openStore(path);
  t.after(() => again.close());
  assert.deepEqual(again.counts(), { coded: 3, duplicate: 0, skipped: 0, failed: 0, events: 6, sources: 3 });
});

test('saveDoc stores the article, its sentences, mentions, times and events in one go', (t) => {
  const { store, path } = tempStore(t);
  const r = store.saveDoc(RUSSIA);
  assert.equal(r.inserted, true);
  assert.equal(typeof r.articleId, 'number');
  store.close();
  const db = new Database(path, { readonly: true });
  try {
    const a = db.prepare('SELECT * FROM articles WHERE id = ?').get(r.articleId) as Record<string, unknown>;
    assert.equal(a.doc_id, 'a-russia');
    assert.equal(a.status, 'coded');
    assert.equal(a.content_hash, contentHash(RUSSIA.text));
    assert.equal(a.origin, 'feed.jsonl:1');
    assert.equal(a.n_events, 3);
    assert.equal(a.n_sentences, 3);
    assert.equal(a.ingested_at, '2025-03-06T12:00:00.000Z');
    assert.equal(a.anchor_date, '2025-03-04');
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE article = ?`).get(r.articleId) as { n: number }).n;
    assert.equal(count('sentences'), 3);
    assert.equal(count('events'), 3);
    assert.equal(count('mentions'), 1);
    assert.equal(count('times'), 1);
    assert.deepEqual(db.prepare('SELECT text, start, end, date_start, precision, rule, open FROM times').get(), {
      text: 'Monday', start: 7, end: 13, date_start: '2025-03-03', precision: 'day', rule: 'chrono', open: 0,
    });
  } finally {
    db.close();
  }
});

test('re-saving the same content never duplicates: same article, inserted false, rows untouched', (t) => {
  const { store } = tempStore(t);
  const first = store.saveDoc(RUSSIA);
  const before = store.queryEvents({ modality: 'all' });
  const again = store.saveDoc(RUSSIA);
  assert.deepEqual(again, { articleId: first.articleId, inserted: false });
  assert.deepEqual(store.counts(), { coded: 1, duplicate: 0, skipped: 0, failed: 0, events: 3, sources: 1 });
  // Same text with other whitespace and other events, from another feed: still the stored article; one
  // duplicate row records the second origin, once.
  const reflowed = makeDoc({ id: 'a-russia-copy', origin: 'other.jsonl:9', paragraphs: RUSSIA.article.paragraphs.map((p) => `  ${p.replace(/ /g, '  ')}`), events: [] });
  assert.equal(contentHash(reflowed.text), contentHash(RUSSIA.text));
  assert.deepEqual(store.saveDoc(reflowed), { articleId: first.articleId, inserted: false });
  assert.deepEqual(store.saveDoc(reflowed), { articleId: first.articleId, inserted: false });
  assert.deepEqual(store.counts(), { coded: 1, duplicate: 1, skipped: 0, failed: 0, events: 3, sources: 2 });
  // The same events, once; the article now counts two sources.
  const after = store.queryEvents({ modality: 'all' });
  assert.deepEqual(after.map((e) => ({ ...e, article_sources: 1 })), before);
  assert.ok(after.every((e) => e.article_sources === 2));
  assert.equal(store.articleIdByHash(contentHash(RUSSIA.text)), first.articleId);
  assert.equal(store.articleIdByHash(contentHash('never seen')), null);
});

test('different content is a different article', (t) => {
  const { store } = tempStore(t);
  const a = store.saveDoc(RUSSIA);
  const edited = makeDoc({ id: 'a-russia', origin: 'feed.jsonl:1', paragraphs: [...RUSSIA.article.paragraphs, 'A correction was appended.'] });
  const b = store.saveDoc(edited);
  assert.equal(b.inserted, true);
  assert.notEqual(b.articleId, a.articleId);
  assert.equal(store.counts().coded, 2);
});

test('a save that fails stores nothing of the article and names what failed', (t) => {
  const { store } = tempStore(t);
  const bad = makeDoc({
    id: 'bad',
    paragraphs: ['One sentence.', 'Two sentences.'],
    events: [
      { id: 'ok', sentence: 0, source: 'USA', sourceCountry: 'USA', cameo: '010', date: ['2025-01-01', '2025-01-01'] },
      { id: 'backwards', sentence: 1, source: 'USA', sourceCountry: 'USA', cameo: '010', date: ['2025-02-01', '2025-01-01'] },
    ],
  });
  assert.throws(() => store.saveDoc(bad), /cannot save article "bad" to .*events\.db: event backwards: CHECK constraint failed/);
  // An event pointing at a sentence the doc does not have: the foreign key catches it.
  const orphan = makeDoc({ id: 'orphan', paragraphs: ['Only one.'], events: [{ id: 'e9', sentence: 4, source: 'USA', sourceCountry: 'USA', cameo: '010', date: ['2025-01-01', '2025-01-01'] }] });
  assert.throws(() => store.saveDoc(orphan), /event e9: FOREIGN KEY constraint failed/);
  assert.deepEqual(store.counts(), { coded: 0, duplicate: 0, skipped: 0, failed: 0, events: 0, sources: 0 });
});

test('recordFailure records an input once per origin and reason, touching nothing else', (t) => {
  const { store } = tempStore(t);
  seed(store);
  store.recordFailure('broken.html', 'no body text');
  store.recordFailure('broken.html', 'no body text');
  store.recordFailure('broken.html', 'unreadable encoding');
  store.recordFailure('other.html', 'no body text');
  store.recordSkipped('press-release.txt', 'not news');
  store.recordSkipped('press-release.txt', 'not news');
  assert.deepEqual(store.counts(), { coded: 3, duplicate: 0, skipped: 1, failed: 3, events: 6, sources: 3 });
});

test('queryEvents: asserted events by default, ordered by date, article, sentence, with article and sentence', (t) => {
  const { store } = tempStore(t);
  seed(store);
  const rows = store.queryEvents();
  assert.deepEqual(ids(rows), ['c-iran/e1', 'b-ukraine/e1', 'a-russia/e3', 'a-russia/e1']);
  const strike = rows[3];
  assert.equal(strike.article_title, 'Russian strikes');
  assert.equal(strike.article_published, '2025-03-04');
  assert.equal(strike.article_url, 'https://example.test/a-russia');
  assert.equal(strike.sentence, 'Russian forces shelled Kharkiv on Monday.');
  assert.equal(strike.quad_class, 4);
  assert.equal(strike.goldstein, -10);
  assert.deepEqual(ids(store.queryEvents({ modality: 'all' })), ['c-iran/e1', 'b-ukraine/e1', 'b-ukraine/e2', 'a-russia/e3', 'a-russia/e1', 'a-russia/e2']);
  assert.deepEqual(ids(store.queryEvents({ modality: 'negated' })), ['b-ukraine/e2']);
  assert.deepEqual(ids(store.queryEvents({ modality: 'future' })), ['a-russia/e2']);
  assert.deepEqual(ids(store.queryEvents({ limit: 2 })), ['c-iran/e1', 'b-ukraine/e1']);
  assert.throws(() => store.queryEvents({ modality: 'maybe' as never }), /modality/);
});

test('queryEvents: actor and target by country or actor code prefix', (t) => {
  const { store } = tempStore(t);
  seed(store);
  assert.deepEqual(ids(store.queryEvents({ actor: 'RUS' })), ['a-russia/e3', 'a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'rus' })), ['a-russia/e3', 'a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'RUSGOV' })), ['a-russia/e3']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'RUSGOV', modality: 'all' })), ['a-russia/e3', 'a-russia/e2']);
  assert.deepEqual(ids(store.queryEvents({ target: 'UKR' })), ['a-russia/e3', 'a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ target: 'UKRGOV' })), ['a-russia/e3']);
  // IGO: the country field matches an IGO target whose code does not start with the query.
  assert.deepEqual(ids(store.queryEvents({ target: 'IGO' })), ['b-ukraine/e1']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'UKR', target: 'RUS', modality: 'all' })), ['b-ukraine/e2']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'IRN', target: 'IRN' })), ['c-iran/e1']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'CHN' })), []);
  assert.throws(() => store.queryEvents({ actor: 'RUS%' }), /actor: expected an actor code/);
});

test('queryEvents: since/until select events whose interval overlaps [since, until]', (t) => {
  const { store } = tempStore(t);
  seed(store);
  // Iran's protest runs 2024-12-28 … 2025-01-02: it overlaps January 2025 and December 2024.
  assert.deepEqual(ids(store.queryEvents({ since: '2025-01-01', until: '2025-01-31' })), ['c-iran/e1', 'b-ukraine/e1']);
  assert.deepEqual(ids(store.queryEvents({ since: '2025-01', until: '2025-01' })), ['c-iran/e1', 'b-ukraine/e1']);
  assert.deepEqual(ids(store.queryEvents({ until: '2024' })), ['c-iran/e1']);
  assert.deepEqual(ids(store.queryEvents({ since: '2025-02-28' })), ['a-russia/e3', 'a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ since: '2025-03-01' })), ['a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ since: '2025-03-04', modality: 'all' })), ['a-russia/e2']);
  assert.deepEqual(ids(store.queryEvents({ since: '2025-03-03', until: '2025-03-03' })), ['a-russia/e1']);
  assert.throws(() => store.queryEvents({ since: '03/01/2025' }), /since: expected YYYY/);
  assert.throws(() => store.queryEvents({ since: '2025-03', until: '2025-01' }), /since 2025-03 is after until 2025-01/);
});

test('queryEvents: by root and by CAMEO code with its sub-codes', (t) => {
  const { store } = tempStore(t);
  seed(store);
  assert.deepEqual(ids(store.queryEvents({ root: '19' })), ['a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ root: '13', modality: 'all' })), ['a-russia/e2']);
  assert.deepEqual(ids(store.queryEvents({ root: '4', modality: 'all' })), ['b-ukraine/e2']);
  assert.deepEqual(ids(store.queryEvents({ cameo: '112' })), ['a-russia/e3']);
  assert.deepEqual(ids(store.queryEvents({ cameo: '1125' })), ['a-russia/e3']);
  assert.deepEqual(ids(store.queryEvents({ cameo: '023' })), ['b-ukraine/e1']);
  assert.deepEqual(ids(store.queryEvents({ cameo: '02' })), ['b-ukraine/e1']);
  assert.deepEqual(ids(store.queryEvents({ cameo: '19' })), ['a-russia/e1']);
  assert.deepEqual(ids(store.queryEvents({ actor: 'RUS', root: '11', since: '2025-02' })), ['a-russia/e3']);
  assert.throws(() => store.queryEvents({ root: 'x' }), /root/);
});

test('toContractEvent rebuilds the JSON contract event; toCodedEvent gives back what was saved', (t) => {
  const { store } = tempStore(t);
  seed(store);
  const [row] = store.queryEvents({ actor: 'UKR' });
  assert.deepEqual(toContractEvent(row), {
    id: 'e1',
    sentence: 'Ukraine asked the United Nations for aid in January.',
    sentence_index: 0,
    span: [0, 52],
    source: { code: 'UKRGOV', country: 'UKR', text: 'UKR' },
    target: { code: 'IGOUNO', country: 'IGO', text: 'IGO' },
    cameo: '0233',
    root: '02',
    quad_class: 1,
    goldstein: 3.4,
    plover: { event: 'REQUEST', mode: null, context: null },
    date: { start: '2025-01-01', end: '2025-01-31', precision: 'range', text: 'on Monday' },
    modality: 'asserted',
    trigger: 'attacked',
    pattern: 'test:0233',
  });
  for (const r of store.queryEvents({ modality: 'all' })) {
    const doc = [RUSSIA, UKRAINE, IRAN].find((d) => d.article.id === r.article_doc_id);
    assert.deepEqual(toCodedEvent(r), doc?.events.find((e) => e.id === r.id));
  }
  const noTarget = makeDoc({ id: 'solo', paragraphs: ['Iran said nothing.'], events: [{ id: 'e1', sentence: 0, source: 'IRN', sourceCountry: 'IRN', cameo: '010', date: ['2025-01-05', '2025-01-05'] }] });
  store.saveDoc(noTarget);
  assert.equal(toContractEvent(store.queryEvents({ cameo: '010' })[0]).target, null);
});

test('a file that is not a SQLite database gives a clear error naming the path', (t) => {
  const path = join(tempDir(t), 'notes.db');
  writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
  assert.throws(() => openStore(path), (e: Error) => e.message.includes(path) && /not a SQLite database/.test(e.message));
});

test('a SQLite file of some other program, or from a newer dyad, is refused', (t) => {
  const dir = tempDir(t);
  const other = join(dir, 'other.db');
  const db = new Database(other);
  db.exec('CREATE TABLE things (x)');
  db.close();
  assert.throws(() => openStore(other), (e: Error) => e.message.includes(other) && /not a dyad store/.test(e.message));
  const newer = join(dir, 'newer.db');
  const db2 = new Database(newer);
  db2.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db2.close();
  assert.throws(() => openStore(newer), (e: Error) => e.message.includes(newer) && /newer than this dyad/.test(e.message));
});

test('a store in a missing directory, or a read-only file, gives a clear error naming the path', (t) => {
  const dir = tempDir(t);
  const missing = join(dir, 'no-such-dir', 'events.db');
  assert.throws(() => openStore(missing), (e: Error) => e.message.includes(missing) && /does not exist/.test(e.message));
  const path = join(dir, 'ro.db');
  openStore(path).close();
  chmodSync(path, 0o444);
  if (process.getuid?.() === 0) {
    t.diagnostic('running as root: a 0444 file is still writable, nothing to refuse');
    return;
  }
  assert.throws(() => openStore(path), (e: Error) => e.message.includes(path) && /read-only/.test(e.message));
});

test('a closed store refuses further use', (t) => {
  const { store } = tempStore(t);
  store.close();
  store.close();
  assert.throws(() => store.counts(), /is closed/);
});

test('contentHash normalises whitespace and Unicode forms; dateBound widens partial dates', () => {
  assert.equal(contentHash('a  b\n\nc'), contentHash(' a b c '));
  assert.equal(contentHash('caf\u00e9'), contentHash('cafe\u0301'));
  assert.notEqual(contentHash('a b'), contentHash('a  c'));
  assert.equal(dateBound('2024', 'since'), '2024-01-01');
  assert.equal(dateBound('2024', 'until'), '2024-12-31');
  assert.equal(dateBound('2024-02', 'until'), '2024-02-29');
  assert.equal(dateBound('2025-02', 'until'), '2025-02-28');
  assert.equal(dateBound('2025-02-14', 'until'), '2025-02-14');
  assert.throws(() => dateBound('2025-13', 'since'), /bad month/);
  assert.throws(() => dateBound('2025-02-30', 'since'), /bad day/);
});

test('migrate: a later schema version is reached by appending a step; rows survive', (t) => {
  const { store, path } = tempStore(t);
  seed(store);
  store.close();
  const db = new Database(path);
  try {
    const v2 = [...MIGRATIONS, (d: Database.Database) => d.exec('ALTER TABLE events ADD COLUMN confidence REAL')];
    migrate(db, path, v2);
    assert.equal(schemaVersion(db), SCHEMA_VERSION + 1);
    migrate(db, path, v2); // already there: nothing to do
    assert.equal((db.prepare('SELECT count(*) AS n FROM events WHERE confidence IS NULL').get() as { n: number }).n, 6);
  } finally {
    db.close();
  }
  // This dyad (without the step) now refuses the newer store.
  assert.throws(() => openStore(path), /newer than this dyad/);
});

test('two handles on one file: each sees the other\'s commits, and content is stored once', (t) => {
  const { store, path } = tempStore(t);
  const other = openStore(path);
  t.after(() => other.close());
  assert.equal(store.saveDoc(RUSSIA).inserted, true);
  assert.equal(other.saveDoc(RUSSIA).inserted, false);
  assert.equal(other.saveDoc(UKRAINE).inserted, true);
  assert.deepEqual(ids(store.queryEvents({ actor: 'UKR' })), ['b-ukraine/e1']);
  assert.equal(store.counts().coded, 2);
});
