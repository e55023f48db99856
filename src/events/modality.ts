// Modality: whether an event is reported as done (asserted), denied (negated), conditional or recommended
// (hypothetical), or announced for later (future) — read from the trigger's clause and the clauses governing it.
import type { Modality, Token } from '../types.js';
import type { Clause } from './clauses.js';
import { CUE, cueBits, type Cues } from './lexicon.js';

export interface ModalityReading {
  modality: Modality;
  /** Why: the cue word that decided it (`not`, `could`, `will`, `want to`), or null when asserted. */
  cue: string | null;
  /** Token index of a verb of saying that reports this future/conditional act, if any. */
  reportedBy: number | null;
  /** A future marker stood in the clause, even where negation decided (`will not accept`). */
  future?: boolean;
}

/** Verbs of promising or deciding: with a negation before the infinitive they announce a refusal. */
const PROMISE = new Set(['vow', 'pledge', 'promise', 'swear', 'decide']);

/** Verbs of promising, threatening or demanding: what they say lasts `until` an act has not seen that act yet. */
const UNTIL_PROMISE = new Set([...PROMISE, 'threaten', 'warn', 'demand', 'insist', 'urge']);

const ASSERTED: ModalityReading = { modality: 'asserted', cue: null, reportedBy: null };

/** The last verbal or predicative word before `end` in the clause: the word that governs an infinitive. */
export function governorOf(tokens: Token[], clause: Clause, end: number): Token | null {
  const last = Math.min(end, clause.end) - 1;
  for (let i = last; i >= clause.start; i--) {
    const t = tokens[i];
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'be' && t.lemma !== 'have' && t.lemma !== 'do')) return t;
    // `willing to V`, `an option to V`: a predicative word right before the infinitive.
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && i === last) return t;
  }
  return null;
}

