// Hostile input: property-based tests (fast-check) over every reader, and a bounded fuzz run through the whole ingest
// path — random bytes, truncated and deeply nested HTML and feeds, a 100 MB single line, huge repetition, text that
// baits catastrophic regex backtracking. Nothing may throw or hang (each test has a time limit), and every input
// must end in exactly one state with a reason. The figures (inputs tried, outcomes) are printed as diagnostics.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ingest, type Outcome, type OutcomeReport } from '../../src/cli/ingester.js';
import { readFeed } from '../../src/read/feed.js';
import { decodeBytes } from '../../src/read/files.js';
import { readHtml } from '../../src/read/html.js';
import { readBytes, type InputFormat } from '../../src/read/input.js';
import { readJsonlText } from '../../src/read/jsonl.js';
import { detectLanguage } from '../../src/read/language.js';
import { expandArgs } from '../../src/read/sources.js';
import { readText } from '../../src/read/text.js';
import { openStore } from '../../src/store/index.js';
import { newsPage, wikinewsRows } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const rows = wikinewsRows();
const SEED = 20250406; // fixed: the same inputs every run (a failure names its counterexample)
const FORMATS: (InputFormat | undefined)[] = ['text', 'jsonl', 'html', 'feed', undefined];

// ---------------------------------------------------------------- arbitraries

const TAGS = ['html', 'head', 'body', 'div', 'p', 'span', 'article', 'main', 'section', 'b', 'i', 'a', 'ul', 'li', 'table', 'tr', 'td', 'h1', 'h2', 'figure', 'figcaption', 'script', 'style', 'br', 'img', 'meta', 'title', 'time', 'nav', 'footer'];
const TEXT = fc.oneof(
  fc.constantFrom('The minister said on Monday that talks would resume.', 'Russia accused Ukraine.', '&amp;', '&#x0;', '&nbsp;', '<', '>', ']]>', '<!--', '-->', '\u0000', '\ufeff', ' ', '\n\n'),
  fc.string({ maxLength: 40 }),
);
/** HTML-ish trees: nested tags, attributes, text, comments, CDATA, stray end tags. */
const { node: htmlNode } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('', ' class="story"', ' lang="fr"', ' itemprop="articleBody"', ' content="2020-01-01"', ' property="og:title" content="x"', ' datetime="bad"'), fc.boolean())
      .map(([tag, kids, attrs, close]) => `<${tag}${attrs}>${kids.join('')}${close ? `</${tag}>` : ''}`),
    fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '</div>', '</p></p>', '<!doctype html>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":', '<?xml version="1.0"?>'),
  ),
}));
const truncated = (s: fc.Arbitrary<string>) => fc.tuple(s, fc.nat()).map(([t, n]) => t.slice(0, t.length ? n % (t.length + 1) : 0));
/** Feed-ish XML: RSS or Atom shells around random items. */
const feedXml = fc.tuple(
  fc.constantFrom('rss', 'feed', 'rdf:RDF'),
  fc.array(fc.tuple(TEXT, htmlNode, fc.constantFrom('', 'Fri, 04 Jan 2019 10:00:00 GMT', '2020-13-45', 'not a date')), { maxLength: 6 }),
).map(([root, items]) => {
  const item = root === 'feed' ? 'entry' : 'item';
  const body = items.map(([t, html, d]) => `<${item}><title>${t}</title><guid>${t}</guid><pubDate>${d}</pubDate><description><![CDATA[${html}]]></description></${item}>`).join('');
  return `<?xml version="1.0"?><${root}>${root === 'rss' ? `<channel><title>T</title>${body}</channel>` : body}</${root}>`;
});
const pageSlices = fc.tuple(fc.nat(rows.length - 1), fc.nat()).map(([i, n]) => {
  const page = newsPage(rows, i);
  return page.slice(0, n % (page.length + 1));
});

// ---------------------------------------------------------------- properties

const tried: Record<string, number> = {};
const count = (what: string, n = 1) => (tried[what] = (tried[what] ?? 0) + n);

