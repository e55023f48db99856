// The verb/noun pattern dictionary: reads data/events/patterns.txt and matches a trigger word in context.
import { readFileSync } from 'node:fs';
import type { CameoCode } from '../types.js';

export type PatternKind = 'v' | 'n';

/** A set of words a condition looks for: single words, and multi-word items as word sequences (`air defence`). */
export interface WordSet {
  single: Set<string>;
  multi: string[][];
}

export function wordSet(words: string[]): WordSet {
  const single = new Set<string>();
  const multi: string[][] = [];
  for (const w of words) {
    if (w.includes('_')) multi.push(w.split('_'));
    else single.add(w);
  }
  return { single, multi };
}

export interface Pattern {
  kind: PatternKind;
  /** Head lemma (`call` for `call_for`). */
  head: string;
  /** Words that must follow the head directly (`for` in `call_for`). */
  particles: string[];
  code: CameoCode;
  /** Words or classes that must / must not occur in the trigger's context. */
  require: WordSet[];
  forbid: WordSet[];
  /** Prepositions whose object is the preferred target, in order. */
  targetPreps: string[];
  recip: boolean;
  /** The target acts too: `X met Y` is also `Y met X`. */
  mutual: boolean;
  /** The code of the target's side when it differs (`X visited Y`: Y hosted X, 043). */
  reverseCode: CameoCode | null;
  notarget: boolean;
  poss: boolean;
  say: boolean;
  /** `file:line` — where the pattern came from. */
  origin: string;
}

export interface PatternBook {
  verbs: Map<string, Pattern[]>;
  nouns: Map<string, Pattern[]>;
  classes: Map<string, string[]>;
}

export class PatternError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PatternError';
  }
}

const CODE = /^\d{2,4}$/;

/** Parses the pattern file format (see the header of data/events/patterns.txt). */
export function parsePatterns(text: string, file = 'patterns.txt', into?: PatternBook): PatternBook {
  const book: PatternBook = into ?? { verbs: new Map(), nouns: new Map(), classes: new Map() };
  const lines = text.split('\n');
  const pending: { fields: string[]; lineNo: number }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k].replace(/#.*$/, '').trim();
    if (!raw) continue;
    const fields = raw.split(/\s+/);
    if (fields[0].startsWith('@')) {
      if (fields.length < 2) throw new PatternError(file, k + 1, `word class ${fields[0]} has no words`);
      book.classes.set(fields[0].slice(1), fields.slice(1).map((w) => w.toLowerCase()));
    } else {
      pending.push({ fields, lineNo: k + 1 });
    }
  }
  for (const { fields, lineNo } of pending) {
    const [kind, trigger, code, ...terms] = fields;
    if (kind !== 'v' && kind !== 'n') throw new PatternError(file, lineNo, `expected 'v', 'n' or '@CLASS', got '${kind}'`);
    if (!trigger) throw new PatternError(file, lineNo, 'missing trigger');
    if (!code || !CODE.test(code)) throw new PatternError(file, lineNo, `'${code ?? ''}' is not a CAMEO code`);
    const words = trigger.toLowerCase().split('_');
    const p: Pattern = {
      kind, head: words[0], particles: kind === 'v' ? words.slice(1) : [], code, require: [], forbid: [], targetPreps: [],
      recip: false, mutual: false, reverseCode: null, notarget: false, poss: false, say: false, origin: `${file}:${lineNo}`,
    };
    // A multi-word noun trigger (`arms_sale`) is matched on its last word, with the rest required before it.
    if (kind === 'n' && words.length > 1) {
      p.head = words[words.length - 1];
      p.particles = words.slice(0, -1);
    }
    for (const term of terms) {
      if (term === 'recip') p.recip = true;
      else if (term === 'mutual') p.mutual = true;
      else if (term.startsWith('mutual:')) {
        const rc = term.slice(7);
        if (!CODE.test(rc)) throw new PatternError(file, lineNo, `'${rc}' is not a CAMEO code`);
        p.mutual = true;
        p.reverseCode = rc;
      }
      else if (term === 'notarget') p.notarget = true;
      else if (term === 'poss') p.poss = true;
      else if (term === 'say') p.say = true;
      else if (term.startsWith('>')) p.targetPreps.push(term.slice(1).toLowerCase());
      else if (term.startsWith('+') || term.startsWith('-')) {
        const set = expand(book, term.slice(1), file, lineNo);
        (term[0] === '+' ? p.require : p.forbid).push(set);
      } else throw new PatternError(file, lineNo, `unknown term '${term}'`);
    }
    const map = kind === 'v' ? book.verbs : book.nouns;
    const list = map.get(p.head) ?? [];
    list.push(p);
    map.set(p.head, list);
  }
  // Most specific first; stable for ties (file order).
  for (const map of [book.verbs, book.nouns]) {
    for (const [k, list] of map) {
      map.set(k, list
        .map((p, i) => ({ p, i }))
        .sort((a, b) => specificity(b.p) - specificity(a.p) || generic(a.p) - generic(b.p) || a.i - b.i)
        .map((x) => x.p));
    }
  }
  return book;
}

