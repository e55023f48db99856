// findTimes over the Wikinews corpus in shared/ (skipped when it is absent): every expression well formed.
// Speed is measured by `npm run bench`, not asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate } from '../../src/annotate/annotate.js';
import { findTimes } from '../../src/times/index.js';
import type { Doc } from '../../src/types.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url)); // dist/test/times/ → the repository
const corpus = `${repo}../shared/data/corpora/wikinews/docs.jsonl`;
const PRECISIONS = new Set(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'range', 'window']);
const ISO = /^\d{4}-\d\d-\d\d$/;

test('findTimes on the Wikinews corpus: well-formed expressions', { skip: !existsSync(corpus) && 'shared corpus absent' }, (t) => {
  const docs: Doc[] = readFileSync(corpus, 'utf8').trim().split('\n').map((line) => {
    const a = JSON.parse(line) as { id: string; published: string; text: string };
    return annotate({ id: a.id, published: a.published, paragraphs: a.text.split(/\n\s*\n/) }, a.published);
  });
  let found = 0;
  for (const doc of docs) found += findTimes(doc).length;
  t.diagnostic(`${docs.length} articles, ${found} time expressions`);
  for (const doc of docs) {
    for (const e of findTimes(doc)) {
      assert.match(e.start, ISO);
      assert.match(e.end, ISO);
      assert.ok(e.start <= e.end, `${e.text}: ${e.start} > ${e.end}`);
      assert.ok(PRECISIONS.has(e.precision));
      assert.equal(e.text, doc.text.slice(e.charStart, e.charEnd));
      assert.ok(e.text.length > 0 && e.text === e.text.trim(), `untrimmed ${JSON.stringify(e.text)}`);
      if (e.open) assert.equal(e.end, doc.anchorDate, `${e.text} is open but ends ${e.end}`);
    }
  }
});
