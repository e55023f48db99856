// The ingest loop shared by `dyad ingest` and `dyad watch`: every input named ends in exactly one state, recorded
// in the store in one transaction —
//   coded      read, new, in English: coded and stored with its events
//   duplicate  the same text, or nearly (MinHash), as a stored article: linked to it, its sources counted, not coded
//   skipped    deliberately not coded (not English, no text, a file type dyad does not read), with the reason
//   failed     could not be read or coded (bad bytes, too large, too deep, over the time budget), with the reason
// — or is found already stored by an earlier run (`unchanged`: the same origin with the same text, a feed item seen
// before, a page that answers 304), which costs a hash and an index lookup: a rerun after a crash is fast.
//
// The order of checks keeps coding, the expensive step, for what needs it: the body's hash (already stored from
// this origin? the same text from another?), its size, its language, its MinHash neighbours, and only then the
// pipeline. The pipeline is synchronous and cannot be interrupted: the time budget is enforced by refusing what
// would run long (bodies over `maxChars`; pages too large or nested too deep, in the readers) and by checking the
// time each article took.
import { signatureOf } from '../dedup/minhash.js';
import { type CodingOptions, processArticle, today } from '../pipeline.js';
import { detectLanguage, languageName } from '../read/language.js';
import { readSources, type InputSpec, type SourceOptions, type SourceResult } from '../read/sources.js';
import { publishedOption } from '../read/text.js';
import { contentHash, type InputRecord, type Store } from '../store/index.js';
import type { Article } from '../types.js';
import { Progress } from './progress.js';

export type Outcome = 'coded' | 'duplicate' | 'skipped' | 'failed' | 'unchanged';

export interface OutcomeReport {
  state: Outcome;
  /** The input: a file, `file:line`, `feed#item`, a URL. */
  origin: string;
  reason?: string;
  /** The stored article (coded), or the original (duplicate). */
  article?: number;
  events?: number;
}

export interface IngestOptions extends SourceOptions {
  /** Longest body coded, in characters (default 200,000: about 30,000 words, past any news story). */
  maxChars?: number;
  /** Milliseconds one article may take to code (default 10,000). */
  budgetMs?: number;
  /** Look for near-duplicates (default true); exact duplicates are always found. */
  nearDuplicates?: boolean;
  /** Languages coded (ISO 639-1; default English only): the others are `skipped`. */
  languages?: string[];
  /** Each input's outcome, as it happens. */
  onOutcome?: (o: OutcomeReport) => void;
  /** Drawn on as articles pass. */
  progress?: Progress;
  /** Asked after each input: true stops the run there (Ctrl-C). */
  stopRequested?: () => boolean;
  /** Clock in milliseconds (tests of the budget). */
  clock?: () => number;
  /** The dictionaries and conventions to code with (default: dyad's own). */
  coding?: CodingOptions;
}

export interface IngestSummary {
  /** Inputs that ended in a state in this run (articles, lines, items, files and URLs that failed as a whole). */
  inputs: number;
  coded: number;
  duplicate: number;
  skipped: number;
  failed: number;
  unchanged: number;
  /** Events stored for the articles coded in this run. */
  events: number;
  /** Reasons, in order (the first 1,000 of each kind). */
  failures: { origin: string; reason: string }[];
  skips: { origin: string; reason: string }[];
  /** True when the run was stopped before the end. */
  stopped: boolean;
}

export const DEFAULT_MAX_CHARS = 200_000;
/** Longest run of characters without whitespace coded. */
export const MAX_RUN = 1000;
export const DEFAULT_CODE_BUDGET_MS = 10_000;
const MAX_LISTED = 1000;

