// `dyad ingest FILE…`: code articles and store them in SQLite (one transaction per article; re-ingesting the
// same content stores nothing twice).
import { Command } from 'commander';
import { openStore } from '../store/index.js';
import { DEFAULT_DB, parseDay } from './options.js';
import { runInputs } from './run.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('code articles and store articles, events, mentions and times in a SQLite database')
    .argument('<files...>', 'plain-text articles or JSONL files')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--published <date>', 'publication date (YYYY-MM-DD) for plain text with no dateline', parseDay)
    .option('--json', 'print a machine-readable summary on standard output')
    .action(async (files: string[], o: { db: string; published?: string; json?: boolean }) => {
      const store = openStore(o.db);
      let stored = 0;
      let already = 0;
      let storedEvents = 0;
      try {
        const summary = await runInputs(files, {
          ...(o.published ? { published: o.published } : {}),
          progressLabel: 'ingesting',
          onDoc: (doc) => {
            const r = store.saveDoc(doc);
            if (r.inserted) { stored++; storedEvents += doc.events.length; } else already++;
          },
          onFailure: (origin, reason) => store.recordFailure(origin, reason),
        });
        const counts = store.counts();
        const result = {
          db: o.db, articles: summary.articles, stored, already_stored: already, events_stored: storedEvents,
          failed: summary.failures.length, failures: summary.failures, totals: counts,
        };
        if (o.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stderr.write(
            `ingested ${summary.articles} article${summary.articles === 1 ? '' : 's'} into ${o.db}: ` +
            `${stored} new (${storedEvents} events), ${already} already stored, ${summary.failures.length} failed; ` +
            `database now holds ${counts.coded} coded articles and ${counts.events} events\n`);
        }
        if (summary.articles === 0) process.exitCode = 1;
      } finally {
        store.close();
      }
    });
}
