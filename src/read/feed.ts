// read/feed: RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one Article per item. An item's text is its full content
// (`content:encoded`, Atom `content`) or else its summary (`description`, `summary`), read as HTML into paragraphs;
// an item with no text is reported as such (the caller may fetch its link). Each item has a stable key (its guid
// or id, else its link) so that a feed read again yields only the items not seen before.
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';
import { blockText, markupDepth, parseHtmlDocument, parseXmlDocument, type DomElement } from './dom.js';
import { DEFAULT_MAX_HTML_DEPTH, languageTag, normaliseDate } from './html.js';
import { normaliseSpace, paragraphsOf, toLines } from './paragraphs.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface FeedItem {
  /** The item's key within its feed: guid or id, else link, else a hash of its title and date. */
  key: string;
  /** `feed origin#key`: where the item was read from. */
  origin: string;
  link?: string;
  title?: string;
  published?: string;
  /** The article, when the item carries text. */
  article?: Article;
  /** Why there is no article (`no text in the item`, …). */
  cause?: string;
}

export interface Feed {
  format: FeedFormat;
  title?: string;
  link?: string;
  lang?: string;
  items: FeedItem[];
}

export interface FeedOptions {
  /** The feed's file or URL: items are `origin#key`. */
  origin: string;
  /** At most this many items are read (default 10,000). */
  maxItems?: number;
}

const MAX_XML_DEPTH = 64;

/** Whether text is a feed: its root element (after an XML declaration, comments, a doctype) is rss, feed or RDF. */
export function looksLikeFeed(head: string): boolean {
  let s = head.replace(/^\ufeff/, '').slice(0, 4096);
  for (let k = 0; k < 20; k++) {
    s = s.trimStart();
    if (s.startsWith('<?') || s.startsWith('<!')) {
      const end = s.startsWith('<!--') ? s.indexOf('-->') + 3 : s.indexOf('>') + 1;
      if (end <= 0) return false;
      s = s.slice(end);
      continue;
    }
    return /^<(?:rss|feed|rdf:rdf)[\s>]/i.test(s);
  }
  return false;
}

/** Reads a feed's items; returns why not when the XML is not a feed or is built to be expensive. */
export function readFeed(xml: string, opts: FeedOptions): Feed | { cause: string } {
  const maxItems = opts.maxItems ?? 10_000;
  const depth = markupDepth(xml, true, MAX_XML_DEPTH);
  if (depth > MAX_XML_DEPTH) return { cause: `feed XML nested too deeply (more than ${MAX_XML_DEPTH} levels)` };
  let doc;
  try {
    doc = parseXmlDocument(xml);
  } catch (err) {
    return { cause: `not XML (${err instanceof Error ? err.message : String(err)})` };
  }
  const root = doc.documentElement;
  const rootName = root?.tagName.toLowerCase();
  if (!root || (rootName !== 'rss' && rootName !== 'feed' && rootName !== 'rdf:rdf')) {
    return { cause: 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)' };
  }
  const format: FeedFormat = rootName === 'feed' ? 'atom' : rootName === 'rss' ? 'rss' : 'rdf';
  const channel = format === 'atom' ? root : child(root, 'channel') ?? root;
  const feed: Feed = { format, items: [] };
  const title = text(child(channel, 'title'));
  if (title) feed.title = title;
  const link = format === 'atom' ? atomLink(channel) : text(child(channel, 'link'));
  if (link) feed.link = link;
  const lang = languageTag(text(child(channel, 'language')) ?? root.getAttribute('xml:lang') ?? undefined);
  if (lang) feed.lang = lang;

  const itemName = format === 'atom' ? 'entry' : 'item';
  // RSS 1.0 puts its items beside the channel, RSS 2.0 inside it.
  const holders = format === 'rdf' ? [root] : [channel];
  const seen = new Set<string>();
  for (const holder of holders) {
    const children = holder.children;
    for (let i = 0; i < children.length && feed.items.length < maxItems; i++) {
      const el = children[i];
      if (el.tagName.toLowerCase() !== itemName) continue;
      const item = readItem(el, format, feed, opts.origin, feed.items.length);
      // The same key twice in one feed: the first one stands.
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      feed.items.push(item);
    }
  }
  return feed;
}

