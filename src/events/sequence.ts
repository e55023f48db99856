// Sequence patterns: the words a pattern wants around its verb, in order, with where its source and target stand
// (`* (for asylum) (in +)`, `(despite $) *`). The form PETRARCH and TABARI verb dictionaries are written in.
import type { Mention, Token } from '../types.js';
import type { SeqItem, Sequence, WordSet } from './patterns.js';

export interface SeqMatch {
  /** The mention standing at `$`, or null. */
  source: Mention | null;
  /** The mention standing at `+`, or null. */
  target: Mention | null;
}

/** Words a noun phrase may hold between the words a pattern names (`new global economic relations`). */
const NP_FILLER = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);
/** Words a skipped noun phrase (`^`) is made of. */
const NP_WORD = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** What a verb with its own subject follows. */
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'PRON']);
/**
 * Infinitives that undo their object (`wants to lift sanctions`, `urged Y to end the blockade`): what follows them is
 * no word of the governing verb's pattern (`want … sanctions` is a threat; wanting to lift them is not).
 */
const UNDOING = new Set(['lift', 'ease', 'end', 'remove', 'drop', 'cancel', 'suspend', 'halt', 'stop', 'relax', 'scrap',
  'abandon', 'withdraw', 'rescind', 'revoke', 'repeal', 'loosen', 'reduce', 'cut']);
/** The most positions a pattern may try in one window: keeps a pathological pattern linear in practice. */
const MAX_STEPS = 2000;

/** Matches a sequence around the verb at tokens [verbStart, verbEnd): before it within [lo, verbStart), after it within [verbEnd, hi). */
export function matchSequence(
  seq: Sequence,
  tokens: readonly Token[],
  mentionAt: Int32Array,
  mentions: readonly Mention[],
  verbStart: number,
  verbEnd: number,
  lo: number,
  hi: number,
  quantity: (t: Token) => boolean = () => false,
): SeqMatch | null {
  const m = new Matcher(tokens, mentionAt, mentions, quantity);
  if (seq.before.length && !m.run(seq.before, 0, lo, verbStart)) return null;
  m.object = true;
  if (seq.after.length && !m.run(seq.after, 0, verbEnd, hi)) return null;
  return { source: m.source, target: m.target };
}

