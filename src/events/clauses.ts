// Clause structure without a parser: splits a sentence into clauses at subordinators, relative words,
// coordinated predicates, infinitives and participles, and says how each clause relates to the one before.
import type { Doc, Token } from '../types.js';
import { CUE, cueBits, type Cues } from './lexicon.js';

export type ClauseKind =
  | 'main'   // an independent clause (the sentence's first, or one after `, and NP V`)
  | 'sub'    // opened by a subordinator (`while`, `although`, `as`, `if`, `when`)
  | 'rel'    // opened by a relative word (`which`, `who`, `whom`, `that`): may lean on an antecedent
  | 'coord'  // a coordinated predicate with no subject of its own (`… and urged Y`): inherits the subject
  | 'inf'    // an infinitive `to V`: its subject is controlled by the governing clause
  | 'part'   // a participle after a comma (`…, paving the way`): inherits the subject
  | 'resume'; // the main clause resumed after a parenthetical relative (`X, which …, does not want …`)

export interface Clause {
  index: number;
  /** Token range, absolute indices into doc.tokens, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** The word that opened it (`while`, `to`, `and`, `which`), lower case. */
  marker: string | null;
  /** The clause this one depends on or continues (for inheritance of subject and modality). */
  parent: number | null;
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

export function isVerb(t: Token): boolean {
  return t.pos === 'VERB';
}

export function isVerbal(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === ',' || t.text === '—' || t.text === '–');
}

/**
 * True when tokens from `k` read as a noun phrase followed by a verb: the start of a new predication
 * (`the autocrat has distanced`, `Russia's foreign minister Sergey Lavrov emphasised`).
 */
export function startsPredication(tokens: Token[], k: number, end: number): boolean {
  let nouns = 0;
  let i = k;
  while (i < end) {
    const t = tokens[i];
    // A relative pronoun opens a clause inside the phrase (`and other aid to X which is fighting Y`): the verb after
    // it is the relative clause's, not a predicate of the phrase.
    if (t.pos === 'PRON' && RELATIVE_PRONOUNS.has(t.lower)) return false;
    if (NP_POS.has(t.pos) || t.pos === 'ADP' || t.lower === 'and' || t.lower === '-' || t.lower === 'then') {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') nouns++;
      i++;
      continue;
    }
    break;
  }
  if (nouns === 0 || i >= end) return false;
  while (i < end && tokens[i].pos === 'ADV') i++;
  return i < end && isVerbal(tokens[i]);
}

/** True when a verb comes after `k` before the next punctuation mark (within the range). */
function verbAhead(tokens: Token[], k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    const t = tokens[i];
    // (A hyphen inside a word, `a U.S.-led coalition`, ends nothing.)
    if (t.pos === 'PUNCT' && !isQuote(t) && !inWordHyphen(tokens, i)) return false;
    if (isVerbal(t)) return true;
  }
  return false;
}

/** Whether token i is a hyphen joining the words on both sides (`U.S.-led`, `long-threatened`). */
function inWordHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (t.text === '-' || t.text === '–') && !!prev && !!next && prev.end === t.start && next.start === t.end;
}

function isQuote(t: Token): boolean {
  return /^["“”'‘’«»]$/.test(t.text);
}

function hasVerb(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isVerbal(tokens[i])) return true;
  return false;
}

