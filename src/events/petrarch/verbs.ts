// Reader for PETRARCH/TABARI-format verb dictionaries (CAMEO.2.0.txt of the Phoenix pipeline, the PETRARCH
// validation suite's verbs file), and a writer of dyad's own sequence-pattern format (data/events/patterns.txt,
// header "Sequence patterns") for what was read. The forms accepted, all seen in those two files:
//
//   ####### SYNONYM SETS #######          section headers (also VERB PATTERNS, TRANSFORMATIONS)
//   &NAME                                 a synonym set (synset); `&NAME_` keeps its `_` (it is part of the name)
//   +ITEM  +TWO_WORDS  +TWO WORDS         its items; a trailing `_` ("do not stem") is dropped
//   +(TO THE END)                         a prepositional phrase as an item
//   +&OTHER                               another synset's items (nested; forward references allowed)
//   ---  NAME   [CODE]  ---               a verb family; CODE its default event, `---` none
//   VERB  VERB {FORM FORM}  VERB [CODE]   a member: irregular forms, its own default code (`[---]`: none)
//   +GO_BY {+WENT_BY +GOES_BY}            a multi-word verb: `+` marks the verb word, the words after it are particles
//   WIRE_+TAP {WIRE_+TAPPED}              … words before the verb word stand before it
//   - TOKENS [CODE]  # comment            a pattern of the family: `*` the verb, words, `&SYNSET`, `{noun phrase}`,
//                                         `(prep phrase)`, `$` source, `+` target, `^` skip, `%` compound subject
//   * (TO QUESTION) [110]                 a pattern written without its leading `- `
//   ~ a (a b ATTACK) SAY = a b 015        a transformation (kept as text, not used)
//
// Codes: `NNN`, `NNNN`, `NNN:NNN` (the event, and the target's act back), `:NNN` (only the act back), `---`.
// Comments start at `#` (and at `;`, TABARI's comment character) outside `[…]`.
//
// A malformed line throws a VerbDictionaryError `FILE:LINE: what is wrong`; with `onError` it is reported, skipped
// and listed in `errors` (CAMEO.2.0.txt has two: a stray `VISIT)` and `^)` before the code, lines 2374 and 7606).
// Faults PETRARCH lets pass are warnings, and what they touch is dropped: a code that is not a CAMEO code (`[075A]`,
// `[080!]`, `[+++]`: the pattern, or the member's own code), a pattern naming a synset that is never defined
// (CAMEO.2.0.txt has four), a form that changes a word other than the verb word (`+WIRE_TAP {+WIRE_TAPPED}`).
//
// toPatternText writes what was read in dyad's format. What does not map one to one: a noun phrase inside a
// prepositional phrase is that phrase's object, so `(OF {BANNED PARTIES})` becomes `(of banned parties)`; `[:173]`
// (no event, only the act back) becomes `---:173`; `TO/FOR` in a pattern stands for alternatives, one sequence each;
// words joined to `*` or a synset (`SPY_*_DEAL`, `FIGHTER_&AIRCRAFT`) become separate tokens; the "do not stem"
// mark (trailing `_`) and the transformations are not carried over.

/** A line of a verb dictionary that cannot be read. */
export class VerbDictionaryError extends Error {
  constructor(readonly file: string, readonly line: number, readonly problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'VerbDictionaryError';
  }
}

/** Something PETRARCH tolerates and the reader skipped (the message says what was dropped). */
export interface DictWarning {
  file: string;
  line: number;
  message: string;
}

/** An item of a synset. Words are lower case. */
export type SynsetItem =
  /** One word or several (`prime minister` → ['prime', 'minister']); `exact`: written with a trailing `_`. */
  | { kind: 'words'; words: string[]; exact: boolean; line: number }
  /** A prepositional phrase, `+(TO THE END)` → ['to', 'the', 'end']. */
  | { kind: 'phrase'; words: string[]; line: number }
  /** `+&OTHER`: the items of another synset. */
  | { kind: 'ref'; name: string; line: number };

