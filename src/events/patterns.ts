// The verb/noun pattern dictionary: reads data/events/patterns.txt and matches a trigger word in context.
import { readFileSync } from 'node:fs';
import type { CameoCode } from '../types.js';
import { isCameoCode } from './ontology/index.js';

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

/** One element of a sequence pattern (see the header of data/events/patterns.txt). */
export type SeqItem =
  | { t: 'word'; set: WordSet }
  | { t: 'np'; items: SeqItem[] }
  | { t: 'pp'; prep: WordSet; items: SeqItem[] }
  | { t: 'source' }
  | { t: 'target' }
  | { t: 'skip' };

/** The words a sequence pattern wants before and after its verb. */
export interface Sequence {
  before: SeqItem[];
  after: SeqItem[];
  /** `%`: the members of a compound subject act on each other. */
  compound: boolean;
  /** How many words the sequence names (its specificity). */
  words: number;
  /** How many of them are content words: not a phrase's preposition nor a function word (`* (to)`, `* down`). */
  content: number;
  /** The literal words it names (not classes): a sentence lacking one cannot match (a cheap test first). */
  need: string[];
}

/** The code of a pattern that stops its verb's default: `---`, no event. */
export const NO_EVENT = '---';

export interface Pattern {
  kind: PatternKind;
  /** Head lemma (`call` for `call_for`). */
  head: string;
  /** Words that must follow the head directly (`for` in `call_for`). */
  particles: string[];
  /** Words that must stand directly before the head (`wire` in `wire_+tap`). */
  pre: string[];
  /** A CAMEO code, or NO_EVENT. */
  code: CameoCode;
  /** Words around the verb, in order, with where its source and target stand; null for a plain pattern. */
  seq: Sequence | null;
  /** 0 for the first file of a book, 1 for the next…: an earlier file's matching pattern wins over a later one's. */
  layer: number;
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
  /** The target is the verb's direct object and nothing else; without an actor there the pattern does not apply. */
  obj: boolean;
  /** `file:line` — where the pattern came from. */
  origin: string;
}

export interface PatternBook {
  verbs: Map<string, Pattern[]>;
  nouns: Map<string, Pattern[]>;
  /** The first file's word classes (each file's classes are its own; a later file may also use the first's). */
  classes: Map<string, string[]>;
  /** Irregular verb forms → lemma (`broke` → `break`). */
  forms: Map<string, string>;
  /** How many files the book was read from (the next file's layer). */
  files: number;
}

export function emptyBook(): PatternBook {
  return { verbs: new Map(), nouns: new Map(), classes: new Map(), forms: new Map(), files: 0 };
}

export class PatternError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PatternError';
  }
}

const CODE = /^\d{2,4}$/;

function checkCode(code: string | undefined, file: string, line: number): string {
  if (code === NO_EVENT) return code;
  if (!code || !CODE.test(code)) throw new PatternError(file, line, `'${code ?? ''}' is not a CAMEO code`);
  return code;
}

/**
 * Parses the pattern file format (see the header of data/events/patterns.txt) into a book, or into `into` as a
 * further layer: a later file's patterns come after an earlier file's for the same word.
 */
