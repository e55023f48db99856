// `dyad events`: query the stored events (a table, --json lines or --csv).
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { contractEvent } from '../contract.js';
import { openStore, toCodedEvent } from '../store/index.js';
import { DEFAULT_DB, parseDateBound, parsePositive } from './options.js';
import { renderRows } from './table.js';

const CSV_COLUMNS = [
  'article', 'published', 'date_start', 'date_end', 'date_precision', 'source_code', 'source_country', 'cameo', 'root',
  'quad_class', 'goldstein', 'plover_event', 'target_code', 'target_country', 'modality', 'sentence', 'url',
] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsCommand(): Command {
  return new Command('events')
    .description('list stored events, filtered by actor, target, date, code and modality')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--actor <code>', 'source: a country (RUS) or an actor code prefix (RUSGOV)')
    .option('--target <code>', 'target: a country or an actor code prefix')
    .option('--since <date>', 'events whose date interval reaches on or after this date (YYYY[-MM[-DD]])', parseDateBound)
    .option('--until <date>', 'events whose date interval starts on or before this date', parseDateBound)
    .option('--root <rr>', 'CAMEO root code (01–20)')
    .option('--cameo <code>', 'CAMEO code and its sub-codes')
    .addOption(new Option('--modality <m>', 'which modality').choices(['asserted', 'negated', 'hypothetical', 'future', 'all']).default('asserted'))
    .option('--limit <n>', 'at most this many events', parsePositive)
    .option('--json', 'one JSON event per line (the contract, plus article fields)')
    .option('--csv', 'CSV with a header row')
    .action((o: {
      db: string; actor?: string; target?: string; since?: string; until?: string; root?: string; cameo?: string;
      modality: 'asserted' | 'negated' | 'hypothetical' | 'future' | 'all'; limit?: number; json?: boolean; csv?: boolean;
    }) => {
      if (!existsSync(o.db)) throw new Error(`${o.db}: no such database (run 'dyad ingest' first, or give --db)`);
      const store = openStore(o.db);
      try {
        const rows = store.queryEvents({
          ...(o.actor ? { actor: o.actor.toUpperCase() } : {}), ...(o.target ? { target: o.target.toUpperCase() } : {}),
          ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}), ...(o.root ? { root: o.root } : {}),
          ...(o.cameo ? { cameo: o.cameo } : {}), modality: o.modality, ...(o.limit ? { limit: o.limit } : {}),
        });
        const out = process.stdout;
        if (o.json) {
          for (const row of rows) {
            const e = contractEvent(toCodedEvent(row));
            out.write(`${JSON.stringify({ article: { id: row.article_doc_id, title: row.article_title, published: row.article_published, url: row.article_url }, ...e })}\n`);
          }
        } else if (o.csv) {
          out.write(`${CSV_COLUMNS.join(',')}\n`);
          for (const r of rows) {
            const rec: Record<(typeof CSV_COLUMNS)[number], unknown> = {
              article: r.article_doc_id, published: r.article_published, date_start: r.date_start, date_end: r.date_end,
              date_precision: r.date_precision, source_code: r.source_code, source_country: r.source_country, cameo: r.cameo,
              root: r.root, quad_class: r.quad_class, goldstein: r.goldstein, plover_event: r.plover_event,
              target_code: r.target_code, target_country: r.target_country, modality: r.modality, sentence: r.sentence, url: r.article_url,
            };
            out.write(`${CSV_COLUMNS.map((c) => csvCell(rec[c])).join(',')}\n`);
          }
        } else {
          out.write(renderRows(rows.map((r) => ({
            date: r.date_start === r.date_end ? r.date_start : `${r.date_start}/${r.date_end}`,
            source: r.source_code, cameo: r.cameo, plover: r.plover_event, target: r.target_code ?? '-', modality: r.modality,
            evidence: r.sentence.replace(/\s+/g, ' ').slice(0, 90),
          }))));
          process.stderr.write(`${rows.length} event${rows.length === 1 ? '' : 's'}\n`);
        }
      } finally {
        store.close();
      }
    });
}
