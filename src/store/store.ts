// The SQLite store: one file, WAL, one transaction per article, prepared statements made once.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { bandKeys, BANDS, compare, signatureBytes, signatureFromBytes, type Signature } from '../dedup/minhash.js';
import type { Doc, Modality } from '../types.js';
import { contentHash } from './hash.js';
import type { EventRow } from './rows.js';
import { ARTICLE_STATUSES, migrate, type ArticleStatus } from './schema.js';

type Db = Database.Database;
type Statement = Database.Statement;

export interface EventQuery {
  /** Source actor: a country code (`RUS`: every event whose source is Russian) or an actor code prefix (`RUSGOV`). */
  actor?: string;
  /** Target actor, as `actor`. */
  target?: string;
  /** Events whose date interval overlaps [since, until]. `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  since?: string;
  until?: string;
  /** CAMEO root, `19` (or `9`). */
  root?: string;
  /** A CAMEO code and its sub-codes: `138` selects 138 and 1381–1385. */
  cameo?: string;
  /** Default `asserted`; `all` for every modality. */
  modality?: Modality | 'all';
  /** At most this many rows (default: all). */
  limit?: number;
}

export interface SaveResult {
  /** The stored article holding this content (the earlier one when it was already stored). */
  articleId: number;
  /** False when the same content was already stored: nothing of it was written again. */
  inserted: boolean;
}

export type StatusCounts = Record<ArticleStatus, number>;

export interface StoreCounts extends StatusCounts {
  /** Events stored, all modalities. */
  events: number;
  /** Source documents behind the coded articles: each coded article and each of its duplicates. */
  sources: number;
}

/** What is known of an input that was read but not coded (a duplicate, a skipped article). */
export interface InputRecord {
  origin: string;
  docId?: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  /** `contentHash` of the body text: a rerun finds the input by origin and hash and skips it. */
  bodyHash?: string;
  language?: string | null;
}

/** The state an input already ended in (never `failed`: a failed input is tried again). */
export interface PriorOutcome {
  id: number;
  status: Exclude<ArticleStatus, 'failed'>;
  reason: string | null;
}

/** A stored coded article whose body is near the one asked about. */
export interface NearDuplicate {
  article: number;
  jaccard: number;
  containment: number;
}

/** One row of `outcomes`: an input that was not coded, and why. */
export interface OutcomeRow {
  id: number;
  status: ArticleStatus;
  origin: string | null;
  reason: string | null;
  doc_id: string | null;
  title: string | null;
  duplicate_of: number | null;
  language: string | null;
  ingested_at: string;
}

/** Validators kept from the last fetch of a URL. */
export interface FetchState {
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
  changedAt?: string;
}

export interface SaveExtra {
  /** `contentHash(doc.text)`, when the caller has it already (spares hashing the text again). */
  hash?: string;
  /** Detected language (ISO 639-1). */
  language?: string | null;
  /** MinHash signature of the body: stored with its LSH band keys so later articles are compared with it. */
  signature?: Signature;
}

export interface Store {
  /** The path the store was opened at. */
  readonly path: string;
  /**
   * Saves a coded document — the article, its sentences, mentions, times and events — in one transaction.
   * Content already stored (same normalised body text) is not written again: the result names the stored
   * article with `inserted: false`, and when it came from another origin or article id a `duplicate` row
   * records that, once. `origin` defaults to `doc.article.origin`.
   */
  saveDoc(doc: Doc, origin?: string, extra?: SaveExtra): SaveResult;
  /** Records an input that could not be coded (status `failed`). Idempotent per origin and reason. */
  recordFailure(origin: string, reason: string, record?: Omit<InputRecord, 'origin'>): void;
  /** Records an input deliberately not coded (status `skipped`: not English, no text, …). Idempotent per origin and
   * reason. Replaces earlier failures of the same origin. */
  recordSkipped(origin: string, reason: string, record?: Omit<InputRecord, 'origin'>): void;
  /**
   * Records a duplicate of stored article `of`, in one transaction: the duplicate row (linked by `duplicate_of`)
   * and one more source on the original. Idempotent per original, origin and doc id (`inserted: false` then).
   */
  recordDuplicate(record: InputRecord, of: number, reason: string): { inserted: boolean };
  /** The stored article with this body text's content hash, if any: lets a caller skip coding a known text. */
  articleIdByHash(hash: string): number | null;
  /** The state an input (an origin, and a body hash when given) already ended in, if any other than `failed`. */
  priorOutcome(origin: string, bodyHash?: string): PriorOutcome | null;
  /** The coded article this signature is a near-duplicate of (the most similar), if any. */
  nearDuplicate(signature: Signature): NearDuplicate | null;
  /** Inputs that were not coded, newest first: `failed` (default), `skipped`, `duplicate`, or all three. */
  outcomes(q?: { status?: Exclude<ArticleStatus, 'coded'> | 'all'; limit?: number }): OutcomeRow[];
  /** The most frequent reasons inputs were not coded (duplicates grouped as `same text` and `near-duplicate`). */
  reasonCounts(limit?: number): { status: Exclude<ArticleStatus, 'coded'>; reason: string; n: number }[];
  /** Every URL fetched, with its validators. */
  fetches(): (FetchState & { url: string })[];
  /** Validators kept from the last fetch of a URL. */
  fetchState(url: string): FetchState | null;
  /** Keeps a URL's validators after it was fetched (`changed`: a 200, not a 304). */
  saveFetchState(url: string, state: { etag?: string; lastModified?: string; changed: boolean }): void;
  /** Stored events, ordered by date, article, sentence. See EventQuery. Only coded articles have events: a duplicate
   * is never coded, so its story's events are counted once (`article_sources` says how many documents told it). */
  queryEvents(q?: EventQuery): EventRow[];
  /** Rows per article status, and events in total. */
  counts(): StoreCounts;
  close(): void;
}