export function parsePatterns(text: string, file = 'patterns.txt', into?: PatternBook, accept?: (p: Pattern) => boolean): PatternBook {
  const book: PatternBook = into ?? emptyBook();
  const layer = book.files++;
  const lines = text.split('\n');
  const pending: { fields: string[]; seq: string | null; lineNo: number; origin: string }[] = [];
  // Word classes and verb families are the file's own; a later file may also use the first file's classes.
  const classDefs = new Map<string, { words: string[]; line: number }>();
  const families = new Map<string, string[]>();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const hash = line.indexOf('#');
    const raw = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (!raw) continue;
    const cut = raw.indexOf('::');
    const head = cut >= 0 ? raw.slice(0, cut).trim() : raw;
    const fields = head.split(/\s+/);
    if (fields[0].startsWith('@')) {
      if (fields.length < 2) throw new PatternError(file, k + 1, `word class ${fields[0]} has no words`);
      classDefs.set(fields[0].slice(1), { words: fields.slice(1).map((w) => (w.startsWith('@') ? w : w.toLowerCase())), line: k + 1 });
    } else if (fields[0].startsWith('=')) {
      if (fields.length < 2) throw new PatternError(file, k + 1, `verb family ${fields[0]} has no verbs`);
      families.set(fields[0].slice(1), fields.slice(1).map((w) => w.toLowerCase()));
    } else if (fields[0] === 'f') {
      if (fields.length < 3) throw new PatternError(file, k + 1, 'a form line needs a lemma and at least one form');
      const lemma = fields[1].toLowerCase();
      for (const form of fields.slice(2)) if (!book.forms.has(form.toLowerCase())) book.forms.set(form.toLowerCase(), lemma);
    } else {
      // An imported line names where it came from in a trailing comment (`# CAMEO.2.0.txt:812`).
      const from = hash >= 0 ? /^#\s*(\S+:\d+)\s*$/.exec(line.slice(hash)) : null;
      pending.push({ fields, seq: cut >= 0 ? raw.slice(cut + 2).trim() : null, lineNo: k + 1, origin: from ? from[1] : `${file}:${k + 1}` });
    }
  }
  const classes = resolveClasses(classDefs, book.classes, file);
  if (layer === 0) for (const [name, words] of classes) book.classes.set(name, words);
  const lookup = (name: string, line: number): WordSet => {
    const words = classes.get(name) ?? book.classes.get(name);
    if (!words) throw new PatternError(file, line, `unknown word class @${name}`);
    let set = classSets.get(words);
    if (!set) { set = wordSet(words); classSets.set(words, set); }
    return set;
  };
  const familyLists = new Map<string, Pattern[]>();
  const multiword = new Map<string, string[]>();
  const touched = new Set<string>();
  const sequences = new Map<string, Sequence>();
  for (const { fields, seq, lineNo, origin } of pending) {
    const [kind, trigger, codeField, ...terms] = fields;
    if (kind !== 'v' && kind !== 'n') throw new PatternError(file, lineNo, `expected 'v', 'n', 'f', '=FAMILY' or '@CLASS', got '${kind}'`);
    if (!trigger) throw new PatternError(file, lineNo, 'missing trigger');
    const [code, reverse] = (codeField ?? '').split(':');
    checkCode(code, file, lineNo);
    const p: Pattern = {
      kind, head: '', particles: [], pre: [], code, seq: null, layer, require: [], forbid: [], targetPreps: [],
      recip: false, mutual: false, reverseCode: null, notarget: false, poss: false, say: false, obj: false, origin,
    };
    if (reverse !== undefined) {
      p.mutual = true;
      p.reverseCode = checkCode(reverse, file, lineNo);
    }
    for (const term of terms) {
      if (term === 'recip') p.recip = true;
      else if (term === 'mutual') p.mutual = true;
      else if (term.startsWith('mutual:')) {
        p.mutual = true;
        p.reverseCode = checkCode(term.slice(7), file, lineNo);
      }
      else if (term === 'notarget') p.notarget = true;
      else if (term === 'poss') p.poss = true;
      else if (term === 'obj') p.obj = true;
      else if (term === 'say') p.say = true;
      else if (term.startsWith('>')) p.targetPreps.push(term.slice(1).toLowerCase());
      else if (term.startsWith('+') || term.startsWith('-')) {
        const w = term.slice(1);
        const set = w.startsWith('@') ? lookup(w.slice(1), lineNo) : wordSet([w.toLowerCase()]);
        (term[0] === '+' ? p.require : p.forbid).push(set);
      } else throw new PatternError(file, lineNo, `unknown term '${term}'`);
    }
    if (seq !== null) {
      // Many lines share a sequence (a family's patterns; cameo-verbs.txt has 4,672 lines with one but 2,766
      // distinct): each is parsed once per file and the result shared, as nothing changes a sequence once made.
      let parsed = sequences.get(seq);
      if (!parsed) { parsed = parseSequence(seq, (name) => lookup(name, lineNo), file, lineNo); sequences.set(seq, parsed); }
      p.seq = parsed;
    }
    let triggers: string[];
    if (trigger.startsWith('=')) {
      const members = families.get(trigger.slice(1));
      if (!members) throw new PatternError(file, lineNo, `unknown verb family ${trigger}`);
      if (kind !== 'v') throw new PatternError(file, lineNo, 'a verb family takes verb patterns only');
      triggers = members;
    } else triggers = [trigger.toLowerCase()];
    if (accept && !accept(p)) continue;
    if (!trigger.startsWith('=')) {
      touched.add(add(book, withTrigger(p, triggers[0], file, lineNo)));
      continue;
    }
    // A family's patterns are kept once, in one list its single-word members share (not copied per verb).
    const name = trigger.slice(1);
    let multi = multiword.get(name);
    if (!multi) { multi = triggers.filter((t) => t.includes('_')); multiword.set(name, multi); }
    for (const t of multi) touched.add(add(book, withTrigger(p, t, file, lineNo)));
    p.head = name.toLowerCase();
    const list = familyLists.get(name);
    if (list) list.push(p);
    else familyLists.set(name, [p]);
  }
  for (const [name, list] of familyLists) {
    const sorted = sortPatterns(list);
    shared.add(sorted);
    for (const t of families.get(name) ?? []) {
      if (t.includes('_')) continue;
      const own = book.verbs.get(t);
      if (own) { book.verbs.set(t, own.concat(sorted)); touched.add(t); }
      else book.verbs.set(t, sorted);
    }
  }
  // Most specific first; stable for ties (file order). Layers stay apart: see choosePattern.
  for (const key of touched) {
    for (const map of [book.verbs, book.nouns]) {
      const list = map.get(key);
      if (list) map.set(key, sortPatterns(list));
    }
  }
  return book;
}