/** Splits sentence `s` of the doc into clauses. */
export function splitClauses(doc: Doc, s: number, cues: Cues): Clause[] {
  const tokens = doc.tokens;
  const { tokenStart: a, tokenEnd: b } = doc.sentences[s];
  const clauses: Clause[] = [];
  let cur: Clause = { index: 0, start: a, end: b, kind: 'main', marker: null, parent: null };
  const open = (k: number, kind: ClauseKind, marker: string | null, parent: number | null) => {
    cur.end = k;
    if (cur.end > cur.start) clauses.push(cur);
    cur = { index: clauses.length, start: k, end: b, kind, marker, parent };
  };
  const lastIndex = (k: number) => (k > cur.start ? clauses.length : clauses.length - 1);
  const bits = cueBits(cues);

  for (let k = a; k < b; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const w = t.lower;
    const cue = bits.get(w) ?? 0;
    if (k === a) {
      if ((cue & CUE.subordinator) && verbAhead(tokens, k + 1, b)) cur.kind = 'sub', cur.marker = w;
      continue;
    }
    if (t.text === ';' || t.text === ':') {
      open(k + 1, 'main', null, null);
      continue;
    }
    if ((cue & CUE.relative) && w !== 'that' && t.pos !== 'DET') {
      open(k, 'rel', w, lastIndex(k));
      continue;
    }
    // `that` after punctuation opens a noun phrase (`…, that partnership has warmed`), not a clause.
    if (w === 'that' && verbAhead(tokens, k + 1, b) && prev && prev.pos !== 'PUNCT') {
      open(k, 'rel', w, lastIndex(k));
      continue;
    }
    if ((cue & CUE.subordinator) && w !== 'that' && verbAhead(tokens, k + 1, b) && startsPredication(tokens, k + 1, b)) {
      open(k, 'sub', w, lastIndex(k));
      continue;
    }
    if ((cue & CUE.coordinator) && t.pos === 'CCONJ') {
      let j = k + 1;
      while (j < b && (tokens[j].pos === 'ADV' || isQuote(tokens[j]))) j++;
      if (j < b && isVerbal(tokens[j]) && hasVerb(tokens, cur.start, k)) {
        // `urged X to reconsider and spoke with Y`: a finite verb coordinates with the finite one above the infinitive.
        let parent = lastIndex(k);
        const finite = tokens[j].lower !== tokens[j].lemma || tokens[j].pos === 'AUX';
        while (finite && parent >= 0 && parent < clauses.length + 1) {
          const pc = parent === clauses.length ? cur : clauses[parent];
          if (pc.kind !== 'inf' || pc.parent === null) break;
          parent = pc.parent;
        }
        open(k, 'coord', w, parent);
        continue;
      }
      if (hasVerb(tokens, cur.start, k) && startsPredication(tokens, k + 1, b)) {
        open(k, 'main', w, null);
        continue;
      }
    }
    if (w === 'to') {
      let j = k + 1;
      while (j < b && (tokens[j].pos === 'ADV' || isQuote(tokens[j]))) j++;
      // An infinitive: `to` and a verb in its base form (not `to reports`, `to sitting`).
      const v = tokens[j];
      const capitalised = v && /^\p{Lu}\p{Ll}/u.test(v.text); // `opposed to French mediation`: a name, not a verb
      if (j < b && v.pos === 'VERB' && !capitalised && (v.lower === v.lemma || v.text === v.text.toUpperCase()) && !/ing$/.test(v.lower)) {
        open(k, 'inf', 'to', lastIndex(k));
        continue;
      }
      // `committed to helping X`, `close to signing`, `opposed to meeting Y`: a gerund after a word of aim or stance
      // is what is aimed at or opposed, governed as an infinitive is (`resorted to attacking X` is done: no clause).
      let g = k - 1;
      while (g > a && tokens[g].pos === 'ADV' && tokens[g].lower !== 'forward') g--;
      if (j < b && v.pos === 'VERB' && !capitalised && /ing$/.test(v.lower) && g >= a && (cues.aimTo.has(tokens[g].lower) || cues.aimTo.has(tokens[g].lemma))) {
        open(k, 'inf', 'to', lastIndex(k));
        continue;
      }
    }
    if (isComma(t) && k + 1 < b) {
      const nx = tokens[k + 1];
      if (nx.pos === 'VERB' && /ing$/.test(nx.lower) && hasVerb(tokens, cur.start, k)) {
        open(k + 1, 'part', null, lastIndex(k + 1));
        continue;
      }
      // `…, which/who …,` followed by the main clause's predicate: resume the clause before the relative.
      const rel = openRelative(clauses, cur);
      if (rel && rel.parent !== null && hasVerb(tokens, cur.start, k) || (rel && rel !== cur && rel.parent !== null)) {
        let j = k + 1;
        while (j < b && tokens[j].pos === 'ADV') j++;
        if (j < b && isVerbal(tokens[j]) && rel!.parent !== null) {
          open(k + 1, 'resume', null, rel!.parent);
          continue;
        }
      }
      // A fronted subordinate clause ends at the comma before the main clause's subject and verb.
      if (cur.kind !== 'main' && cur.kind !== 'resume' && hasVerb(tokens, cur.start, k) && startsPredication(tokens, k + 1, b)) {
        open(k + 1, 'main', null, null);
        continue;
      }
    }
  }
  cur.end = b;
  if (cur.end > cur.start) clauses.push(cur);
  clauses.forEach((c, i) => (c.index = i));
  return clauses;
}

/** The relative clause (`…, which …`) that the current clause belongs to, if any: the current one or an ancestor. */
function openRelative(clauses: Clause[], cur: Clause): Clause | null {
  let c: Clause | undefined = cur;
  for (let guard = 0; c && guard < 8; guard++) {
    if (c.kind === 'rel') return c;
    if (c.kind !== 'inf' && c.kind !== 'coord') return null;
    c = c.parent !== null ? clauses[c.parent] : undefined;
  }
  return null;
}

/** The clause that holds token `i`. */
export function clauseOf(clauses: Clause[], i: number): Clause {
  for (const c of clauses) if (i >= c.start && i < c.end) return c;
  return clauses[clauses.length - 1];
}
