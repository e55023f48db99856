// read/html: a web page → an Article, with @mozilla/readability on linkedom (a fast DOM; jsdom is 10× slower and
// grows without bound in a loop). Title, date, publisher and language come from meta tags and JSON-LD; the body
// keeps its paragraphs (Readability's `textContent` glues them, so its article element is walked instead).
//
// Hostile pages are stopped before they cost more than linear time: scripts, styles and comments are cut out by
// scanning; markup nested deeper than a browser page ever is (Readability slows down steeply with depth) is refused
// with its reason; the caller caps the size.
import { Readability } from '@mozilla/readability';
import type { Article } from '../types.js';
import { parseDateline } from './dateline.js';
import { blockText, domDepth, markupDepth, parseHtmlDocument, stripMarkup, type DomDocument, type DomElement } from './dom.js';
import { normaliseSpace } from './paragraphs.js';

export interface HtmlOptions {
  /** `Article.id`. */
  id: string;
  /** `Article.origin`: the file or URL it was read from. */
  origin?: string;
  /** The page's address, when it was fetched (else the canonical link, if any, is used). */
  url?: string;
  /** Deepest element nesting read (default 160): deeper pages are refused. */
  maxDepth?: number;
}

export interface HtmlArticle {
  article: Article;
  /** The language the page declares (`<html lang>`, `og:locale`, JSON-LD `inLanguage`), as a lower-case tag. */
  lang?: string;
}

export const DEFAULT_MAX_HTML_DEPTH = 160;