/** Lists several verbs share (a family's): never changed in place. */
const shared = new WeakSet<Pattern[]>();

function sortPatterns(list: Pattern[]): Pattern[] {
  return list
    .map((p, i) => ({ p, i, spec: specificity(p), gen: generic(p) }))
    .sort((a, b) => a.p.layer - b.p.layer || b.spec - a.spec || a.gen - b.gen || a.i - b.i)
    .map((x) => x.p);
}

/** Adds a pattern under its word; returns the word. */
function add(book: PatternBook, p: Pattern, key = p.head): string {
  const map = p.kind === 'v' ? book.verbs : book.nouns;
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (shared.has(list)) map.set(key, [...list, p]);
  else list.push(p);
  return key;
}

/** The pattern for one trigger: `call_for` (head and particles), `wire_+tap` (a word before the head). */
function withTrigger(p: Pattern, trigger: string, file: string, line: number): Pattern {
  const words = trigger.split('_');
  if (words.some((w) => !w || w === '+')) throw new PatternError(file, line, `malformed trigger '${trigger}'`);
  if (p.kind === 'n') {
    // A multi-word noun trigger (`arms_sale`) is matched on its last word, with the rest required before it.
    return { ...p, head: words[words.length - 1], particles: words.slice(0, -1) };
  }
  const marked = words.findIndex((w) => w.startsWith('+'));
  const at = marked >= 0 ? marked : 0;
  return { ...p, pre: words.slice(0, at), head: words[at].replace(/^\+/, ''), particles: words.slice(at + 1) };
}