function readItem(el: DomElement, format: FeedFormat, feed: Feed, feedOrigin: string, index: number): FeedItem {
  const title = text(child(el, 'title'), true);
  const link = format === 'atom' ? atomLink(el) : text(child(el, 'link')) ?? permalinkGuid(el);
  const guid = format === 'atom' ? text(child(el, 'id')) : text(child(el, 'guid')) ?? el.getAttribute('rdf:about') ?? undefined;
  const dateText =
    format === 'atom'
      ? text(child(el, 'published')) ?? text(child(el, 'updated')) ?? text(child(el, 'issued'))
      : text(child(el, 'pubdate')) ?? text(child(el, 'dc:date')) ?? text(child(el, 'a10:updated'));
  const published = normaliseDate(dateText);
  const key = guid ?? link ?? (title || published ? `sha256:${createHash('sha256').update(`${title ?? ''}\n${published ?? ''}`).digest('hex').slice(0, 32)}` : `item-${index + 1}`);
  const origin = `${feedOrigin}#${key}`;
  const item: FeedItem = { key, origin, ...(link ? { link } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}) };

  const body =
    format === 'atom'
      ? rawText(child(el, 'content')) ?? rawText(child(el, 'summary'))
      : rawText(child(el, 'content:encoded')) ?? rawText(child(el, 'description')) ?? rawText(child(el, 'content'));
  const read = body ? itemParagraphs(body) : { paragraphs: [] as string[] };
  if ('cause' in read) {
    item.cause = read.cause;
    return item;
  }
  if (!read.paragraphs.length) {
    item.cause = 'no text in the feed item';
    return item;
  }
  const source = text(child(el, 'source')) ?? text(child(el, 'dc:publisher')) ?? feed.title;
  item.article = {
    id: guid ?? link ?? `${feed.title ?? 'feed'}-${index + 1}`,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source: normaliseSpace(source).slice(0, 300) } : {}),
    ...(link ? { url: link } : {}),
    paragraphs: read.paragraphs,
    ...(read.captions?.length ? { caption: read.captions.join('\n') } : {}),
    origin,
  };
  return item;
}

/** An item's HTML (or plain) text as paragraphs. */
export function itemParagraphs(body: string): { paragraphs: string[]; captions?: string[] } | { cause: string } {
  if (!/<[a-z!/]/i.test(body)) return { paragraphs: paragraphsOf(toLines(body), false) };
  if (markupDepth(body, false, DEFAULT_MAX_HTML_DEPTH) > DEFAULT_MAX_HTML_DEPTH) {
    return { cause: `item HTML nested too deeply (more than ${DEFAULT_MAX_HTML_DEPTH} levels of elements)` };
  }
  const doc = parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`);
  if (!doc.body) return { paragraphs: [] };
  return blockText(doc.body);
}

// ---------------------------------------------------------------- XML helpers

function child(el: DomElement, name: string): DomElement | null {
  const children = el.children;
  for (let i = 0; i < children.length; i++) if (children[i].tagName.toLowerCase() === name) return children[i];
  return null;
}

/** The element's text, whitespace normalised (a title may hold escaped markup: `strip` removes its tags). */
function text(el: DomElement | null, strip = false): string | undefined {
  let t = el?.textContent ?? '';
  if (strip && t.includes('<')) t = t.replace(/<[^<>]{0,500}>/g, ' ');
  t = normaliseSpace(t);
  return t ? t : undefined;
}

/** The element's text as it is (HTML content of an item). */
function rawText(el: DomElement | null): string | undefined {
  const t = el?.textContent ?? '';
  return /\S/.test(t) ? t : undefined;
}

/** Atom: the `alternate` link (or the first link without a rel). */
function atomLink(el: DomElement): string | undefined {
  const children = el.children;
  let fallback: string | undefined;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.tagName.toLowerCase() !== 'link') continue;
    const href = c.getAttribute('href')?.trim();
    if (!href) continue;
    const rel = c.getAttribute('rel');
    if (rel === 'alternate') return href;
    if (!rel && !fallback) fallback = href;
  }
  return fallback;
}

/** RSS: a guid that is a permalink stands for the link. */
function permalinkGuid(el: DomElement): string | undefined {
  const g = child(el, 'guid');
  if (!g || g.getAttribute('ispermalink') === 'false' || g.getAttribute('isPermaLink') === 'false') return undefined;
  const t = text(g);
  return t && /^https?:\/\//i.test(t) ? t : undefined;
}
