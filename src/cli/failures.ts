// `dyad failures`: the inputs that were not coded, each with its reason (failed by default; skipped, duplicate, all).
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { openStore } from '../store/index.js';
import { DEFAULT_DB, parsePositive } from './options.js';

export function failuresCommand(): Command {
  return new Command('failures')
    .description('list the inputs that failed (or were skipped, or are duplicates), newest first, with the reason')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--status <state>', 'which inputs').choices(['failed', 'skipped', 'duplicate', 'all']).default('failed'))
    .option('--limit <n>', 'at most this many', parsePositive)
    .option('--json', 'one JSON object per line on standard output')
    .action((o: { db: string; status: 'failed' | 'skipped' | 'duplicate' | 'all'; limit?: number; json?: boolean }) => {
      if (!existsSync(o.db)) throw new Error(`${o.db}: no such database (run 'dyad ingest' first, or give --db)`);
      const store = openStore(o.db);
      try {
        const rows = store.outcomes({ status: o.status, ...(o.limit ? { limit: o.limit } : {}) });
        if (o.json) {
          for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
          return;
        }
        for (const r of rows) {
          const state = o.status === 'all' ? `${r.status}\t` : '';
          const link = r.duplicate_of !== null ? ` → article ${r.duplicate_of}` : '';
          process.stdout.write(`${state}${r.origin ?? '(unknown)'}\t${r.reason ?? ''}${link}\n`);
        }
        process.stderr.write(`${rows.length} ${o.status === 'all' ? 'not coded' : o.status}\n`);
      } finally {
        store.close();
      }
    });
}
