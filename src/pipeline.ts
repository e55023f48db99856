// The one place that names the stages, in order. Each stage reads the layers before it and adds its own:
//   read → annotate (sentences, tokens) → actors (mentions) → times → events.
// Storing and serving are the callers' business (cli/, serve/).
import { annotate } from './annotate/annotate.js';
import { recognizeActors } from './actors/recognize.js';
import { findTimes } from './times/index.js';
import { coderFor, type EventCoderOptions } from './events/coder.js';
import type { Dictionary } from './actors/dictionary.js';
import type { Article, Doc } from './types.js';

/** What articles are coded with: dictionaries and coding conventions (default: dyad's own; see cli/dictionaries.ts). */
export interface CodingOptions extends EventCoderOptions {
  /** The actor dictionary (dyad's own, a user's PETRARCH files, or either with a user's additions). */
  dictionary?: Dictionary;
}

export interface PipelineOptions extends CodingOptions {
  /** Anchor date (`YYYY-MM-DD`) for relative times when an article has no publication date. Default: today. */
  fallbackDate?: string;
}

export const STAGES = ['annotate', 'actors', 'times', 'events'] as const;

/** Runs an article through every stage and returns the finished Doc. */
export function processArticle(article: Article, opts: PipelineOptions = {}): Doc {
  const doc = annotate(article, opts.fallbackDate ?? today());
  doc.mentions = recognizeActors(doc, opts.dictionary ? { dictionary: opts.dictionary } : {});
  doc.times = findTimes(doc);
  doc.events = coderFor(opts).code(doc);
  return doc;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
