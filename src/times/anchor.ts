// Gives an event its date from the time expressions around its trigger. Rules, in order:
//   modifier     a time right before a nominal trigger, in its noun phrase: `Moscow's 2022 invasion`, `a January 12
//                meeting`, `Monday's vote`;
//   clause       the nearest time in the trigger's own clause (a sentence-initial adverbial belongs to the main
//                clause; a `when` clause with no time of its own shares the time of the clause it hangs on);
//   paragraph    the nearest earlier sentence of the paragraph that carries a time, if that time is a past point;
//   publication  the 30 days up to the anchor date.
import type { Doc, EventDate, TimeExpression, Token } from '../types.js';
import { addDays, pointEnd } from './calendar.js';
import { clauseAt, clausesOf, tenseInSentence, type Clause } from './clauses.js';

/** Where the event's trigger is: its sentence, its character span, and whether it is a noun (`invasion`). */
export interface EventAt {
  sentence: number;
  triggerStart: number;
  triggerEnd: number;
  /** A nominal trigger (`the invasion`, `a meeting`); read from the trigger's part of speech when left out. */
  nominal?: boolean;
}

/** The date of the event whose trigger is at `at`, and how it was chosen. */
export function dateForEvent(doc: Doc, times: readonly TimeExpression[], at: EventAt): EventDate {
  const s = doc.sentences[at.sentence];
  const inSentence = times.filter((t) => t.charStart >= s.start && t.charEnd <= s.end);
  return (
    modifierDate(doc, inSentence, at) ??
    clauseDate(doc, inSentence, at) ??
    paragraphDate(doc, times, at) ??
    publicationDate(doc)
  );
}

// ---------------------------------------------------------------- modifier

/** Words that may stand between a modifying time and its noun: `the 2022 Russian invasion`, `Monday's vote`. */
const NOUN_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART']);

function tokensBetween(doc: Doc, sentence: number, from: number, to: number): Token[] {
  const s = doc.sentences[sentence];
  const out: Token[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.start >= from && t.end <= to) out.push(t);
  }
  return out;
}

function isNominalTrigger(doc: Doc, at: EventAt): boolean {
  if (at.nominal !== undefined) return at.nominal;
  const t = doc.tokens.find((k) => k.start <= at.triggerStart && at.triggerStart < k.end);
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** The time itself as a point (an open `since` reading closes at the end of its start unit). */
function pointOf(t: TimeExpression): { start: string; end: string; precision: EventDate['precision'] } {
  if (!t.open) return { start: t.start, end: t.end, precision: t.precision };
  return { start: t.start, end: pointEnd(t.start, t.precision, t.end), precision: t.precision };
}

export function modifierDate(doc: Doc, inSentence: readonly TimeExpression[], at: EventAt): EventDate | null {
  if (!isNominalTrigger(doc, at)) return null;
  let best: TimeExpression | null = null;
  for (const t of inSentence) if (t.charEnd <= at.triggerStart && (!best || t.charEnd > best.charEnd)) best = t;
  if (!best || at.triggerStart - best.charEnd > 40) return null;
  const between = tokensBetween(doc, at.sentence, best.charEnd, at.triggerStart);
  if (between.length > 3 || !between.every((k) => NOUN_PHRASE_POS.has(k.pos) || k.text === '-')) return null;
  if (/[,;:()]/.test(doc.text.slice(best.charEnd, at.triggerStart))) return null;
  return { ...pointOf(best), text: best.text, from: 'modifier' };
}

// ---------------------------------------------------------------- clause

const distance = (t: TimeExpression, at: EventAt): number =>
  t.charEnd <= at.triggerStart ? at.triggerStart - t.charEnd : Math.max(0, t.charStart - at.triggerEnd);

/**
 * A time inside a `since` phrase (`since the collapse of the currency on December 28`, `since Moscow's 2022
 * invasion`): the event it dates runs from then to the anchor. Returns the `since` token, or null.
 */
export function sinceGoverning(doc: Doc, sentence: number, t: TimeExpression): Token | null {
  if (t.open) return null;
  const s = doc.sentences[sentence];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const k = doc.tokens[i];
    if (k.start >= t.charStart) break;
    if (k.lower !== 'since') continue;
    const between = tokensBetween(doc, sentence, k.end, t.charStart);
    if (between.length <= 10 && !between.some((b) => b.pos === 'VERB' || b.pos === 'AUX' || /^[,;:]$/.test(b.text))) return k;
  }
  return null;
}

