// read/input: one path → articles. Chooses the reader by extension (or content) and turns every problem with an
// input into an InputError that names the file (and line), so one bad file or line does not stop the others.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type ReadResult } from './errors.js';
import { MB, decodeTextFile, fsCause, overCap, readHead, regularFileSize } from './files.js';
import { readJsonl } from './jsonl.js';
import { publishedOption, readText } from './text.js';

export { InputError, type ReadResult } from './errors.js';

export interface ReadOptions {
  /** Publication date for texts without a dateline (`--published YYYY-MM-DD`). */
  published?: string;
  /** Largest plain-text file read (default 50 MB). JSONL files are streamed whatever their size. */
  maxTextBytes?: number;
  /** Largest single JSONL line (default 10 MB). */
  maxLineBytes?: number;
  /** Skip the choice by extension and content. */
  format?: InputFormat;
}

export type InputFormat = 'text' | 'jsonl';

export const DEFAULT_MAX_TEXT_BYTES = 50 * MB;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** How much of a file without a JSONL extension is read to see whether it is JSON Lines anyway. */
const SNIFF_JSONL_BYTES = 64 * 1024;

/**
 * Reads one file into articles: a JSONL file gives one result per non-blank line, any other file one article.
 * Never throws for bad input: each problem is yielded as `{error}` (a bad `opts.published` is a usage error and
 * throws a RangeError).
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
  yield await readTextFile(file, { ...opts, ...(published ? { published } : {}) });
}

/** `jsonl` for `.jsonl`/`.ndjson`, or for a file whose first line is a JSON object with a "text"; else `text`. */
export async function inputFormat(file: string): Promise<InputFormat> {
  if (JSONL_EXTENSIONS.has(path.extname(file).toLowerCase())) return 'jsonl';
  let head: Buffer;
  try {
    head = await readHead(file, SNIFF_JSONL_BYTES);
  } catch {
    return 'text'; // the text reader says what is wrong with it
  }
  const text = head.toString('utf8').replace(/^\ufeff/, '');
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return 'text';
  const end = text.indexOf('\n', start);
  if (end < 0 && head.length === SNIFF_JSONL_BYTES) return 'text';
  try {
    const first: unknown = JSON.parse(text.slice(start, end < 0 ? undefined : end));
    return typeof first === 'object' && first !== null && 'text' in first ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}

/** One plain-text file → one article, or why not. */
async function readTextFile(file: string, opts: ReadOptions): Promise<ReadResult> {
  const cap = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const st = await regularFileSize(file);
  if ('cause' in st) return fail(file, st.cause);
  if (st.size === 0) return fail(file, 'empty file');
  if (st.size > cap) return fail(file, overCap('file too large', st.size, cap));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return fail(file, fsCause(err));
  }
  if (bytes.length > cap) return fail(file, overCap('file too large', bytes.length, cap)); // grew since stat
  const decoded = decodeTextFile(bytes);
  if ('cause' in decoded) return fail(file, decoded.cause);
  if (!/\S/.test(decoded.text)) return fail(file, 'empty file (only whitespace)');
  const article = readText(decoded.text, {
    id: path.parse(file).name,
    origin: file,
    ...(opts.published ? { published: opts.published } : {}),
  });
  if (!article.paragraphs.length) return fail(file, 'no body text (only a header)');
  return { article };
}

function fail(file: string, cause: string): { error: InputError } {
  return { error: new InputError(file, cause) };
}
