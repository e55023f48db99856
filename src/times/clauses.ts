// Clauses without a parser: a sentence is cut at punctuation and at words that open a clause, and pieces that
// hold no verb (a sentence-initial adverbial, an apposition, a date) are joined to the clause they lean on.
import type { Doc, Token } from '../types.js';
import type { Tense } from './model.js';

export interface Clause {
  /** Character span in `Doc.text`. */
  start: number;
  end: number;
  /** Token span in `Doc.tokens` (end exclusive). */
  tokenStart: number;
  tokenEnd: number;
  /** The word that opened the clause (`when`, `although`, `which`…), lower-cased; null for a main clause. */
  introducer: string | null;
}

/** Words that open a new clause wherever they stand. */
const CLAUSE_OPENERS = new Set([
  'although', 'though', 'while', 'whilst', 'whereas', 'because', 'but', 'when', 'whenever', 'which', 'who', 'whom',
  'whose', 'unless', 'if', 'yet',
]);
/** Words that open a clause only when tagged as a conjunction or pronoun (`that` as a complementiser, `so`). */
const CONJUNCTION_OPENERS = new Set(['that', 'so', 'after', 'before', 'until', 'once']);
const BOUNDARY_PUNCT = new Set([';', ':', ',', '—', '–', '--']);

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

function opens(t: Token, next: Token | undefined): boolean {
  if (CLAUSE_OPENERS.has(t.lower)) return true;
  if (!CONJUNCTION_OPENERS.has(t.lower)) return false;
  if (t.lower === 'so') return t.pos === 'CCONJ' || t.pos === 'SCONJ';
  if (t.lower === 'that') return t.pos === 'SCONJ' || (t.pos === 'PRON' && next !== undefined && next.pos !== 'VERB');
  return t.pos === 'SCONJ';
}

/**
 * The clauses of sentence `sentenceIndex`. `protect` lists character spans (time expressions) that are never cut,
 * so the comma in `January 12, 2019` stays inside its date.
 */
export function clausesOf(doc: Doc, sentenceIndex: number, protect: ReadonlyArray<readonly [number, number]> = []): Clause[] {
  const s = doc.sentences[sentenceIndex];
  const inside = (offset: number): boolean => protect.some(([a, b]) => offset > a && offset < b);
  interface Piece { tokenStart: number; tokenEnd: number; introducer: string | null; verb: boolean }
  const pieces: Piece[] = [];
  let cur: Piece = { tokenStart: s.tokenStart, tokenEnd: s.tokenStart, introducer: null, verb: false };
  const close = (at: number): void => {
    cur.tokenEnd = at;
    if (cur.tokenEnd > cur.tokenStart) pieces.push(cur);
  };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!inside(t.start) && opens(t, doc.tokens[i + 1])) {
      if (i > cur.tokenStart) {
        close(i);
        cur = { tokenStart: i, tokenEnd: i, introducer: t.lower, verb: false };
      } else cur.introducer = t.lower; // right after a comma: `, but …`
    }
    if (isVerb(t)) cur.verb = true;
    if (t.pos === 'PUNCT' && BOUNDARY_PUNCT.has(t.text) && !inside(t.start) && i + 1 < s.tokenEnd) {
      close(i + 1);
      cur = { tokenStart: i + 1, tokenEnd: i + 1, introducer: null, verb: false };
    }
  }
  close(s.tokenEnd);
  // A piece with no verb is no clause: it joins the next piece (a sentence-initial adverbial joins its main
  // clause), or the previous one when it comes last.
  const merged: Piece[] = [];
  let pending: Piece | null = null;
  for (const p of pieces) {
    const q: Piece = pending ? { ...p, tokenStart: pending.tokenStart, introducer: pending.introducer ?? p.introducer } : p;
    pending = null;
    if (!q.verb) pending = q;
    else merged.push(q);
  }
  if (pending) {
    const last = merged[merged.length - 1];
    if (last) last.tokenEnd = pending.tokenEnd;
    else merged.push(pending);
  }
  return merged.map((p) => ({
    start: doc.tokens[p.tokenStart].start,
    end: doc.tokens[p.tokenEnd - 1].end,
    tokenStart: p.tokenStart,
    tokenEnd: p.tokenEnd,
    introducer: p.introducer,
  }));
}

/** The clause holding `offset`, or null when the offset is outside the sentence. */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | null {
  for (const c of clauses) if (offset >= c.start && offset < c.end) return c;
  // Between two clauses (on a space): the following one.
  for (const c of clauses) if (offset < c.start) return c;
  return clauses[clauses.length - 1] ?? null;
}

