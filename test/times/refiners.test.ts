// One test per refiner, on sentences of our own. Anchor: Saturday 31 January 2026 unless said otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTime, oneTime, timesIn } from './helpers.js';
import { OverlapRemovalRefiner } from '../../src/times/refiners/OverlapRemovalRefiner.js';
import { UnresolvedDateFilter } from '../../src/times/refiners/UnresolvedDateFilter.js';
import type { ParsedTime } from '../../src/times/model.js';

test('CapitalisedNameFilter: lower-case month and weekday words are words', () => {
  assert.equal(timesIn('Thousands may march on the parliament.').length, 0);
  assert.equal(timesIn('The troops will sun themselves and march home.').length, 0);
});

test('CasualWordFilter: `now` is no date', () => {
  assert.equal(timesIn('The talks are now stalled.').length, 0);
});

test('AbbreviatedWeekdayFilter: a lone weekday abbreviation is no date', () => {
  assert.equal(timesIn('The Sun reported the leak.').length, 0);
  assert.equal(timesIn('Wed to the idea, the minister pressed on.').length, 0);
});

test('NamedWeekdayFilter: weekdays inside names', () => {
  assert.equal(timesIn('Marchers recalled Bloody Sunday in Derry.').length, 0);
  assert.equal(timesIn('He told the Sunday Times about the plan.').length, 0);
  assert.equal(timesIn('The governor said on Friday that aid had arrived.').length, 1);
  // A place or a name before a weekday is no weekday name.
  assertTime(oneTime('Shares slid in Asia Monday after the report.'), '2026-01-26', '2026-01-26', 'day');
});

test('AmbiguousSlashDateFilter: 9/11, 24/7 and day/month that could swap are no dates', () => {
  assert.equal(timesIn('The law was passed after the 9/11 attacks.').length, 0);
  assert.equal(timesIn('Guards watch the border 24/7.').length, 0);
  assert.equal(timesIn('The memo was dated 03/05/2024.').length, 0); // 3 May or March 5?
  assertTime(oneTime('The memo was dated 25/03/2024.'), '2024-03-25', '2024-03-25', 'day');
  assertTime(oneTime('The memo was dated 03/25/2024.'), '2024-03-25', '2024-03-25', 'day');
});

test('BareMonthContextFilter: a month name alone needs a date context', () => {
  assert.equal(timesIn('Theresa May met the envoy.').length, 0);
  assert.equal(timesIn('The report quoted April Ryan at length.').length, 0);
  assert.equal(timesIn('Critics panned Theresa May’s draft deal.').length, 0);
  assertTime(oneTime('The siege ended in May.'), '2025-05-01', '2025-05-31', 'month');
  assertTime(oneTime("June's vote was close."), '2025-06-01', '2025-06-30', 'month');
});

test('TenseAwareYearRefiner: a date without a year is the latest by the anchor, or the next in a future clause', () => {
  assertTime(oneTime('The council met on March 3.'), '2025-03-03', '2025-03-03', 'day', { rule: 'TenseAwareYearRefiner' });
  assertTime(oneTime('The council will meet on March 3.'), '2026-03-03', '2026-03-03', 'day');
  assertTime(oneTime('The council is due to meet in April.'), '2026-04-01', '2026-04-30', 'month');
  assertTime(oneTime('The council is scheduled to meet on February 9.'), '2026-02-09', '2026-02-09', 'day');
  // A clause of its own: `said on Monday` stays past though the next clause is future.
  const [said, vote] = timesIn('He said on Monday that the assembly will vote on Thursday.');
  assertTime(said, '2026-01-26', '2026-01-26', 'day');
  assertTime(vote, '2026-02-05', '2026-02-05', 'day');
  // The tense is the verb's the date hangs on, not any verb in the clause.
  assertTime(oneTime('The premier said on Friday he may resign.'), '2026-01-30', '2026-01-30', 'day');
  assertTime(oneTime('Her memoir is due out in May.'), '2026-05-01', '2026-05-31', 'month');
  // A temporal clause in the present takes its host's future.
  assertTime(oneTime('The ship will dock when it arrives on February 11.'), '2026-02-11', '2026-02-11', 'day');
  assertTime(oneTime('The ship docked when it arrived on February 11.'), '2025-02-11', '2025-02-11', 'day');
  // The option overrides the tense read from the sentence.
  assertTime(oneTime('The council met on March 3.', '2026-01-31', { tenseAt: 'future' }), '2026-03-03', '2026-03-03', 'day');
});

