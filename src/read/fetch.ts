// read/fetch: one http(s) GET with the limits a crawler needs: a timeout for the whole exchange, a cap on the
// body's size (counted as it streams, after decompression), a cap on redirects (followed by hand, http(s) only),
// and conditional GET (If-None-Match / If-Modified-Since) so a page or feed that has not changed costs a 304.
// Node's own fetch (undici): no dependency.
import { formatBytes, MB } from './files.js';

export interface FetchOptions {
  /** Milliseconds for the whole exchange, body included (default 20,000). */
  timeoutMs?: number;
  /** Largest body read (default 10 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Validators from an earlier fetch of the same URL: a 304 answer means unchanged. */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
}

export type FetchResult =
  | {
      status: 'ok';
      /** The URL asked for. */
      url: string;
      /** The URL the body came from, after redirects. */
      finalUrl: string;
      bytes: Buffer;
      contentType?: string;
      etag?: string;
      lastModified?: string;
    }
  | { status: 'not-modified'; url: string; finalUrl: string; etag?: string; lastModified?: string }
  | { status: 'error'; url: string; cause: string };

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_FETCH_MAX_BYTES = 10 * MB;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'dyad/0.1 (political event coder; +https://www.npmjs.com/package/dyad)';

/** Whether a command-line argument is an http(s) URL. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** GETs a URL; never throws: every failure is `{status: 'error', cause}` naming what went wrong. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const fail = (cause: string): FetchResult => ({ status: 'error', url, cause });
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return fail(`not a valid URL: ${current}`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail(`unsupported URL scheme ${parsed.protocol} (only http and https)`);
      const headers: Record<string, string> = {
        'user-agent': opts.userAgent ?? USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      };
      // Validators belong to the URL they were given for: sent on the first request only.
      if (redirects === 0 && opts.etag) headers['if-none-match'] = opts.etag;
      if (redirects === 0 && opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      let res: Response;
      try {
        res = await fetch(parsed, { redirect: 'manual', signal: controller.signal, headers });
      } catch (err) {
        if (controller.signal.aborted) return fail(`timed out after ${timeoutMs} ms`);
        return fail(`cannot fetch (${networkCause(err)})`);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) return fail(`HTTP ${res.status} redirect without a Location`);
        if (redirects >= maxRedirects) return fail(`too many redirects (more than ${maxRedirects})`);
        current = new URL(location, parsed).toString();
        continue;
      }
      const etag = res.headers.get('etag') ?? undefined;
      const lastModified = res.headers.get('last-modified') ?? undefined;
      const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { status: 'not-modified', url, finalUrl: current, ...validators };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return fail(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return fail(`response too large (${formatBytes(declared)} > ${formatBytes(maxBytes)} cap)`);
      }
      const body = await readCapped(res, maxBytes);
      if ('cause' in body) return fail(controller.signal.aborted ? `timed out after ${timeoutMs} ms` : body.cause);
      const contentType = res.headers.get('content-type') ?? undefined;
      return { status: 'ok', url, finalUrl: current, bytes: body.bytes, ...(contentType ? { contentType } : {}), ...validators };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read as it streams, stopped as soon as it passes the cap. */
async function readCapped(res: Response, maxBytes: number): Promise<{ bytes: Buffer } | { cause: string }> {
  if (!res.body) return { bytes: Buffer.alloc(0) };
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { cause: `response too large (more than ${formatBytes(maxBytes)} cap)` };
      }
      parts.push(value);
    }
  } catch (err) {
    return { cause: `connection broken while reading (${networkCause(err)})` };
  }
  return { bytes: Buffer.concat(parts, total) };
}

function networkCause(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** The charset a Content-Type header declares, if any. */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}
