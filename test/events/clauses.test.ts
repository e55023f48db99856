import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { splitClauses } from '../../src/events/clauses.js';
import { defaultCues } from '../../src/events/lexicon.js';
import { modalityAt } from '../../src/events/modality.js';
import type { Doc } from '../../src/types.js';

const cues = defaultCues();
const docOf = (text: string): Doc => annotate({ id: 't', paragraphs: [text] }, '2024-05-01');

function clauseTexts(text: string): string[] {
  const doc = docOf(text);
  return splitClauses(doc, 0, cues).map((c) => `${c.kind}:${doc.tokens.slice(c.start, c.end).map((t) => t.text).join(' ')}`);
}

function modalityOf(text: string, word: string): string {
  const doc = docOf(text);
  const clauses = splitClauses(doc, 0, cues);
  const t = doc.tokens.find((x) => x.lower === word)!;
  const c = clauses.findIndex((x) => t.i >= x.start && t.i < x.end);
  return modalityAt(doc.tokens, clauses, c, t.i, cues).modality;
}

test('a fronted subordinate clause ends where the main clause begins', () => {
  const parts = clauseTexts('Although Peru recalled its envoy, Chile kept its embassy open.');
  assert.equal(parts.length, 2);
  assert.match(parts[0], /^sub:Although Peru recalled/);
  assert.match(parts[1], /^main:Chile kept/);
});

test('a coordinated predicate without a subject is its own clause, inheriting', () => {
  const parts = clauseTexts('The minister condemned the raid and summoned the ambassador.');
  assert.equal(parts.length, 2);
  assert.match(parts[1], /^coord:and summoned/);
});

test('a compound subject is not split', () => {
  const parts = clauseTexts('Peru and Chile signed a border treaty.');
  assert.equal(parts.length, 1);
});

test('relative clauses and infinitives open clauses', () => {
  const parts = clauseTexts('Norway, which hosted the talks, wants to mediate again.');
  assert.deepEqual(parts.map((p) => p.split(':')[0]), ['main', 'rel', 'resume', 'inf']);
});

test('modality: negation, modals, future, conditions and governing verbs', () => {
  assert.equal(modalityOf('Peru attacked Chile.', 'attacked'), 'asserted');
  assert.equal(modalityOf('Peru did not attack Chile.', 'attack'), 'negated');
  assert.equal(modalityOf('Peru could attack Chile.', 'attack'), 'hypothetical');
  assert.equal(modalityOf('Peru should sanction Chile.', 'sanction'), 'hypothetical');
  assert.equal(modalityOf('Peru will sanction Chile.', 'sanction'), 'future');
  assert.equal(modalityOf('If Peru attacks Chile, the region will suffer.', 'attacks'), 'hypothetical');
  assert.equal(modalityOf('Peru is not willing to attack Chile.', 'attack'), 'negated');
  assert.equal(modalityOf('Peru wants to attack Chile.', 'attack'), 'hypothetical');
  assert.equal(modalityOf('Peru plans to sanction Chile.', 'sanction'), 'future');
  assert.equal(modalityOf('Peru refused to meet Chile.', 'meet'), 'negated');
  assert.equal(modalityOf('Peru continued to shell Chile.', 'shell'), 'asserted');
  assert.equal(modalityOf('Peru might invade and occupy Chile.', 'occupy'), 'hypothetical');
  assert.equal(modalityOf('Peru invaded and occupied Chile.', 'occupied'), 'asserted');
});

test('a future act under a verb of saying is marked as reported', () => {
  const doc = docOf('Peru said it will send troops to Chile.');
  const clauses = splitClauses(doc, 0, cues);
  const t = doc.tokens.find((x) => x.lower === 'send')!;
  const c = clauses.findIndex((x) => t.i >= x.start && t.i < x.end);
  const r = modalityAt(doc.tokens, clauses, c, t.i, cues);
  assert.equal(r.modality, 'future');
  assert.notEqual(r.reportedBy, null);
});

test('a hyphen inside a word does not hide the verb of a subordinate clause', () => {
  const parts = clauseTexts('The government of Chile was formed in 2003 after a Peruvian-led coalition attacked Bolivia.');
  assert.equal(parts.length, 2, parts.join(' | '));
  assert.match(parts[1], /^sub:after a Peruvian - led coalition attacked/);
});

test('a relative pronoun after a coordinated object does not make the object a new subject', () => {
  // `and other supplies to Chile which is fighting …`: `which is fighting` is a relative clause, not `supplies … is`.
  const parts = clauseTexts('Peru is sending maps and other supplies to Chile which is fighting the rebels.');
  assert.equal(parts.length, 2, parts.join(' | '));
  assert.match(parts[0], /^main:Peru is sending maps and other supplies to Chile$/);
  assert.match(parts[1], /^rel:which is fighting/);
});
