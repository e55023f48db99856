// Recognition rules for phrasings common in wire news, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes } from './helpers.js';

test('people who came to a place are not its own: refugees or settlers "in X" are not coded X', () => {
  assert.deepEqual(codes('Protesters in Chile marched.'), ['Protesters in Chile=CHLOPP@agent']);
  assert.ok(!codes('Refugees in Chile marched.').some((c) => c.includes('CHLREF')));
  assert.ok(!codes('Settlers in Chile marched.').some((c) => c.includes('CHLCVL')));
});
