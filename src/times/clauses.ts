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
const AUX_FOLLOWERS = new Set(['VERB', 'AUX', 'ADV', 'PART']);
const FUTURE_PHRASE = new RegExp(
  [
    String.raw`\b(?:is|are|am|be|being|[’']s|[’']re)\s+(?:(?:now|also|still|currently|not)\s+)?(?:due\b|set\s+to\b|slated\b|expected\s+to\b|poised\s+to\b|going\s+to\b|scheduled\b|to\s+\w+)`,
    String.raw`\b(?:re)?scheduled\s+(?:to|for)\b`,
    String.raw`\b(?:plans?|planning|intends?|intending)\s+to\b`,
    String.raw`\b(?:upcoming|forthcoming)\b`,
    String.raw`\bto\s+take\s+effect\b`,
  ].join('|'),
  'i',
);

/**
 * Future when the clause says `will`, `shall`, `is due to`, `is to`, `plans to`, `is set to`, `scheduled for`,
 * `upcoming`…; else past. (`was due to` is left past: its date may be either side of the anchor.)
 */
export function clauseTense(doc: Doc, clause: Clause): Tense {
  for (let i = clause.tokenStart; i < clause.tokenEnd; i++) {
    const t = doc.tokens[i];
    const next = doc.tokens[i + 1];
    // `will` as an auxiliary: followed by a verb, an adverb or a negation (not `the will of the people`).
    if (FUTURE_AUX.has(t.lower) && next && i + 1 < clause.tokenEnd && AUX_FOLLOWERS.has(next.pos)) return 'future';
  }
  return FUTURE_PHRASE.test(doc.text.slice(clause.start, clause.end)) ? 'future' : 'past';
}
