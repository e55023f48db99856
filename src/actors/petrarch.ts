// Readers for PETRARCH/TABARI-format actor and agent dictionaries, read as they are written, and the Dictionary built
// from them. The forms accepted (all seen in the Phoenix dictionaries and the PETRARCH validation suite):
//
//   actors                                         agents
//   NAME_OF_ACTOR_  [CODE]      # comment          !SET! = A, B, C            substitution set
//   NAME WITH SPACES [CODE] [CODE <YYMMDD]         PHRASE_ [~GOV]             suffix agent: <actor>GOV
//   +SYNONYM_                                      PHRASE {PLURAL, PLURAL} [~MIL]   explicit plurals; {} = none
//   ROOT_WITHOUT_CODE            # codes follow    PEACEKEEPERS [IGO~]        prefix agent: IGO<actor>
//   \t[CODE >YYYYMMDD]                             CONGRESS!PERSON! [~LEG]    the set expanded in place
//   \t[CODE YYMMDD-YYMMDD]       (spaces allowed around <, >, -)
//   <!-- comment, possibly over several lines -->
//   NAME_ONE / NAME_TWO / … on consecutive lines with no code between them: one actor, the codes that follow.
//
// Words are joined by `_` or spaces; a trailing `_` (TABARI: "do not stem") is dropped — matching is on whole words,
// as in PETRARCH. Codes are kept as written (`---`, `+++`, `FRO/BIL/SAM` included; lower case is upper-cased).
// A dated code applies on the article's date when the date falls inside it (bounds inclusive); the first one that
// applies wins, in file order; otherwise the first undated code. Two-digit years: 30–99 → 19xx, 00–29 → 20xx.
//
// A line that cannot be read raises a DictionaryFormatError naming the file, the line and what is wrong. The build
// script reads the (slightly irregular) Phoenix files with `onError`, which reports and skips such lines instead.
import { readFileSync } from 'node:fs';
import type { ActorCode } from '../types.js';
import { buildDictionary, type AgentsFile, type Dictionary, type OrgRecord } from './dictionary.js';
import { phoenixDate, pluralize, type DatedCode } from './sources.js';

/** A line of a dictionary file that cannot be read. */
export class DictionaryFormatError extends Error {
  constructor(readonly file: string, readonly line: number, readonly problem: string, readonly text: string) {
    super(`${file}:${line}: ${problem}${text ? `: ${JSON.stringify(text.length > 80 ? text.slice(0, 77) + '...' : text)}` : ''}`);
    this.name = 'DictionaryFormatError';
  }
}

export interface ReadOptions {
  /** Report a malformed line and go on (the line, or the entry it belongs to, is skipped). Default: throw. */
  onError?: (e: DictionaryFormatError) => void;
}

/** One actor entry: a primary name, its `+synonyms`, and its codes in file order. */
export interface PetrarchActor {
  /** Words joined by single spaces, as written (`VLADIMIR PUTIN`, `THE SHIRE`). */
  name: string;
  synonyms: string[];
  codes: DatedCode[];
  /** Line of the primary name (1-based). */
  line: number;
  /** The comment on the primary name's line, if any (`CountryInfo.txt` in Phoenix marks leaders and ministers). */
  comment?: string;
}

/** One agent phrase (lower-cased) with its code. */
export interface PetrarchAgent {
  phrase: string;
  /** The agent code without `~` (`GOV`, `GOVMED`, `NGO`). */
  code: string;
  /** `[NGO~]`: the code goes before the actor's (NGO + ARN → NGOARN); `[~GOV]` (the usual): after it. */
  prefix: boolean;
  line: number;
}

// ------------------------------------------------------------------ lines and comments

interface Line {
  no: number;
  /** The line with comments removed, right-trimmed. */
  text: string;
  comment: string;
  raw: string;
}