/** Whether a verb or noun of demanding governs the `that` at `at` (within a few words: `demanded today that`). */
function mandativeBefore(tokens: Token[], parent: Clause, at: number, cues: Cues): boolean {
  for (let i = at - 1, n = 0; i >= parent.start && n < 4; i--, n++) {
    const t = tokens[i];
    if (cues.mandative.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN')) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs whose gerund object is weighed, liked or feared, not done (`considered attacking Y`, `likes bombing Y`). */
const GERUND_WISH = new Set(['like', 'love', 'enjoy', 'hate', 'dislike', 'consider', 'contemplate', 'risk', 'prefer', 'fear', 'imagine', 'recommend', 'propose', 'suggest']);
/** … and verbs whose gerund object is not done (`avoided criticizing Y`, `refrained from attacking Y`). */
const GERUND_NOT = new Set(['avoid', 'refrain', 'resist']);
/** Words of reputation before `for` and a gerund: a habit or a record, not a dated act (`known for mediating`). */
const REPUTATION = new Set(['know', 'known', 'famous', 'notorious', 'renowned', 'noted', 'praise', 'praised']);

/** The reading of a gerund at `at` governed by a verb of weighing or avoiding (or `known for`), else null. */
function gerundGoverned(tokens: Token[], at: number): ModalityReading | null {
  const t = tokens[at];
  if (!/ing$/.test(t.lower) || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return null;
  let i = at - 1;
  while (i >= 0 && tokens[i].pos === 'ADV' && tokens[i].sentence === t.sentence) i--;
  const prep = i >= 0 && (tokens[i].lower === 'for' || tokens[i].lower === 'from') ? tokens[i].lower : null;
  if (prep) i--;
  const gov = tokens[i];
  if (!gov || gov.sentence !== t.sentence) return null;
  if (!prep && gov.pos === 'VERB' && GERUND_WISH.has(gov.lemma)) return { modality: 'hypothetical', cue: `${gov.lemma} -ing`, reportedBy: null };
  if ((!prep || prep === 'from') && gov.pos === 'VERB' && GERUND_NOT.has(gov.lemma)) return { modality: 'negated', cue: `${gov.lemma} -ing`, reportedBy: null };
  if (prep === 'for' && REPUTATION.has(gov.lower)) return { modality: 'hypothetical', cue: `${gov.lower} for -ing`, reportedBy: null };
  return null;
}

/** Nouns of a measure not yet in force: an act a participle after them describes is proposed (`a bill banning X`). */
const PROPOSED = new Set(['bill', 'draft', 'proposal', 'motion', 'amendment']);

/** Verbs of claiming: what another actor did, in their complement, is an allegation, not a reported deed. */
const CLAIMING = new Set(['claim', 'allege', 'alleged']); // (`alleged` is left unlemmatised)
/**
 * `…, meaning the Peruvian government has allowed Bolivians more freedom`: what something is said to mean is the
 * writer's inference, a standing consequence, not an act reported; read like a claim.
 */
const INFERRING = new Set(['mean']);

/**
 * `Peru claimed Chile attacked its ships`, `alleged that Chile had attacked them`: an act whose subject follows a verb
 * of claiming (with or without `that`) is alleged by the claimant, not reported as done (`said` still reports it).
 * `claimed responsibility for attacking Y` is no complement clause: the claimant's own act, admitted.
 */
function claimedBy(tokens: Token[], clause: Clause, parent: Clause | null, at: number): string | null {
  const from = clause.kind === 'rel' && clause.marker === 'that' && parent ? parent.start : clause.start;
  let subject = false;
  for (let i = at - 1; i >= from; i--) {
    const t = tokens[i];
    if (t.pos === 'VERB' && (CLAIMING.has(t.lemma) || INFERRING.has(t.lemma))) return subject ? t.lemma : null;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true;
    else if (!(NP_WORD.has(t.pos) || t.pos === 'AUX' || t.pos === 'ADV' || t.lower === 'that')) return null;
  }
  return null;
}

/** Words a noun phrase is made of, for `demanded [the Chilean army] withdraw`. */
const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/**
 * `Peru demanded Chile withdraw its troops`, `requested the president declare an emergency`: a bare verb right after
 * the object of a verb of demanding is a mandative subjunctive with `that` left out — the act is wanted, not done.
 * (Only after a verb of demanding, and only a base form: `said Chile withdrew its troops` reports a deed.)
 */
function zeroThatMandative(tokens: Token[], at: number, cues: Cues): boolean {
  const t = tokens[at];
  if (!t || t.pos !== 'VERB' || t.lower !== t.lemma) return false;
  let i = at - 1;
  let np = 0;
  for (; i >= 0 && at - i <= 8 && tokens[i].sentence === t.sentence && NP_WORD.has(tokens[i].pos); i--) np++;
  if (np === 0 || i < 0 || tokens[i].sentence !== t.sentence) return false;
  const gov = tokens[i];
  return gov.pos === 'VERB' && cues.mandative.has(gov.lemma);
}

function own(tokens: Token[], clause: Clause, upTo: number, cues: Cues): ModalityReading & { aux: boolean } {
  let aux = false;
  let found: ModalityReading | null = null;
  let speech: number | null = null;
  let future = false;
  const bits = cueBits(cues);
  for (let i = clause.start; i < upTo; i++) {
    const t = tokens[i];
    const w = t.lower;
    const cue = bits.get(w) ?? 0;
    if (t.pos === 'AUX') aux = true;
    if (t.pos === 'VERB' && cues.speech.has(t.lemma)) speech = i;
    if ((cue & CUE.future) || w === 'would') future = true;
    if (found?.modality === 'negated') { found.reportedBy ??= speech; continue; }
    if ((cue & CUE.negation) || (w === 'no' && tokens[i + 1]?.lower === 'longer')) {
      found = { modality: 'negated', cue: w, reportedBy: speech };
    } else if (!found && ((cue & CUE.future) || (w === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB'))) {
      found = { modality: 'future', cue: w, reportedBy: speech };
    } else if (!found && (cue & CUE.hypothetical) && (t.pos === 'AUX' || t.pos === 'VERB')) {
      found = { modality: 'hypothetical', cue: w, reportedBy: speech };
    }
  }
  if (clause.kind === 'sub' && clause.marker && cues.condition.has(clause.marker)) {
    return { modality: 'hypothetical', cue: clause.marker, reportedBy: null, aux, future };
  }
  const f = found ?? ASSERTED;
  return { modality: f.modality, cue: f.cue, reportedBy: f.reportedBy, aux, future }; // (a spread was a good part of the call)
}

/** Texts put to a vote or a decision: what they say is done only once they are adopted. */
const MOTIONS = new Set(['resolution', 'draft', 'motion', 'bill', 'proposal', 'amendment', 'measure']);
/** Verbs by which such a text fails: what it would have done is not done. */
const DEFEATING = new Set(['veto', 'reject', 'block', 'defeat', 'oppose', 'kill', 'scuttle']);

/**
 * `vetoed a resolution condemning X`, `blocked a draft urging Y to withdraw`: a participle modifying a motion that
 * was vetoed, rejected or blocked is what the motion would have done — never done. The defeating verb, or null.
 */
function defeatedMotion(tokens: Token[], clause: Clause, at: number): string | null {
  if (!/ing$/.test(tokens[at].lower) || at - 1 < clause.start) return null;
  const head = tokens[at - 1];
  if (head.pos !== 'NOUN' || !MOTIONS.has(head.lemma)) return null;
  // Back over the motion's noun phrase (`a Security Council draft`) to the verb whose object it is.
  for (let i = at - 2; i >= clause.start; i--) {
    const t = tokens[i];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PART') continue;
    return t.pos === 'VERB' && DEFEATING.has(t.lemma) ? t.lemma : null;
  }
  return null;
}

/** Reads the modality of a trigger at token `at` in `clauses[c]`. */
export function modalityAt(tokens: Token[], clauses: Clause[], c: number, at: number, cues: Cues): ModalityReading {
  const clause = clauses[c];
  const mine = own(tokens, clause, at, cues);
  if (mine.modality === 'negated') return mine;
  const defeated = at < tokens.length ? defeatedMotion(tokens, clause, at) : null;
  if (defeated) return { modality: 'negated', cue: `${defeated} motion`, reportedBy: null };
  const parent = clause.parent !== null ? clauses[clause.parent] : null;
  if (mine.modality === 'asserted' && at < tokens.length) {
    // `considered attacking Y`, `avoided criticizing Y` (and `…, and killing them` after such a gerund).
    let gerund = gerundGoverned(tokens, at);
    if (!gerund && (clause.kind === 'coord' || clause.kind === 'part') && parent && /ing$/.test(tokens[at].lower)) {
      for (let i = parent.start; i < parent.end && !gerund; i++) gerund = gerundGoverned(tokens, i);
    }
    if (gerund) return gerund;
  }
  if (mine.modality === 'asserted' && at > 0 && at < tokens.length && tokens[at].pos === 'VERB' && /ing$/.test(tokens[at].lower)
    && PROPOSED.has(tokens[at - 1].lemma) && tokens[at - 1].pos === 'NOUN') {
    // `approved a bill banning imports from Chile`: what a bill or proposal would do is not done (a law or decree
    // banning X is in force: reported as done).
    return { modality: 'hypothetical', cue: `${tokens[at - 1].lemma} V-ing`, reportedBy: null };
  }
  if (mine.modality === 'asserted' && at < tokens.length) {
    const claim = claimedBy(tokens, clause, parent, at);
    if (claim) return { modality: 'hypothetical', cue: `${claim} (that)`, reportedBy: null };
  }
  if (clause.kind === 'inf' && parent) {
    const gov = governorOf(tokens, parent, clause.start);
    // `vowed not to return X`, `pledged never to attack Y`: a promise to refrain is a refusal announced.
    if (gov && PROMISE.has(gov.lemma)) {
      for (let i = gov.i + 1; i < clause.start; i++) {
        if (cues.negation.has(tokens[i].lower)) return { modality: 'negated', cue: `${gov.lemma} ${tokens[i].lower} to`, reportedBy: null, future: true };
      }
    }
    const up = modalityAt(tokens, clauses, parent.index, gov ? gov.i + 1 : clause.start, cues);
    if (up.modality === 'negated') return up;
    const g = gov?.lemma ?? '';
    if (cues.refusal.has(g)) return { modality: 'negated', cue: `${g} to`, reportedBy: null };
    if (cues.ready.has(g) && up.modality === 'asserted') return { modality: 'hypothetical', cue: `${g} to`, reportedBy: up.reportedBy };
    if (up.modality !== 'asserted') return up;
    if (cues.plan.has(g)) return { modality: 'future', cue: `${g} to`, reportedBy: null };
    if (cues.realised.has(g) || cues.send.has(g)) return mine.modality === 'asserted' ? up : mine;
    if (cues.wish.has(g)) return { modality: 'hypothetical', cue: `${g} to`, reportedBy: null };
    // `began a hunger strike to protest X`: the act fulfils the purpose.
    if (at < tokens.length && cues.expressive.has(tokens[at].lemma) && gov && gov.pos === 'VERB' && mine.modality === 'asserted') return up;
    // An infinitive of purpose (`worked to undermine X`) reports an aim, not a deed.
    return { modality: 'hypothetical', cue: `${g || 'purpose'} to`, reportedBy: null };
  }
  if ((clause.kind === 'coord' || clause.kind === 'part' || clause.kind === 'resume') && parent && !mine.aux && mine.modality === 'asserted') {
    const up = modalityAt(tokens, clauses, parent.index, parent.end, cues);
    return { ...up, reportedBy: null };
  }
  if (clause.kind === 'sub' && clause.marker === 'until' && parent && mine.modality === 'asserted') {
    // `Peru vowed to keep the border closed until Chile withdrew`, `will not reopen it until Chile withdraws`: what a
    // promised, planned or conditional state lasts until has not happened (`fighting went on until X withdrew`: it has).
    const up = modalityAt(tokens, clauses, parent.index, parent.end, cues);
    const promised = tokens.slice(parent.start, parent.end).some((t) => t.pos === 'VERB' && UNTIL_PROMISE.has(t.lemma));
    if (up.modality === 'future' || up.modality === 'hypothetical' || up.future || promised) return { modality: 'hypothetical', cue: 'until', reportedBy: null };
  }
  if (mine.modality === 'asserted' && zeroThatMandative(tokens, at, cues)) return { modality: 'hypothetical', cue: 'demand (that)', reportedBy: null };
  if (clause.kind === 'rel' && clause.marker === 'that' && parent && mine.modality === 'asserted' && mandativeBefore(tokens, parent, clause.start, cues)) {
    // `demanded that Y withdraw`, `its demand that Y ease …`: the act is what is wanted, not what was done.
    return { modality: 'hypothetical', cue: 'demand that', reportedBy: null };
  }
  if (clause.kind === 'rel' && clause.marker === 'that' && parent && mine.modality !== 'asserted' && mine.reportedBy === null) {
    // `X said that it would V`: the verb of saying sits in the governing clause.
    for (let i = parent.end - 1; i >= parent.start; i--) {
      if (tokens[i].pos === 'VERB' && cues.speech.has(tokens[i].lemma)) return { ...mine, reportedBy: i };
      // `issued a stern reminder to Y that it must V`: a noun of saying that the clause's subject gives out.
      if (tokens[i].pos === 'NOUN' && cues.speechNoun.has(tokens[i].lemma) && givenOut(tokens, parent.start, i, cues)) return { ...mine, reportedBy: i };
    }
  }
  return { modality: mine.modality, cue: mine.cue, reportedBy: mine.reportedBy, future: mine.future };
}

/** Verbs that give out a noun of saying besides the verbs of doing (`issue`, `make`, `repeat`, `voice` …). */
const GIVE_OUT = new Set(['give', 'deliver', 'send']);

/** Whether the noun of saying at `n` is the object of a verb of issuing it (`issued a stern reminder`). */
function givenOut(tokens: Token[], start: number, n: number, cues: Cues): boolean {
  for (let i = n - 1; i >= start; i--) {
    const t = tokens[i];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PRON' || t.pos === 'NUM') continue;
    return t.pos === 'VERB' && (cues.doing.has(t.lemma) || GIVE_OUT.has(t.lemma));
  }
  return false;
}