/** Resolves a file's word classes, with `@OTHER` items standing for another class's words. */
function resolveClasses(defs: Map<string, { words: string[]; line: number }>, outer: Map<string, string[]>, file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visiting = new Set<string>();
  const resolve = (name: string, line: number): string[] => {
    const done = out.get(name);
    if (done) return done;
    const def = defs.get(name);
    if (!def) {
      const o = outer.get(name);
      if (o) return o;
      throw new PatternError(file, line, `unknown word class @${name}`);
    }
    if (visiting.has(name)) throw new PatternError(file, def.line, `word class @${name} contains itself`);
    visiting.add(name);
    const words: string[] = [];
    for (const w of def.words) {
      if (w.startsWith('@')) words.push(...resolve(w.slice(1), def.line));
      else words.push(w);
    }
    visiting.delete(name);
    out.set(name, words);
    return words;
  };
  for (const [name, def] of defs) resolve(name, def.line);
  return out;
}

/**
 * The literal words sequences need (`Sequence.need`), numbered as they are parsed: a sentence's words are marked by
 * number once (SentenceWords), and a candidate's needs are checked as numbers, not strings in a set.
 */
const needIds = new Map<string, number>();

/** One word set per literal word, shared by every pattern naming it (sets are never changed once made). */
const literals = new Map<string, WordSet>();

/** Words that name no content on their own (`* to`, `* down`): a pattern of only these is not specific. */
const FUNCTION_WORDS = new Set(['to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about', 'against', 'as',
  'up', 'down', 'out', 'off', 'over', 'back', 'away', 'the', 'a', 'an', 'it', 'that', 'this', 'not', 'no']);

/** Parses a sequence: words, @CLASS, {noun phrase}, (prep phrase), `$`, `+`, `^`, `%`, and `*` for the verb. */
export function parseSequence(text: string, cls: (name: string) => WordSet, file: string, line: number): Sequence {
  const toks = text.match(/[{}()]|[^\s{}()]+/g) ?? [];
  let k = 0;
  let words = 0;
  let preps = 0;
  const need: string[] = [];
  const literal = (w: string): WordSet => {
    const lower = w.toLowerCase();
    let set = literals.get(lower);
    if (!set) { set = wordSet([lower]); literals.set(lower, set); }
    if (set.single.size === 1) { need.push(lower); if (!needIds.has(lower)) needIds.set(lower, needIds.size); }
    return set;
  };
  let compound = false;
  let sawVerb = false;
  const before: SeqItem[] = [];
  const after: SeqItem[] = [];
  const item = (tok: string, inside: boolean): SeqItem => {
    if (tok === '$') return { t: 'source' };
    if (tok === '+') return { t: 'target' };
    if (tok === '^') return { t: 'skip' };
    if (tok === '{') {
      if (inside) throw new PatternError(file, line, 'a noun phrase inside a phrase');
      return { t: 'np', items: group('}') };
    }
    if (tok === '(') {
      if (inside) throw new PatternError(file, line, 'a phrase inside a phrase');
      const prep = toks[k++];
      if (!prep || /^[{}()$+^%*]$/.test(prep)) throw new PatternError(file, line, `a prepositional phrase must start with its preposition, got '${prep ?? ''}'`);
      words++;
      preps++;
      return { t: 'pp', prep: prep.startsWith('@') ? cls(prep.slice(1)) : literal(prep), items: group(')') };
    }
    if (/^[})*%]$/.test(tok)) throw new PatternError(file, line, `unexpected '${tok}'`);
    words++;
    if (!tok.startsWith('@') && FUNCTION_WORDS.has(tok.toLowerCase())) preps++;
    return { t: 'word', set: tok.startsWith('@') ? cls(tok.slice(1)) : literal(tok) };
  };
  const group = (close: string): SeqItem[] => {
    const out: SeqItem[] = [];
    for (;;) {
      const tok = toks[k++];
      if (tok === undefined) throw new PatternError(file, line, `missing '${close}'`);
      if (tok === close) return out;
      out.push(item(tok, true));
    }
  };
  while (k < toks.length) {
    const tok = toks[k++];
    if (tok === '*') {
      if (sawVerb) throw new PatternError(file, line, 'two `*` in one sequence');
      sawVerb = true;
    } else if (tok === '%') {
      if (sawVerb) throw new PatternError(file, line, '`%` stands before `*`');
      compound = true;
    } else (sawVerb ? after : before).push(item(tok, false));
  }
  if (!sawVerb) throw new PatternError(file, line, 'a sequence needs `*` where the verb stands');
  return { before, after, compound, words, content: words - preps, need };
}