/** Splits a file into lines with `#` comments and `<!-- … -->` blocks (which may span lines) removed. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let inBlock = false;
  const raw = text.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i];
    let comment = '';
    // XML-style comment blocks: `<!-- … -->`, also written `<! -- … -->`.
    let rest = '';
    for (;;) {
      if (inBlock) {
        const e = s.indexOf('-->');
        if (e < 0) { s = ''; break; }
        s = s.slice(e + 3);
        inBlock = false;
        continue;
      }
      const m = /<!\s*--/.exec(s);
      if (!m) { rest += s; break; }
      rest += s.slice(0, m.index);
      s = s.slice(m.index + m[0].length);
      inBlock = true;
    }
    s = rest;
    const h = s.indexOf('#');
    if (h >= 0) { comment = s.slice(h + 1).trim(); s = s.slice(0, h); }
    out.push({ no: i + 1, text: s.replace(/\s+$/, ''), comment, raw: raw[i] });
  }
  return out;
}

/** `NAME_OF_ACTOR_` or `NAME OF ACTOR` → `NAME OF ACTOR`. */
function words(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

const CODE = /^[A-Za-z0-9~/+-]+$/;

/**
 * Reads one bracketed code, `CODE`, `CODE <D`, `CODE >D`, `CODE D-D` (D = YYMMDD or YYYYMMDD, spaces allowed).
 * Returns the problem as a string when it cannot be read.
 */
export function readCode(inner: string): DatedCode | string {
  const s = inner.trim();
  if (!s) return 'empty code []';
  const sp = s.search(/\s/);
  const code = (sp < 0 ? s : s.slice(0, sp)).toUpperCase();
  const when = sp < 0 ? '' : s.slice(sp).replace(/\s+/g, '');
  if (!CODE.test(code)) return `bad code '${code}'`;
  const out: DatedCode = { code };
  if (!when) return out;
  const date = (d: string) => phoenixDate(d);
  let m: RegExpExecArray | null;
  if ((m = /^<(\d+)$/.exec(when))) {
    const e = date(m[1]);
    if (!e) return `bad date '${m[1]}' (expected YYMMDD or YYYYMMDD)`;
    out.end = e;
  } else if ((m = /^>(\d+)$/.exec(when))) {
    const b = date(m[1]);
    if (!b) return `bad date '${m[1]}' (expected YYMMDD or YYYYMMDD)`;
    out.start = b;
  } else if ((m = /^(\d+)-(\d+)$/.exec(when))) {
    const b = date(m[1]), e = date(m[2]);
    if (!b) return `bad date '${m[1]}' (expected YYMMDD or YYYYMMDD)`;
    if (!e) return `bad date '${m[2]}' (expected YYMMDD or YYYYMMDD)`;
    if (e < b) return `date range ends before it starts (${when})`;
    out.start = b;
    out.end = e;
  } else {
    return `bad date restriction '${s.slice(sp).trim()}' (expected <DATE, >DATE or DATE-DATE)`;
  }
  return out;
}

/** The `[…]` groups of a line from `from`; text outside brackets other than spaces is an error. */
function bracketCodes(s: string): DatedCode[] | string {
  const out: DatedCode[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c !== '[') {
      // PETRARCH ignores what follows the codes (Phoenix's company lists carry tab-separated notes there).
      if (out.length) break;
      return `unexpected text '${s.slice(i).trim()}' (codes go in [brackets])`;
    }
    const e = s.indexOf(']', i);
    if (e < 0) return `'[' without a closing ']'`;
    const inner = s.slice(i + 1, e);
    if (inner.includes('[')) return `'[' without a closing ']'`;
    const code = readCode(inner);
    if (typeof code === 'string') return code;
    out.push(code);
    i = e + 1;
  }
  return out;
}

// ------------------------------------------------------------------ actors

