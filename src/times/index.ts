// times: every temporal expression in a Doc, resolved against its anchor (publication) date to an interval with a
// precision. The rules live in parsers/ and refiners/; configuration.ts composes them.
import { annotate } from '../annotate/annotate.js';
import type { Doc, IsoDate, TimeExpression } from '../types.js';
import { createConfiguration, type TimeConfiguration } from './configuration.js';
import { contextOf, type TenseOverride } from './context.js';
import type { ParsedTime } from './model.js';

export type { Tense } from './model.js';
export type { TenseOverride } from './context.js';
export { dateForEvent, type EventAt } from './anchor.js';

export interface FindTimesOptions {
  /** Fix the tense that places dates without a year (default: read from the clause). */
  tenseAt?: TenseOverride;
  /** Another composition of rules (default: the news configuration). */
  configuration?: TimeConfiguration;
}

let defaultConfiguration: TimeConfiguration | null = null;

/** Every time expression in `doc.text`, sorted by position. Relative ones resolve against `doc.anchorDate`. */
export function findTimes(doc: Doc, options: FindTimesOptions = {}): TimeExpression[] {
  const config = options.configuration ?? (defaultConfiguration ??= createConfiguration());
  const ctx = contextOf(doc, options.tenseAt);
  let found: ParsedTime[] = [];
  for (const parser of config.parsers) found.push(...parser.parse(ctx));
  found.sort((a, b) => a.charStart - b.charStart);
  for (const refiner of config.refiners) found = refiner.refine(found, ctx);
  return found.map((t) => toExpression(t, doc.text));
}

/**
 * The same for plain text (paragraphs separated by blank lines), annotated on the fly; offsets index `text`.
 * `anchorDate` is the publication date (`YYYY-MM-DD`).
 */
export function findTimesInText(text: string, anchorDate: IsoDate, options: FindTimesOptions = {}): TimeExpression[] {
  const doc = annotate({ id: 'text', published: anchorDate, paragraphs: text.split('\n\n') }, anchorDate);
  return findTimes(doc, options);
}

function toExpression(t: ParsedTime, text: string): TimeExpression {
  const e: TimeExpression = {
    start: t.start,
    end: t.end,
    precision: t.precision,
    text: text.slice(t.charStart, t.charEnd),
    charStart: t.charStart,
    charEnd: t.charEnd,
    rule: t.rule,
  };
  if (t.open) e.open = true;
  return e;
}
