import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../src/read/dateline.js';

test('aggregator datelines with a time', () => {
  assert.equal(parseDateline('Jan 31, 2026 - 08:21'), '2026-01-31T08:21');
  assert.equal(parseDateline('Sept. 3, 2025 at 9:15 pm EST'), '2025-09-03T21:15');
  assert.equal(parseDateline('31 January 2026, 14:05 GMT'), '2026-01-31T14:05');
  assert.equal(parseDateline('12 Mar 2024 12:30 a.m.'), '2024-03-12T00:30');
  assert.equal(parseDateline('2026-01-31T08:21:07Z'), '2026-01-31T08:21:07');
  assert.equal(parseDateline('2026-01-31 08:21 +01:00'), '2026-01-31T08:21');
});

test('dates without a time', () => {
  assert.equal(parseDateline('January 31, 2026'), '2026-01-31');
  assert.equal(parseDateline('31 January 2026'), '2026-01-31');
  assert.equal(parseDateline('2026-01-31'), '2026-01-31');
  assert.equal(parseDateline('2026/1/31'), '2026-01-31');
  assert.equal(parseDateline('Feb 2nd, 2024'), '2024-02-02');
  assert.equal(parseDateline('Published: 5 May 2021'), '2021-05-05');
});

test('Wikinews datelines, with a weekday and a trailing no-break space', () => {
  assert.equal(parseDateline('Friday, January 4, 2019\u00a0'), '2019-01-04');
  assert.equal(parseDateline('Wednesday, September 18, 2019\u00a0 '), '2019-09-18');
});

test('not datelines', () => {
  assert.equal(parseDateline('Thursday, United States military forces killed Qasem Soleimani'), null);
  assert.equal(parseDateline('Jan 31, 2026 News'), null);
  assert.equal(parseDateline('On January 31, 2026 the talks began.'), null);
  assert.equal(parseDateline('February 30, 2026'), null);
  assert.equal(parseDateline('2026-13-01'), null);
  assert.equal(parseDateline('Jan 31, 2026 - 25:10'), null);
  assert.equal(parseDateline('January 2026'), null);
  assert.equal(parseDateline(''), null);
});
