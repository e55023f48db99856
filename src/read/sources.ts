// read/sources: what a command line names → a stream of articles and outcomes. An argument may be a file, a
// folder (walked recursively, hidden entries left out), a glob (`'news/**/*.html'`, expanded here when the shell
// did not), `-` for standard input, or an http(s) URL (a page, a feed, JSON Lines or text). Feed items already in
// the store are not read again; a page or feed fetched before is asked for with its validators (a 304 costs
// nothing); a feed item with no text has its link fetched.
import { createReadStream, type Dirent } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../types.js';
import { InputError, type ReadResult } from './errors.js';
import { readFeed } from './feed.js';
import { fetchUrl, isHttpUrl, type FetchOptions } from './fetch.js';
import { byteOrderMark, decodeBytes, formatBytes, fsCause, MB, overCap, regularFileSize } from './files.js';
import {
  DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_TEXT_BYTES, KNOWN_EXTENSIONS, formatOfContent, idOf, inputFormat, readBytes,
  readInput, type InputFormat, type ReadOptions,
} from './input.js';
import { readJsonlLines } from './jsonl.js';
import { publishedOption } from './text.js';

/** One input named on the command line, after folders and globs are expanded. */
export type InputSpec =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  /** Found in a folder but not a format dyad reads: skipped, with the reason. */
  | { kind: 'unsupported'; path: string; reason: string }
  /** Named but not there (no such file, no match for a glob): failed, with the reason. */
  | { kind: 'missing'; arg: string; reason: string };

/** What reading yields: an article or a failure (ReadResult), or an outcome that needs no coding. */
export type SourceResult =
  | ReadResult
  /** Deliberately not read (a file type dyad does not read, a feed item without text). */
  | { skip: InputError }
  /** Already in the store (a feed item seen before, a page that has not changed since it was fetched). */
  | { known: string; why: string }
  /** A URL was fetched and everything in it yielded: its validators may be kept for the next conditional GET. */
  | { fetched: { url: string; etag?: string; lastModified?: string } };

export interface SourceOptions extends ReadOptions {
  /** Limits for http(s) inputs and followed links. */
  fetch?: FetchOptions;
  /** Feed items whose link is fetched for the full page: `missing` (default) those with no text or only a summary
   * (under 500 characters), `always` every new item, `never`. The item's own text stands when the page fails. */
  followLinks?: 'never' | 'missing' | 'always';
  /** Whether an origin (a feed item `feed#key`, a URL) is already stored: such items are not read again. */
  isKnown?: (origin: string) => boolean;
  /** Validators kept from the last fetch of a URL, for a conditional GET. */
  validators?: (url: string) => { etag?: string; lastModified?: string } | undefined;
  /** Largest standard input read whole (text, HTML, a feed; JSON Lines are streamed). Default 50 MB. */
  maxStdinBytes?: number;
}

