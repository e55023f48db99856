// Test and bench material made from the shared Wikinews corpus: news pages as a site would serve them (navigation,
// sidebar, footer, scripts, meta tags, JSON-LD around the story), and many small distinct articles.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WikinewsRow {
  id: string;
  url?: string;
  published?: string;
  title?: string;
  text: string;
}

const ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
/** Where the shared data lives: $DYAD_SHARED, else ../shared beside the repository. */
export const SHARED = resolve(process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared'));
export const WIKINEWS = join(SHARED, 'data/corpora/wikinews/docs.jsonl');

export function wikinewsRows(file = WIKINEWS): WikinewsRow[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as WikinewsRow);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function paragraphsOfRow(row: WikinewsRow): string[] {
  return row.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const SECTIONS = ['World', 'Politics', 'Economy', 'Science', 'Health', 'Sport', 'Culture', 'Environment', 'Crime', 'Disasters'];

/** A news page around row `i`: what Readability has to find the story in. */
export function newsPage(rows: WikinewsRow[], i: number): string {
  const row = rows[i];
  const title = row.title ?? row.id;
  const paragraphs = paragraphsOfRow(row);
  const published = row.published ?? '2020-01-01';
  const url = row.url ?? `https://news.example/${row.id}`;
  const nav = SECTIONS.map((s) => `<li class="nav-item"><a href="/section/${s.toLowerCase()}">${s}</a></li>`).join('');
  const more = Array.from({ length: 8 }, (_, k) => rows[(i + 1 + k * 37) % rows.length])
    .map((r) => `<li><a href="/wiki/${encodeURIComponent(r.id)}">${escapeHtml(r.title ?? r.id)}</a></li>`)
    .join('');
  const body = paragraphs
    .map((p, k) => {
      const para = `<p>${escapeHtml(p)}</p>`;
      return k === 2 ? `${para}\n<figure class="photo"><img src="/img/${k}.jpg" alt=""><figcaption>File photo of the scene. Photo: Wikimedia Commons</figcaption></figure>` : para;
    })
    .join('\n');
  const ld = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${published}T09:00:00Z`,
    inLanguage: 'en', publisher: { '@type': 'Organization', name: 'Wikinews' }, mainEntityOfPage: url,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Wikinews, the free news source</title>
<meta name="description" content="${escapeHtml((paragraphs[1] ?? paragraphs[0] ?? '').slice(0, 150))}">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wikinews">
<meta property="article:published_time" content="${published}T09:00:00Z">
<link rel="canonical" href="${escapeHtml(url)}">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());
gtag('config', 'G-EXAMPLE'); var cmp = { consent: false, vendors: ["a", "b", "c"], render: function () { return "<div class='cmp'>We value your privacy</div>"; } };</script>
<style>body{font-family:Georgia,serif;margin:0}.site-header{background:#036;color:#fff}.nav-item{display:inline-block;padding:4px}
.layout{display:flex}.story{max-width:40em}.sidebar{width:18em}.ad{min-height:250px;background:#eee}</style>
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">Wikinews</a>
<nav class="main-nav" aria-label="Sections"><ul>${nav}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></header>
<div class="layout">
<main id="content">
<article class="story">
<header><h1 class="headline">${escapeHtml(title)}</h1>
<p class="byline">By Wikinews staff · <time datetime="${published}">${published}</time></p></header>
<div class="story-body">
${body}
</div>
<footer class="story-footer"><ul class="tags"><li><a href="/tag/world">World</a></li><li><a href="/tag/news">News</a></li></ul>
<div class="share">Share this article: <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a></div></footer>
</article>
<section class="comments"><h2>Comments</h2><p>Comments are closed for this article.</p></section>
</main>
<aside class="sidebar"><h2>Most read</h2><ol>${more}</ol><div class="ad">Advertisement</div>
<div class="newsletter"><h3>Newsletter</h3><p>Sign up to get the day's top stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div></aside>
</div>
<footer class="site-footer"><p>Content is available under Creative Commons Attribution 2.5 unless otherwise noted.</p>
<ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
<script src="/static/app.js" defer></script>
</body>
</html>
`;
}

/** Sentences of the corpus, unique, of a middling length. */
export function corpusSentences(rows: WikinewsRow[]): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    for (const p of paragraphsOfRow(r)) {
      for (const s of p.split(/(?<=[.!?])\s+(?=[A-Z])/)) if (s.length > 40 && s.length < 300) out.add(s);
    }
  }
  return [...out];
}

/**
 * `n` small distinct articles as JSONL lines (`{"id", "published", "text"}`): two sentences of the corpus each, the
 * pairs chosen so that no two articles share both.
 */
export function smallArticles(rows: WikinewsRow[], n: number, prefix = 'a'): string[] {
  const sentences = corpusSentences(rows);
  const m = sentences.length;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const first = sentences[i % m];
    const second = sentences[(i * 7919 + 13 + Math.floor(i / m) * 101) % m];
    const row = rows[i % rows.length];
    lines.push(JSON.stringify({ id: `${prefix}-${i}`, published: row.published ?? '2020-01-01', text: `${first} ${second}` }));
  }
  return lines;
}
