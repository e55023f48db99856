import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BANDS, bandKeys, compare, containment, jaccard, MIN_SHINGLES, NUM_HASHES, shingleHashes, signatureBytes, signatureFromBytes,
  signatureOf, wordHashes,
} from '../../src/dedup/minhash.js';

const STORY = [
  'The foreign ministers of the two countries met in Geneva on Monday to discuss a ceasefire along the disputed border.',
  'Officials said the talks lasted more than six hours and ended without a joint statement, though both sides agreed to meet again.',
  'The United Nations envoy, who hosted the meeting, called the discussions frank and said a second round would follow next month.',
  'Fighting in the region has displaced tens of thousands of people since the spring, according to aid agencies working there.',
].join('\n\n');

test('words: lower-cased runs of letters and digits, any script; shingles: distinct, sorted', () => {
  assert.equal(wordHashes('The THE the').length, 3);
  const [a, b, c] = wordHashes('The THE the');
  assert.ok(a === b && b === c);
  assert.equal(wordHashes('Gdańsk, 2019 — Zürich!').length, 3);
  assert.equal(shingleHashes('one two three four').length, 0, 'fewer than five words: no shingle');
  const sh = shingleHashes('a b c d e f g a b c d e');
  assert.ok([...sh].every((v, i) => i === 0 || sh[i - 1] < v));
});

test('identical texts: similarity 1 whatever the whitespace and case; unrelated texts: near 0', () => {
  const a = signatureOf(STORY);
  assert.equal(jaccard(a.minhash, signatureOf(STORY.toUpperCase().replace(/\s+/g, '  ')).minhash), 1);
  const other = signatureOf('Heavy rain flooded the capital overnight, closing schools and roads while emergency crews pumped water from the metro stations and rescued residents trapped in cars.');
  assert.ok(jaccard(a.minhash, other.minhash) < 0.1);
  assert.equal(compare(a, other).duplicate, false);
});

test('a syndicated copy and an update with a new paragraph are near-duplicates; a story on the same topic is not', () => {
  const a = signatureOf(STORY);
  const copy = signatureOf(`GENEVA (Wire) — ${STORY}\n\nReporting by A. Writer; editing by B. Editor. Copyright Wire 2024.`);
  assert.equal(compare(a, copy).duplicate, true);
  const paras = STORY.split('\n\n');
  const update = signatureOf([...paras.slice(0, 2), 'Late on Monday the envoy said both delegations had accepted a draft agenda for the next round.', ...paras.slice(2)].join('\n\n'));
  assert.equal(compare(a, update).duplicate, true);
  const sameTopic = signatureOf('The two foreign ministers are to meet in Geneva next month for a second round of ceasefire talks, the UN envoy said, after the first round ended without agreement on the disputed border.');
  assert.equal(compare(a, sameTopic).duplicate, false);
});

test('texts under the shingle minimum are never near-duplicates (exact hashing still finds their copies)', () => {
  const a = signatureOf('Talks resumed in Geneva today.');
  assert.ok(a.shingles < MIN_SHINGLES);
  assert.equal(compare(a, a).duplicate, false);
});

test('property: the estimate follows the true Jaccard similarity of the shingle sets', () => {
  const words = fc.array(fc.constantFrom(...'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ')), { minLength: 60, maxLength: 300 });
  let sq = 0;
  let n = 0;
  fc.assert(
    fc.property(words, words, fc.nat(100), (x, y, cut) => {
      const a = x.join(' ');
      const b = [...x.slice(0, Math.floor((x.length * cut) / 100)), ...y].join(' ');
      const sa = new Set(shingleHashes(a));
      const sb = new Set(shingleHashes(b));
      let inter = 0;
      for (const v of sa) if (sb.has(v)) inter++;
      const truth = inter / (sa.size + sb.size - inter);
      const est = jaccard(signatureOf(a).minhash, signatureOf(b).minhash);
      sq += (est - truth) ** 2;
      n++;
      assert.ok(Math.abs(est - truth) < 0.3, `estimate ${est} for ${truth}`);
    }),
    { numRuns: 200, seed: 7 },
  );
  assert.ok(Math.sqrt(sq / n) < 0.06, `root mean square error ${Math.sqrt(sq / n)}`);
});

test('bands: one key per band, equal signatures share all keys, keys of different bands never collide', () => {
  const a = signatureOf(STORY);
  const keys = bandKeys(a);
  assert.equal(keys.length, BANDS);
  assert.deepEqual(bandKeys(signatureOf(STORY)), keys);
  keys.forEach((k, b) => assert.equal(Math.floor(k / 2 ** 32), b));
});

test('containment: from Jaccard and the set sizes', () => {
  // A (100 shingles) inside B (125): |A∩B| = 100, |A∪B| = 125, J = 0.8 → containment of the smaller = 1.
  assert.ok(Math.abs(containment(0.8, 100, 125) - 1) < 1e-9);
  assert.equal(containment(0, 10, 10), 0);
});

test('signatures survive the round trip through bytes', () => {
  const a = signatureOf(STORY);
  const back = signatureFromBytes(signatureBytes(a), a.shingles);
  assert.deepEqual(back, a);
  assert.equal(signatureBytes(a).length, NUM_HASHES * 4);
});