/** Reads a PETRARCH/TABARI actors file. Throws DictionaryFormatError on a malformed line unless `onError` is given. */
export function readPetrarchActors(text: string, file: string, opts: ReadOptions = {}): PetrarchActor[] {
  const out: PetrarchActor[] = [];
  let cur: PetrarchActor | null = null;
  let curBad = false;
  const fail = (l: Line, problem: string) => {
    const e = new DictionaryFormatError(file, l.no, problem, l.raw.trim());
    if (!opts.onError) throw e;
    opts.onError(e);
  };
  const flush = () => {
    if (cur && !curBad) {
      if (cur.codes.length) out.push(cur);
      else {
        const e = new DictionaryFormatError(file, cur.line, `actor '${cur.name}' has no code`, '');
        if (!opts.onError) throw e;
        opts.onError(e);
      }
    }
    cur = null;
    curBad = false;
  };
  for (const l of lines(text)) {
    const t = l.text.trim();
    if (!t) continue;
    if (t[0] === '+') {
      if (!cur) { fail(l, 'synonym (+) with no actor before it'); continue; }
      const b = t.indexOf('[');
      const name = words(b >= 0 ? t.slice(1, b) : t.slice(1));
      if (!name) { fail(l, 'empty synonym'); continue; }
      if (/[\]{}]/.test(name)) { fail(l, `bad character in synonym '${name}'`); continue; }
      const codes = b >= 0 ? bracketCodes(t.slice(b)) : [];
      if (typeof codes === 'string') { fail(l, codes); continue; }
      (cur as PetrarchActor).synonyms.push(name);
      (cur as PetrarchActor).codes.push(...codes);
      continue;
    }
    if (t[0] === '[') {
      if (!cur) { fail(l, 'code with no actor before it'); continue; }
      const codes = bracketCodes(t);
      if (typeof codes === 'string') { fail(l, codes); continue; }
      (cur as PetrarchActor).codes.push(...codes);
      continue;
    }
    if (t[0] === ']' || t[0] === '{' || t[0] === '}' || t[0] === '<' || t[0] === '>') {
      fail(l, `unexpected '${t[0]}' at the start of a line`);
      continue;
    }
    const b = t.indexOf('[');
    const name = words(b >= 0 ? t.slice(0, b) : t);
    // Consecutive names with no codes between them share the codes that follow (Phoenix lists a leader's name forms
    // this way: `BORIS_YELTSIN` / `BORIS_N._YELTSIN` / `PRESIDENT_YELTSIN` and then the dated codes).
    if (cur && !curBad && !(cur as PetrarchActor).codes.length && !/[\]{}]/.test(name)) {
      (cur as PetrarchActor).synonyms.push(name);
      const codes = b >= 0 ? bracketCodes(t.slice(b)) : [];
      if (typeof codes === 'string') { fail(l, codes); continue; }
      (cur as PetrarchActor).codes.push(...codes);
      continue;
    }
    flush();
    if (/[\]{}]/.test(name)) { fail(l, `bad character in actor name '${name}'`); curBad = true; cur = { name, synonyms: [], codes: [], line: l.no }; continue; }
    const codes = b >= 0 ? bracketCodes(t.slice(b)) : [];
    cur = { name, synonyms: [], codes: [], line: l.no };
    if (l.comment) cur.comment = l.comment;
    if (typeof codes === 'string') { fail(l, codes); continue; }
    cur.codes.push(...codes);
  }
  flush();
  return out;
}

// ------------------------------------------------------------------ agents

/** Reads a PETRARCH agents file (lower-cased phrases, plurals generated as PETRARCH does unless `{…}` lists them). */
export function readPetrarchAgents(text: string, file: string, opts: ReadOptions = {}): PetrarchAgent[] {
  const sets = new Map<string, string[]>();
  const out: PetrarchAgent[] = [];
  const fail = (l: Line, problem: string) => {
    const e = new DictionaryFormatError(file, l.no, problem, l.raw.trim());
    if (!opts.onError) throw e;
    opts.onError(e);
  };
  for (const l of lines(text)) {
    const t = l.text.trim();
    if (!t) continue;
    const set = /^!([\w-]+)!\s*=(.*)$/.exec(t);
    if (set) {
      const members = set[2].split(',').map((s) => s.trim()).filter(Boolean);
      if (!members.length) { fail(l, `substitution set !${set[1]}! has no members`); continue; }
      sets.set(set[1], members);
      continue;
    }
    const b = t.indexOf('[');
    if (b < 0) { fail(l, 'agent with no [code]'); continue; }
    const e = t.indexOf(']', b);
    if (e < 0) { fail(l, `'[' without a closing ']'`); continue; }
    if (t.slice(e + 1).trim()) { fail(l, `unexpected text '${t.slice(e + 1).trim()}' after the code`); continue; }
    let head = t.slice(0, b).trim();
    let plurals: string[] | null = null;
    const brace = /\{([^}]*)\}\s*$/.exec(head);
    if (brace) {
      plurals = brace[1].split(',').map((s) => words(s)).filter(Boolean);
      head = head.slice(0, brace.index).trim();
    }
    if (/[{}]/.test(head)) { fail(l, `unbalanced '{' or '}'`); continue; }
    if (!head) { fail(l, 'code with no agent phrase'); continue; }
    const raw = t.slice(b + 1, e).replace(/\s+/g, '');
    const m = /^(~)?([A-Za-z0-9]+)(~)?$/.exec(raw);
    if (!m || (!!m[1] === !!m[3])) {
      fail(l, `bad agent code '[${t.slice(b + 1, e)}]' (expected [~CODE] or [CODE~])`);
      continue;
    }
    const code = m[2].toUpperCase();
    const prefix = !!m[3];
    let bases: string[];
    try {
      bases = expand(head, sets);
    } catch (err) {
      fail(l, (err as Error).message);
      continue;
    }
    const hadSet = /!\w+!/.test(head);
    for (const base of bases) {
      const phrase = words(base).toLowerCase();
      if (!phrase) continue;
      out.push({ phrase, code, prefix, line: l.no });
      if (plurals) for (const p of plurals) out.push({ phrase: p.toLowerCase(), code, prefix, line: l.no });
      else if (!hadSet) out.push({ phrase: pluralize(phrase), code, prefix, line: l.no });
    }
  }
  return out;
}