test('TenseAwareWeekdayRefiner: weekdays placed by tense and modifier', () => {
  assertTime(oneTime('Protesters gathered on Tuesday.'), '2026-01-27', '2026-01-27', 'day', { rule: 'TenseAwareWeekdayRefiner' });
  assertTime(oneTime('Protesters will gather on Tuesday.'), '2026-02-03', '2026-02-03', 'day');
  assertTime(oneTime('The minister flew home last Friday.'), '2026-01-30', '2026-01-30', 'day');
  // On a Saturday, `Saturday` in the past is the anchor day itself.
  assertTime(oneTime('The ferry sank on Saturday.'), '2026-01-31', '2026-01-31', 'day');
});

test('UnresolvedDateFilter: drops readings no refiner could settle', () => {
  const settled: ParsedTime = { start: '2025-01-01', end: '2025-01-31', precision: 'month', charStart: 0, charEnd: 3, rule: 'x' };
  const unsettled: ParsedTime = { ...settled, start: '', end: '', parts: { start: { weekday: 2 }, end: { month: 3, day: 1 } } };
  assert.deepEqual(new UnresolvedDateFilter().refine([settled, unsettled]), [settled]);
});

test('MonthOfRelativeYearRefiner: `in August last year`', () => {
  assertTime(oneTime('A fire gutted the depot in August last year.'), '2025-08-01', '2025-08-31', 'month', { text: 'August last year' });
  assertTime(oneTime('Elections are set for May next year.'), '2027-05-01', '2027-05-31', 'month');
});

test('OverlapRemovalRefiner: the longer reading wins; on a tie the earlier rule', () => {
  const long: ParsedTime = { start: '2024-03-05', end: '2024-03-05', precision: 'day', charStart: 0, charEnd: 12, rule: 'a' };
  const inner: ParsedTime = { start: '2024-01-01', end: '2024-12-31', precision: 'year', charStart: 8, charEnd: 12, rule: 'b' };
  const twin: ParsedTime = { ...inner, rule: 'c' };
  assert.deepEqual(new OverlapRemovalRefiner().refine([inner, long]), [long]);
  assert.deepEqual(new OverlapRemovalRefiner().refine([inner, twin]).map((t) => t.rule), ['b']);
});

test('BetweenRangeRefiner: between A and B', () => {
  assertTime(oneTime('Between December 20 and January 4, cargo flights landed daily.'), '2025-12-20', '2026-01-04', 'range', {
    text: 'Between December 20 and January 4',
    rule: 'BetweenRangeRefiner',
  });
  assertTime(oneTime('The post was vacant between March and May 2023.'), '2023-03-01', '2023-05-31', 'range');
});

test('FromToRangeRefiner: from A to B across rules', () => {
  assertTime(oneTime('The strait was closed from last summer until December.'), '2025-06-01', '2025-12-31', 'range', { rule: 'FromToRangeRefiner' });
});

test('PartOfPeriodRefiner: early, mid, late, the end of', () => {
  assertTime(oneTime('The plant opened in late 2024.'), '2024-09-01', '2024-12-31', 'window', { text: 'late 2024', rule: 'PartOfPeriodRefiner' });
  assertTime(oneTime('Talks collapsed in mid-2023.'), '2023-05-01', '2023-08-31', 'window', { text: 'mid-2023' });
  assertTime(oneTime('Rains flooded the valley in early March.'), '2025-03-01', '2025-03-10', 'window');
  assertTime(oneTime('The junta ruled until the end of 2019.'), '2019-09-01', '2019-12-31', 'window');
  assertTime(oneTime('The movement grew in the early 1990s.'), '1990-01-01', '1993-12-31', 'window');
});

test('SinceRefiner: since X opens an interval up to the anchor', () => {
  assertTime(oneTime('The two capitals have cooperated since 2015.'), '2015-01-01', '2026-01-31', 'year', { text: 'since 2015', open: true, rule: 'SinceRefiner' });
  assertTime(oneTime('The border has been shut since last summer.'), '2025-06-01', '2026-01-31', 'season', { open: true });
  assertTime(oneTime('Prices have risen since March 2024.'), '2024-03-01', '2026-01-31', 'month', { open: true });
});
