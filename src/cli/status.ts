// `dyad status`: what the database holds — inputs by final state, events, sources, the commonest reasons, and the
// URLs fetched (with their conditional-GET state).
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openStore } from '../store/index.js';
import { DEFAULT_DB } from './options.js';

export function statusCommand(): Command {
  return new Command('status')
    .description('count the stored inputs by state (coded, duplicate, skipped, failed), events, sources and fetched URLs')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'one JSON object on standard output')
    .action((o: { db: string; json?: boolean }) => {
      if (!existsSync(o.db)) throw new Error(`${o.db}: no such database (run 'dyad ingest' first, or give --db)`);
      const store = openStore(o.db);
      try {
        const counts = store.counts();
        const reasons = store.reasonCounts(20);
        const fetched = store.fetches();
        const inputs = counts.coded + counts.duplicate + counts.skipped + counts.failed;
        if (o.json) {
          process.stdout.write(`${JSON.stringify({ db: store.path, inputs, ...counts, reasons, fetched })}\n`);
          return;
        }
        const out: string[] = [
          store.path,
          `inputs     ${inputs}`,
          `  coded      ${counts.coded}`,
          `  duplicate  ${counts.duplicate}`,
          `  skipped    ${counts.skipped}`,
          `  failed     ${counts.failed}`,
          `events     ${counts.events} (of coded articles only: a duplicate's events are never counted twice)`,
          `sources    ${counts.sources} (documents behind the coded articles, their duplicates included)`,
        ];
        if (reasons.length) {
          out.push(`commonest reasons ('dyad failures --status all' lists every input):`);
          for (const r of reasons) out.push(`  ${String(r.n).padStart(6)}  ${r.status.padEnd(9)}  ${r.reason}`);
        }
        if (fetched.length) {
          out.push('fetched URLs:');
          for (const f of fetched) out.push(`  ${f.url}  fetched ${f.fetchedAt}${f.changedAt ? `, changed ${f.changedAt}` : ''}${f.etag ? `, ETag ${f.etag}` : ''}`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      } finally {
        store.close();
      }
    });
}