/** Reads every input and stores each in its final state. */
export async function ingest(store: Store, specs: InputSpec[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = {
    inputs: 0, coded: 0, duplicate: 0, skipped: 0, failed: 0, unchanged: 0, events: 0, failures: [], skips: [], stopped: false,
  };
  const fallbackDate = publishedOption(opts.published)?.slice(0, 10) ?? today();
  const note = () => `coded ${summary.coded} dup ${summary.duplicate} skip ${summary.skipped} fail ${summary.failed}${summary.unchanged ? ` known ${summary.unchanged}` : ''}`;
  const report = (o: OutcomeReport) => {
    summary.inputs++;
    summary[o.state]++;
    if (o.state === 'failed' && summary.failures.length < MAX_LISTED) summary.failures.push({ origin: o.origin, reason: o.reason ?? '' });
    if (o.state === 'skipped' && summary.skips.length < MAX_LISTED) summary.skips.push({ origin: o.origin, reason: o.reason ?? '' });
    if (o.state === 'coded') summary.events += o.events ?? 0;
    opts.progress?.tick(1, note());
    opts.onOutcome?.(o);
  };
  const sources = readSources(specs, {
    ...opts,
    isKnown: (origin) => store.priorOutcome(origin) !== null,
    validators: (url) => {
      const s = store.fetchState(url);
      return s ? { ...(s.etag ? { etag: s.etag } : {}), ...(s.lastModified ? { lastModified: s.lastModified } : {}) } : undefined;
    },
  });
  for await (const r of sources) {
    handle(store, r, opts, fallbackDate, report);
    if (opts.stopRequested?.()) {
      summary.stopped = true;
      break;
    }
  }
  return summary;
}

/** Puts one read result in its final state. Store errors (a full disk, a locked file) propagate: the run stops. */
function handle(store: Store, r: SourceResult, opts: IngestOptions, fallbackDate: string, report: (o: OutcomeReport) => void): void {
  if ('fetched' in r) {
    store.saveFetchState(r.fetched.url, { ...r.fetched, changed: true });
    return;
  }
  if ('known' in r) {
    if (r.why.startsWith('not modified')) store.saveFetchState(r.known, { changed: false });
    report({ state: 'unchanged', origin: r.known, reason: r.why });
    return;
  }
  if ('error' in r) {
    const origin = r.error.line === undefined ? r.error.file : `${r.error.file}:${r.error.line}`;
    store.recordFailure(origin, r.error.cause);
    report({ state: 'failed', origin, reason: r.error.cause });
    return;
  }
  if ('skip' in r) {
    store.recordSkipped(r.skip.file, r.skip.cause);
    report({ state: 'skipped', origin: r.skip.file, reason: r.skip.cause });
    return;
  }
  report(ingestArticle(store, r.article, r.lang, opts, fallbackDate));
}

/** The decision for one article read (see the top of this file). */
export function ingestArticle(store: Store, article: Article, declaredLang: string | undefined, opts: IngestOptions, fallbackDate: string): OutcomeReport {
  const clock = opts.clock ?? (() => performance.now());
  const origin = article.origin ?? article.id;
  const text = article.paragraphs.join('\n\n');
  const bodyHash = contentHash(text);
  const prior = store.priorOutcome(origin, bodyHash);
  if (prior) return { state: 'unchanged', origin, reason: `already stored as ${prior.status} (article ${prior.id})`, article: prior.id };
  const record: InputRecord = {
    origin, docId: article.id, bodyHash,
    ...(article.title ? { title: article.title } : {}), ...(article.published ? { published: article.published } : {}),
    ...(article.source ? { source: article.source } : {}), ...(article.url ? { url: article.url } : {}),
  };
  const fail = (reason: string): OutcomeReport => {
    store.recordFailure(origin, reason, record);
    return { state: 'failed', origin, reason };
  };
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) return fail(`body too long to code (${text.length} characters > ${maxChars} cap)`);
  // The annotator's time grows with the square of a run of characters without a space (20,000 dashes: seconds):
  // no prose has such runs (a long URL is a few hundred characters).
  const run = longestRunWithoutSpace(text);
  if (run > MAX_RUN) return fail(`not prose: ${run} characters without a space (more than ${MAX_RUN})`);

  const same = store.articleIdByHash(bodyHash);
  if (same !== null) {
    const reason = `same text as article ${same}`;
    const r = store.recordDuplicate(record, same, reason);
    return r.inserted ? { state: 'duplicate', origin, reason, article: same } : { state: 'unchanged', origin, reason, article: same };
  }

  const guess = detectLanguage(text);
  const declared = declaredLang?.split('-')[0];
  const lang = guess.lang ?? (declared && /^[a-z]{2,3}$/.test(declared) ? declared : null);
  record.language = lang;
  const languages = opts.languages ?? ['en'];
  if (lang && !languages.includes(lang)) {
    const reason = `not in ${languages.map(languageName).join(' or ')}: ${languageName(lang)} (${lang}${guess.lang ? '' : ', as declared'})`;
    store.recordSkipped(origin, reason, record);
    return { state: 'skipped', origin, reason };
  }

  const signature = opts.nearDuplicates === false ? undefined : signatureOf(text);
  if (signature) {
    const near = store.nearDuplicate(signature);
    if (near) {
      const reason = `near-duplicate of article ${near.article} (similarity ${near.jaccard.toFixed(2)}, containment ${near.containment.toFixed(2)})`;
      const r = store.recordDuplicate(record, near.article, reason);
      return r.inserted ? { state: 'duplicate', origin, reason, article: near.article } : { state: 'unchanged', origin, reason, article: near.article };
    }
  }

  const budget = opts.budgetMs ?? DEFAULT_CODE_BUDGET_MS;
  const started = clock();
  let doc;
  try {
    doc = processArticle(article, { ...opts.coding, fallbackDate });
  } catch (err) {
    return fail(`could not be coded: ${err instanceof Error ? err.message : String(err)}`);
  }
  const took = clock() - started;
  if (took > budget) return fail(`coding took ${Math.round(took)} ms, over the ${budget} ms budget`);
  let saved;
  try {
    // doc.text is the paragraphs joined as `text` is: the same hash.
    saved = store.saveDoc(doc, origin, { hash: doc.text === text ? bodyHash : contentHash(doc.text), language: lang, ...(signature ? { signature } : {}) });
  } catch (err) {
    // A row the store refuses (a constraint the coder broke): this article fails, the run goes on. A store that
    // cannot be written at all fails again on recording it, and that stops the run.
    return fail(`could not be stored: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!saved.inserted) return { state: 'unchanged', origin, reason: `already stored (article ${saved.articleId})`, article: saved.articleId };
  return { state: 'coded', origin, article: saved.articleId, events: doc.events.length };
}

/** The length of the longest run of characters without whitespace, in one linear scan. */
export function longestRunWithoutSpace(text: string): number {
  let max = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      if (run > max) max = run;
      run = 0;
    } else run++;
  }
  return Math.max(max, run);
}
