// Every document of the shared corpora goes through the whole pipeline without throwing, and every event it
// codes is well formed (skipped where ../shared is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../../src/pipeline.js';
import { isCameoCode } from '../../src/events/ontology/index.js';

const SHARED = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const SETS = ['corpora/wikinews/docs.jsonl', 'plover-gsr/docs.jsonl', 'petrarch-validation/docs.jsonl'];
const ISO = /^\d{4}-\d\d-\d\d$/;

for (const set of SETS) {
  const file = SHARED + set;
  test(`the pipeline codes ${set} without failing`, { skip: !existsSync(file) && 'no ../shared here' }, () => {
    let events = 0;
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const r = JSON.parse(line) as { id: string; text: string; published?: string };
      const doc = processArticle({ id: r.id, ...(r.published ? { published: r.published } : {}), paragraphs: r.text.split(/\n\s*\n/) }, { fallbackDate: '2020-01-01' });
      for (const e of doc.events) {
        events++;
        assert.ok(isCameoCode(e.cameo), `${r.id}: ${e.cameo}`);
        assert.equal(e.root, e.cameo.slice(0, 2));
        assert.match(e.date.start, ISO);
        assert.ok(e.date.start <= e.date.end, `${r.id}: ${e.date.start} > ${e.date.end}`);
        assert.ok(e.span[0] >= 0 && e.span[1] <= doc.text.length && e.span[0] < e.span[1]);
        assert.ok(doc.text.slice(e.span[0], e.span[1]).length > 0);
        assert.equal(doc.sentences[e.sentenceIndex].text, e.sentence);
        assert.ok(['asserted', 'negated', 'hypothetical', 'future'].includes(e.modality));
        assert.ok(e.source.code.length >= 3);
      }
    }
    assert.ok(events > 0);
  });
}