function clauseDateFrom(doc: Doc, t: TimeExpression, at: EventAt): EventDate {
  const since = sinceGoverning(doc, at.sentence, t);
  const triggerInside = since !== null && at.triggerStart >= since.start && at.triggerStart < t.charEnd;
  if (since && !triggerInside && t.start <= doc.anchorDate) {
    return { start: t.start, end: doc.anchorDate, precision: 'range', text: t.text, from: 'clause' };
  }
  if (t.open) {
    const end = t.end > doc.anchorDate ? t.end : doc.anchorDate;
    return { start: t.start, end, precision: t.rule.includes('SinceRefiner') ? 'range' : t.precision, text: t.text, from: 'clause' };
  }
  return { start: t.start, end: t.end, precision: t.precision, text: t.text, from: 'clause' };
}

export function clauseDate(doc: Doc, inSentence: readonly TimeExpression[], at: EventAt): EventDate | null {
  if (inSentence.length === 0) return null;
  const clauses = clausesOf(doc, at.sentence, inSentence.map((t) => [t.charStart, t.charEnd] as const));
  const clause = clauseAt(clauses, at.triggerStart);
  if (!clause) return null;
  const within = (c: Clause): TimeExpression[] => inSentence.filter((t) => t.charStart >= c.start && t.charStart < c.end);
  let candidates = within(clause);
  if (candidates.length === 0 && clause.introducer === 'when') {
    // `… came into view last summer when the militaries struck`: the when-clause happens at its host's time.
    const k = clauses.indexOf(clause);
    candidates = k > 0 ? within(clauses[k - 1]) : [];
    if (candidates.length === 0 && k + 1 < clauses.length) candidates = within(clauses[k + 1]);
  }
  if (candidates.length === 0) return null;
  const nearest = candidates.reduce((a, b) => (distance(b, at) < distance(a, at) ? b : a));
  return clauseDateFrom(doc, nearest, at);
}

// ---------------------------------------------------------------- paragraph

/** Words that set a sentence in the present: its event is not the past narrative's. */
const PRESENT_MARKERS = /\b(?:now|currently|at present|presently|nowadays|these days|at the moment)\b/i;

function staysInThePresent(doc: Doc, at: EventAt): boolean {
  const s = doc.sentences[at.sentence];
  if (PRESENT_MARKERS.test(s.text)) return true;
  const clauses = clausesOf(doc, at.sentence);
  const clause = clauseAt(clauses, at.triggerStart);
  return clause !== null && tenseInSentence(doc, clauses, clause) === 'future';
}

/** A time a later sentence can inherit: a point in the past, not an open span or a `since` phrase. */
function isInheritable(doc: Doc, sentence: number, t: TimeExpression): boolean {
  if (t.open || sinceGoverning(doc, sentence, t)) return false;
  return t.start < doc.anchorDate || (t.start === doc.anchorDate && t.end === doc.anchorDate);
}

export function paragraphDate(doc: Doc, times: readonly TimeExpression[], at: EventAt): EventDate | null {
  const paragraph = doc.sentences[at.sentence].paragraph;
  if (staysInThePresent(doc, at)) return null;
  for (let i = at.sentence - 1; i >= 0 && doc.sentences[i].paragraph === paragraph; i--) {
    const s = doc.sentences[i];
    const here = times.filter((t) => t.charStart >= s.start && t.charEnd <= s.end);
    if (here.length === 0) continue;
    // The nearest sentence with a time decides: its last past point, or nothing.
    const usable = here.filter((t) => isInheritable(doc, i, t));
    const t = usable[usable.length - 1];
    return t ? { start: t.start, end: t.end, precision: t.precision, text: t.text, from: 'paragraph' } : null;
  }
  return null;
}

// ---------------------------------------------------------------- publication

/** The 30 days up to the anchor date: what a news report with no time of its own is about. */
export function publicationDate(doc: Doc): EventDate {
  return { start: addDays(doc.anchorDate, -30), end: doc.anchorDate, precision: 'window', text: '', from: 'publication' };
}
