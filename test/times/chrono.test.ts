// The standard cases chrono reads, as they come out of our configuration (dates without a year placed by tense).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTime, oneTime, timesIn } from './helpers.js';
import { CHRONO_TRIGGER } from '../../src/times/parsers/ChronoParser.js';

test('ChronoParser: month and day, with and without a year', () => {
  assertTime(oneTime('The minister resigned on January 16.'), '2026-01-16', '2026-01-16', 'day', { rule: 'chrono' });
  // A past-tense mention of a later month is last year's.
  assertTime(oneTime('The currency crashed on December 28.'), '2025-12-28', '2025-12-28', 'day');
  assertTime(oneTime('The accord was signed on January 12, 2019.'), '2019-01-12', '2019-01-12', 'day');
  assertTime(oneTime('The envoy arrived on Jan. 5 with an offer.'), '2026-01-05', '2026-01-05', 'day');
  assertTime(oneTime('Voting took place on 5 March 2024.'), '2024-03-05', '2024-03-05', 'day');
});

test('ChronoParser: months with a year, and ISO dates', () => {
  assertTime(oneTime('In January 2025, the two states opened a consulate.'), '2025-01-01', '2025-01-31', 'month', { text: 'January 2025' });
  assertTime(oneTime('The bank failed in December 2024.'), '2024-12-01', '2024-12-31', 'month');
  assertTime(oneTime('The decree is dated 2024-03-05.'), '2024-03-05', '2024-03-05', 'day');
});

test('ChronoParser: casual days and weekdays', () => {
  assertTime(oneTime('Rebels shelled the town yesterday.'), '2026-01-30', '2026-01-30', 'day');
  assertTime(oneTime('The talks resume today.'), '2026-01-31', '2026-01-31', 'day');
  // Saturday 31 January: `Monday` in a past-tense clause is the 26th.
  assertTime(oneTime('The president spoke on Monday.'), '2026-01-26', '2026-01-26', 'day');
});

test('ChronoParser: ranges chrono joins itself', () => {
  assertTime(oneTime('Fighting raged from March 3 to March 9, 2024.'), '2024-03-03', '2024-03-09', 'range');
});

test('ChronoParser: the prefilter lets only sentences with a trigger reach chrono', () => {
  const triggers = (s: string): string[] => [...s.matchAll(CHRONO_TRIGGER)].map((m) => m[0]);
  assert.deepEqual(triggers('Troops may march on the capital.'), []);
  assert.deepEqual(triggers('They met on Tuesday, 3 March, and again yesterday.'), ['Tuesday', 'March', 'yesterday']);
  assert.deepEqual(triggers('The vote was 2024-05-01.'), ['2024-05-01']);
  assert.equal(timesIn('Officials said little about the plan.').length, 0);
});