/** CAMEO's `…0` codes are the unspecified ones: among equally specific patterns the specific code goes first. */
function generic(p: Pattern): number {
  return p.code.length === 3 && p.code.endsWith('0') ? 1 : 0;
}

function specificity(p: Pattern): number {
  return (p.particles.length + p.pre.length + (p.seq?.words ?? 0)) * 2 + p.require.length * 2 + p.forbid.length + (p.seq?.compound ? 1 : 0);
}

const classSets = new WeakMap<string[], WordSet>();

/**
 * Leaves out the patterns whose code (or reverse code) is not in the CAMEO codebook (`[212]` in an old WEIS-based
 * dictionary): dyad gives every event its Goldstein value, quad class and PLOVER type. `warn` hears of each, once.
 */
export function dropUnknownCodes(book: PatternBook, warn: (message: string) => void = () => {}): PatternBook {
  const told = new Set<string>();
  const done = new Map<Pattern[], Pattern[]>();
  const ok = (c: string | null): boolean => c === null || c === NO_EVENT || isCameoCode(c);
  const known = (p: Pattern): boolean => {
    if (ok(p.code) && ok(p.reverseCode)) return true;
    const bad = ok(p.code) ? p.reverseCode : p.code;
    if (!told.has(p.origin)) {
      told.add(p.origin);
      warn(`${p.origin}: code ${bad} is not in the CAMEO codebook; pattern not used`);
    }
    return false;
  };
  for (const map of [book.verbs, book.nouns]) {
    for (const [word, list] of map) {
      let kept = done.get(list);
      if (!kept) {
        kept = list.every(known) ? list : list.filter(known);
        if (shared.has(list)) shared.add(kept);
        done.set(list, kept);
      }
      if (kept.length) map.set(word, kept);
      else map.delete(word);
    }
  }
  return book;
}

let defaults: PatternBook | null = null;
let own: PatternBook | null = null;

function readOwnPatterns(): PatternBook {
  return parsePatterns(readFileSync(new URL('../../../data/events/patterns.txt', import.meta.url), 'utf8'), 'data/events/patterns.txt');
}

/**
 * dyad's own patterns alone (data/events/patterns.txt), without the imported CAMEO 2.0 layer: for a user who wants
 * only hand-checked patterns (`--no-cameo-verbs`). Loaded once.
 */
export function ownPatterns(): PatternBook {
  if (!own) own = dropUnknownCodes(readOwnPatterns());
  return own;
}

/**
 * The default pattern book, loaded once: dyad's own patterns (data/events/patterns.txt), then the CAMEO 2.0 verb
 * dictionary imported from PETRARCH (data/events/cameo-verbs.txt), which comes into play only where dyad's own
 * patterns have no match for a verb.
 */
