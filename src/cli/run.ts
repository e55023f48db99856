// Reads the inputs a command names, runs each article through the pipeline, and reports unreadable inputs
// on standard error without stopping: the shared loop of `code` and `ingest`.
import { readInput, type ReadOptions } from '../read/input.js';
import { publishedOption } from '../read/text.js';
import { processArticle, today } from '../pipeline.js';
import type { Doc } from '../types.js';
import { Progress } from './progress.js';

export interface RunSummary {
  articles: number;
  events: number;
  failures: { origin: string; reason: string }[];
}

export interface RunOptions extends ReadOptions {
  /** Called with each coded document. */
  onDoc: (doc: Doc) => void;
  /** Called with each input that could not be read or coded. */
  onFailure?: (origin: string, reason: string) => void;
  progressLabel?: string;
}

export async function runInputs(files: string[], opts: RunOptions): Promise<RunSummary> {
  const summary: RunSummary = { articles: 0, events: 0, failures: [] };
  const progress = new Progress(opts.progressLabel ?? 'coding');
  const fallbackDate = publishedOption(opts.published)?.slice(0, 10) ?? today();
  const fail = (origin: string, reason: string) => {
    summary.failures.push({ origin, reason });
    process.stderr.write(`dyad: ${origin}: ${reason}\n`);
    opts.onFailure?.(origin, reason);
  };
  for (const file of files) {
    let results: AsyncGenerator<Awaited<ReturnType<typeof readInput> extends AsyncGenerator<infer R> ? R : never>>;
    try {
      results = readInput(file, opts);
      for await (const r of results) {
        if ('error' in r) {
          const where = r.error.line === undefined ? r.error.file : `${r.error.file}:${r.error.line}`;
          fail(where, r.error.cause);
          continue;
        }
        const origin = r.article.origin ?? file;
        let doc: Doc;
        try {
          doc = processArticle(r.article, { fallbackDate });
        } catch (err) {
          fail(origin, `could not be coded: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        summary.articles++;
        summary.events += doc.events.length;
        opts.onDoc(doc);
        progress.tick();
      }
    } catch (err) {
      if (err instanceof RangeError) throw err;
      fail(file, err instanceof Error ? err.message : String(err));
    }
  }
  progress.done();
  return summary;
}