export interface StoreOptions {
  /** Milliseconds to wait for another writer's lock (default 5000). */
  busyTimeoutMs?: number;
  /** Clock for `ingested_at` (tests). */
  now?: () => Date;
}

const MODALITIES: readonly string[] = ['asserted', 'negated', 'hypothetical', 'future'];

/** A code prefix range: `code >= p AND code < p + U+FFFF` selects the codes starting with p, using the index. */
const PREFIX_END = '\uffff';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2025` → 2025-01-01 (since) or 2025-12-31 (until); `2025-02` → 2025-02-01 or 2025-02-28; days as given. */
export function dateBound(value: string, side: 'since' | 'until'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`${side}: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) throw new Error(`${side}: bad month in ${value}`);
  if (d !== undefined) {
    if (Number(d) < 1 || Number(d) > lastDayOfMonth(Number(y), Number(mo))) throw new Error(`${side}: bad day in ${value}`);
    return value;
  }
  if (side === 'since') return `${y}-${mo ?? '01'}-01`;
  const month = mo ?? '12';
  return `${y}-${month}-${String(lastDayOfMonth(Number(y), Number(month))).padStart(2, '0')}`;
}

function actorCode(value: string, name: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z0-9]+$/.test(code)) throw new Error(`${name}: expected an actor code such as RUS or RUSGOV, got ${JSON.stringify(value)}`);
  return code;
}

function sqliteCode(e: unknown): string {
  return typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : '';
}

/** Opens the database file with the store's pragmas, naming the path in any error. */
function openDatabase(path: string, options: StoreOptions): Db {
  const memory = path === ':memory:' || path === '';
  const full = memory ? path : resolve(path);
  if (!memory) {
    if (existsSync(full)) {
      if (!statSync(full).isFile()) throw new Error(`cannot open store ${full}: not a file`);
      try {
        accessSync(full, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`cannot open store ${full}: the file is read-only or unreadable (the store needs to write it)`);
      }
    } else if (!existsSync(dirname(full))) {
      throw new Error(`cannot create store ${full}: directory ${dirname(full)} does not exist`);
    }
  }
  let db: Db | null = null;
  try {
    db = new Database(full, { timeout: options.busyTimeoutMs ?? 5000 });
    // The first statement reads the header: a file that is not SQLite fails here.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    if (!memory) {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new Error(`could not switch to WAL mode (journal_mode is ${String(mode)})`);
    }
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL'); // safe with WAL: a crash may lose the last commits, never corrupt
    migrate(db, full);
    return db;
  } catch (e) {
    db?.close();
    const code = sqliteCode(e);
    const message = (e as Error).message;
    if (code === 'SQLITE_NOTADB') throw new Error(`cannot open store ${full}: not a SQLite database (${message})`);
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
      throw new Error(`cannot open store ${full}: cannot write it (${message})`);
    }
    if (message.includes(full)) throw e;
    throw new Error(`cannot open store ${full}: ${message}`);
  }
}

