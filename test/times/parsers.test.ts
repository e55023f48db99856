// One test per parser, on sentences of our own. Anchor: Saturday 31 January 2026 unless said otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTime, oneTime, timesIn } from './helpers.js';

test('SeasonRelativeParser: last/this/next season placed by its modifier', () => {
  assertTime(oneTime('The rebels seized the port last summer.'), '2025-06-01', '2025-08-31', 'season', { text: 'last summer', rule: 'SeasonRelativeParser' });
  assertTime(oneTime('Parliament will be dissolved this spring.'), '2026-03-01', '2026-05-31', 'season');
  // In January, the winter under way is `this winter`; `last winter` is the one before.
  assertTime(oneTime('Gas prices soared last winter.'), '2024-12-01', '2025-02-28', 'season');
  assertTime(oneTime('The strike ended this past autumn.'), '2025-09-01', '2025-11-30', 'season');
});

test('SeasonOfYearParser: a season of a named year', () => {
  assertTime(oneTime('Negotiations stalled in the summer of 2024.'), '2024-06-01', '2024-08-31', 'season', { rule: 'SeasonOfYearParser' });
  assertTime(oneTime('Blackouts spread through the winter of 2022-23.'), '2022-12-01', '2023-02-28', 'season');
  assertTime(oneTime('The offensive began in spring 2019.'), '2019-03-01', '2019-05-31', 'season');
});

test('BareSeasonParser: a season with no year follows the tense', () => {
  assertTime(oneTime('The garrison withdrew in the autumn.'), '2025-09-01', '2025-11-30', 'season', { rule: 'BareSeasonParser' });
  assertTime(oneTime('The garrison will withdraw in the autumn.'), '2026-09-01', '2026-11-30', 'season');
  assert.equal(timesIn('Analysts compared it to the fall of Saigon.').length, 0);
});

test('RelativeMonthNameParser: last/next + month name', () => {
  assertTime(oneTime('The envoy visited Cairo last March.'), '2025-03-01', '2025-03-31', 'month', { rule: 'RelativeMonthNameParser' });
  assertTime(oneTime('The envoy will visit Cairo next March.'), '2026-03-01', '2026-03-31', 'month');
  // Published in June: `last March` is three months back, the same year.
  assertTime(oneTime('The envoy visited Cairo last March.', '2026-06-10'), '2026-03-01', '2026-03-31', 'month');
});

test('RelativeUnitParser: the calendar week, month, quarter or year around the anchor', () => {
  assertTime(oneTime('The ministers met last week.'), '2026-01-19', '2026-01-25', 'week', { rule: 'RelativeUnitParser' });
  assertTime(oneTime('Inflation rose last month.'), '2025-12-01', '2025-12-31', 'month');
  assertTime(oneTime('Exports collapsed last quarter.'), '2025-10-01', '2025-12-31', 'quarter');
  assertTime(oneTime('The treaty expires next year.'), '2027-01-01', '2027-12-31', 'year');
  assertTime(oneTime('Turnout was low this year.'), '2026-01-01', '2026-12-31', 'year');
  assertTime(oneTime('Crowds gathered last weekend.'), '2026-01-24', '2026-01-25', 'range');
  // `the last week` is a span up to the anchor, not the calendar week before.
  assert.notEqual(oneTime('Fighting eased over the last week.').rule, 'RelativeUnitParser');
});

test('EarlierLaterThisParser: the part of the current unit before or after the anchor', () => {
  assertTime(oneTime('The bank cut rates earlier this month.'), '2026-01-01', '2026-01-31', 'window', { rule: 'EarlierLaterThisParser' });
  assertTime(oneTime('A ruling is expected later this year.'), '2026-01-31', '2026-12-31', 'window');
  assertTime(oneTime('The talks broke down earlier today.'), '2026-01-31', '2026-01-31', 'day');
});

test('ThisMorningParser: this morning is the anchor day', () => {
  assertTime(oneTime('Police cleared the square this morning.'), '2026-01-31', '2026-01-31', 'day', { rule: 'ThisMorningParser' });
});

test('UnitsAgoParser: N units before the anchor, at the precision of the unit', () => {
  assertTime(oneTime('The convoy left two days ago.'), '2026-01-29', '2026-01-29', 'day', { rule: 'UnitsAgoParser' });
  assertTime(oneTime('The mayor resigned three weeks ago.'), '2026-01-05', '2026-01-11', 'week');
  assertTime(oneTime('The ceasefire collapsed a year ago.'), '2025-01-01', '2025-12-31', 'year');
  assertTime(oneTime('The border closed 4 months ago.'), '2025-09-01', '2025-09-30', 'month');
  assertTime(oneTime('The dam burst a few days ago.'), '2026-01-26', '2026-01-29', 'window');
});

test('PastPeriodParser: a span of known length up to the anchor (open)', () => {
  assertTime(oneTime('Over the last decade, the two navies drilled together.'), '2016-01-31', '2026-01-31', 'decade', { open: true, rule: 'PastPeriodParser' });
  assertTime(oneTime('Prices doubled in the past two years.'), '2024-01-31', '2026-01-31', 'window', { open: true });
  assertTime(oneTime('Dozens died in the last 48 hours.'), '2026-01-29', '2026-01-31', 'window', { open: true });
  // `the last week of March` is a part of March, not a span up to the anchor.
  assert.ok(timesIn('They met in the last week of March.').every((t) => t.rule !== 'PastPeriodParser'));
});

test('VagueDurationParser: for years / in recent months, a window up to the anchor (open)', () => {
  assertTime(oneTime('For years, the two clans feuded over grazing land.'), '2021-01-31', '2026-01-31', 'window', { open: true, rule: 'VagueDurationParser' });
  assertTime(oneTime('Attacks have multiplied in recent months.'), '2025-07-31', '2026-01-31', 'window', { open: true });
  assertTime(oneTime('The dispute has simmered for decades.'), '2006-01-31', '2026-01-31', 'window', { open: true });
  assert.equal(timesIn('The scars will last for years to come.').length, 0);
});