const GLOB_CHARS = /[*?[{]/;
/** Item text shorter than this is a summary: its page is fetched for the story. */
const SUMMARY_CHARS = 500;

/**
 * Expands command-line arguments into inputs, in order: folders walked (sorted, hidden entries and files of unknown
 * type noted as unsupported), globs matched, `-` and URLs kept as they are. Never throws for a bad argument.
 */
export async function expandArgs(args: string[]): Promise<InputSpec[]> {
  const out: InputSpec[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (!stdin) out.push({ kind: 'stdin' });
      stdin = true;
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      if (isHttpUrl(arg)) out.push({ kind: 'url', url: arg });
      else out.push({ kind: 'missing', arg, reason: `unsupported URL scheme (only http and https): ${arg}` });
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const before = out.length;
      await walk(arg, out);
      if (out.length === before) out.push({ kind: 'missing', arg, reason: 'empty folder (no files in it)' });
      continue;
    }
    if (st || !GLOB_CHARS.test(arg)) {
      out.push({ kind: 'file', path: arg }); // a missing file is reported by its reader, with the cause
      continue;
    }
    const matches = await glob(arg);
    if (!matches.length) out.push({ kind: 'missing', arg, reason: 'no file matches this pattern' });
    for (const m of matches) out.push({ kind: 'file', path: m });
  }
  return out;
}

/** Walks a folder depth-first in name order; symbolic links to folders are followed once (no loops). */
async function walk(root: string, out: InputSpec[], filter?: (rel: string) => boolean): Promise<void> {
  const seen = new Set<string>();
  const stack: string[] = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      out.push({ kind: 'missing', arg: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const t = await stat(full);
          isDir = t.isDirectory();
          isFile = t.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) subdirs.push(full);
      else if (isFile) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (filter && !filter(rel)) continue;
        const ext = path.extname(e.name).toLowerCase();
        if (filter || ext === '' || KNOWN_EXTENSIONS.has(ext)) out.push({ kind: 'file', path: full });
        else out.push({ kind: 'unsupported', path: full, reason: `not a format dyad reads (${ext} file)` });
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/** Files matching a glob: `*`, `?`, `[…]`, `{a,b}` within a name, `**` for any number of folders. */
async function glob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  let base = '';
  let i = 0;
  for (; i < parts.length - 1 && !GLOB_CHARS.test(parts[i]); i++) base += parts[i] + '/';
  const rest = parts.slice(i).join('/');
  const re = globRegExp(rest);
  const out: InputSpec[] = [];
  await walk(base || '.', out, (rel) => re.test(rel));
  return out.filter((s): s is { kind: 'file'; path: string } => s.kind === 'file').map((s) => (base ? s.path : path.normalize(s.path)));
}

/** A glob (relative, `/`-separated) as an anchored regular expression. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  let inClass = false;
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (inClass) {
      if (c === ']') inClass = false;
      re += c === '\\' ? '\\\\' : c;
      continue;
    }
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      inClass = true;
      re += '[';
      if (glob[i + 1] === '!') {
        re += '^';
        i++;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  if (inClass) re += ']';
  re += ')'.repeat(braces);
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return new RegExp(`^${glob.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

/**
 * Reads every input in turn. Never throws for bad input: every file, line, item and URL ends in a yielded result.
 * A bad `published` option is a usage error (RangeError).
 */
export async function* readSources(specs: InputSpec[], opts: SourceOptions = {}): AsyncGenerator<SourceResult> {
  const published = publishedOption(opts.published);
  const readOpts: ReadOptions = { ...opts, ...(published ? { published } : {}) };
  for (const spec of specs) {
    switch (spec.kind) {
      case 'missing':
        yield { error: new InputError(spec.arg, spec.reason) };
        break;
      case 'unsupported':
        yield { skip: new InputError(spec.path, spec.reason) };
        break;
      case 'file':
        yield* readFileSource(spec.path, readOpts, opts);
        break;
      case 'stdin':
        yield* readStdin(readOpts, opts);
        break;
      case 'url':
        yield* readUrl(spec.url, readOpts, opts);
        break;
    }
  }
}

async function* readFileSource(file: string, readOpts: ReadOptions, opts: SourceOptions): AsyncGenerator<SourceResult> {
  // Feeds are read here rather than by readInput: their items are checked against the store and their links followed.
  const format = readOpts.format ?? (await inputFormat(file));
  if (format !== 'feed') {
    yield* readInput(file, { ...readOpts, format });
    return;
  }
  const cap = readOpts.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  const st = await regularFileSize(file);
  if ('cause' in st) return yield { error: new InputError(file, st.cause) };
  if (st.size === 0) return yield { error: new InputError(file, 'empty file') };
  if (st.size > cap) return yield { error: new InputError(file, overCap('file too large', st.size, cap)) };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return yield { error: new InputError(file, fsCause(err)) };
  }
  yield* readFeedBytes(bytes, file, undefined, opts);
}

/** A feed's items: the new ones read (their link fetched when they have no text), the known ones only noted. */
async function* readFeedBytes(bytes: Uint8Array, origin: string, contentType: string | undefined, opts: SourceOptions): AsyncGenerator<SourceResult> {
  const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ??
    /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]+)/i.exec(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1'))?.[1];
  const decoded = decodeBytes(bytes, charset ? { declared: charset } : {});
  if ('cause' in decoded) return yield { error: new InputError(origin, decoded.cause) };
  const feed = readFeed(decoded.text, { origin });
  if ('cause' in feed) return yield { error: new InputError(origin, feed.cause) };
  if (!feed.items.length) return yield { skip: new InputError(origin, 'feed has no items') };
  const follow = opts.followLinks ?? 'missing';
  const lang = feed.lang ? { lang: feed.lang } : {};
  for (const item of feed.items) {
    if (opts.isKnown?.(item.origin)) {
      yield { known: item.origin, why: 'feed item already read' };
      continue;
    }
    const fetchable = item.link && isHttpUrl(item.link) && follow !== 'never';
    const thin = !item.article || item.article.paragraphs.reduce((n, p) => n + p.length, 0) < SUMMARY_CHARS;
    if (item.article && !(fetchable && (follow === 'always' || thin))) {
      yield { article: item.article, ...lang };
      continue;
    }
    if (!fetchable || !item.link) {
      yield { skip: new InputError(item.origin, item.cause ?? 'no text in the feed item') };
      continue;
    }
    const page = await fetchUrl(item.link, opts.fetch);
    if (page.status !== 'ok') {
      const why = page.status === 'error' ? page.cause : 'not modified';
      if (item.article) yield { article: item.article, ...lang }; // the item's own text, then
      else yield { error: new InputError(item.origin, `item has no text and its page ${item.link} could not be fetched: ${why}`) };
      continue;
    }
    const read = [...readBytes(page.bytes, {
      name: item.origin, format: 'html', url: page.finalUrl, ...(page.contentType ? { contentType: page.contentType } : {}),
      ...(opts.budgetMs ? { budgetMs: opts.budgetMs } : {}),
    })];
    const r = read[0];
    if (!r || 'error' in r) {
      if (item.article) yield { article: item.article, ...lang };
      else yield { error: new InputError(item.origin, `the item's page ${item.link}: ${r ? r.error.cause : 'nothing read'}`) };
      continue;
    }
    // The feed's metadata stands where the page has none; the id and origin are the item's.
    const a: Article = {
      ...r.article,
      id: item.article?.id ?? item.key,
      origin: item.origin,
      ...(r.article.title ? {} : item.title ? { title: item.title } : {}),
      ...(item.published ? { published: item.published } : {}),
      ...(r.article.source ? {} : feed.title ? { source: feed.title } : {}),
    };
    yield { article: a, ...(r.lang ? { lang: r.lang } : lang) };
  }
}

