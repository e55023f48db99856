// Clause cutting and the tense of a clause, which decide where dates without a year fall and which time an event takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { clauseAt, clausesOf, clauseTense, tenseOfTime } from '../../src/times/clauses.js';

const docOf = (text: string) => annotate({ id: 't', published: '2026-01-31', paragraphs: [text] }, '2026-01-31');

test('clausesOf: a sentence-initial adverbial joins its main clause; `but` and `when` open new clauses', () => {
  const doc = docOf('In March, the council approved the plan, but the mayor vetoed it when the budget ran short.');
  const texts = clausesOf(doc, 0).map((c) => doc.text.slice(c.start, c.end));
  assert.deepEqual(texts, ['In March, the council approved the plan,', 'but the mayor vetoed it', 'when the budget ran short.']);
  assert.deepEqual(clausesOf(doc, 0).map((c) => c.introducer), [null, 'but', 'when']);
});

test('clausesOf: an apposition is no clause, and a protected date is never cut', () => {
  const doc = docOf('On May 4, 2019, Jane Doe, the envoy, met the rebels.');
  const date: [number, number] = [3, 14];
  assert.equal(clausesOf(doc, 0, [date]).length, 1);
});

test('clauseTense: future markers in the clause', () => {
  const future = ['Voters will decide.', 'The summit is due to open.', 'The bank plans to cut rates.', 'The minister is to visit Rome.', 'The hearing is scheduled for noon.'];
  for (const s of future) {
    const doc = docOf(s);
    assert.equal(clauseTense(doc, clausesOf(doc, 0)[0]), 'future', s);
  }
  const doc = docOf('The general said the will of the army was clear.');
  assert.equal(clauseTense(doc, clausesOf(doc, 0)[0]), 'past');
});

test('clauseAt: an offset finds its clause', () => {
  const doc = docOf('The army advanced, while the rebels retreated.');
  const clauses = clausesOf(doc, 0);
  assert.equal(clauseAt(clauses, doc.text.indexOf('retreated'))?.introducer, 'while');
});

test('tenseOfTime: the tense of the verb a time hangs on', () => {
  const doc = docOf('The mayor said on Monday the council may vote on Friday.');
  const clauses = clausesOf(doc, 0);
  assert.equal(tenseOfTime(doc, clauses, doc.text.indexOf('Monday')), 'past');
  assert.equal(tenseOfTime(doc, clauses, doc.text.indexOf('Friday')), 'future');
  const doc2 = docOf('On Friday, the council will vote.');
  assert.equal(tenseOfTime(doc2, clausesOf(doc2, 0), doc2.text.indexOf('Friday')), 'future');
});