test('property: decodeBytes never throws, and gives text or a cause', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
      count('decodeBytes');
      const r = decodeBytes(bytes);
      assert.ok('text' in r ? typeof r.text === 'string' : r.cause.length > 0);
    }),
    { numRuns: 500, seed: SEED },
  );
});

test('property: readBytes in every format never throws; each result is an article or an error naming the input', () => {
  const bytesLike = fc.oneof(
    fc.uint8Array({ maxLength: 4096 }),
    htmlNode.map((s) => Buffer.from(s)),
    feedXml.map((s) => Buffer.from(s)),
    fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => Buffer.from(s, 'utf16le')),
    fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(`${JSON.stringify(v)}\n${JSON.stringify({ text: v })}\n`)),
  );
  fc.assert(
    fc.property(bytesLike, fc.constantFrom(...FORMATS), (bytes, format) => {
      count('readBytes');
      for (const r of readBytes(bytes, { name: 'input.bin', ...(format ? { format } : {}) })) {
        if ('error' in r) {
          assert.ok(r.error.file.startsWith('input.bin'), r.error.message);
          assert.ok(r.error.cause.length > 0);
        } else {
          assert.ok(r.article.paragraphs.length > 0);
          assert.ok(r.article.paragraphs.every((p) => typeof p === 'string' && p.trim() === p && p.length > 0));
        }
      }
    }),
    { numRuns: 1500, seed: SEED },
  );
});

test('property: readHtml on random and truncated markup never throws; paragraphs are clean text', () => {
  fc.assert(
    fc.property(fc.oneof(htmlNode, truncated(htmlNode), pageSlices), (html) => {
      count('readHtml');
      const r = readHtml(html, { id: 'x' });
      if ('article' in r) assert.ok(r.article.paragraphs.every((p) => p.length > 0 && !/\s\s/.test(p) && p.trim() === p));
      else assert.ok(r.cause.length > 0);
    }),
    { numRuns: 600, seed: SEED },
  );
});

test('property: readFeed on random and truncated feeds never throws; items have unique keys', () => {
  fc.assert(
    fc.property(fc.oneof(feedXml, truncated(feedXml)), (xml) => {
      count('readFeed');
      const f = readFeed(xml, { origin: 'f.xml' });
      if ('items' in f) assert.equal(new Set(f.items.map((i) => i.key)).size, f.items.length);
    }),
    { numRuns: 600, seed: SEED },
  );
});

test('property: readText and readJsonlText on arbitrary strings never throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (s) => {
      count('readText+readJsonlText');
      const a = readText(s, { id: 'x' });
      assert.ok(a.paragraphs.every((p) => p.length > 0 && p.trim() === p));
      for (const r of readJsonlText(s, 'x.jsonl')) assert.ok('article' in r || r.error.cause.length > 0);
      detectLanguage(s);
    }),
    { numRuns: 800, seed: SEED },
  );
});

// ---------------------------------------------------------------- the fuzz run, through ingest

const outcomes: Record<Outcome, number> = { coded: 0, duplicate: 0, skipped: 0, failed: 0, unchanged: 0 };
let fuzzInputs = 0;
/** Reasons of the inputs not coded, numbers and quoted details blanked, counted. */
const reasons = new Map<string, number>();
const noteReason = (o: OutcomeReport) => {
  if (o.state === 'coded' || !o.reason) return;
  const key = `${o.state}: ${o.reason.replace(/\(.*$/, '').replace(/\d+(\.\d+)?/g, 'N').replace(/ article N$/, ' article N').trim()}`;
  reasons.set(key, (reasons.get(key) ?? 0) + 1);
};

/** Ingests the files of a folder; checks that every file (or line, or item) ended in exactly one state. */
async function ingestFolder(name: string, files: Record<string, string | Buffer>, opts: { maxChars?: number } = {}): Promise<OutcomeReport[]> {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
  const store = openStore(join(dir, `${name}.db`));
  try {
    const seen: OutcomeReport[] = [];
    const s = await ingest(store, await expandArgs([folder]), { published: '2020-01-01', ...opts, onOutcome: (o) => seen.push(o) });
    for (const o of seen) {
      outcomes[o.state]++;
      noteReason(o);
      if (o.state !== 'coded') assert.ok(o.reason && o.reason.length > 0, `${o.origin}: ${o.state} without a reason`);
    }
    fuzzInputs += seen.length;
    const c = store.counts();
    assert.equal(c.coded + c.duplicate + c.skipped + c.failed, seen.filter((o) => o.state !== 'unchanged').length);
    assert.equal(s.inputs, seen.length);
    return seen;
  } finally {
    store.close();
  }
}