function expand(p: string, sets: Map<string, string[]>): string[] {
  const m = /!([\w-]+)!/.exec(p);
  if (!m) return [p];
  const members = sets.get(m[1]);
  if (!members) throw new Error(`unknown substitution set !${m[1]}!`);
  // The member replaces the marker in place: `CONGRESS!PERSON!` → CONGRESSMAN, `!MINST!_OF_X` → MINISTER_OF_X.
  return members.flatMap((mem) => expand(p.slice(0, m.index) + mem.replace(/ /g, '_') + p.slice(m.index + m[0].length), sets));
}

// ------------------------------------------------------------------ the dictionary

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'al',
  'el', 'y', 'et', 'a', 'an', 'at', 'by', 'with', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'di', 'do', 'dos']);

/**
 * A PETRARCH name in the case the matcher expects: PETRARCH matches without regard to case, but in running text
 * a name's words are capitalised, so each word (other than function words) needs a capital first letter, and
 * nothing more (`ARNOR` matches `Arnor`, `ARNOR`; `THE SHIRE` matches `the Shire`, `The Shire`).
 */
export function petrarchForm(name: string): string {
  return name.split(' ').map((w) => {
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) return lower;
    if (!/\p{L}/u.test(w)) return w;
    return lower.replace(/\p{L}/u, (c) => c.toUpperCase());
  }).join(' ');
}

/** The country (or IGO/NGO/IMG/MNC) part of a code; null for `---`-style codes. */
function codeCountry(code: ActorCode): string | null {
  if (!/^[A-Z]{3}/.test(code)) return null;
  return code.slice(0, 3);
}

/**
 * A Dictionary of the user's PETRARCH dictionaries alone (no default countries, people or titles), as PETRARCH
 * would use them: every actor entry may take agents (`Arnor soldiers` → ARNMIL; `[NGO~]` agents → NGOARN), and
 * agents chain (`Danish Muslim media` → DNKMUSMED).
 */
export function petrarchDictionary(input: { actors?: PetrarchActor[]; agents?: PetrarchAgent[] }): Dictionary {
  const orgs: OrgRecord[] = [];
  const seen = new Set<string>();
  (input.actors ?? []).forEach((a, i) => {
    const names = [a.name, ...a.synonyms].map(petrarchForm).filter((n) => {
      const k = n.toLowerCase();
      if (seen.has(k)) return false; // a later duplicate of a name does not override the first (as in PETRARCH)
      seen.add(k);
      return true;
    });
    if (!names.length) return;
    const first = a.codes.find((c) => !c.start && !c.end) ?? a.codes[0];
    const country = codeCountry(first.code);
    const kind: OrgRecord['kind'] = country === 'IGO' ? 'igo' : first.code.length === 3 && country ? 'country' : 'group';
    orgs.push({ id: `petrarch:${i}:${a.line}`, name: petrarchForm(a.name), names, country: country ?? '', kind, codes: a.codes, compose: true });
  });
  const phrases: Record<string, string> = {};
  for (const g of input.agents ?? []) {
    if (phrases[g.phrase] === undefined) phrases[g.phrase] = g.prefix ? g.code + '~' : g.code;
  }
  const agents: AgentsFile = { phrases, labels: {} };
  const d = buildDictionary([], [], orgs, agents, {});
  d.chainAgents = true;
  return d;
}

/**
 * A Dictionary from the user's own PETRARCH/TABARI files, used alone (PETRARCH style: nothing from the defaults).
 * Each option takes one path or several. Throws DictionaryFormatError on a malformed line.
 */
export function dictionaryFromFiles(files: { actors?: string | string[]; agents?: string | string[] }): Dictionary {
  const t0 = performance.now();
  const list = (x?: string | string[]) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  const actors = list(files.actors).flatMap((f) => readPetrarchActors(readFileSync(f, 'utf8'), f));
  const agents = list(files.agents).flatMap((f) => readPetrarchAgents(readFileSync(f, 'utf8'), f));
  const d = petrarchDictionary({ actors, agents });
  d.loadMs = performance.now() - t0;
  return d;
}
