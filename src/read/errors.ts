// InputError: one input (a file, or one line of a JSONL file) that could not be read. Reading goes on with the others.
import type { Article } from '../types.js';

/**
 * Why one input could not be read. The message names the file, the line when there is one, and the cause:
 * `docs.jsonl:17: not JSON (Unexpected token …)`, `notes.txt: empty file`.
 */
export class InputError extends Error {
  /** The file as it was named by the caller. */
  readonly file: string;
  /** 1-based line number, for an error on one line of a JSONL file. */
  readonly line?: number;
  /** The cause alone, without file and line: `empty file`, `not JSON (…)`. */
  override readonly cause: string;

  constructor(file: string, cause: string, line?: number) {
    super(line === undefined ? `${file}: ${cause}` : `${file}:${line}: ${cause}`);
    this.name = 'InputError';
    this.file = file;
    if (line !== undefined) this.line = line;
    this.cause = cause;
  }
}

/**
 * One result of reading: an article (with the language its page or feed declares, if any), or the reason one
 * input (file, line, feed item) was not read.
 */
export type ReadResult = { article: Article; lang?: string } | { error: InputError };