/** CAMEO's `…0` codes are the unspecified ones: among equally specific patterns the specific code goes first. */
function generic(p: Pattern): number {
  return p.code.length === 3 && p.code.endsWith('0') ? 1 : 0;
}

function specificity(p: Pattern): number {
  return p.particles.length * 2 + p.require.length * 2 + p.forbid.length;
}

const classSets = new WeakMap<string[], WordSet>();

function expand(book: PatternBook, word: string, file: string, line: number): WordSet {
  if (word.startsWith('@')) {
    const cls = book.classes.get(word.slice(1));
    if (!cls) throw new PatternError(file, line, `unknown word class ${word}`);
    let set = classSets.get(cls);
    if (!set) { set = wordSet(cls); classSets.set(cls, set); }
    return set;
  }
  return wordSet([word.toLowerCase()]);
}

let defaults: PatternBook | null = null;

/** The default pattern book, from the package's data/events/patterns.txt, loaded once. */
export function defaultPatterns(): PatternBook {
  if (!defaults) {
    const url = new URL('../../../data/events/patterns.txt', import.meta.url);
    defaults = parsePatterns(readFileSync(url, 'utf8'), 'data/events/patterns.txt');
  }
  return defaults;
}

/**
 * The words around a trigger: a window over the sentence's lemmas and lower-cased forms. A condition holds when a
 * word of its set stands in the window (as lemma or form), or a multi-word item as consecutive words.
 */
export class Context {
  constructor(
    private readonly lemmas: readonly string[],
    private readonly lowers: readonly string[],
    private readonly from = 0,
    private readonly to = lemmas.length,
  ) {}

  hasAny(ws: WordSet): boolean {
    return this.firstAt(ws) >= 0;
  }

  /** How far into the window the first word of the set stands (0 = right after the trigger), or -1. */
  firstAt(ws: WordSet): number {
    const { lemmas, lowers } = this;
    for (let i = this.from; i < this.to; i++) {
      if (ws.single.has(lemmas[i]) || ws.single.has(lowers[i])) return i - this.from;
      for (const seq of ws.multi) {
        if (i + seq.length > this.to) continue;
        let ok = true;
        for (let k = 0; k < seq.length && ok; k++) ok = seq[k] === lemmas[i + k] || seq[k] === lowers[i + k];
        if (ok) return i - this.from;
      }
    }
    return -1;
  }
}

/**
 * The most specific pattern whose conditions hold in the context, or null. Among equally specific ones, the one
 * whose condition words stand nearest the trigger (`threatened to stop talks on weapons` is about the talks).
 */
export function choosePattern(candidates: Pattern[], ctx: Context, particlesOk: (p: Pattern) => boolean): Pattern | null {
  let best: Pattern | null = null;
  let bestSpec = -1;
  let bestDist = Infinity;
  for (const p of candidates) {
    const spec = specificity(p);
    if (best && spec < bestSpec) break; // candidates are sorted by specificity
    if (!particlesOk(p)) continue;
    let dist = 0;
    let ok = true;
    for (const set of p.require) {
      const at = ctx.firstAt(set);
      if (at < 0) { ok = false; break; }
      dist = Math.max(dist, at);
    }
    if (!ok || p.forbid.some((set) => ctx.hasAny(set))) continue;
    if (!best || dist < bestDist) {
      best = p;
      bestSpec = spec;
      bestDist = dist;
    }
  }
  return best;
}
