// dateForEvent: modifier, clause, paragraph and publication dates, on short articles of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { dateForEvent, findTimes } from '../../src/times/index.js';
import type { Doc, EventDate } from '../../src/types.js';

function article(paragraphs: string[], published: string | null = '2026-01-31'): Doc {
  const doc = annotate({ id: 't', published: published ?? undefined, paragraphs }, '2026-01-31');
  doc.times = findTimes(doc);
  return doc;
}

/** The date of the event whose trigger is the `nth` occurrence of `trigger`. */
function dateOf(doc: Doc, trigger: string, nominal?: boolean, nth = 0): EventDate {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.text.indexOf(trigger, at + 1);
  assert.ok(at >= 0, `no trigger ${trigger}`);
  const sentence = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  return dateForEvent(doc, doc.times, { sentence, triggerStart: at, triggerEnd: at + trigger.length, nominal });
}

const brief = (d: EventDate) => [d.start, d.end, d.precision, d.from];

test('modifier: a time right before a nominal trigger', () => {
  const doc = article(['Diplomats still debate Ankara’s 2016 purge of the judiciary, which began in July.']);
  assert.deepEqual(brief(dateOf(doc, 'purge', true)), ['2016-01-01', '2016-12-31', 'year', 'modifier']);
  const doc2 = article(['At a March 3 summit with the rebels, the envoy pressed for a truce.']);
  assert.deepEqual(brief(dateOf(doc2, 'summit')), ['2025-03-03', '2025-03-03', 'day', 'modifier']);
  // A modifier inside a `since` phrase still dates its own noun as a point.
  const doc3 = article(['Trade has grown since Lisbon’s 2019 reform of the ports.']);
  assert.deepEqual(brief(dateOf(doc3, 'reform', true)), ['2019-01-01', '2019-12-31', 'year', 'modifier']);
});

test('clause: the nearest time in the trigger’s own clause', () => {
  const doc = article(['In March 2024, the two governments signed a trade pact.']);
  assert.deepEqual(brief(dateOf(doc, 'signed')), ['2024-03-01', '2024-03-31', 'month', 'clause']);
  const doc2 = article(['Over the last decade, the two navies have drilled together.']);
  assert.deepEqual(brief(dateOf(doc2, 'drilled')), ['2016-01-31', '2026-01-31', 'decade', 'clause']);
  const doc3 = article(['The two capitals have cooperated since 2015.']);
  assert.deepEqual(brief(dateOf(doc3, 'cooperated')), ['2015-01-01', '2026-01-31', 'range', 'clause']);
});

test('clause: a boundary keeps another clause’s time out', () => {
  const doc = article(['The premier resigned on Monday, but the cabinet approved the budget.']);
  assert.deepEqual(brief(dateOf(doc, 'resigned')), ['2026-01-26', '2026-01-26', 'day', 'clause']);
  assert.equal(dateOf(doc, 'approved').from, 'publication');
});

test('clause: a time inside a since-phrase opens the event up to the anchor', () => {
  const doc = article(['Since the collapse of the peso on November 3, strikes have spread across the country.']);
  assert.deepEqual(brief(dateOf(doc, 'spread')), ['2025-11-03', '2026-01-31', 'range', 'clause']);
});

test('clause: a when-clause with no time shares its host clause’s time', () => {
  const doc = article(['The alliance frayed last spring when the navy seized a tanker.']);
  assert.deepEqual(brief(dateOf(doc, 'seized')), ['2025-03-01', '2025-05-31', 'season', 'clause']);
});

test('paragraph: the narrative carries the last past time of the paragraph', () => {
  const doc = article([
    'The rebels captured the airport last summer. They quickly looted the warehouses. Aid agencies then pulled out.',
    'The governor appealed for calm.',
  ]);
  assert.deepEqual(brief(dateOf(doc, 'looted')), ['2025-06-01', '2025-08-31', 'season', 'paragraph']);
  assert.deepEqual(brief(dateOf(doc, 'pulled')), ['2025-06-01', '2025-08-31', 'season', 'paragraph']);
  // Not across a paragraph break.
  assert.equal(dateOf(doc, 'appealed').from, 'publication');
});

test('paragraph: no inheritance into the present, nor from an open span', () => {
  const doc = article(['The rebels captured the port in 2023. The rebels now control the coast.']);
  assert.equal(dateOf(doc, 'control').from, 'publication');
  const doc2 = article(['Trade has grown since 2015. Exporters opened new offices abroad.']);
  assert.equal(dateOf(doc2, 'opened').from, 'publication');
  const doc3 = article(['Trade has grown for years. Exporters opened new offices abroad.']);
  assert.equal(dateOf(doc3, 'opened').from, 'publication');
});

test('publication: the 30 days up to the anchor, with no text', () => {
  const doc = article(['The ministry denied the report.']);
  assert.deepEqual(dateOf(doc, 'denied'), { start: '2026-01-01', end: '2026-01-31', precision: 'window', text: '', from: 'publication' });
});

test('without a publication date, times resolve against the fallback anchor', () => {
  const doc = article(['The envoy arrived on Tuesday.'], null);
  assert.equal(doc.anchorKnown, false);
  assert.deepEqual(brief(dateOf(doc, 'arrived')), ['2026-01-27', '2026-01-27', 'day', 'clause']);
});