async function* readUrl(url: string, readOpts: ReadOptions, opts: SourceOptions): AsyncGenerator<SourceResult> {
  const validators = opts.validators?.(url);
  const res = await fetchUrl(url, { ...opts.fetch, ...(validators?.etag ? { etag: validators.etag } : {}), ...(validators?.lastModified ? { lastModified: validators.lastModified } : {}) });
  if (res.status === 'error') return yield { error: new InputError(url, res.cause) };
  const keep = { url, ...(res.etag ? { etag: res.etag } : {}), ...(res.lastModified ? { lastModified: res.lastModified } : {}) };
  if (res.status === 'not-modified') {
    // The consumer notes the fetch (its validators stand as they were).
    yield { known: url, why: 'not modified since it was last fetched' };
    return;
  }
  if (!res.bytes.length) return yield { error: new InputError(url, 'empty response') };
  const format = readOpts.format ?? formatOfContent(res.bytes, res.contentType);
  if (format === 'feed') yield* readFeedBytes(res.bytes, url, res.contentType, opts);
  else {
    for (const r of readBytes(res.bytes, {
      name: url, format, url: res.finalUrl, ...(res.contentType ? { contentType: res.contentType } : {}),
      ...(readOpts.published ? { published: readOpts.published } : {}), ...(readOpts.maxLineBytes ? { maxLineBytes: readOpts.maxLineBytes } : {}),
      ...(readOpts.budgetMs ? { budgetMs: readOpts.budgetMs } : {}),
    })) {
      if ('article' in r && format !== 'jsonl') r.article.id = r.article.id || idOf(url);
      yield r;
    }
  }
  yield { fetched: keep };
}

/** Standard input: JSON Lines are streamed line by line; anything else is read whole (within a cap). */
async function* readStdin(readOpts: ReadOptions, opts: SourceOptions): AsyncGenerator<SourceResult> {
  const name = 'stdin';
  const stream = process.stdin as AsyncIterable<Buffer>;
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  // Enough to tell the format.
  while (headBytes < 64 * 1024) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head, headBytes);
  if (!first.length) return yield { error: new InputError(name, 'empty input') };
  const format: InputFormat = readOpts.format ?? formatOfContent(first);
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield first;
    if (ended) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  };
  if (format === 'jsonl' && !(byteOrderMark(first)?.encoding ?? 'utf-8').startsWith('utf-16')) {
    let seen = 0;
    for await (const r of readJsonlLines(rest(), name, readOpts.maxLineBytes, byteOrderMark(first)?.length ?? 0)) {
      if (r === null) continue;
      seen++;
      yield r;
    }
    if (!seen) yield { error: new InputError(name, 'empty input (only blank lines)') };
    return;
  }
  const cap = opts.maxStdinBytes ?? (format === 'text' || format === 'jsonl' ? DEFAULT_MAX_TEXT_BYTES : DEFAULT_MAX_HTML_BYTES);
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of rest()) {
    total += chunk.length;
    if (total > cap) {
      // Drain the rest so the writer is not left blocked, without keeping it.
      for await (const _ of rest()) void _;
      return yield { error: new InputError(name, `input too large (more than ${formatBytes(cap)} cap)`) };
    }
    parts.push(chunk);
  }
  const bytes = Buffer.concat(parts, total);
  if (format === 'feed') yield* readFeedBytes(bytes, name, undefined, opts);
  else yield* readBytes(bytes, { name, format, ...(readOpts.published ? { published: readOpts.published } : {}) });
}

/** How many articles the inputs hold, roughly (for a progress bar's total): lines of JSON Lines files, one per other file. */
export async function estimateArticles(specs: InputSpec[]): Promise<number | null> {
  let n = 0;
  for (const s of specs) {
    if (s.kind === 'stdin' || s.kind === 'url') return null;
    if (s.kind !== 'file') {
      n++;
      continue;
    }
    const ext = path.extname(s.path).toLowerCase();
    if (ext !== '.jsonl' && ext !== '.ndjson') {
      n++;
      continue;
    }
    n += await countLines(s.path);
  }
  return n;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 0x0a;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 * MB }) as AsyncIterable<Buffer>) {
      let i = -1;
      while ((i = chunk.indexOf(0x0a, i + 1)) >= 0) n++;
      last = chunk[chunk.length - 1];
    }
  } catch {
    return 1;
  }
  return last === 0x0a ? n : n + 1;
}
