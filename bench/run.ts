// `npm run bench`: throughput and memory of the whole pipeline on the Wikinews corpus, against a bare wink-nlp
// readDoc pass over the same text in the same run (the floor any wink-based coder stands on). One core.
//   --seconds N   minimum seconds of pipeline work (default 20): the corpus is repeated until reached
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../eval/sets.js';
import { processArticle } from '../src/pipeline.js';
import { wink } from '../src/annotate/annotate.js';
import type { Article } from '../src/types.js';
import { dictionary } from '../src/actors/dictionary.js';
import { defaultPatterns } from '../src/events/patterns.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const minSeconds = arg('--seconds', 20);
const corpus = process.env.DYAD_BENCH_CORPUS ?? join(SHARED, 'data/corpora/wikinews/docs.jsonl');

interface Row { id: string; text: string; title?: string; published?: string }
let rows: Row[];
try {
  rows = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
} catch (err) {
  console.error(`bench: cannot read the corpus ${corpus}: ${err instanceof Error ? err.message : err}`);
  process.exit(2);
}
const articles: Article[] = rows.map((r) => ({
  id: r.id, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}),
  paragraphs: r.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
}));
const chars = articles.reduce((n, a) => n + a.paragraphs.join('\n\n').length, 0);

// Loading the default dictionaries (actors, dyad's patterns and the imported CAMEO verb patterns), on their own.
const heap0 = process.memoryUsage().heapUsed;
const l0 = process.hrtime.bigint();
const actors = dictionary();
defaultPatterns();
const loadMs = Number(process.hrtime.bigint() - l0) / 1e6;
const loadHeapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;

// Warm up with one full pass of each (not measured): the model, the dictionaries' lazily indexed names, the JIT.
// What is measured is the steady state of a long run; the one-off start-up is reported on its own line.
const s0 = process.hrtime.bigint();
for (const a of articles) processArticle(a, { fallbackDate: '2020-01-01' });
const warmup = Number(process.hrtime.bigint() - s0) / 1e9;
const nlp = wink();
for (const a of articles) for (const p of a.paragraphs) nlp.readDoc(p);

let passes = 0;
let sentences = 0;
let events = 0;
let pipelineSeconds = 0;
let winkSeconds = 0;
// Pipeline and baseline alternate pass by pass, so that whatever else the machine does weighs on both alike.
while (pipelineSeconds < minSeconds || passes === 0) {
  const t0 = process.hrtime.bigint();
  for (const a of articles) {
    const doc = processArticle(a, { fallbackDate: '2020-01-01' });
    sentences += doc.sentences.length;
    events += doc.events.length;
  }
  const t1 = process.hrtime.bigint();
  for (const a of articles) for (const para of a.paragraphs) nlp.readDoc(para);
  const t2 = process.hrtime.bigint();
  pipelineSeconds += Number(t1 - t0) / 1e9;
  winkSeconds += Number(t2 - t1) / 1e9;
  passes++;
  if (process.stderr.isTTY) process.stderr.write(`\rbench: pass ${passes}, ${pipelineSeconds.toFixed(1)} s of pipeline`);
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

const n = articles.length * passes;
const articlesPerS = n / pipelineSeconds;
const winkPerS = n / winkSeconds;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`corpus: ${articles.length} Wikinews articles, ${(chars / articles.length).toFixed(0)} chars each on average, ${passes} passes`);
console.log(`load: default dictionaries in ${loadMs.toFixed(0)} ms, heap +${loadHeapMb.toFixed(1)} MB (${actors.countries.length} countries; name tries are built on first use)`);
console.log(`warm-up: first pass ${warmup.toFixed(2)} s (loading the model and dictionaries, JIT), not counted below`);
console.log(`pipeline: ${n} articles in ${pipelineSeconds.toFixed(2)} s, ${(sentences / passes).toFixed(0)} sentences and ${(events / passes).toFixed(0)} events per pass`);
console.log(`baseline wink-nlp readDoc: ${n} articles in ${winkSeconds.toFixed(2)} s (${winkPerS.toFixed(0)} articles/s)`);
console.log(`bench: articles_per_s=${articlesPerS.toFixed(0)} sentences_per_s=${(sentences / pipelineSeconds).toFixed(0)} ratio_to_wink=${(winkPerS / articlesPerS).toFixed(2)} peak_rss_mb=${peakRssMb.toFixed(0)} load_ms=${loadMs.toFixed(0)} load_heap_mb=${loadHeapMb.toFixed(0)}`);
