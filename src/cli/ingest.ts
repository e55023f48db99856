// `dyad ingest INPUT…`: read files, folders, globs, standard input and URLs (pages and feeds), and store every input
// in one final state — coded, duplicate, skipped or failed — one transaction per article. Re-ingesting stores
// nothing twice, and a rerun after a crash skips what is stored by its text's hash, before coding.
import { Command, InvalidArgumentError, Option } from 'commander';
import { MB } from '../read/files.js';
import { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS } from '../read/fetch.js';
import { estimateArticles, expandArgs, type InputSpec } from '../read/sources.js';
import { openStore, type Store, type StoreCounts } from '../store/index.js';
import { DEFAULT_CODE_BUDGET_MS, DEFAULT_MAX_CHARS, ingest, type IngestOptions, type IngestSummary, type OutcomeReport } from './ingester.js';
import { DEFAULT_DB, parseDay, parsePositive } from './options.js';
import { Progress } from './progress.js';
import { codingFor, withDictionaryOptions, type DictionaryOptions } from './dictionaries.js';

/** Options shared by `ingest` and `watch`. */
export interface IngestFlags extends DictionaryOptions {
  db: string;
  published?: string;
  json?: boolean;
  verbose?: boolean;
  followLinks: 'never' | 'missing' | 'always';
  timeout: number;
  maxBytes: number;
  maxRedirects: number;
  maxChars: number;
  budget: number;
  nearDuplicates: boolean;
  languages: string[];
}

/** `30s`, `15m`, `2h`, `500ms`, or a plain number of seconds → milliseconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a duration such as 30s, 15m or 2h, got '${value}'`);
  const n = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (!(n > 0)) throw new InvalidArgumentError(`expected a duration above zero, got '${value}'`);
  return Math.round(n);
}

/** `10MB`, `512KB`, `1GB` or a number of bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a size such as 10MB or 512KB, got '${value}'`);
  const n = Number(m[1]) * { b: 1, kb: 1024, mb: MB, gb: 1024 * MB }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  if (!(n >= 1)) throw new InvalidArgumentError(`expected a size above zero, got '${value}'`);
  return Math.floor(n);
}

function parseLanguages(value: string): string[] {
  const langs = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!langs.length || langs.some((l) => !/^[a-z]{2,3}$/.test(l))) throw new InvalidArgumentError(`expected ISO 639-1 codes such as en or en,fr, got '${value}'`);
  return langs;
}

/** Adds the options shared by `ingest` and `watch`. */
export function withIngestOptions(cmd: Command): Command {
  return withDictionaryOptions(cmd)
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for plain text with no dateline', parseDay)
    .option('--json', 'print a machine-readable summary on standard output (progress and messages stay on standard error)')
    .option('-v, --verbose', 'also name every skipped and duplicate input on standard error')
    .addOption(new Option('--follow-links <when>', "fetch a feed item's page: when the item has no text or only a summary (missing), always, or never").choices(['missing', 'always', 'never']).default('missing'))
    .addOption(new Option('--timeout <duration>', 'time limit for one HTTP exchange').argParser(parseDuration).default(DEFAULT_FETCH_TIMEOUT_MS, '20s'))
    .addOption(new Option('--max-bytes <size>', 'largest HTTP response read').argParser(parseSize).default(DEFAULT_FETCH_MAX_BYTES, '10MB'))
    .addOption(new Option('--max-redirects <n>', 'most redirects followed').argParser((v: string) => (v === '0' ? 0 : parsePositive(v))).default(DEFAULT_MAX_REDIRECTS))
    .addOption(new Option('--max-chars <n>', 'longest article body coded, in characters (longer ones fail)').argParser(parsePositive).default(DEFAULT_MAX_CHARS))
    .addOption(new Option('--budget <duration>', 'time one article may take to read or code (slower ones fail)').argParser(parseDuration).default(DEFAULT_CODE_BUDGET_MS, '10s'))
    .option('--no-near-duplicates', 'find only exact duplicates (same text), not near ones (MinHash)')
    .addOption(new Option('--languages <codes>', 'languages coded (ISO 639-1, comma-separated); articles in others are skipped').argParser(parseLanguages).default(['en'], 'en'));
}