test('ComingPeriodParser: a window from the anchor forward', () => {
  assertTime(oneTime('Troops will arrive in the coming weeks.'), '2026-01-31', '2026-03-14', 'window', { rule: 'ComingPeriodParser' });
  assertTime(oneTime('The plant will close over the next two years.'), '2026-01-31', '2028-01-31', 'window');
  // `The next day` follows the story, not the anchor.
  assert.equal(timesIn('The next day, the militia withdrew.').length, 0);
});

test('DecadeParser: the 1990s, the \'80s', () => {
  assertTime(oneTime('The enclave was besieged in the 1990s.'), '1990-01-01', '1999-12-31', 'decade', { text: 'the 1990s', rule: 'DecadeParser' });
  assertTime(oneTime('It was a hit song in the ’80s.'), '1980-01-01', '1989-12-31', 'decade');
  assert.equal(timesIn('Most recruits were in their 40s.').length, 0);
});

test('QuarterParser: ordinal quarters, with a year or placed by the tense', () => {
  assertTime(oneTime('Output fell in the first quarter of 2025.'), '2025-01-01', '2025-03-31', 'quarter', { rule: 'QuarterParser' });
  assertTime(oneTime('The firm reported third-quarter losses.'), '2025-07-01', '2025-09-30', 'quarter');
  assertTime(oneTime('Deliveries resume in the final quarter of next year.'), '2027-10-01', '2027-12-31', 'quarter');
  // `the last quarter` alone is the one before the anchor's.
  assertTime(oneTime('Profits fell in the last quarter.'), '2025-10-01', '2025-12-31', 'quarter');
});

test('QuarterCodeParser: Q1 2025, Q3', () => {
  assertTime(oneTime('Revenue grew 4% in Q2 2024.'), '2024-04-01', '2024-06-30', 'quarter', { rule: 'QuarterCodeParser' });
});

test('HalfYearParser: the first or second half of a year', () => {
  assertTime(oneTime('Arrivals dropped in the second half of 2023.'), '2023-07-01', '2023-12-31', 'range', { rule: 'HalfYearParser' });
  assertTime(oneTime('Sales slowed in the first half of last year.'), '2025-01-01', '2025-06-30', 'range');
});

test('YearRangeParser: spans of whole years', () => {
  assertTime(oneTime('He governed the province from 2015 to 2019.'), '2015-01-01', '2019-12-31', 'range', { text: 'from 2015 to 2019', rule: 'YearRangeParser' });
  assertTime(oneTime('Output was flat between 2019 and 2021.'), '2019-01-01', '2021-12-31', 'range');
  assertTime(oneTime('The 2022-23 budget was cut.'), '2022-01-01', '2023-12-31', 'range');
  assertTime(oneTime('Rainfall failed during 2017–2018.'), '2017-01-01', '2018-12-31', 'range', { text: 'during 2017–2018' });
  assert.equal(timesIn('The bill passed 2019 to 21.').filter((t) => t.rule === 'YearRangeParser').length, 0);
});

test('TheYearParser: the year 2000', () => {
  assertTime(oneTime('The republic was founded in the year 1991.'), '1991-01-01', '1991-12-31', 'year');
});

test('PrepositionYearParser: a year after a preposition, never a quantity', () => {
  assertTime(oneTime('The pipeline opened in 2023.'), '2023-01-01', '2023-12-31', 'year', { text: 'in 2023', rule: 'PrepositionYearParser' });
  assertTime(oneTime('Output peaked during 1998.'), '1998-01-01', '1998-12-31', 'year', { text: 'during 1998' });
  assert.equal(timesIn('The virus was found in 2000 cases.').length, 0);
  assert.equal(timesIn('The fine rose to $2022 and then fell.').length, 0);
  assert.equal(timesIn('About 2,000 people marched in 1,998 towns.').length, 0);
});

test('ModifierYearParser: a year modifying a noun after a determiner or possessive', () => {
  assertTime(oneTime("Ankara's 2016 purge of the judiciary drew criticism."), '2016-01-01', '2016-12-31', 'year', { text: '2016', rule: 'ModifierYearParser' });
  assertTime(oneTime('Voters rejected the 2019 referendum.'), '2019-01-01', '2019-12-31', 'year');
  assert.equal(timesIn('The ministry sent the 2000 troops home.').length, 0);
  assert.equal(timesIn('Officials counted 2022 troops at the border.').length, 0);
});

test('DayOfMonthParser: on the 14th, the latest such day of a month', () => {
  assertTime(oneTime('The court ruled on the 14th.'), '2026-01-14', '2026-01-14', 'day', { rule: 'DayOfMonthParser' });
  // The 30th has not come yet on 10 March: the latest 30th is in January (February has none).
  assertTime(oneTime('The court ruled on the 30th.', '2026-03-10'), '2026-01-30', '2026-01-30', 'day');
  assert.equal(timesIn('The fire started on the 14th floor.').length, 0);
});

test('LeapDayParser: February 29 in the latest leap year (chrono drops it in other years)', () => {
  assertTime(oneTime('The referendum was held on February 29.'), '2024-02-29', '2024-02-29', 'day', { rule: 'LeapDayParser' });
  assertTime(oneTime('The referendum was held on 29 February.', '2025-06-01'), '2024-02-29', '2024-02-29', 'day');
  // With its year, chrono reads it.
  assertTime(oneTime('The referendum was held on February 29, 2020.'), '2020-02-29', '2020-02-29', 'day', { rule: 'chrono' });
});