test('fuzz: random bytes, random markup and random feeds as files, through the whole ingest', { timeout: 300_000 }, async () => {
  const files: Record<string, string | Buffer> = {};
  const exts = ['txt', 'jsonl', 'html', 'rss', 'xml', ''];
  fc.sample(fc.uint8Array({ minLength: 1, maxLength: 3000 }), { numRuns: 120, seed: SEED }).forEach((b, i) => (files[`bytes-${i}.${exts[i % exts.length]}`] = Buffer.from(b)));
  fc.sample(fc.oneof(htmlNode, truncated(htmlNode)), { numRuns: 120, seed: SEED }).forEach((h, i) => (files[`markup-${i}.html`] = h));
  fc.sample(fc.oneof(feedXml, truncated(feedXml)), { numRuns: 60, seed: SEED }).forEach((x, i) => (files[`feed-${i}.rss`] = x));
  fc.sample(pageSlices, { numRuns: 60, seed: SEED }).forEach((p, i) => (files[`cut-${i}.html`] = p));
  fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2000 }), { numRuns: 60, seed: SEED }).forEach((s, i) => (files[`text-${i}.txt`] = s));
  const seen = await ingestFolder('random', files);
  const origins = new Set(seen.map((o) => o.origin.replace(/(:\d+|#.*)$/, '')));
  assert.equal(origins.size, Object.keys(files).length, 'every file gave at least one outcome');
});

test('fuzz: deep nesting, huge repetition and regex-backtracking bait end failed or coded, quickly', { timeout: 300_000 }, async () => {
  const deep = (open: string, close: string, n: number) => `<html><body>${open.repeat(n)}The minister said talks would resume.${close.repeat(n)}</body></html>`;
  const seen = await ingestFolder('bait', {
    'deep-div.html': deep('<div>', '</div>', 100_000),
    'deep-b.html': deep('<b>', '</b>', 100_000),
    'deep-unclosed.html': deep('<section><div>', '', 30_000),
    'deep-table.html': deep('<table><tr><td>', '</td></tr></table>', 20_000),
    'deep-moderate.html': deep('<div>', '</div>', 200),
    'deep-feed.rss': `<rss><channel>${'<x>'.repeat(50_000)}</channel></rss>`,
    'deep-json.jsonl': `${'['.repeat(100_000)}${']'.repeat(100_000)}\n{"text": ${'['.repeat(50_000)}"x"${']'.repeat(50_000)}}\n`,
    'deep-jsonld.html': `<html><head><script type="application/ld+json">${'{"@graph":['.repeat(20_000)}</script></head><body><p>The minister said talks would resume.</p></body></html>`,
    'repeat-words.txt': 'the '.repeat(1_000_000),
    'repeat-paragraphs.html': `<html><body>${'<p>Word.</p>'.repeat(50_000)}</body></html>`,
    'repeat-lines.txt': 'Talks resumed.\n'.repeat(200_000),
    'repeat-items.rss': `<rss><channel>${'<item><title>t</title><description>The minister spoke.</description></item>'.repeat(20_000)}</channel></rss>`,
    'bait-spaces.txt': `x${' '.repeat(1_000_000)}y`,
    'bait-trailer.txt': `Body text here.\n[source:${' '.repeat(500_000)}x`,
    'bait-trailer2.txt': `Body text here.\n[source: ${'a '.repeat(300_000)}]x`,
    'bait-hyphens.txt': `${'word-\n'.repeat(100_000)}end`,
    'bait-dateline.txt': `Jan 31, 2026 - ${'0'.repeat(100_000)}\n\nBody.`,
    'bait-caption.txt': `Photo: ${'a '.repeat(200_000)}\n\nBody.`,
    'bait-tags.html': `<html><body><p>${'<a'.repeat(200_000)}</p></body></html>`,
    'bait-comment.html': `<html><body><p>Story.</p><!--${'-'.repeat(500_000)}</body></html>`,
    'bait-script.html': `<html><body><p>Story.</p>${'<script'.repeat(100_000)}</body></html>`,
    'bait-entities.html': `<html><body><p>${'&amp;'.repeat(200_000)}</p></body></html>`,
    'bait-title.rss': `<rss><channel><item><title>${'<'.repeat(200_000)}</title><description>The minister spoke at length about the talks on Monday.</description></item></channel></rss>`,
    'bait-meta.html': `<html><head><meta charset="${'x'.repeat(100_000)}">${'<meta name="date" content="2020">'.repeat(10_000)}</head><body><p>Story told here.</p></body></html>`,
    'bait-date.html': `<html><head><meta property="article:published_time" content="${'9'.repeat(100_000)}"></head><body><p>Story told here.</p></body></html>`,
  }, { maxChars: 200_000 });
  // Each is either read (and coded, or failed with its reason), never a crash; the deepest pages are refused by name.
  const by = (f: string) => seen.find((o) => o.origin.endsWith(f));
  assert.match(by('deep-div.html')?.reason ?? '', /nested too deeply/);
  assert.match(by('deep-b.html')?.reason ?? '', /nested too deeply/);
  assert.match(by('deep-feed.rss')?.reason ?? '', /nested too deeply/);
  assert.match(by('repeat-words.txt')?.reason ?? '', /body too long to code/);
  // 200,000 characters without a space would hold the annotator for minutes: refused before coding.
  assert.match(by('bait-entities.html')?.reason ?? '', /^not prose: 200000 characters without a space/);
});

test('fuzz: a 100 MB single line as text, JSON Lines and HTML fails by size, in bounded memory', { timeout: 300_000 }, async () => {
  const folder = join(dir, 'huge');
  mkdirSync(folder);
  const file = join(folder, 'line.txt');
  const fd = openSync(file, 'w');
  const chunk = Buffer.from('{"text": "' + 'The minister said talks would resume. '.repeat(27_000));
  let written = 0;
  while (written < 100 * 1024 * 1024) written += writeSync(fd, chunk);
  closeSync(fd);
  linkSync(file, join(folder, 'line.jsonl'));
  linkSync(file, join(folder, 'line.html'));
  const rssBefore = process.memoryUsage().rss;
  const store = openStore(join(dir, 'huge.db'));
  const seen: OutcomeReport[] = [];
  try {
    await ingest(store, await expandArgs([folder]), { onOutcome: (o) => seen.push(o) });
  } finally {
    store.close();
  }
  const grown = (process.memoryUsage().rss - rssBefore) / (1024 * 1024);
  for (const o of seen) {
    outcomes[o.state]++;
    noteReason(o);
  }
  fuzzInputs += seen.length;
  assert.deepEqual(seen.map((o) => [o.origin.slice(folder.length + 1), o.state, o.reason]).sort(), [
    ['line.html', 'failed', 'file too large (100 MB > 10 MB cap)'],
    ['line.jsonl:1', 'failed', 'line too long (100 MB > 10 MB cap)'],
    ['line.txt', 'failed', 'file too large (100 MB > 50 MB cap)'],
  ]);
  assert.ok(grown < 100, `memory grew by ${grown.toFixed(0)} MB reading a 100 MB line`);
});

test('figures: inputs tried and their outcomes', () => {
  const props = Object.entries(tried).map(([k, v]) => `${k} ${v}`).join(', ');
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  const line = `hostile: property runs ${total} (${props}); fuzz inputs through ingest ${fuzzInputs}: ` +
    `${outcomes.coded} coded, ${outcomes.duplicate} duplicate, ${outcomes.skipped} skipped, ${outcomes.failed} failed, ${outcomes.unchanged} already stored; no crash, no hang`;
  console.log(line);
  const top = [...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} ${r}`);
  console.log(`hostile reasons: ${top.join('; ')}`);
  assert.ok(total > 0 && fuzzInputs > 0);
});
