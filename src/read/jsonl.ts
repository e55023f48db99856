// read/jsonl: JSON Lines, one article per line: {"id", "text", "title"?, "published"?, "url"?, "source"?}.
// Documents are taken as given: the text is split into paragraphs and nothing else is read from it, except that a
// leading Wikinews-style dateline paragraph (`Friday, January 4, 2019`) is dropped (and read as the date when the
// line has no "published").
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Article } from '../types.js';
import { parseDateline } from './dateline.js';
import { InputError, type ReadResult } from './errors.js';
import { readFile } from 'node:fs/promises';
import {
  MB, SNIFF_BYTES, binaryCause, byteOrderMark, decodeBytes, decodeEightBit, fsCause, overCap, readHead, regularFileSize,
} from './files.js';
import { isBlank, normaliseSpace, paragraphsOf, toLines } from './paragraphs.js';

export interface JsonlOptions {
  /** A longer line is an error for that line; the file is still read on. Default 10 MB. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 10 * MB;

/** The optional string fields copied from a JSON document (after whitespace normalisation). */
const STRING_FIELDS = ['title', 'dek', 'published', 'source', 'url', 'caption'] as const;

/**
 * Reads one JSONL line into an Article. Throws an InputError (naming `file` and `lineNo`) when the line is not a
 * JSON object, has no string "text", or its text has no words.
 */
export function readJsonlLine(line: string, lineNo: number, file: string): Article {
  const fail = (cause: string) => new InputError(file, cause, lineNo);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw fail(`not JSON (${shorten((err as Error).message, 100)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail(`not a JSON object (${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})`);
  }
  const doc = value as Record<string, unknown>;
  if (doc.text === undefined || doc.text === null) throw fail('no "text" field');
  if (typeof doc.text !== 'string') throw fail(`"text" is not a string (${typeOf(doc.text)})`);

  let id: string;
  if (typeof doc.id === 'string' && doc.id.trim() !== '') id = doc.id.trim();
  else if (typeof doc.id === 'number') id = String(doc.id);
  else if (doc.id === undefined || doc.id === null || doc.id === '') id = `${baseName(file)}-${lineNo}`;
  else throw fail(`"id" is not a string (${typeOf(doc.id)})`);

  const fields: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
  for (const key of STRING_FIELDS) {
    const v = doc[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw fail(`"${key}" is not a string (${typeOf(v)})`);
    const s = normaliseSpace(v);
    if (s) fields[key] = s;
  }

  const { paragraphs, dateline } = bodyOf(doc.text);
  if (!paragraphs.length) throw fail('empty "text" field');
  // "published" as given when it is ISO already; `January 4, 2019` and the like are read into ISO form.
  const given = fields.published;
  const published = given && !/^\d{4}-\d{2}-\d{2}/.test(given) ? (parseDateline(given) ?? given) : (given ?? dateline);
  return {
    id,
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.dek ? { dek: fields.dek } : {}),
    ...(published ? { published } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.url ? { url: fields.url } : {}),
    paragraphs,
    ...(fields.caption ? { caption: fields.caption } : {}),
    origin: `${file}:${lineNo}`,
  };
}

/** Paragraphs of a JSON document's text, without a leading dateline paragraph (returned apart). */
function bodyOf(text: string): { paragraphs: string[]; dateline?: string } {
  const lines = toLines(text);
  const first = lines.findIndex((l) => !isBlank(l));
  const date = first >= 0 ? parseDateline(lines[first]) : null;
  if (date && (first + 1 >= lines.length || isBlank(lines[first + 1]) || !hasBlank(lines))) {
    return { paragraphs: paragraphsOf(lines.slice(first + 1), false), dateline: date };
  }
  return { paragraphs: paragraphsOf(lines, false) };
}

function hasBlank(lines: string[]): boolean {
  return lines.some(isBlank);
}

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

function baseName(file: string): string {
  return path.parse(file).name;
}

// ---------------------------------------------------------------- streaming

interface RawLine {
  /** 1-based. */
  lineNo: number;
  /** Byte offset of the line's start in the file. */
  offset: number;
  /** The line's bytes without its line break; absent when the line was longer than the cap. */
  bytes?: Buffer;
  /** The line's length in bytes (without the line break). */
  length: number;
}

/**
 * Splits a file into lines as it streams, holding at most `maxLineBytes` of one line in memory: the bytes of a
 * longer line are counted and dropped.
 */
async function* rawLines(stream: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  let lineNo = 1;
  let offset = 0;
  let pos = 0;
  const emit = (): RawLine => {
    let length = kept + dropped;
    let bytes: Buffer | undefined;
    if (dropped === 0) {
      bytes = Buffer.concat(parts, kept);
      if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      length = bytes.length;
    }
    const line: RawLine = { lineNo, offset, length, ...(bytes ? { bytes } : {}) };
    parts = [];
    kept = 0;
    dropped = 0;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (dropped === 0 && kept + piece.length <= maxLineBytes) {
        parts.push(piece);
        kept += piece.length;
      } else {
        dropped += kept + piece.length;
        kept = 0;
        parts = [];
      }
      if (nl < 0) break;
      yield emit();
      lineNo++;
      offset = pos + nl + 1;
      start = nl + 1;
    }
    pos += chunk.length;
  }
  if (kept + dropped > 0) yield emit();
}

/**
 * Streams a JSONL file, one result per non-blank line: an article, or an InputError naming the file, the line and
 * the cause. Blank lines are skipped. Problems with the whole file (missing, a directory, empty, binary, UTF-16)
 * give one error and end the stream.
 */
export async function* readJsonl(file: string, opts: JsonlOptions = {}): AsyncGenerator<ReadResult> {
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const fileError = (cause: string) => ({ error: new InputError(file, cause) });
  const st = await regularFileSize(file);
  if ('cause' in st) return yield fileError(st.cause);
  if (st.size === 0) return yield fileError('empty file');
  let head: Buffer;
  try {
    head = await readHead(file, SNIFF_BYTES);
  } catch (err) {
    return yield fileError(fsCause(err));
  }
  const bom = byteOrderMark(head);
  if (bom && bom.encoding !== 'utf-8') {
    // UTF-16 JSON Lines: rare, so read whole (within the line cap times a margin) rather than streamed.
    if (st.size > 4 * maxLineBytes) return yield fileError(overCap(`${bom.encoding.toUpperCase()} JSON Lines file too large`, st.size, 4 * maxLineBytes));
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      return yield fileError(fsCause(err));
    }
    const decoded = decodeBytes(bytes);
    if ('cause' in decoded) return yield fileError(decoded.cause);
    yield* readJsonlText(decoded.text, file, maxLineBytes);
    return;
  }
  const binary = binaryCause(head.subarray(bom?.length ?? 0));
  if (binary) return yield fileError(binary);

  let seen = 0;
  try {
    const stream = createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>;
    for await (const raw of readJsonlLines(stream, file, maxLineBytes, bom?.length ?? 0)) {
      if (raw === null) continue;
      seen++;
      yield raw;
    }
  } catch (err) {
    if (!(err as NodeJS.ErrnoException)?.code) throw err;
    return yield fileError(fsCause(err));
  }
  if (seen === 0) yield fileError('empty file (only blank lines)');
}

/**
 * JSON Lines from a byte stream (a file, standard input): one result per line, `null` for a blank line.
 * `bomLength` bytes are dropped from the first line.
 */
export async function* readJsonlLines(
  stream: AsyncIterable<Buffer>, file: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES, bomLength = 0,
): AsyncGenerator<ReadResult | null> {
  for await (const raw of rawLines(stream, maxLineBytes)) {
    const lineError = (cause: string) => ({ error: new InputError(file, cause, raw.lineNo) });
    if (!raw.bytes) {
      yield lineError(overCap('line too long', raw.length, maxLineBytes));
      continue;
    }
    let bytes = raw.bytes;
    if (raw.lineNo === 1 && bomLength) bytes = bytes.subarray(bomLength);
    const decoded = decodeEightBit(bytes); // UTF-8; a line in Windows-1252 is read as such
    if (isBlank(decoded.text)) {
      yield null;
      continue;
    }
    try {
      yield { article: readJsonlLine(decoded.text, raw.lineNo, file) };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { error: err };
    }
  }
}

/**
 * JSON Lines already in memory (standard input, a downloaded file): one result per non-blank line, as readJsonl.
 */
export function* readJsonlText(text: string, file: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): Generator<ReadResult> {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (isBlank(line)) continue;
    seen++;
    if (line.length > maxLineBytes) {
      yield { error: new InputError(file, overCap('line too long', Buffer.byteLength(line), maxLineBytes), i + 1) };
      continue;
    }
    try {
      yield { article: readJsonlLine(line, i + 1, file) };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield { error: err };
    }
  }
  if (seen === 0) yield { error: new InputError(file, 'empty file (only blank lines)') };
}
