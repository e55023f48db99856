// read/input: one file, or bytes from standard input or the network → articles. Chooses the reader by extension or
// content (plain text, JSON Lines, an HTML page, an RSS/Atom feed) and turns every problem with an input into an
// InputError that names the file (and line), so one bad file or line does not stop the others.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, type ReadResult } from './errors.js';
import { readFeed, looksLikeFeed } from './feed.js';
import { MB, byteOrderMark, decodeBytes, fsCause, overCap, readHead } from './files.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readJsonl, readJsonlText } from './jsonl.js';
import { publishedOption, readText } from './text.js';

export { InputError, type ReadResult } from './errors.js';

export interface ReadOptions {
  /** Publication date for texts without a dateline (`--published YYYY-MM-DD`). */
  published?: string;
  /** Largest plain-text file read (default 50 MB). JSONL files are streamed whatever their size. */
  maxTextBytes?: number;
  /** Largest HTML page or feed read (default 10 MB). */
  maxHtmlBytes?: number;
  /** Largest single JSONL line (default 10 MB). */
  maxLineBytes?: number;
  /** Skip the choice by extension and content. */
  format?: InputFormat;
  /** Milliseconds one page or feed may take to read (parse and extract); a slower one is an error (default 10,000). */
  budgetMs?: number;
}

export const DEFAULT_READ_BUDGET_MS = 10_000;

export type InputFormat = 'text' | 'jsonl' | 'html' | 'feed';

export const DEFAULT_MAX_TEXT_BYTES = 50 * MB;
export const DEFAULT_MAX_HTML_BYTES = 10 * MB;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.rdf', '.xml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** Extensions read when a folder is walked; other files in a folder are skipped, with that reason. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set([
  ...JSONL_EXTENSIONS, ...HTML_EXTENSIONS, ...FEED_EXTENSIONS, ...TEXT_EXTENSIONS,
]);

/** How much of a file is read to tell its format by content. */
const SNIFF_FORMAT_BYTES = 64 * 1024;

/**
 * Reads one file into articles: a JSONL file gives one result per non-blank line, a feed one per item, any other
 * file one article. Never throws for bad input: each problem is yielded as `{error}` (a bad `opts.published` is a
 * usage error and throws a RangeError).
 */
export async function* readInput(file: string, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const published = publishedOption(opts.published);
  const format = opts.format ?? (await inputFormat(file));
  if (format === 'jsonl') {
    yield* readJsonl(file, opts.maxLineBytes === undefined ? {} : { maxLineBytes: opts.maxLineBytes });
    return;
  }
  if (path.extname(file).toLowerCase() === '.json') {
    yield fail(file, 'JSON that is not JSON Lines: give one {"id", "text"} object per line, in a .jsonl file');
    return;
  }
  const cap = format === 'text' ? opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES : opts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  const bytes = await readCapped(file, cap);
  if ('cause' in bytes) {
    yield fail(file, bytes.cause);
    return;
  }
  yield* readBytes(bytes.bytes, { name: file, format, ...(published ? { published } : {}), ...(opts.budgetMs ? { budgetMs: opts.budgetMs } : {}) });
}

export interface BytesOptions {
  /** The file, URL or `stdin`: names the input in errors; the article id is its base name. */
  name: string;
  /** The format, if known; else told by content. */
  format?: InputFormat;
  /** The HTTP Content-Type, if fetched: its charset is used for bytes that are not UTF-8. */
  contentType?: string;
  /** The page's address (for fetched pages). */
  url?: string;
  /** Publication date for plain text with no dateline. */
  published?: string;
  maxLineBytes?: number;
  /** See ReadOptions.budgetMs. */
  budgetMs?: number;
}

/**
 * Reads bytes already in memory (standard input, a fetched page or feed) into articles. Never throws: a reader
 * that breaks on some input gives an error naming the input and what broke.
 */
export function* readBytes(bytes: Uint8Array, opts: BytesOptions): Generator<ReadResult> {
  let results: ReadResult[];
  try {
    results = [...readBytesUnguarded(bytes, opts)];
  } catch (err) {
    if (err instanceof RangeError && /^published:/.test(err.message)) throw err;
    results = [fail(opts.name, `could not be read (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)})`.slice(0, 500))];
  }
  yield* results;
}