class Matcher {
  source: Mention | null = null;
  target: Mention | null = null;
  /** Whether the words matched stand after the verb. */
  object = false;
  private steps = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly mentionAt: Int32Array,
    private readonly mentions: readonly Mention[],
    /** Nouns of quantity or membership (`a group of`): the phrase after their `of` heads the noun phrase. */
    private readonly quantity: (t: Token) => boolean,
  ) {}

  /** Matches items[idx…] in order within [pos, hi), any words between them. */
  run(items: readonly SeqItem[], idx: number, pos: number, hi: number): boolean {
    if (idx === items.length) return true;
    for (let j = pos; j < hi; j++) {
      if (++this.steps > MAX_STEPS) return false;
      const saved = [this.source, this.target] as const;
      const end = this.at(items[idx], j, hi);
      if (end >= 0 && this.run(items, idx + 1, end, hi)) return true;
      [this.source, this.target] = saved;
      // Words may come between a pattern's words, but not another verb (`said X attacked Y` is not `say …
      // attacked`; an infinitive the verb governs is crossed: `vowed to wage war`), a conjunction or punctuation.
      // A prepositional phrase is passed over whole: its object is not the verb's (`increased cooperation with the
      // navies` is not `increased … navies`). Only `$` and `+` find their actor inside one. (Without a parser the
      // phrase ends where its noun phrase seems to: `received by courier money` loses `money` to `by courier`.)
      const toActor = items[idx].t === 'source' || items[idx].t === 'target';
      // `a group of peacekeepers arrived`: after a noun of quantity, `of` opens the head, not a phrase to pass over.
      const head = this.tokens[j].lower === 'of' && j > pos && this.quantity(this.tokens[j - 1]);
      if (this.tokens[j].pos === 'ADP' && !toActor && !head) {
        const ppEnd = this.nounPhrase(j + 1, hi);
        if (ppEnd > j + 1) j = ppEnd - 1;
      } else if (!this.gap(j, toActor)) return false;
    }
    return false;
  }

  /** Whether token j may stand between a pattern's words. */
  private gap(j: number, toActor: boolean): boolean {
    const t = this.tokens[j];
    if (t.pos === 'VERB') return j > 0 && this.tokens[j - 1].lower === 'to' && !UNDOING.has(t.lemma);
    if (t.pos === 'ADP') return toActor || (t.lower === 'of' && j > 0 && this.quantity(this.tokens[j - 1]));
    if (t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'PUNCT') return t.text === '-' || /^["“”'‘’]$/.test(t.text);
    return true;
  }

  /** Where an item that starts at token j ends, or -1. */
  private at(item: SeqItem, j: number, hi: number): number {
    switch (item.t) {
      case 'word': return this.word(item.set, j, hi);
      case 'source':
      case 'target': {
        const k = this.mentionAt[j];
        if (k < 0 || (j > 0 && this.mentionAt[j - 1] === k)) return -1;
        const mention = this.mentions[k];
        if (item.t === 'source') this.source = mention;
        else this.target = mention;
        return Math.min(mention.tokenEnd, hi);
      }
      case 'skip': return this.nounPhrase(j, hi);
      case 'np': return this.phrase(item.items, j, hi);
      case 'pp': {
        const end = this.word(item.prep, j, hi);
        if (end < 0) return -1;
        return item.items.length ? this.phrase(item.items, end, hi, true) : end;
      }
    }
  }

  /**
   * A phrase's items, one after the other, with only noun-phrase filler between them (`{new @TIES relations}`
   * holds `new global economic relations`). `first`: whether filler may also come before the first item.
   */
  private phrase(items: readonly SeqItem[], j: number, hi: number, first = false): number {
    let pos = j;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      if (item.t === 'np' || item.t === 'pp') return -1;
      let end = -1;
      // The item at the first position it fits, over filler (which may itself be a word the item names).
      for (let i = pos; i < hi; i++) {
        end = this.at(item, i, hi);
        if (end >= 0 || !(k > 0 || first) || !this.filler(i)) break;
      }
      if (end < 0) return -1;
      pos = end;
    }
    return pos;
  }

  /** Noun-phrase filler: determiners, adjectives, numbers, adverbs, hyphens. */
  private filler(i: number): boolean {
    return this.mentionAt[i] < 0 && (NP_FILLER.has(this.tokens[i].pos) || this.tokens[i].text === '-');
  }

  /** A noun phrase from j (at least one word), or -1. */
  private nounPhrase(j: number, hi: number): number {
    let i = j;
    while (i < hi && (this.mentionAt[i] >= 0 || NP_WORD.has(this.tokens[i].pos) || this.tokens[i].text === '-')) i++;
    return i > j ? i : -1;
  }

  /** A word of the set (or a multi-word item) at j: where it ends, or -1. */
  private word(set: WordSet, j: number, hi: number): number {
    const t = this.tokens[j];
    // A pattern's words are what the verb is done to or with, not the verb of another clause with its own subject
    // (`said Harris attacked Y` is no `say … attack`).
    if (t.pos === 'VERB' && j > 0 && (this.mentionAt[j - 1] >= 0 || SUBJECT_POS.has(this.tokens[j - 1].pos))) return -1;
    // After the verb, nor a noun modifying another noun inside an actor's name or agent phrase: it says who the actor
    // is, not what is done (`said opposition leader X was poisoned` expresses no opposition; `opened an embassy in X`
    // and `sent troops` still name what is done). Before the verb such a word may describe the source.
    const k = this.mentionAt[j];
    if (this.object && k >= 0 && j + 1 < this.mentions[k].tokenEnd && this.mentionAt[j + 1] === k
      && (this.tokens[j + 1].pos === 'NOUN' || this.tokens[j + 1].pos === 'PROPN')) return -1;
    // Likewise a word set before a person's name as a title (`described his rival X as …`, `rival` tagged noun or
    // adjective): it says who X is, no expression of opposition.
    const next = this.mentionAt[j + 1] ?? -1;
    if (this.object && k < 0 && (t.pos === 'NOUN' || t.pos === 'ADJ') && next >= 0 && this.mentions[next].tokenStart === j + 1
      && this.mentions[next].actor.kind === 'person') return -1;
    if (set.single.has(t.lemma) || set.single.has(t.lower)) return j + 1;
    for (const seq of set.multi) {
      if (j + seq.length > hi) continue;
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) {
        const u = this.tokens[j + k];
        ok = seq[k] === u.lemma || seq[k] === u.lower;
      }
      if (ok) return j + seq.length;
    }
    return -1;
  }
}
