// `npm run bench` (first part): ingesting the 295 Wikinews articles as HTML pages — reading each file, extracting the
// story with Readability on linkedom, language, exact and near-duplicate checks, coding, and storing in SQLite — on
// one core, into a fresh database each pass. Also timed apart on the same pages: extraction alone, MinHash alone,
// and a rerun over the stored pages (everything already stored: read, hash, look up).
//   --seconds N   minimum seconds of ingest work (default 10): passes are repeated until reached
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/cli/ingester.js';
import { signatureOf } from '../src/dedup/minhash.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/types.js';
import { readInput } from '../src/read/input.js';
import { expandArgs } from '../src/read/sources.js';
import { openStore } from '../src/store/index.js';
import { newsPage, wikinewsRows, WIKINEWS } from '../test/ingest/corpus.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const minSeconds = arg('--seconds', 10);

let rows;
try {
  rows = wikinewsRows(process.env.DYAD_BENCH_CORPUS ?? WIKINEWS);
} catch (err) {
  console.error(`bench-ingest: cannot read the corpus: ${err instanceof Error ? err.message : err}`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
const pagesDir = join(dir, 'pages');
mkdirSync(pagesDir);
let pageBytes = 0;
rows.forEach((_, i) => {
  const html = newsPage(rows, i);
  pageBytes += Buffer.byteLength(html);
  writeFileSync(join(pagesDir, `${String(i).padStart(3, '0')}.html`), html);
});
const specs = await expandArgs([pagesDir]);
const opts = { published: '2020-01-01' };
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const tty = process.stderr.isTTY;

try {
  // Warm up: dictionaries, models, JIT (throwaway databases; the JIT goes on improving over the first passes).
  for (let w = 0; w < 2; w++) {
    const store = openStore(join(dir, `warm-${w}.db`));
    await ingest(store, specs, opts);
    store.close();
  }

  // The whole ingest, fresh database each pass.
  let passes = 0;
  let articles = 0;
  let coded = 0;
  let duplicate = 0;
  let skipped = 0;
  let failed = 0;
  let events = 0;
  let elapsed = 0;
  while (elapsed < minSeconds || passes === 0) {
    const path = join(dir, `pass-${passes}.db`);
    const store = openStore(path);
    const t0 = process.hrtime.bigint();
    const s = await ingest(store, specs, opts);
    elapsed += secs(t0);
    store.close();
    rmSync(path, { force: true });
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    passes++;
    articles += s.inputs;
    coded += s.coded;
    duplicate += s.duplicate;
    skipped += s.skipped;
    failed += s.failed;
    events += s.events;
    if (tty) process.stderr.write(`\rbench-ingest: pass ${passes}, ${elapsed.toFixed(1)} s`);
  }
  if (tty) process.stderr.write('\r\x1b[K');
  const perS = articles / elapsed;

  // Extraction alone: file → Article (read, decode, Readability, paragraphs, metadata).
  const texts: string[] = [];
  const extracted: Article[] = [];
  let t0 = process.hrtime.bigint();
  for (const s of specs) {
    if (s.kind !== 'file') continue;
    for await (const r of readInput(s.path)) {
      if (!('article' in r)) continue;
      texts.push(r.article.paragraphs.join('\n\n'));
      extracted.push(r.article);
    }
  }
  const extractMs = (secs(t0) * 1000) / specs.length;

  // The pipeline alone on the same articles, as many passes: what ingest adds is the difference.
  t0 = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) for (const a of extracted) processArticle(a, { fallbackDate: '2020-01-01' });
  const pipelinePerS = (extracted.length * passes) / secs(t0);
  const overheadMs = 1000 / perS - 1000 / pipelinePerS;

  // MinHash alone.
  t0 = process.hrtime.bigint();
  for (const t of texts) signatureOf(t);
  const minhashMs = (secs(t0) * 1000) / texts.length;

  // A rerun over a stored database: every page already stored.
  const path = join(dir, 'rerun.db');
  let store = openStore(path);
  await ingest(store, specs, opts);
  store.close();
  store = openStore(path);
  t0 = process.hrtime.bigint();
  const again = await ingest(store, specs, opts);
  const rerunPerS = again.inputs / secs(t0);
  store.close();

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`corpus: ${rows.length} Wikinews articles as HTML pages, ${(pageBytes / rows.length / 1024).toFixed(1)} KB each on average, ${passes} passes`);
  console.log(`per pass: ${coded / passes} coded, ${duplicate / passes} duplicate, ${skipped / passes} skipped, ${failed / passes} failed, ${events / passes} events`);
  console.log(`apart: extraction ${extractMs.toFixed(2)} ms/page, MinHash ${minhashMs.toFixed(2)} ms/article; rerun (all stored) ${rerunPerS.toFixed(0)} articles/s, ${again.unchanged} unchanged`);
  console.log(`pipeline alone on the extracted articles: ${pipelinePerS.toFixed(0)} articles/s; ingest adds ${overheadMs.toFixed(2)} ms/article (reading, extraction, language, dedup, storage)`);
  console.log(
    `bench-ingest: html_articles_per_s=${perS.toFixed(0)} pipeline_only_per_s=${pipelinePerS.toFixed(0)} ingest_overhead_ms=${overheadMs.toFixed(2)} ` +
      `extract_ms_per_page=${extractMs.toFixed(2)} minhash_ms=${minhashMs.toFixed(2)} rerun_articles_per_s=${rerunPerS.toFixed(0)} peak_rss_mb=${peakRssMb.toFixed(0)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