/** IngestOptions from the parsed flags. */
export function ingestOptions(o: IngestFlags): IngestOptions {
  return {
    coding: codingFor(o),
    ...(o.published ? { published: o.published } : {}),
    followLinks: o.followLinks,
    fetch: { timeoutMs: o.timeout, maxBytes: o.maxBytes, maxRedirects: o.maxRedirects },
    maxHtmlBytes: Math.max(o.maxBytes, 1),
    maxChars: o.maxChars,
    budgetMs: o.budget,
    nearDuplicates: o.nearDuplicates,
    languages: o.languages,
  };
}

/** Prints each outcome worth naming on standard error: failures always, skips and duplicates with --verbose. */
export function outcomePrinter(progress: Progress, verbose: boolean): (o: OutcomeReport) => void {
  return (o) => {
    if (o.state === 'failed') progress.log(`dyad: ${o.origin}: ${o.reason}`);
    else if (verbose && (o.state === 'skipped' || o.state === 'duplicate')) progress.log(`dyad: ${o.origin}: ${o.state}: ${o.reason}`);
  };
}

/** Stops a run after the article in hand on Ctrl-C or SIGTERM (a second one ends the process at once). */
export function stopOnSignal(): { requested: () => boolean; dispose: () => void } {
  let stop = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write(`\ndyad: ${signal}: stopping after the current article (again to quit now)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    requested: () => stop,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export function summaryJson(db: string, s: IngestSummary, totals: StoreCounts): Record<string, unknown> {
  return {
    db, inputs: s.inputs, coded: s.coded, duplicate: s.duplicate, skipped: s.skipped, failed: s.failed,
    unchanged: s.unchanged, events_stored: s.events, stopped: s.stopped, failures: s.failures, skips: s.skips, totals,
  };
}

export function summaryLine(db: string, s: IngestSummary, totals: StoreCounts): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return (
    `${s.stopped ? 'stopped after' : 'ingested'} ${plural(s.inputs, 'input')} into ${db}: ${s.coded} coded (${plural(s.events, 'event')}), ` +
    `${s.duplicate} duplicate, ${s.skipped} skipped, ${s.failed} failed, ${s.unchanged} already stored; ` +
    `database now holds ${plural(totals.coded, 'coded article')} (${plural(totals.sources, 'source')}) and ${plural(totals.events, 'event')}` +
    (totals.failed ? `; 'dyad failures --db ${db}' lists ${plural(totals.failed, 'failure')}` : '')
  );
}

/** Runs one ingest over the given specs with a progress bar; prints the outcomes, returns the summary. */
export async function runIngest(
  store: Store, specs: InputSpec[], o: IngestFlags, label = 'ingesting', stop?: () => boolean,
): Promise<IngestSummary> {
  const progress = new Progress(label);
  if (progress.on) progress.setTotal(await estimateArticles(specs));
  const signals = stop ? null : stopOnSignal();
  try {
    return await ingest(store, specs, {
      ...ingestOptions(o),
      progress,
      onOutcome: outcomePrinter(progress, Boolean(o.verbose)),
      stopRequested: stop ?? signals!.requested,
    });
  } finally {
    signals?.dispose();
    progress.done();
  }
}

export function ingestCommand(): Command {
  return withIngestOptions(
    new Command('ingest')
      .description('read, code and store articles: every input ends coded, duplicate, skipped or failed (with the reason)')
      .argument('<inputs...>', 'files (text, JSON Lines, HTML, RSS/Atom), folders (read recursively), globs, - for standard input, http(s) URLs of pages or feeds'),
  ).action(async (inputs: string[], o: IngestFlags) => {
    const store = openStore(o.db);
    try {
      const specs = await expandArgs(inputs);
      const s = await runIngest(store, specs, o);
      const totals = store.counts();
      if (o.json) process.stdout.write(`${JSON.stringify(summaryJson(o.db, s, totals))}\n`);
      else process.stderr.write(`${summaryLine(o.db, s, totals)}\n`);
      // Non-zero when nothing at all could be read: every input failed.
      if (s.inputs > 0 && s.failed === s.inputs) process.exitCode = 1;
      if (s.stopped) process.exitCode = 130;
    } finally {
      store.close();
    }
  });
}
