// Test helpers for the times stage: find the times in a sentence of our own, published on a given day.
import assert from 'node:assert/strict';
import { findTimesInText, type FindTimesOptions } from '../../src/times/index.js';
import type { TimeExpression } from '../../src/types.js';

/** Saturday 31 January 2026: the anchor of most tests. */
export const ANCHOR = '2026-01-31';

export function timesIn(text: string, anchor = ANCHOR, options: FindTimesOptions = {}): TimeExpression[] {
  return findTimesInText(text, anchor, options);
}

/** The one time expression in `text` (fails if there is not exactly one). */
export function oneTime(text: string, anchor = ANCHOR, options: FindTimesOptions = {}): TimeExpression {
  const found = timesIn(text, anchor, options);
  assert.equal(found.length, 1, `expected one time in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((t) => t.text))}`);
  return found[0];
}

/** Asserts interval, precision and (optionally) text and openness. */
export function assertTime(
  t: TimeExpression,
  start: string,
  end: string,
  precision: TimeExpression['precision'],
  extra: { text?: string; open?: boolean; rule?: string } = {},
): void {
  assert.deepEqual([t.start, t.end, t.precision], [start, end, precision], `${t.text} (${t.rule})`);
  if (extra.text !== undefined) assert.equal(t.text, extra.text);
  if (extra.open !== undefined) assert.equal(Boolean(t.open), extra.open, `open: ${t.text}`);
  if (extra.rule !== undefined) assert.ok(t.rule.includes(extra.rule), `rule ${t.rule} should include ${extra.rule}`);
}