/** Opens (creating if needed) the store at `path`. `:memory:` gives a private in-memory store. */
export function openStore(path: string, options: StoreOptions = {}): Store {
  const db = openDatabase(path, options);
  const now = options.now ?? (() => new Date());
  const fullPath = path === ':memory:' || path === '' ? path : resolve(path);

  const findByHash = db.prepare<[string], { id: number; origin: string | null; doc_id: string | null }>(
    'SELECT id, origin, doc_id FROM articles WHERE content_hash = ?',
  );
  const insertArticle = db.prepare(`
    INSERT INTO articles (doc_id, content_hash, title, dek, published, source, url, origin, status, anchor_date,
                          anchor_known, n_events, n_sentences, ingested_at, body_hash, language)
    VALUES (@doc_id, @content_hash, @title, @dek, @published, @source, @url, @origin, 'coded', @anchor_date,
            @anchor_known, @n_events, @n_sentences, @ingested_at, @content_hash, @language)`);
  const insertDuplicate = db.prepare(`
    INSERT INTO articles (doc_id, title, published, source, url, origin, status, reason, duplicate_of, ingested_at,
                          body_hash, language)
    VALUES (@doc_id, @title, @published, @source, @url, @origin, 'duplicate', @reason, @duplicate_of, @ingested_at,
            @body_hash, @language)
    ON CONFLICT DO NOTHING`);
  const insertOutcome = db.prepare(`
    INSERT INTO articles (origin, status, reason, ingested_at, doc_id, title, published, source, url, body_hash, language)
    VALUES (@origin, @status, @reason, @ingested_at, @doc_id, @title, @published, @source, @url, @body_hash, @language)
    ON CONFLICT DO NOTHING`);
  const addSource = db.prepare('UPDATE articles SET n_sources = n_sources + 1 WHERE id = ?');
  const dropFailures = db.prepare(`DELETE FROM articles WHERE origin = ? AND status = 'failed'`);
  const insertSignature = db.prepare('INSERT INTO signatures (article, shingles, minhash) VALUES (?, ?, ?)');
  const insertBand = db.prepare('INSERT OR IGNORE INTO lsh_bands (key, article) VALUES (?, ?)');
  const bandCandidates = db.prepare<number[], { article: number }>(
    `SELECT DISTINCT article FROM lsh_bands WHERE key IN (${Array.from({ length: BANDS }, () => '?').join(', ')}) LIMIT 64`,
  );
  const signatureOfArticle = db.prepare<[number], { shingles: number; minhash: Buffer }>(
    'SELECT shingles, minhash FROM signatures WHERE article = ?',
  );
  const priorByOrigin = db.prepare<[string], { id: number; status: Exclude<ArticleStatus, 'failed'>; reason: string | null }>(
    `SELECT id, status, reason FROM articles WHERE origin = ? AND status != 'failed' ORDER BY id LIMIT 1`,
  );
  const priorByOriginAndHash = db.prepare<[string, string], { id: number; status: Exclude<ArticleStatus, 'failed'>; reason: string | null }>(
    `SELECT id, status, reason FROM articles WHERE origin = ? AND body_hash = ? AND status != 'failed' ORDER BY id LIMIT 1`,
  );
  const outcomeRows = db.prepare<{ status: string | null; limit: number }, OutcomeRow>(`
    SELECT id, status, origin, reason, doc_id, title, duplicate_of, language, ingested_at FROM articles
    WHERE status != 'coded' AND (@status IS NULL OR status = @status)
    ORDER BY id DESC LIMIT @limit`);
  const getFetch = db.prepare<[string], { etag: string | null; last_modified: string | null; fetched_at: string; changed_at: string | null }>(
    'SELECT etag, last_modified, fetched_at, changed_at FROM fetches WHERE url = ?',
  );
  const putFetch = db.prepare(`
    INSERT INTO fetches (url, etag, last_modified, fetched_at, changed_at) VALUES (@url, @etag, @last_modified, @now, @changed_at)
    ON CONFLICT (url) DO UPDATE SET
      etag = coalesce(excluded.etag, CASE WHEN @changed THEN NULL ELSE fetches.etag END),
      last_modified = coalesce(excluded.last_modified, CASE WHEN @changed THEN NULL ELSE fetches.last_modified END),
      fetched_at = excluded.fetched_at,
      changed_at = coalesce(excluded.changed_at, fetches.changed_at)`);
  const reasonRows = db.prepare<[number], { status: Exclude<ArticleStatus, 'coded'>; reason: string; n: number }>(`
    SELECT status,
           CASE WHEN status = 'duplicate' THEN (CASE WHEN reason LIKE 'near-duplicate%' THEN 'near-duplicate' ELSE 'same text' END)
                ELSE coalesce(reason, '') END AS reason,
           count(*) AS n
    FROM articles WHERE status != 'coded' GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?`);
  const fetchRows = db.prepare<[], { url: string; etag: string | null; last_modified: string | null; fetched_at: string; changed_at: string | null }>(
    'SELECT url, etag, last_modified, fetched_at, changed_at FROM fetches ORDER BY url',
  );
  const sourceCount = db.prepare<[], { n: number | null }>(`SELECT sum(n_sources) AS n FROM articles WHERE status = 'coded'`);
  // The many rows of an article (sentences, mentions, times) bind positionally: a third faster than by name.
  const insertSentence = db.prepare(`
    INSERT INTO sentences (article, sentence_index, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertMention = db.prepare(`
    INSERT INTO mentions (article, start, end, sentence, text, code, country, kind, via, name, entity, modifier)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTime = db.prepare(`
    INSERT INTO times (article, text, start, end, date_start, date_end, precision, rule, open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`
    INSERT INTO events (article, id, sentence_index, span_start, span_end, source_code, source_country, source_text,
                        target_code, target_country, target_text, cameo, root, quad_class, goldstein, plover_event,
                        plover_mode, plover_context, date_start, date_end, date_precision, date_text, date_from,
                        modality, trigger, pattern)
    VALUES (@article, @id, @sentence_index, @span_start, @span_end, @source_code, @source_country, @source_text,
            @target_code, @target_country, @target_text, @cameo, @root, @quad_class, @goldstein, @plover_event,
            @plover_mode, @plover_context, @date_start, @date_end, @date_precision, @date_text, @date_from,
            @modality, @trigger, @pattern)`);
  const statusCounts = db.prepare<[], { status: ArticleStatus; n: number }>(
    'SELECT status, count(*) AS n FROM articles GROUP BY status',
  );
  const eventCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events');

  const save = db.transaction((doc: Doc, origin: string | null, hash: string, extra: SaveExtra): SaveResult => {
    const a = doc.article;
    const ingested_at = now().toISOString();
    const existing = findByHash.get(hash);
    if (existing) {
      if (existing.origin !== origin || existing.doc_id !== a.id) {
        const r = insertDuplicate.run({
          doc_id: a.id, title: a.title ?? null, published: a.published ?? null, source: a.source ?? null,
          url: a.url ?? null, origin, reason: `same text as article ${existing.id}`, duplicate_of: existing.id, ingested_at,
          body_hash: hash, language: extra.language ?? null,
        });
        if (r.changes) addSource.run(existing.id);
      }
      return { articleId: existing.id, inserted: false };
    }
    const article = Number(
      insertArticle.run({
        doc_id: a.id, content_hash: hash, title: a.title ?? null, dek: a.dek ?? null, published: a.published ?? null,
        source: a.source ?? null, url: a.url ?? null, origin, anchor_date: doc.anchorDate,
        anchor_known: doc.anchorKnown ? 1 : 0, n_events: doc.events.length, n_sentences: doc.sentences.length, ingested_at,
        language: extra.language ?? null,
      }).lastInsertRowid,
    );
    // One try around each loop rather than a closure per row; a failure still names the row.
    let what = '';
    try {
      for (const s of doc.sentences) {
        what = `sentence ${s.index}`;
        insertSentence.run(article, s.index, s.paragraph, s.start, s.end, s.text);
      }
      for (const m of doc.mentions) {
        what = `mention "${m.text}" at ${m.start}`;
        insertMention.run(
          article, m.start, m.end, m.sentence, m.text, m.actor.code, m.actor.country, m.actor.kind, m.via,
          m.actor.name ?? null, m.actor.entity ?? null, m.modifier ? 1 : 0,
        );
      }
      for (const t of doc.times) {
        what = `time "${t.text}" at ${t.charStart}`;
        insertTime.run(article, t.text, t.charStart, t.charEnd, t.start, t.end, t.precision, t.rule, t.open ? 1 : 0);
      }
    } catch (e) {
      throw new Error(`${what}: ${(e as Error).message}`);
    }
    for (const e of doc.events) {
      at(`event ${e.id}`, () =>
        insertEvent.run({
          article, id: e.id, sentence_index: e.sentenceIndex, span_start: e.span[0], span_end: e.span[1],
          source_code: e.source.code, source_country: e.source.country, source_text: e.source.text,
          target_code: e.target?.code ?? null, target_country: e.target?.country ?? null, target_text: e.target?.text ?? null,
          cameo: e.cameo, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein, plover_event: e.plover.event,
          plover_mode: e.plover.mode, plover_context: e.plover.context, date_start: e.date.start, date_end: e.date.end,
          date_precision: e.date.precision, date_text: e.date.text, date_from: e.date.from, modality: e.modality,
          trigger: e.trigger, pattern: e.pattern,
        }),
      );
    }
    if (extra.signature) {
      insertSignature.run(article, extra.signature.shingles, signatureBytes(extra.signature));
      for (const key of bandKeys(extra.signature)) insertBand.run(key, article);
    }
    if (origin !== null) dropFailures.run(origin);
    return { articleId: article, inserted: true };
  });

  const outcome = db.transaction((status: 'failed' | 'skipped', origin: string, reason: string, rec: Omit<InputRecord, 'origin'>): void => {
    insertOutcome.run({
      origin, status, reason, ingested_at: now().toISOString(), doc_id: rec.docId ?? null, title: rec.title ?? null,
      published: rec.published ?? null, source: rec.source ?? null, url: rec.url ?? null, body_hash: rec.bodyHash ?? null,
      language: rec.language ?? null,
    });
    if (status !== 'failed') dropFailures.run(origin);
  });

  const duplicate = db.transaction((rec: InputRecord, of: number, reason: string): { inserted: boolean } => {
    const r = insertDuplicate.run({
      doc_id: rec.docId ?? null, title: rec.title ?? null, published: rec.published ?? null, source: rec.source ?? null,
      url: rec.url ?? null, origin: rec.origin, reason, duplicate_of: of, ingested_at: now().toISOString(),
      body_hash: rec.bodyHash ?? null, language: rec.language ?? null,
    });
    if (r.changes) addSource.run(of);
    dropFailures.run(rec.origin);
    return { inserted: r.changes > 0 };
  });

  // queryEvents: one statement per combination of filters, prepared on first use and kept.
  const queries = new Map<string, Statement>();
  const queryStatement = (shape: string, where: string[]): Statement => {
    let st = queries.get(shape);
    if (!st) {
      st = db.prepare(`
        SELECT e.*, a.doc_id AS article_doc_id, a.title AS article_title, a.published AS article_published,
               a.source AS article_source, a.url AS article_url, a.n_sources AS article_sources, s.text AS sentence
        FROM events e
        JOIN articles a ON a.id = e.article
        JOIN sentences s ON s.article = e.article AND s.sentence_index = e.sentence_index
        WHERE a.status = 'coded'${where.length ? ' AND ' + where.join(' AND ') : ''}
        ORDER BY e.date_start, e.article, e.sentence_index, e.span_start, e.id
        LIMIT @limit`);
      queries.set(shape, st);
    }
    return st;
  };

  let open = true;
  const live = (): void => {
    if (!open) throw new Error(`store ${fullPath} is closed`);
  };

  return {
    path: fullPath,
    saveDoc(doc, origin, extra = {}) {
      live();
      try {
        return save.immediate(doc, origin ?? doc.article.origin ?? null, extra.hash ?? contentHash(doc.text), extra);
      } catch (e) {
        throw new Error(`cannot save article ${JSON.stringify(doc.article.id)} to ${fullPath}: ${(e as Error).message}`, { cause: e });
      }
    },
    recordFailure(origin, reason, record = {}) {
      live();
      outcome.immediate('failed', origin, reason, record);
    },
    recordSkipped(origin, reason, record = {}) {
      live();
      outcome.immediate('skipped', origin, reason, record);
    },
    recordDuplicate(record, of, reason) {
      live();
      return duplicate.immediate(record, of, reason);
    },
    articleIdByHash(hash) {
      live();
      return findByHash.get(hash)?.id ?? null;
    },
    priorOutcome(origin, bodyHash) {
      live();
      const row = bodyHash === undefined ? priorByOrigin.get(origin) : priorByOriginAndHash.get(origin, bodyHash);
      return row ?? null;
    },
    nearDuplicate(signature) {
      live();
      let best: NearDuplicate | null = null;
      for (const { article } of bandCandidates.all(...bandKeys(signature))) {
        const row = signatureOfArticle.get(article);
        if (!row) continue;
        const sim = compare(signature, signatureFromBytes(row.minhash, row.shingles));
        if (sim.duplicate && (!best || sim.jaccard > best.jaccard || (sim.jaccard === best.jaccard && article < best.article))) {
          best = { article, jaccard: sim.jaccard, containment: sim.containment };
        }
      }
      return best;
    },
    outcomes(q = {}) {
      live();
      const status = q.status === undefined ? 'failed' : q.status === 'all' ? null : q.status;
      if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) throw new Error(`limit: expected a whole number ≥ 0, got ${q.limit}`);
      return outcomeRows.all({ status, limit: q.limit ?? -1 });
    },
    reasonCounts(limit = 20) {
      live();
      return reasonRows.all(limit);
    },
    fetches() {
      live();
      return fetchRows.all().map((r) => ({
        url: r.url, ...(r.etag ? { etag: r.etag } : {}), ...(r.last_modified ? { lastModified: r.last_modified } : {}),
        fetchedAt: r.fetched_at, ...(r.changed_at ? { changedAt: r.changed_at } : {}),
      }));
    },
    fetchState(url) {
      live();
      const r = getFetch.get(url);
      if (!r) return null;
      return {
        ...(r.etag ? { etag: r.etag } : {}), ...(r.last_modified ? { lastModified: r.last_modified } : {}),
        fetchedAt: r.fetched_at, ...(r.changed_at ? { changedAt: r.changed_at } : {}),
      };
    },
    saveFetchState(url, state) {
      live();
      const at = now().toISOString();
      putFetch.run({
        url, etag: state.etag ?? null, last_modified: state.lastModified ?? null, now: at,
        changed_at: state.changed ? at : null, changed: state.changed ? 1 : 0,
      });
    },
    queryEvents(q = {}) {
      live();
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      const shape: string[] = [];
      if (q.actor !== undefined) {
        params.actor = actorCode(q.actor, 'actor');
        params.actorEnd = params.actor + PREFIX_END;
        where.push('(e.source_country = @actor OR (e.source_code >= @actor AND e.source_code < @actorEnd))');
        shape.push('actor');
      }
      if (q.target !== undefined) {
        params.target = actorCode(q.target, 'target');
        params.targetEnd = params.target + PREFIX_END;
        where.push('(e.target_country = @target OR (e.target_code >= @target AND e.target_code < @targetEnd))');
        shape.push('target');
      }
      if (q.since !== undefined) {
        params.since = dateBound(q.since, 'since');
        where.push('e.date_end >= @since');
        shape.push('since');
      }
      if (q.until !== undefined) {
        params.until = dateBound(q.until, 'until');
        where.push('e.date_start <= @until');
        shape.push('until');
      }
      if (params.since !== undefined && params.until !== undefined && (params.since as string) > (params.until as string)) {
        throw new Error(`since ${q.since} is after until ${q.until}`);
      }
      if (q.root !== undefined) {
        if (!/^\d{1,2}$/.test(q.root)) throw new Error(`root: expected a CAMEO root such as 19, got ${JSON.stringify(q.root)}`);
        params.root = q.root.padStart(2, '0');
        where.push('e.root = @root');
        shape.push('root');
      }
      if (q.cameo !== undefined) {
        if (!/^\d{2,4}$/.test(q.cameo)) throw new Error(`cameo: expected a CAMEO code such as 138, got ${JSON.stringify(q.cameo)}`);
        params.cameo = q.cameo;
        params.cameoEnd = q.cameo + PREFIX_END;
        where.push('e.cameo >= @cameo AND e.cameo < @cameoEnd');
        shape.push('cameo');
      }
      const modality = q.modality ?? 'asserted';
      if (modality !== 'all') {
        if (!MODALITIES.includes(modality)) throw new Error(`modality: expected one of ${MODALITIES.join(', ')} or all, got ${JSON.stringify(modality)}`);
        params.modality = modality;
        where.push('e.modality = @modality');
        shape.push('modality');
      }
      if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) {
        throw new Error(`limit: expected a whole number ≥ 0, got ${q.limit}`);
      }
      params.limit = q.limit ?? -1;
      return queryStatement(shape.join(','), where).all(params) as EventRow[];
    },
    counts() {
      live();
      const counts = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, 0])) as StatusCounts;
      for (const r of statusCounts.all()) counts[r.status] = r.n;
      return { ...counts, events: eventCount.get()?.n ?? 0, sources: sourceCount.get()?.n ?? 0 };
    },
    close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

/** Runs one insert, naming what was being inserted when it fails (a constraint, a bad value). */
function at<T>(what: string, insert: () => T): T {
  try {
    return insert();
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}