function* readBytesUnguarded(bytes: Uint8Array, opts: BytesOptions): Generator<ReadResult> {
  const name = opts.name;
  const format = opts.format ?? formatOfContent(bytes, opts.contentType);
  const decoded = decodeBytes(bytes, { declared: declaredCharset(bytes, opts.contentType, format) });
  if ('cause' in decoded) {
    yield fail(name, decoded.cause);
    return;
  }
  const text = decoded.text;
  if (!/\S/.test(text)) {
    yield fail(name, 'empty file (only whitespace)');
    return;
  }
  const id = idOf(name);
  switch (format) {
    case 'jsonl':
      yield* readJsonlText(text, name, opts.maxLineBytes);
      return;
    case 'html': {
      const started = performance.now();
      const r = readHtml(text, { id, origin: name, ...(opts.url ? { url: opts.url } : {}) });
      const ms = performance.now() - started;
      const budget = opts.budgetMs ?? DEFAULT_READ_BUDGET_MS;
      if ('cause' in r) yield fail(name, r.cause);
      else if (ms > budget) yield fail(name, `reading the page took ${Math.round(ms)} ms, over the ${budget} ms budget`);
      else {
        if (!r.article.published && opts.published) r.article.published = opts.published;
        yield r;
      }
      return;
    }
    case 'feed': {
      const feed = readFeed(text, { origin: name });
      if ('cause' in feed) {
        yield fail(name, feed.cause);
        return;
      }
      if (!feed.items.length) yield fail(name, 'feed has no items');
      for (const item of feed.items) {
        if (item.article) yield { article: item.article, ...(feed.lang ? { lang: feed.lang } : {}) };
        else yield { error: new InputError(item.origin, item.cause ?? 'no text in the feed item') };
      }
      return;
    }
    default: {
      const article = readText(text, { id, origin: name, ...(opts.published ? { published: opts.published } : {}) });
      if (!article.paragraphs.length) yield fail(name, 'no body text (only a header)');
      else yield { article };
    }
  }
}

/** The format of a file: by extension (`.jsonl`, `.html`, `.rss`, …), else by its first bytes. */
export async function inputFormat(file: string): Promise<InputFormat> {
  const ext = path.extname(file).toLowerCase();
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  let head: Buffer;
  try {
    head = await readHead(file, SNIFF_FORMAT_BYTES);
  } catch {
    return 'text'; // the text reader says what is wrong with it
  }
  const format = formatOfContent(head);
  // `.xml` that is not a feed is read as a page (XHTML); `.txt` is text whatever it starts with, unless JSONL.
  if (FEED_EXTENSIONS.has(ext) && format !== 'feed') return 'html';
  if (TEXT_EXTENSIONS.has(ext) && format !== 'jsonl') return 'text';
  return format;
}

/**
 * The format of bytes by content: a feed's root element, an HTML tag or doctype, a first line that is a JSON object
 * with a "text"; else plain text. A Content-Type naming a feed, HTML or JSON Lines is believed first.
 */
export function formatOfContent(bytes: Uint8Array, contentType?: string): InputFormat {
  const ct = (contentType ?? '').toLowerCase();
  const head = headText(bytes);
  if (/\b(?:rss|atom)\+xml\b/.test(ct)) return 'feed';
  if (/\bjsonl\b|\bndjson\b|x-ndjson/.test(ct)) return 'jsonl';
  if (looksLikeFeed(head)) return 'feed';
  if (/\bhtml\b/.test(ct) || looksLikeHtml(head)) return 'html';
  if (looksLikeJsonl(head, bytes.length <= SNIFF_FORMAT_BYTES)) return 'jsonl';
  return 'text';
}

/** The first bytes as text, whatever the encoding (enough to sniff the format). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_FORMAT_BYTES);
  const bom = byteOrderMark(head);
  if (bom && bom.encoding !== 'utf-8') {
    return new TextDecoder(bom.encoding).decode(head.subarray(bom.length, bom.length + ((head.length - bom.length) & ~1)));
  }
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
}

/** A first line that is a JSON object with a "text" field. */
function looksLikeJsonl(head: string, whole: boolean): boolean {
  const text = head.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return false;
  const end = text.indexOf('\n', start);
  if (end < 0 && !whole) return false;
  try {
    const first: unknown = JSON.parse(text.slice(start, end < 0 ? undefined : end));
    return typeof first === 'object' && first !== null && 'text' in first;
  } catch {
    return false;
  }
}

/** The charset declared for bytes: the HTTP header, else `<meta charset>` or `<?xml encoding?>` in the head. */
function declaredCharset(bytes: Uint8Array, contentType: string | undefined, format: InputFormat): string | undefined {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  if (format !== 'html' && format !== 'feed') return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  return (
    /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  );
}

/**
 * A file's bytes, or why not (missing, a directory, empty, over the cap). Read synchronously: one file at a time is
 * all a single-threaded coder can use, and an await per file leaves the core idle while the thread pool reads.
 */
async function readCapped(file: string, cap: number): Promise<{ bytes: Buffer } | { cause: string }> {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { cause: 'is a directory' };
    if (!st.isFile()) return { cause: 'not a regular file' };
    size = st.size;
  } catch (err) {
    return { cause: fsCause(err) };
  }
  if (size === 0) return { cause: 'empty file' };
  if (size > cap) return { cause: overCap('file too large', size, cap) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { cause: fsCause(err) };
  }
  if (bytes.length > cap) return { cause: overCap('file too large', bytes.length, cap) }; // grew since stat
  return { bytes };
}

/** `docs/oslo-talks.txt` → `oslo-talks`; `https://x.org/news/oslo-talks.html?p=1` → `oslo-talks`. */
export function idOf(name: string): string {
  if (/^https?:\/\//i.test(name)) {
    try {
      const u = new URL(name);
      const last = u.pathname.split('/').filter(Boolean).pop();
      return last ? path.parse(decodeURIComponent(last)).name || last : u.hostname;
    } catch {
      return name;
    }
  }
  return path.parse(name).name || name;
}

function fail(file: string, cause: string): { error: InputError } {
  return { error: new InputError(file, cause) };
}