export function defaultPatterns(): PatternBook {
  if (!defaults) {
    const book = readOwnPatterns();
    // Only the imported patterns that name a content word around the verb: a CAMEO family's bare default (`SAY`
    // → 010, `CHANGE`, `LOOK`…) or a bare preposition (`FLY (TO)` → 036) is far less precise than dyad's own verb
    // list, which already covers the common verbs.
    parsePatterns(readFileSync(new URL('../../../data/events/cameo-verbs.txt', import.meta.url), 'utf8'), 'data/events/cameo-verbs.txt', book,
      (p) => p.seq !== null && p.seq.content > 0);
    defaults = dropUnknownCodes(book);
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
 * Which of the words sequences need (numbered in needIds) stand in a sentence, as lemma or form: a stamp per word
 * number, those present bearing the current sentence's stamp. A coder keeps one and marks each sentence it reads.
 */
export class SentenceWords {
  private stamp = new Uint32Array(0);
  private current = 0;

  /** Marks the words of a sentence (its lemmas and lower-cased forms), forgetting the previous sentence's. */
  mark(lemmas: readonly string[], lowers: readonly string[]): void {
    if (this.stamp.length < needIds.size) this.stamp = new Uint32Array(needIds.size + 256);
    if (++this.current === 0xffffffff) { this.stamp.fill(0); this.current = 1; }
    for (let i = 0; i < lemmas.length; i++) {
      const a = needIds.get(lemmas[i]);
      if (a !== undefined) this.stamp[a] = this.current;
      if (lowers[i] === lemmas[i]) continue; // most words are their own lemma
      const b = needIds.get(lowers[i]);
      if (b !== undefined) this.stamp[b] = this.current;
    }
  }

  has(id: number): boolean {
    return this.stamp[id] === this.current;
  }
}

/**
 * What choosePattern reads of each candidate of a list, in flat arrays made once per list (a book's lists are built
 * once, and added to only by push, which the length check sees), not from the pattern objects at every trigger —
 * most candidates fail, and walking hundreds of them per verb was mostly cache misses.
 */
interface Screen {
  specs: Int32Array;
  layers: Int32Array;
  /** Candidate k needs the words numbered needs[needFrom[k]] … needs[needFrom[k + 1] - 1]. */
  needFrom: Int32Array;
  needs: Int32Array;
}

const screens = new WeakMap<Pattern[], Screen>();

function screenOf(candidates: Pattern[]): Screen {
  let screen = screens.get(candidates);
  if (!screen || screen.specs.length !== candidates.length) {
    const needFrom = new Int32Array(candidates.length + 1);
    const needs: number[] = [];
    candidates.forEach((p, k) => {
      for (const w of p.seq?.need ?? []) {
        let id = needIds.get(w);
        if (id === undefined) { id = needIds.size; needIds.set(w, id); }
        needs.push(id);
      }
      needFrom[k + 1] = needs.length;
    });
    screen = {
      specs: Int32Array.from(candidates, specificity), layers: Int32Array.from(candidates, (p) => p.layer),
      needFrom, needs: Int32Array.from(needs),
    };
    screens.set(candidates, screen);
  }
  return screen;
}

/** Whether candidate k's sequence, if any, names only words the sentence holds. */
function wordsThere(screen: Screen, k: number, words: SentenceWords): boolean {
  for (let i = screen.needFrom[k]; i < screen.needFrom[k + 1]; i++) if (!words.has(screen.needs[i])) return false;
  return true;
}

/** Whether some candidate's sequence, if any, names only words the sentence holds (a cheap test before any other). */
export function anyWordsThere(candidates: Pattern[], words: SentenceWords): boolean {
  const screen = screenOf(candidates);
  for (let k = 0; k < candidates.length; k++) if (wordsThere(screen, k, words)) return true;
  return false;
}

/**
 * The most specific pattern whose conditions hold in the context, or null. Among equally specific ones, the one
 * whose condition words stand nearest the trigger (`threatened to stop talks on weapons` is about the talks).
 * With `words` (the sentence's), a candidate whose sequence names a word the sentence lacks is passed over before
 * `particlesOk` is asked.
 */
export function choosePattern(candidates: Pattern[], ctx: Context, particlesOk: (p: Pattern) => boolean, words?: SentenceWords): Pattern | null {
  let best: Pattern | null = null;
  let bestSpec = -1;
  let bestLayer = -1;
  let bestDist = Infinity;
  const screen = screenOf(candidates);
  const { specs, layers } = screen;
  for (let k = 0; k < candidates.length; k++) {
    // Candidates are sorted by layer, then specificity: an earlier file's match wins over any later file's.
    if (best && layers[k] !== bestLayer) break;
    const spec = specs[k];
    if (best && spec < bestSpec) break;
    if (words && !wordsThere(screen, k, words)) continue;
    const p = candidates[k];
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
      bestLayer = p.layer;
      bestDist = dist;
    }
  }
  return best;
}