/** A token of a pattern. Words are lower case; a multi-word word (`REAL_PLEASANT`) is joined with `_`. */
export type Tok =
  | { kind: 'word'; word: string }
  | { kind: 'synset'; name: string }
  /** `{…}`: a noun phrase holding these words and synsets in this order. */
  | { kind: 'np'; items: Tok[] }
  /** `(…)`: preposition, then its object's words; `items` may hold noun phrases, synsets, `$`, `+`, `^`. */
  | { kind: 'pp'; prep: string; items: Tok[] }
  | { kind: 'source' }
  | { kind: 'target' }
  | { kind: 'skip' }
  | { kind: 'compound' };

export interface VerbEntry {
  /** The verb word, lower case (`go` for `+GO_BY`, `tap` for `WIRE_+TAP`). */
  verb: string;
  /** Words before the verb word (`['wire']` for `WIRE_+TAP`). */
  before: string[];
  /** Words after it (`['by']` for `+GO_BY`). */
  particles: string[];
  /** Irregular forms of the verb word, lower case, in file order, without duplicates or the verb itself. */
  forms: string[];
  /** The member's own default event: undefined when it has none, null for `[---]` (or `[:NNN]`). */
  code: string | null | undefined;
  /** The target's act back (`[042:043]` → '043'), null when none. */
  reverse: string | null;
  line: number;
}

export interface VerbPattern {
  /** Tokens before `*`, in order. */
  before: Tok[];
  /** Tokens after `*`, in order. */
  after: Tok[];
  /** The event code; null for `---` (no event) and for `[:NNN]`. */
  code: string | null;
  /** The target's act back (`[037:037]`, `[:173]`), null when none. */
  reverse: string | null;
  line: number;
  /** The line's comment (in CAMEO.2.0.txt: the verb the pattern was written for), '' when none. */
  comment: string;
}