/** Reads a page; returns why not when it has no article text or is built to be expensive. */
export function readHtml(html: string, opts: HtmlOptions): HtmlArticle | { cause: string } {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_HTML_DEPTH;
  const { html: stripped, jsonLd } = stripMarkup(html);
  const markup = onlyArticleMarkup(stripped);
  // The scan overcounts sloppy markup (unclosed <div>s), so it only stops what would choke the parser.
  const rough = markupDepth(markup, false, 4 * maxDepth);
  if (rough > 4 * maxDepth) return { cause: `HTML nested too deeply (more than ${4 * maxDepth} levels of elements)` };
  let document = parseHtmlDocument(markup);
  // A fragment without <html> (a saved snippet, a body alone): read as the body of a page.
  if (!document.documentElement) document = parseHtmlDocument(`<!doctype html><html><body>${markup}</body></html>`);
  const root = document.documentElement;
  if (!root) return { cause: 'no HTML document in the file' };
  const depth = domDepth(root, maxDepth);
  if (depth > maxDepth) return { cause: `HTML nested too deeply (more than ${maxDepth} levels of elements)` };

  const meta = pageMetadata(document, jsonLd);
  narrowToArticle(document);
  let parsed: ReturnType<Readability<DomElement>['parse']>;
  try {
    parsed = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true, // skips a pass over every element; classes are never read back
    }).parse();
  } catch (err) {
    return { cause: `page could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!parsed?.content) return { cause: 'no article text found in the page' };
  const { paragraphs, captions } = blockText(parsed.content);
  const title = clean(meta.title ?? parsed.title);
  // The title printed again as the first paragraph is not body text.
  if (title && paragraphs.length > 1 && sameText(paragraphs[0], title)) paragraphs.shift();
  // So is a dateline paragraph (`Saturday, January 5, 2019`): it is read as the date when the page gives none.
  const dateline = paragraphs.length > 1 ? parseDateline(paragraphs[0]) : null;
  if (dateline) paragraphs.shift();
  if (!paragraphs.length) return { cause: 'no article text found in the page' };

  const published = normaliseDate(meta.published) ?? normaliseDate(parsed.publishedTime ?? undefined) ?? dateline ?? undefined;
  const source = clean(meta.publisher ?? parsed.siteName ?? undefined);
  const url = opts.url ?? meta.url;
  const lang = languageTag(meta.lang ?? parsed.lang ?? undefined);
  const article: Article = {
    id: opts.id,
    ...(title ? { title } : {}),
    ...(meta.description && !sameText(meta.description, paragraphs[0]) ? { dek: clean(meta.description) } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    paragraphs,
    ...(captions.length ? { caption: captions.join('\n') } : {}),
    ...(opts.origin !== undefined ? { origin: opts.origin } : {}),
  };
  if (article.dek === undefined) delete article.dek;
  return lang ? { article, lang } : { article };
}

/** Whether text looks like an HTML page rather than plain text: it starts with a tag, a doctype or a comment. */
export function looksLikeHtml(head: string): boolean {
  const s = head.replace(/^\ufeff/, '').trimStart().slice(0, 1024).toLowerCase();
  if (!s.startsWith('<')) return false;
  return /^<(?:!doctype\s+html|html|head|body|meta|title|link|div|p|article|section|main|header|table|h[1-6]|!--|\?xml[^>]*>\s*<(?:!doctype\s+html|html))/.test(s);
}

// ---------------------------------------------------------------- metadata

interface PageMetadata {
  title?: string;
  description?: string;
  published?: string;
  publisher?: string;
  url?: string;
  lang?: string;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'dcterms.issued',
  'sailthru.date', 'article.published', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'originalpublicationdate',
];

/** Title, description, date, publisher, address and language from meta tags and JSON-LD (read before Readability
 * rewrites the document). */
function pageMetadata(document: DomDocument, jsonLd: string[]): PageMetadata {
  const metas = new Map<string, string>();
  const list = document.querySelectorAll('meta');
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const ld = articleJsonLd(jsonLd);
  const out: PageMetadata = {};
  const title = ld.headline ?? metas.get('og:title') ?? metas.get('twitter:title');
  if (title) out.title = title;
  const description = ld.description ?? metas.get('og:description') ?? metas.get('description');
  if (description) out.description = description;
  let published = ld.datePublished;
  for (const k of DATE_META) if (!published && metas.get(k)) published = metas.get(k);
  if (!published) {
    const time = document.querySelector('time[datetime]');
    published = time?.getAttribute('datetime') ?? undefined;
  }
  if (published) out.published = published;
  const publisher = ld.publisher ?? metas.get('og:site_name') ?? metas.get('application-name') ?? metas.get('publisher');
  if (publisher) out.publisher = publisher;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metas.get('og:url');
  if (canonical && /^https?:\/\//i.test(canonical)) out.url = canonical;
  const lang = document.documentElement?.getAttribute('lang') ?? metas.get('content-language') ?? ld.inLanguage ?? metas.get('og:locale');
  if (lang) out.lang = lang;
  return out;
}

interface ArticleLd {
  headline?: string;
  description?: string;
  datePublished?: string;
  publisher?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report|ScholarlyArticle|SocialMediaPosting)$/;

/** The first article-like object in the page's JSON-LD (in a list, an `@graph`, or alone). */
function articleJsonLd(scripts: string[]): ArticleLd {
  for (const src of scripts) {
    let value: unknown;
    try {
      value = JSON.parse(src.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const candidates: unknown[] = [];
    const queue: unknown[] = [value];
    // Breadth-first over lists and @graph, a bounded number of objects.
    while (queue.length && candidates.length < 200) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v.slice(0, 100));
      else if (v && typeof v === 'object') {
        candidates.push(v);
        const graph = (v as Record<string, unknown>)['@graph'];
        if (Array.isArray(graph)) queue.push(...graph.slice(0, 100));
      }
    }
    for (const c of candidates) {
      const o = c as Record<string, unknown>;
      const type = o['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
      const out: ArticleLd = {};
      const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
      const headline = str(o.headline) ?? str(o.name);
      if (headline) out.headline = headline;
      const description = str(o.description);
      if (description) out.description = description;
      const date = str(o.datePublished) ?? str(o.dateCreated);
      if (date) out.datePublished = date;
      const pub = o.publisher;
      const publisher = str(pub) ?? (pub && typeof pub === 'object' ? str((Array.isArray(pub) ? pub[0] : pub)?.name) : undefined);
      if (publisher) out.publisher = publisher;
      const lang = str(o.inLanguage);
      if (lang) out.inLanguage = lang;
      return out;
    }
  }
  return {};
}

/**
 * When the page marks exactly one article (`<article>`, or an element with `itemprop="articleBody"`), gives
 * Readability only that: the same text it would find, without scoring the navigation, the sidebars and the
 * footer (a third of its time on a typical page).
 */
function narrowToArticle(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  let only: DomElement | null = null;
  const articles = body.getElementsByTagName('article');
  if (articles.length === 1) only = articles[0];
  else if (articles.length === 0) {
    const marked = body.querySelectorAll('[itemprop="articleBody"]');
    if (marked.length === 1) only = marked[0];
  }
  if (!only || only === body) return;
  while (body.firstChild) body.removeChild(body.firstChild);
  body.appendChild(only);
}

/**
 * When the markup has exactly one `<article>` element, the head and that element alone (cut by scanning, before
 * parsing): the navigation, sidebars, comments and footer around a story are most of a news page, and neither
 * the parser nor Readability need to see them. Otherwise the markup as it is.
 */
export function onlyArticleMarkup(markup: string): string {
  const lower = markup.toLowerCase();
  const isTag = (at: number) => at >= 0 && !/[a-z0-9:_-]/.test(lower[at + 8] ?? '');
  let start = lower.indexOf('<article');
  while (start >= 0 && !isTag(start)) start = lower.indexOf('<article', start + 8);
  if (start < 0) return markup;
  let next = lower.indexOf('<article', start + 8);
  while (next >= 0 && !isTag(next)) next = lower.indexOf('<article', next + 8);
  if (next >= 0) return markup;
  const close = lower.lastIndexOf('</article');
  if (close < start) return markup;
  const end = lower.indexOf('>', close);
  const headEnd = lower.indexOf('</head>');
  const head = headEnd >= 0 && headEnd < start ? markup.slice(0, headEnd + 7) : '';
  return `${head}<body>${markup.slice(start, end < 0 ? markup.length : end + 1)}</body></html>`;
}

// ---------------------------------------------------------------- values

function clean(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const t = normaliseSpace(s);
  return t ? t.slice(0, 1000) : undefined;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string) => normaliseSpace(s).toLowerCase().replace(/[\s.!?:;,'"“”‘’]+$/g, '');
  return key(a) === key(b);
}

/** `en-GB` → `en-gb`; `en_US` → `en-us`; anything that is not a language tag → undefined. */
export function languageTag(s: string | undefined): string | undefined {
  const t = s?.trim().toLowerCase().replace(/_/g, '-');
  return t && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(t) ? t : undefined;
}

/**
 * A date as a page or a feed gives it, in the form an Article carries: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`
 * (an ISO date-time keeps its printed time, its zone dropped, like a dateline; an RFC 822 date as in RSS is read
 * in UTC). Undefined when it is not a date.
 */
export function normaliseDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim().slice(0, 100);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, sec] = iso;
    const day = new Date(Date.UTC(+y, +mo - 1, +d));
    if (day.getUTCMonth() !== +mo - 1 || +y < 1800 || +y > 2200) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}${sec !== undefined ? `:${sec}` : ''}`;
  }
  const dateline = parseDateline(t);
  if (dateline) return dateline;
  if (!/[a-z]{3}/i.test(t) || !/\d{4}/.test(t)) return undefined;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  if (d.getUTCFullYear() < 1800 || d.getUTCFullYear() > 2200) return undefined;
  const out = d.toISOString();
  return /T00:00:00/.test(out) && !/\d:\d\d/.test(t) ? out.slice(0, 10) : out.slice(0, 19);
}