const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo']);
/** Modals that put an event ahead (`should be completed in October`); lower-case only (`May` is a month). */
const FUTURE_MODALS = new Set(['should', 'may', 'might', 'must']);
const AUX_FOLLOWERS = new Set(['VERB', 'AUX', 'ADV', 'PART']);
const FUTURE_PHRASE = new RegExp(
  [
    String.raw`\b(?:is|are|am|be|being|[’']s|[’']re)\s+(?:(?:now|also|still|currently|not)\s+)?(?:due\b|set\s+(?:to|for)\b|slated\b|expected\s+to\b|poised\s+to\b|going\s+to\b|scheduled\b|to\s+\w+)`,
    String.raw`\b(?:plans?|planning|intends?|intending|wants?|aims?|seeks?|hopes?|expects?)\s+to\b`,
    String.raw`\b(?:re)?scheduled\b|\bto\s+be\s+held\b`,
    String.raw`\b(?:upcoming|forthcoming)\b`,
    String.raw`\bto\s+take\s+effect\b`,
  ].join('|'),
  'i',
);
const TEMPORAL_OPENERS = new Set(['when', 'whenever', 'after', 'before', 'until', 'once', 'if', 'unless']);

/** Does a future marker stand among tokens `from`..`to` (exclusive)? */
function futureIn(doc: Doc, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    const next = doc.tokens[i + 1];
    if (!next || next.sentence !== t.sentence) continue;
    // `will` as an auxiliary: followed by a verb, an adverb or a negation (not `the will of the people`).
    if (FUTURE_AUX.has(t.lower) && AUX_FOLLOWERS.has(next.pos)) return true;
    if (FUTURE_MODALS.has(t.text) && (t.pos === 'AUX' || t.pos === 'VERB') && next.lower !== 'have' && AUX_FOLLOWERS.has(next.pos)) return true;
  }
  return FUTURE_PHRASE.test(doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end));
}

/**
 * Future when the clause says `will`, `shall`, `is due to`, `is to`, `plans to`, `is set to`, `scheduled`, `should`,
 * `may`, `upcoming`…; else past. (`was due to` is left past: its date may be either side of the anchor.)
 */
export function clauseTense(doc: Doc, clause: Clause): Tense {
  return futureIn(doc, clause.tokenStart, clause.tokenEnd) ? 'future' : 'past';
}

/** The clause a temporal or conditional clause hangs on: the one before it, or after it when it comes first. */
function hostOf(clauses: readonly Clause[], clause: Clause): Clause | null {
  if (!clause.introducer || !TEMPORAL_OPENERS.has(clause.introducer)) return null;
  const k = clauses.indexOf(clause);
  return (k === 0 ? clauses[1] : clauses[k - 1]) ?? null;
}

/**
 * The tense of `clause` among its sentence's `clauses`: a temporal or conditional clause with no marker of its own
 * (`when it arrives on May 3`, `once talks resume`) takes the tense of the clause it hangs on, since English puts
 * such clauses in the present for the future.
 */
export function tenseInSentence(doc: Doc, clauses: readonly Clause[], clause: Clause): Tense {
  if (clauseTense(doc, clause) === 'future') return 'future';
  const host = hostOf(clauses, clause);
  return host ? clauseTense(doc, host) : 'past';
}

const VERB_WINDOW = 6;

/**
 * The tense of the time expression starting at `offset`: that of the verb it hangs on (the nearest verb before it in
 * its clause, else the nearest after), read from the few words that make up the verb's group (`is due to vote`,
 * `will take place`, `plans to travel`). So `He said on Monday he may resign` keeps Monday in the past. A temporal
 * clause with no marker takes its host's tense; `the upcoming May 3 vote` is future.
 */
export function tenseOfTime(doc: Doc, clauses: readonly Clause[], offset: number): Tense {
  const clause = clauseAt(clauses, offset);
  if (!clause) return 'past';
  let at = clause.tokenStart;
  while (at < clause.tokenEnd && doc.tokens[at].start < offset) at++;
  let verb = -1;
  for (let i = at - 1; i >= clause.tokenStart && verb < 0; i--) if (isVerb(doc.tokens[i])) verb = i;
  for (let i = at; i < clause.tokenEnd && verb < 0; i++) if (isVerb(doc.tokens[i])) verb = i;
  // The verb's group: a few words before it, and the words between it and the time (`is due out in May`).
  const future =
    verb < 0
      ? futureIn(doc, clause.tokenStart, clause.tokenEnd)
      : futureIn(doc, Math.max(clause.tokenStart, verb - VERB_WINDOW), Math.max(verb + 1, Math.min(at, verb + VERB_WINDOW)));
  if (future || /\b(?:upcoming|forthcoming)\s+(?:\S+\s+)?$/i.test(doc.text.slice(Math.max(0, offset - 30), offset))) return 'future';
  const host = hostOf(clauses, clause);
  return host ? clauseTense(doc, host) : 'past';
}
