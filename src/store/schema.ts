// The store's schema and its migrations. The database's `user_version` is its schema version; `migrate` brings a
// database at any older version up to SCHEMA_VERSION, one step per transaction. To change the schema, append a
// step to MIGRATIONS (never edit a released one): the step at index i takes version i to version i + 1.
import type Database from 'better-sqlite3';

type Db = Database.Database;

export const ARTICLE_STATUSES = ['coded', 'duplicate', 'skipped', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

const V1 = `
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  doc_id        TEXT,                       -- Article.id; null for an input that could not be read
  content_hash  TEXT UNIQUE,                -- sha256 of the normalised body text; set only for 'coded' rows
  title         TEXT,
  dek           TEXT,
  published     TEXT,                       -- as read: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]
  source        TEXT,
  url           TEXT,
  origin        TEXT,                       -- file path, file:line
  status        TEXT NOT NULL CHECK (status IN ('coded', 'duplicate', 'skipped', 'failed')),
  reason        TEXT,                       -- why skipped or failed; for a duplicate, what it duplicates
  duplicate_of  INTEGER REFERENCES articles(id),
  anchor_date   TEXT,                       -- Doc.anchorDate: the date relative times were read against
  anchor_known  INTEGER,                    -- 1 when anchor_date came from the article, 0 for a fallback
  n_events      INTEGER NOT NULL DEFAULT 0,
  n_sentences   INTEGER NOT NULL DEFAULT 0,
  ingested_at   TEXT NOT NULL,              -- ISO 8601 UTC
  CHECK ((status = 'coded') = (content_hash IS NOT NULL)),
  CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL))
);
-- recordFailure/recordSkipped are idempotent per origin and reason; a duplicate is recorded once per origin.
CREATE UNIQUE INDEX articles_outcome ON articles(status, coalesce(origin, ''), coalesce(reason, ''))
  WHERE status IN ('failed', 'skipped');
CREATE UNIQUE INDEX articles_duplicate ON articles(duplicate_of, coalesce(origin, ''), coalesce(doc_id, ''))
  WHERE status = 'duplicate';
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sentences (
  article         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index  INTEGER NOT NULL,
  paragraph       INTEGER NOT NULL,
  start           INTEGER NOT NULL,         -- offsets in Doc.text, end exclusive
  end             INTEGER NOT NULL,
  text            TEXT NOT NULL,
  PRIMARY KEY (article, sentence_index)
) WITHOUT ROWID;

CREATE TABLE events (
  article         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  id              TEXT NOT NULL,            -- CodedEvent.id, unique within the article
  sentence_index  INTEGER NOT NULL,
  span_start      INTEGER NOT NULL,
  span_end        INTEGER NOT NULL,
  source_code     TEXT NOT NULL,
  source_country  TEXT,
  source_text     TEXT NOT NULL,
  target_code     TEXT,                     -- all three null when the event has no target
  target_country  TEXT,
  target_text     TEXT,
  cameo           TEXT NOT NULL,
  root            TEXT NOT NULL,
  quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein       REAL NOT NULL,
  plover_event    TEXT NOT NULL,
  plover_mode     TEXT,
  plover_context  TEXT,
  date_start      TEXT NOT NULL,
  date_end        TEXT NOT NULL,
  date_precision  TEXT NOT NULL,
  date_text       TEXT NOT NULL,
  date_from       TEXT NOT NULL,
  modality        TEXT NOT NULL CHECK (modality IN ('asserted', 'negated', 'hypothetical', 'future')),
  trigger         TEXT NOT NULL,
  pattern         TEXT NOT NULL,
  UNIQUE (article, id),
  FOREIGN KEY (article, sentence_index) REFERENCES sentences(article, sentence_index),
  CHECK (date_start <= date_end),
  CHECK (span_start <= span_end)
);
CREATE INDEX events_source_country ON events(source_country, date_start);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_country ON events(target_country, date_start);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_root ON events(root, date_start);
CREATE INDEX events_cameo ON events(cameo, date_start);

CREATE TABLE mentions (
  article    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  code       TEXT NOT NULL,
  country    TEXT,
  kind       TEXT NOT NULL,
  via        TEXT NOT NULL,
  name       TEXT,
  entity     TEXT,
  modifier   INTEGER NOT NULL DEFAULT 0,
  FOREIGN KEY (article, sentence) REFERENCES sentences(article, sentence_index)
);
CREATE INDEX mentions_article ON mentions(article, start);
CREATE INDEX mentions_code ON mentions(code);

CREATE TABLE times (
  article     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  date_start  TEXT NOT NULL,
  date_end    TEXT NOT NULL,
  precision   TEXT NOT NULL,
  rule        TEXT NOT NULL,
  open        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX times_article ON times(article, start);
`;

// v2: ingestion that accounts for every input. Every row read from an input keeps the hash of its body (so a rerun
// skips it before coding) and its language; a coded article counts its sources (itself and its duplicates, like
// GDELT's NumSources) and keeps its MinHash signature and LSH band keys (near-duplicates are found across runs);
// fetched URLs keep their validators for conditional GET (`dyad watch` survives restarts).
const V2 = `
ALTER TABLE articles ADD COLUMN body_hash TEXT;        -- sha256 of the normalised body, for every row read from an input
ALTER TABLE articles ADD COLUMN language TEXT;         -- ISO 639-1, as detected (null: too short to tell)
ALTER TABLE articles ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 1;  -- coded rows: 1 + their duplicates
UPDATE articles SET body_hash = content_hash WHERE content_hash IS NOT NULL;
UPDATE articles SET n_sources = 1 + (SELECT count(*) FROM articles d WHERE d.duplicate_of = articles.id)
  WHERE status = 'coded';
CREATE INDEX articles_origin ON articles(origin);
CREATE INDEX articles_body_hash ON articles(body_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE signatures (
  article   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  shingles  INTEGER NOT NULL,                 -- distinct word shingles in the body
  minhash   BLOB NOT NULL                     -- 128 × uint32, little-endian
);

CREATE TABLE lsh_bands (
  key      INTEGER NOT NULL,                  -- band index × 2^32 + hash of the band's rows
  article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (key, article)
) WITHOUT ROWID;

CREATE TABLE fetches (
  url            TEXT PRIMARY KEY,            -- as named on the command line
  etag           TEXT,
  last_modified  TEXT,
  fetched_at     TEXT NOT NULL,               -- ISO 8601 UTC, last successful fetch (200 or 304)
  changed_at     TEXT                         -- last 200
);
`;

/** MIGRATIONS[i] takes a database from schema version i to i + 1. */
export const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [(db) => db.exec(V1), (db) => db.exec(V2)];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The database's schema version (its `user_version`). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to SCHEMA_VERSION, each step in its own immediate transaction that re-reads the version
 * first (two processes opening a new store at once migrate it once). Refuses a database from a newer dyad, and
 * a version-0 database that already holds tables (some other program's SQLite file). `name` is the path used
 * in error messages. `migrations` is for tests: a later schema is MIGRATIONS with steps appended.
 */
export function migrate(db: Db, name: string, migrations: ReadonlyArray<(db: Db) => void> = MIGRATIONS): void {
  const latest = migrations.length;
  const tableCount = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`);
  const step = db.transaction((): boolean => {
    const v = schemaVersion(db);
    if (v > latest) {
      throw new Error(`${name}: store schema version ${v} is newer than this dyad understands (${latest})`);
    }
    if (v === latest) return false;
    if (v === 0 && (tableCount.get() as { n: number }).n > 0) {
      throw new Error(`${name}: a SQLite database, but not a dyad store (it has tables and no schema version)`);
    }
    migrations[v](db);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  if (schemaVersion(db) === latest) return; // the usual case: no write lock needed
  while (step.immediate()) {
    // one version per transaction
  }
}