export interface Family {
  /** As written in the header (`ACCELERATE`, `RE-ACTIVATE`, `EXPLAIN_VERBAL`). */
  name: string;
  /** The family's default event; null for `[---]` (and `[:NNN]`). */
  code: string | null;
  reverse: string | null;
  line: number;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

export interface VerbDictionary {
  /** The file name given to the reader (used in error messages and origins). */
  file: string;
  /** Synset name (without `&`, as written: `MILITARY`, `AUXVERB1_`) → items, in file order. */
  synsets: Map<string, SynsetItem[]>;
  /** Line of each synset's header. */
  synsetLines: Map<string, number>;
  families: Family[];
  /** The TRANSFORMATIONS section's lines, comments removed. */
  transformations: string[];
  /** What PETRARCH tolerates and was dropped (junk codes, unknown synsets), in line order. */
  warnings: DictWarning[];
  /** Malformed lines skipped, in line order: only when read with `onError` (otherwise the reader throws). */
  errors: DictWarning[];
}

// ------------------------------------------------------------------ lines

/** Where a `#` or `;` comment starts (outside `[…]`, so `[###]` stays a code); the length when there is none. */
function commentAt(s: string, from = 0): number {
  let h = s.indexOf('#', from);
  const semi = s.indexOf(';', from);
  if (semi >= 0 && (h < 0 || semi < h)) h = semi;
  if (h < 0) return s.length;
  const open = s.lastIndexOf('[', h);
  if (open >= from && s.lastIndexOf(']', h) < open) {
    // Inside a code: the comment starts after its `]`.
    const close = s.indexOf(']', h);
    return close < 0 ? s.length : commentAt(s, close + 1);
  }
  return h;
}

const SECTION = /^#{3,}\s*(SYNONYM SETS|VERB PATTERNS|TRANSFORMATIONS)\b/i;
const FAMILY = /^-{3,}\s*([^\s[\]]+)\s*\[([^\]]*)\][-\s]*$/;
const SYNSET_NAME = /^&([A-Z0-9][A-Z0-9_]*)$/i;
const SYNSET_REF = /^[A-Z0-9][A-Z0-9_]*$/i;
/** One `_`-separated part of a word: letters, digits and a few joining characters (`N'T`, `U.N.`, `SIT-IN`, `TO/FOR`). */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*$/u;
const CAMEO_CODE = /^\d{3,4}$/;
/** WORD for ASCII, the usual case: quicker to build and to run than the Unicode classes. */
const ASCII_WORD = /^[A-Za-z0-9][A-Za-z0-9'.\-/]*$/;
const isWord = (w: string) => ASCII_WORD.test(w) || WORD.test(w);

type Code = { code: string | null; reverse: string | null };

/** `042`, `0211:0211`, `:173`, `---` → Code; a string is the problem. */
function readCode(inner: string): Code | string {
  const s = inner.trim();
  if (s === '---') return { code: null, reverse: null };
  const colon = s.indexOf(':');
  const fwd = colon < 0 ? s : s.slice(0, colon).trim();
  const back = colon < 0 ? null : s.slice(colon + 1).trim();
  const ok = (c: string) => CAMEO_CODE.test(c) || c === '---';
  if (colon < 0) return CAMEO_CODE.test(fwd) ? { code: fwd, reverse: null } : `code [${s}] is not a CAMEO code`;
  if ((fwd !== '' && !ok(fwd)) || back === null || !ok(back) || (fwd === '' && back === '---')) {
    return `code [${s}] is not a CAMEO code`;
  }
  return { code: fwd === '' || fwd === '---' ? null : fwd, reverse: back === '---' ? null : back };
}

// ------------------------------------------------------------------ patterns

const LEX = /[{}()*]|[^\s{}()*]+/g;
const SOURCE: Tok = Object.freeze({ kind: 'source' });
const TARGET: Tok = Object.freeze({ kind: 'target' });
const SKIP: Tok = Object.freeze({ kind: 'skip' });
const COMPOUND: Tok = Object.freeze({ kind: 'compound' });

/**
 * Reads a pattern's tokens (the text before its code). Throws a string naming the problem. `refs` receives the
 * synsets named.
 */
function parsePatternTokens(s: string, refs: string[]): { before: Tok[]; after: Tok[] } {
  const before: Tok[] = [];
  const after: Tok[] = [];
  let top = before;
  let stars = 0;
  // The open groups, outermost first: `{…}` inside `(…)` is the most nesting allowed.
  const open: { c: string; items: Tok[] }[] = [];
  const add = (t: Tok) => (open.length ? open[open.length - 1].items : top).push(t);
  LEX.lastIndex = 0;
  for (let m = LEX.exec(s); m; m = LEX.exec(s)) {
    const w = m[0];
    if (w === '{' || w === '(') {
      const inner = open.length ? open[open.length - 1].c : '';
      if (inner === '{' || (inner === '(' && w === '(')) throw `'${w}' inside '${inner}…${inner === '{' ? '}' : ')'}'`;
      open.push({ c: w, items: [] });
      continue;
    }
    if (w === '}' || w === ')') {
      const g = open.pop();
      const want = w === '}' ? '{' : '(';
      if (!g) throw `'${w}' without an opening '${want}'`;
      if (g.c !== want) throw `'${g.c}' closed by '${w}'`;
      if (w === '}') {
        if (!g.items.length) throw 'empty noun phrase {}';
        add({ kind: 'np', items: g.items });
      } else {
        const first = g.items.shift();
        if (!first || first.kind !== 'word') throw 'a prepositional phrase (…) must start with its preposition';
        add({ kind: 'pp', prep: first.word, items: g.items });
      }
      continue;
    }
    if (w === '*') {
      if (open.length) throw `'*' inside '${open[open.length - 1].c}…'`;
      stars++;
      top = after;
      continue;
    }
    if (w.length === 1) {
      const mark = w === '$' ? SOURCE : w === '+' ? TARGET : w === '^' ? SKIP : w === '%' ? COMPOUND : null;
      if (mark) { add(mark); continue; }
    }
    if (w.indexOf('&') < 0 && w.indexOf('_') < 0) {
      if (!isWord(w)) throw `unexpected '${w}' in a pattern`;
      add({ kind: 'word', word: w.toLowerCase() });
      continue;
    }
    // `SPY_*_DEAL`, `*_LAWS` arrive here as `SPY_`, `_DEAL`, `_LAWS`; `FIGHTER_&AIRCRAFT` is a word, then a
    // synset. A synset name runs to the end of the token (`&FIGHT_OF_WORDS`, `&AUXVERB1_`).
    const amp = w.indexOf('&');
    const word = amp < 0 ? w : w.slice(0, amp);
    if (word) {
      const parts = word.split('_').filter(Boolean);
      for (const p of parts) if (!isWord(p)) throw `unexpected '${w}' in a pattern`;
      if (parts.length) add({ kind: 'word', word: parts.join('_').toLowerCase() });
    }
    if (amp >= 0) {
      const name = w.slice(amp + 1);
      if (!SYNSET_REF.test(name)) throw `bad synset name '${w.slice(amp)}'`;
      const up = name.toUpperCase();
      refs.push(up);
      add({ kind: 'synset', name: up });
    }
  }
  if (open.length) throw `'${open[open.length - 1].c}' without a closing '${open[open.length - 1].c === '{' ? '}' : ')'}'`;
  if (stars === 0) throw 'pattern has no * (the verb)';
  if (stars > 1) throw 'pattern has more than one *';
  return { before, after };
}

// ------------------------------------------------------------------ verbs

interface VerbSpec { verb: string; before: string[]; particles: string[] }

/** `ABANDON`, `+GO_BY`, `WIRE_+TAP` → the verb word and the words around it. Throws a string naming the problem. */
function readVerbSpec(s: string): VerbSpec {
  const parts = s.split('_').filter(Boolean);
  if (!parts.length) throw `empty verb '${s}'`;
  let at = -1;
  for (let k = 0; k < parts.length; k++) {
    if (parts[k][0] === '+') {
      if (at >= 0) throw `'${s}' marks more than one verb word with '+'`;
      at = k;
      parts[k] = parts[k].slice(1);
    }
  }
  if (at < 0) {
    if (parts.length > 1) throw `multi-word verb '${s}' does not mark its verb word with '+'`;
    at = 0;
  }
  for (const p of parts) if (!isWord(p)) throw `bad verb '${s}'`;
  const low = parts.map((p) => p.toLowerCase());
  return { verb: low[at], before: low.slice(0, at), particles: low.slice(at + 1) };
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

// ------------------------------------------------------------------ reader

export interface ReadOptions {
  /** Report a malformed line and go on without it. Default: throw. */
  onError?: (e: VerbDictionaryError) => void;
}

/** Reads a PETRARCH verb dictionary. Throws VerbDictionaryError on a malformed line unless `onError` is given. */
export function readVerbDictionary(text: string, file: string, opts: ReadOptions = {}): VerbDictionary {
  const synsets = new Map<string, SynsetItem[]>();
  const synsetLines = new Map<string, number>();
  const families: Family[] = [];
  const transformations: string[] = [];
  const warnings: DictWarning[] = [];
  const errors: DictWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const report = (e: VerbDictionaryError) => {
    if (!opts.onError) throw e;
    errors.push({ file, line: e.line, message: e.problem });
    opts.onError(e);
  };
  let section: 'none' | 'synsets' | 'verbs' | 'transformations' = 'none';
  let synset: SynsetItem[] | null = null;
  let family: Family | null = null;
  /** After a synset or family header that could not be read (with onError), its lines are skipped. */
  let skipping = false;
  let no = 0;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    try {
      readLine(k);
    } catch (e) {
      if (!(e instanceof VerbDictionaryError)) throw e;
      report(e);
    }
  }
  function fail(problem: string): never {
    throw new VerbDictionaryError(file, no, problem);
  }
  function readLine(k: number): void {
    no = k + 1;
    const raw = lines[k];
    const sec = raw.charCodeAt(0) === 35 /* # */ ? SECTION.exec(raw) : null;
    if (sec) {
      const name = sec[1].toUpperCase();
      section = name === 'SYNONYM SETS' ? 'synsets' : name === 'VERB PATTERNS' ? 'verbs' : 'transformations';
      synset = null;
      if (section !== 'verbs') family = null;
      return;
    }
    const cut = commentAt(raw);
    const t = (cut < raw.length ? raw.slice(0, cut) : raw).trim();
    if (!t) return;
    if (section === 'transformations') {
      if (t[0] !== '~') fail(`expected a transformation (~ …) in the TRANSFORMATIONS section, got '${t}'`);
      transformations.push(t.replace(/\s+/g, ' '));
      return;
    }
    // Synsets: before the verb patterns.
    if (t[0] === '&') {
      synset = null;
      skipping = section !== 'verbs' && !family;
      if (section === 'verbs' || family) fail(`synset '${t}' inside the verb patterns`);
      const m = SYNSET_NAME.exec(t);
      if (!m) fail(`bad synset name '${t}'`);
      const name = m![1].toUpperCase();
      if (synsets.has(name)) warn(no, `synset &${name} defined again (first at line ${synsetLines.get(name)}); this definition replaces it`);
      synset = [];
      synsets.set(name, synset);
      synsetLines.set(name, no);
      skipping = false;
      return;
    }
    if (t[0] === '+' && section !== 'verbs' && !family) {
      if (skipping) return;
      if (!synset) fail(`synset item '${t}' outside a synset`);
      const s = t.slice(1).trim();
      if (!s) fail('empty synset item');
      if (s[0] === '&') {
        const m = SYNSET_NAME.exec(s);
        if (!m) fail(`bad synset reference '${s}'`);
        synset!.push({ kind: 'ref', name: m![1].toUpperCase(), line: no });
      } else if (s[0] === '(') {
        if (!s.endsWith(')') || s.indexOf(')') !== s.length - 1 || s.indexOf('(', 1) >= 0) fail(`unbalanced parentheses in '${t}'`);
        const words = s.slice(1, -1).trim().split(/[\s_]+/).filter(Boolean);
        if (!words.length || !words.every(isWord)) fail(`bad phrase '${t}'`);
        synset!.push({ kind: 'phrase', words: words.map((w) => w.toLowerCase()), line: no });
      } else {
        const exact = /_\s*$/.test(s);
        const words = s.split(/[\s_]+/).filter(Boolean);
        if (!words.every(isWord)) fail(`bad synset item '${t}'`);
        synset!.push({ kind: 'words', words: words.map((w) => w.toLowerCase()), exact, line: no });
      }
      return;
    }
    if (section === 'synsets') fail(`expected &SYNSET or +ITEM in the SYNONYM SETS section, got '${t}'`);
    // Verb families.
    if (t.startsWith('---')) {
      family = null;
      skipping = true;
      const m = FAMILY.exec(t);
      if (!m) fail(/\[/.test(t) && !/\]/.test(t) ? `'[' without a closing ']'` : `bad family header '${t}' (expected --- NAME [CODE] ---)`);
      section = 'verbs';
      synset = null;
      let code = readCode(m![2]);
      if (typeof code === 'string') { warn(no, `${code}: family ${m![1]} has no default event`); code = { code: null, reverse: null }; }
      family = { name: m![1].toUpperCase(), code: code.code, reverse: code.reverse, line: no, verbs: [], patterns: [] };
      families.push(family);
      skipping = false;
      return;
    }
    if (skipping) return;
    if (t[0] === '-' || t.includes('*')) {
      if (!family) fail('pattern outside any verb family');
      const s = t[0] === '-' ? t.slice(1) : t;
      const open = s.indexOf('[');
      const close = s.indexOf(']');
      if (open < 0) fail(close >= 0 ? `']' without an opening '['` : 'pattern has no [CODE]');
      if (close < open) fail(`'[' without a closing ']'`);
      if (s.indexOf('[', open + 1) >= 0 || s.indexOf(']', close + 1) >= 0) fail('pattern has more than one [CODE]');
      if (close !== s.length - 1) fail(`unexpected '${s.slice(close + 1).trim()}' after the code`);
      let toks: { before: Tok[]; after: Tok[] };
      const refs: string[] = [];
      try { toks = parsePatternTokens(s.slice(0, open), refs); } catch (e) { if (typeof e === 'string') fail(e); throw e; }
      const code = readCode(s.slice(open + 1, close));
      if (typeof code === 'string') { warn(no, `${code}: pattern dropped`); return; }
      // Synsets are all defined before the first family: an unknown one is known to be missing now.
      const unknown = refs.filter((r) => !synsets.has(r));
      if (unknown.length) { warn(no, `unknown synset ${unknown.map((r) => '&' + r).join(', ')}: pattern dropped`); return; }
      const comment = cut < raw.length ? raw.slice(cut + 1).trim() : '';
      family!.patterns.push({ before: toks!.before, after: toks!.after, code: code.code, reverse: code.reverse, line: no, comment });
      return;
    }
    // A member of the family: VERB [{FORMS}] [[CODE]].
    if (!family) fail(`verb line '${t}' outside any verb family`);
    const m = /^([^\s{}[\]]+)\s*(?:\{([^{}[\]]*)\})?\s*(?:\[([^[\]]*)\])?$/.exec(t);
    if (!m) {
      const opens = (t.match(/\{/g) ?? []).length, closes = (t.match(/\}/g) ?? []).length;
      if (opens !== closes) fail(`unbalanced braces in '${t}'`);
      const ob = (t.match(/\[/g) ?? []).length, cb = (t.match(/\]/g) ?? []).length;
      if (ob !== cb) fail(`unbalanced brackets in '${t}'`);
      fail(`bad verb line '${t}' (expected VERB {FORMS} [CODE])`);
    }
    let spec: VerbSpec;
    try { spec = readVerbSpec(m![1]); } catch (e) { if (typeof e === 'string') fail(e); throw e; }
    const forms: string[] = [];
    const odd: string[] = [];
    for (const f of (m![2] ?? '').split(/[\s,]+/).filter(Boolean)) {
      let fs: VerbSpec;
      try { fs = readVerbSpec(f); } catch (e) { if (typeof e === 'string') fail(e); throw e; }
      if (!same(fs!.before, spec!.before) || !same(fs!.particles, spec!.particles)) { odd.push(f); continue; }
      if (fs!.verb !== spec!.verb && !forms.includes(fs!.verb)) forms.push(fs!.verb);
    }
    if (odd.length) {
      warn(no, `form${odd.length > 1 ? 's' : ''} ${odd.join(' ')} of ${m![1]} change${odd.length > 1 ? '' : 's'} ` +
        `a word other than the verb word: dropped`);
    }
    let code: string | null | undefined;
    let reverse: string | null = null;
    if (m![3] !== undefined) {
      const c = readCode(m![3]);
      if (typeof c === 'string') warn(no, `${c}: the verb's own code dropped`);
      else { code = c.code; reverse = c.reverse; }
    }
    family!.verbs.push({ verb: spec!.verb, before: spec!.before, particles: spec!.particles, forms, code, reverse, line: no });
  }
  // Synset references: nested ones must resolve and not loop (else an error, or with onError the reference is
  // dropped); a pattern naming an unknown synset is dropped with a warning.
  for (const [name, items] of synsets) {
    synsets.set(name, items.filter((it) => {
      if (it.kind !== 'ref' || synsets.has(it.name)) return true;
      report(new VerbDictionaryError(file, it.line, `synset &${name} refers to unknown synset &${it.name}`));
      return false;
    }));
  }
  const state = new Map<string, 1 | 2>();
  const visit = (name: string) => {
    state.set(name, 1);
    const items = synsets.get(name)!;
    synsets.set(name, items.filter((it) => {
      if (it.kind !== 'ref') return true;
      if (state.get(it.name) === 1) {
        report(new VerbDictionaryError(file, it.line, `synset &${name} contains itself (through &${it.name})`));
        return false;
      }
      if (!state.has(it.name)) visit(it.name);
      return true;
    }));
    state.set(name, 2);
  };
  for (const name of synsets.keys()) if (!state.has(name)) visit(name);
  warnings.sort((a, b) => a.line - b.line);
  errors.sort((a, b) => a.line - b.line);
  return { file, synsets, synsetLines, families, transformations, warnings, errors };
}

// ------------------------------------------------------------------ dyad's pattern format

/** `&NAME` → `@NAME` (as written); a word as it is (lower case, `_`-joined). */
function tokText(t: Tok, inPP = false): string[] {
  switch (t.kind) {
    case 'word': return [t.word];
    case 'synset': return ['@' + t.name];
    case 'source': return ['$'];
    case 'target': return ['+'];
    case 'skip': return ['^'];
    case 'compound': return ['%'];
    // A noun phrase inside a prepositional phrase is its object: its words join the phrase's.
    case 'np': {
      const inner = t.items.flatMap((x) => tokText(x, true));
      return inPP ? inner : ['{' + inner.join(' ') + '}'];
    }
    case 'pp': return ['(' + [t.prep, ...t.items.flatMap((x) => tokText(x, true))].join(' ') + ')'];
  }
}

/**
 * `BOMBING/EXPLOSION`, `TO/FOR` are written for "bombing or explosion", "to or for" (PETRARCH has no such notation
 * and looks for the literal word): each alternative becomes a sequence of its own. Names with a slash (`F/A-18`)
 * are left alone: only words of two letters or more on each side are alternatives.
 */
function expandAlternatives(seq: string): string[] {
  const m = /(^|[\s({])([a-z]{2,}(?:\/[a-z]{2,})+)(?=$|[\s)}])/.exec(seq);
  if (!m) return [seq];
  const at = m.index + m[1].length;
  return m[2].split('/').flatMap((alt) => expandAlternatives(seq.slice(0, at) + alt + seq.slice(at + m[2].length)));
}

function codeText(code: string | null, reverse: string | null): string {
  return (code ?? '---') + (reverse ? ':' + reverse : '');
}

/** The trigger of a member: `go_by`, `wire_+tap`, `abandon`. */
export function memberTrigger(v: VerbEntry): string {
  return [...v.before, (v.before.length ? '+' : '') + v.verb, ...v.particles].join('_');
}

/**
 * Writes a dictionary in dyad's pattern format (data/events/patterns.txt, "Sequence patterns"): `@NAME` word classes
 * for the synsets, `=FAMILY` lines with the members, `f` lines for irregular forms, `v` lines for default codes and
 * patterns. Every line ends with `# FILE:LINE`, the line it comes from. `origin` (one or more lines) says in the
 * header what was read and under what licence. Deterministic: the same dictionary gives the same text.
 */
export function toPatternText(dict: VerbDictionary, origin: string): string {
  const out: string[] = [];
  const at = (line: number) => `# ${dict.file}:${line}`;
  const emit = (s: string, line: number) => out.push(`${s}  ${at(line)}`);
  const nPatterns = dict.families.reduce((n, f) => n + f.patterns.length, 0);
  const nVerbs = dict.families.reduce((n, f) => n + f.verbs.length, 0);
  out.push(
    `# dyad sequence patterns imported from a PETRARCH verb dictionary: ${dict.file}.`,
    '# Generated by src/events/petrarch/verbs.ts (readVerbDictionary, toPatternText); do not edit by hand.',
    '# Format: the "Sequence patterns" part of the header of data/events/patterns.txt. Each line ends with the line of',
    `# ${dict.file} it comes from. Word classes are this file's own (they do not mix with patterns.txt's).`,
    `# ${dict.synsets.size} word classes, ${dict.families.length} families, ${nVerbs} verb entries, ${nPatterns} patterns; ` +
      `${dict.warnings.length + dict.errors.length} lines or parts of lines not imported (listed at the end).`,
    '#',
    ...origin.split('\n').map((l) => ('# ' + l).trimEnd()),
    '',
    '# ---------------------------------------------------------------- word classes (synonym sets)',
  );
  for (const [name, items] of dict.synsets) {
    const words: string[] = [];
    for (const it of items) {
      const w = it.kind === 'ref' ? '@' + it.name : it.words.join('_');
      if (!words.includes(w)) words.push(w);
    }
    if (!words.length) { out.push(`# @${name}: no items  ${at(dict.synsetLines.get(name)!)}`); continue; }
    emit(`@${name} ${words.join(' ')}`, dict.synsetLines.get(name)!);
  }
  out.push('', '# ---------------------------------------------------------------- verb families');
  const names = new Set<string>();
  const formsDone = new Map<string, Set<string>>();
  for (const f of dict.families) {
    let name = f.name;
    for (let k = 2; names.has(name); k++) name = `${f.name}_${k}`;
    names.add(name);
    out.push('');
    const members: string[] = [];
    for (const v of f.verbs) { const m = memberTrigger(v); if (!members.includes(m)) members.push(m); }
    if (!members.length) {
      out.push(`# =${name} has no verbs: its default and ${f.patterns.length} patterns apply to none  ${at(f.line)}`);
      continue;
    }
    emit(`=${name} ${members.join(' ')}`, f.line);
    for (const v of f.verbs) {
      let done = formsDone.get(v.verb);
      if (!done) { done = new Set([v.verb]); formsDone.set(v.verb, done); }
      const fresh = v.forms.filter((x) => !done!.has(x));
      if (!fresh.length) continue;
      for (const x of fresh) done.add(x);
      emit(`f ${v.verb} ${fresh.join(' ')}`, v.line);
    }
    if (f.code !== null || f.reverse !== null) emit(`v =${name} ${codeText(f.code, f.reverse)}`, f.line);
    for (const v of f.verbs) if (v.code !== undefined) emit(`v ${memberTrigger(v)} ${codeText(v.code, v.reverse)}`, v.line);
    for (const p of f.patterns) {
      const seq = [...p.before.flatMap((t) => tokText(t)), '*', ...p.after.flatMap((t) => tokText(t))].join(' ');
      for (const s of expandAlternatives(seq)) emit(`v =${name} ${codeText(p.code, p.reverse)} :: ${s}`, p.line);
    }
  }
  if (dict.warnings.length || dict.errors.length || dict.transformations.length) {
    out.push('', '# ---------------------------------------------------------------- not imported');
    const all = [...dict.errors.map((e) => ({ ...e, message: `malformed, skipped: ${e.message}` })), ...dict.warnings];
    for (const w of all.sort((a, b) => a.line - b.line)) out.push(`# ${w.file}:${w.line}: ${w.message}`);
    if (dict.transformations.length) {
      out.push(`# ${dict.transformations.length} transformations (~ lines of the TRANSFORMATIONS section): no counterpart in dyad.`);
    }
  }
  return out.join('\n') + '\n';
}
