// Reads the inputs a command names (files, folders, globs, `-`, URLs; text, JSON Lines, HTML, feeds), runs each
// article through the pipeline, and reports unreadable inputs on standard error without stopping: the loop of
// `dyad code` (which stores nothing; `dyad ingest` has its own loop, in ingester.ts).
import { type CodingOptions, processArticle, today } from '../pipeline.js';
import { expandArgs, readSources, type SourceOptions } from '../read/sources.js';
import { publishedOption } from '../read/text.js';
import type { Doc } from '../types.js';
import { DEFAULT_MAX_CHARS } from './ingester.js';
import { Progress } from './progress.js';

export interface RunSummary {
  articles: number;
  events: number;
  failures: { origin: string; reason: string }[];
}

export interface RunOptions extends SourceOptions {
  /** Called with each coded document. */
  onDoc: (doc: Doc) => void;
  /** Called with each input that could not be read or coded. */
  onFailure?: (origin: string, reason: string) => void;
  progressLabel?: string;
  /** Longest body coded, in characters (default 200,000). */
  maxChars?: number;
  /** The dictionaries and conventions to code with (default: dyad's own). */
  coding?: CodingOptions;
}

export async function runInputs(files: string[], opts: RunOptions): Promise<RunSummary> {
  const summary: RunSummary = { articles: 0, events: 0, failures: [] };
  const progress = new Progress(opts.progressLabel ?? 'coding');
  const fallbackDate = publishedOption(opts.published)?.slice(0, 10) ?? today();
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const fail = (origin: string, reason: string) => {
    summary.failures.push({ origin, reason });
    progress.log(`dyad: ${origin}: ${reason}`);
    opts.onFailure?.(origin, reason);
  };
  for await (const r of readSources(await expandArgs(files), opts)) {
    if ('error' in r) {
      fail(r.error.line === undefined ? r.error.file : `${r.error.file}:${r.error.line}`, r.error.cause);
      continue;
    }
    if ('skip' in r) {
      progress.log(`dyad: ${r.skip.file}: skipped: ${r.skip.cause}`);
      continue;
    }
    if (!('article' in r)) continue;
    const origin = r.article.origin ?? r.article.id;
    const chars = r.article.paragraphs.reduce((n, p) => n + p.length + 2, 0);
    if (chars > maxChars) {
      fail(origin, `body too long to code (${chars} characters > ${maxChars} cap)`);
      continue;
    }
    let doc: Doc;
    try {
      doc = processArticle(r.article, { ...opts.coding, fallbackDate });
    } catch (err) {
      fail(origin, `could not be coded: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    summary.articles++;
    summary.events += doc.events.length;
    opts.onDoc(doc);
    progress.tick();
  }
  progress.done();
  return summary;
}
