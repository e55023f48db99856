// A user's own actors, in dyad's native format (JSON), merged over the default dictionary: `--dict my-actors.json`.
//
//   {
//     "actors": [
//       { "name": "Ruritania", "code": "RUR", "kind": "country",
//         "aliases": ["Kingdom of Ruritania"], "demonyms": ["Ruritanian", "Ruritanians"], "capital": "Strelsau" },
//       { "name": "Rudolf Rassendyll", "kind": "person", "surname": "Rassendyll",
//         "roles": [{ "code": "RURGOV", "title": "king", "start": "2019-05-01", "end": "2023" }] },
//       { "name": "Black Michael's Guard", "code": "RURREB", "aliases": ["the Six"] },
//       { "name": "Zenda Party", "codes": [{ "code": "RUROPP", "end": "2019-12-31" }, { "code": "RURGOV", "start": "2020-01-01" }] },
//       { "name": "Hezbollah", "code": "LBNGOV", "override": true }
//     ]
//   }
//
// (A bare array of entries is accepted too.) Fields of an entry:
//   name      required; the name as written in text (capitalised words need a capital in the text; an all-capitals
//             word of two or more letters, such as `RUF`, needs capitals)
//   aliases   other names
//   kind      `country`, `person`, `igo` or `group`; by default `person` when `roles` is given, `igo` for IGO… codes,
//             `country` for a bare three-letter code, else `group`
//   code      the actor code (`RURREB`, `IGOEUREEC`); or `codes`: dated codes, the first covering the article's date
//             applies, else the first undated one (as PETRARCH's `[CODE <date]`)
//   roles     (people) `{code, title?, start?, end?}`: the person is coded with the role held on the article's date,
//             and `<country>ELI` out of office; `title` is a role word of titles.tsv (`president`, `foreign minister`)
//   surname   (people) the name used alone after the full name (`Rassendyll`)
//   demonyms, capital   (countries) nationality words; the seat of government, coded `<code>GOV`
//   country   the ISO alpha-3 (or IGO/NGO) the actor belongs to, when not the first three letters of its code
//   override  true: the entry is meant to replace a default entry of the same name (not reported as a conflict)
// Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. Unknown fields are errors (a misspelt field would
// otherwise be silently ignored).
//
// A name of the user's that the defaults already give a different code is a conflict: `checkUserDictionary` lists
// them (`dyad dict check F`), and `mergeUserDictionary` refuses to merge them unless the entry says `override`.
import { readFileSync } from 'node:fs';
import type { ActorCode, Actor } from '../types.js';
import { countryActor, orgActor, personActor } from './actor.js';
import {
  childOf, countryCode, dictionary, isOffice, nameTokens, roleCode, tokenKey, type CountryRecord, type Dictionary,
  type Hit, type HitType, type OrgRecord, type PersonRecord, type RoleRecord, type TrieNode,
} from './dictionary.js';
import { DictionaryFormatError } from './petrarch.js';
import type { DatedCode } from './sources.js';

export interface UserRole {
  code: ActorCode;
  title?: string;
  start?: string;
  end?: string;
}

/** One entry of a user dictionary, checked. */
export interface UserEntry {
  name: string;
  aliases: string[];
  kind: 'country' | 'person' | 'igo' | 'group';
  /** Codes of countries, organisations and groups (dated or not). */
  codes: DatedCode[];
  /** Roles of people. */
  roles: UserRole[];
  surname?: string;
  demonyms: string[];
  capital?: string;
  country?: string;
  override: boolean;
  /** Position in the file: entry index (0-based) and the line it starts on. */
  index: number;
  line: number;
}

/** A user's name that the default dictionary already gives another code. */
export interface Conflict {
  /** The user's name (or alias) as written. */
  name: string;
  /** The user's entry (its primary name), index and line in the file. */
  entry: string;
  index: number;
  line: number;
  /** The codes the user gives it. */
  userCodes: ActorCode[];
  /** What the default dictionary has under that name: kind of entry, its name, and its codes. */
  defaultKind: HitType;
  defaultName: string;
  defaultCodes: ActorCode[];
}

const FIELDS = new Set(['name', 'aliases', 'kind', 'code', 'codes', 'roles', 'surname', 'demonyms', 'capital', 'country', 'override']);
const KINDS = new Set(['country', 'person', 'igo', 'group']);
const CODE_RE = /^[A-Z][A-Z0-9]{2,}$/;
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Start offsets of the entries of a JSON file (objects directly inside the top-level array or `actors` array). */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let arrayDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[') { depth++; if (arrayDepth < 0 && depth <= 2) arrayDepth = depth; }
    else if (c === '{') { if (depth === arrayDepth) lines.push(line); depth++; }
    else if (c === '}' || c === ']') depth--;
  }
  return lines;
}

/** Offset of the first JSON syntax error (JSON.parse does not always say where it is). */
function jsonErrorAt(t: string): number {
  let i = 0;
  const ws = () => { while (i < t.length && ' \t\r\n'.includes(t[i])) i++; };
  const fail = (): never => { throw i; };
  const value = (): void => {
    ws();
    const c = t[i];
    if (c === '{') {
      i++; ws();
      if (t[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (t[i] !== '"') fail();
        str(); ws();
        if (t[i] !== ':') fail();
        i++; value(); ws();
        if (t[i] === ',') { i++; continue; }
        if (t[i] === '}') { i++; return; }
        fail();
      }
    } else if (c === '[') {
      i++; ws();
      if (t[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (t[i] === ',') { i++; continue; }
        if (t[i] === ']') { i++; return; }
        fail();
      }
    } else if (c === '"') str();
    else {
      const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(t.slice(i, i + 40));
      if (!m) fail();
      i += m![0].length;
    }
  };
  const str = () => {
    i++;
    while (i < t.length && t[i] !== '"') { if (t[i] === '\\') i++; if (t[i] === '\n') fail(); i++; }
    if (i >= t.length) fail();
    i++;
  };
  try {
    value(); ws();
    return i < t.length ? i : t.length;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Reads a user dictionary (JSON). Throws DictionaryFormatError naming the file, the line and what is wrong. */
export function readUserDictionary(text: string, file: string): UserEntry[] {
  if (/\.ya?ml$/i.test(file)) {
    throw new DictionaryFormatError(file, 1, 'YAML is not read: write the dictionary as JSON (see src/actors/user.ts)', '');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text);
    const line = text.slice(0, at).split('\n').length;
    throw new DictionaryFormatError(file, line, `not valid JSON (${(e as Error).message.split('\n')[0]})`, '');
  }
  const list = Array.isArray(data) ? data : (data && typeof data === 'object' && Array.isArray((data as { actors?: unknown }).actors))
    ? (data as { actors: unknown[] }).actors : null;
  if (!list) throw new DictionaryFormatError(file, 1, 'expected an array of entries or {"actors": [...]}', '');
  const lines = entryLines(text);
  return list.map((raw, index) => readEntry(raw, index, lines[index] ?? 1, file));
}

function readEntry(raw: unknown, index: number, line: number, file: string): UserEntry {
  const fail = (problem: string): never => {
    throw new DictionaryFormatError(file, line, `entry ${index + 1}: ${problem}`, '');
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('not an object');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.has(k)) fail(`unknown field "${k}"`);
  const str = (k: string, v: unknown): string => {
    if (typeof v !== 'string' || !v.trim()) fail(`"${k}" must be a non-empty string`);
    return (v as string).trim();
  };
  const strs = (k: string): string[] => {
    const v = o[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail(`"${k}" must be an array of strings`);
    return (v as unknown[]).map((x) => str(k, x));
  };
  const code = (k: string, v: unknown): string => {
    const c = str(k, v);
    if (!CODE_RE.test(c)) fail(`bad code "${c}" (capital letters and digits, at least three: RURGOV, IGOEUREEC)`);
    return c;
  };
  const dates = <T extends { start?: string; end?: string }>(x: Record<string, unknown>, out: T, where: string): T => {
    for (const k of ['start', 'end'] as const) {
      if (x[k] === undefined) continue;
      const d = str(`${where}.${k}`, x[k]);
      if (!DATE_RE.test(d)) fail(`bad date "${d}" in ${where} (YYYY, YYYY-MM or YYYY-MM-DD)`);
      out[k] = d;
    }
    if (out.start && out.end && out.end < out.start.slice(0, out.end.length)) fail(`${where} ends before it starts`);
    return out;
  };
  const name = str('name', o.name);
  const codes: DatedCode[] = [];
  if (o.code !== undefined) codes.push({ code: code('code', o.code) });
  if (o.codes !== undefined) {
    if (!Array.isArray(o.codes)) fail('"codes" must be an array of {code, start?, end?}');
    (o.codes as unknown[]).forEach((c, i) => {
      if (!c || typeof c !== 'object') fail(`codes[${i}] must be an object`);
      const x = c as Record<string, unknown>;
      for (const k of Object.keys(x)) if (!['code', 'start', 'end'].includes(k)) fail(`unknown field "${k}" in codes[${i}]`);
      codes.push(dates(x, { code: code(`codes[${i}].code`, x.code) } as DatedCode, `codes[${i}]`));
    });
  }
  const roles: UserRole[] = [];
  if (o.roles !== undefined) {
    if (!Array.isArray(o.roles)) fail('"roles" must be an array of {code, title?, start?, end?}');
    (o.roles as unknown[]).forEach((r, i) => {
      if (!r || typeof r !== 'object') fail(`roles[${i}] must be an object`);
      const x = r as Record<string, unknown>;
      for (const k of Object.keys(x)) if (!['code', 'title', 'start', 'end'].includes(k)) fail(`unknown field "${k}" in roles[${i}]`);
      const role: UserRole = { code: code(`roles[${i}].code`, x.code) };
      if (x.title !== undefined) role.title = str(`roles[${i}].title`, x.title).toLowerCase();
      roles.push(dates(x, role, `roles[${i}]`));
    });
  }
  let kind = o.kind === undefined ? undefined : str('kind', o.kind);
  if (kind !== undefined && !KINDS.has(kind)) fail(`bad kind "${kind}" (country, person, igo or group)`);
  if (!kind) {
    const first = codes[0]?.code ?? '';
    kind = roles.length ? 'person' : first.startsWith('IGO') ? 'igo' : /^[A-Z]{3}$/.test(first) ? 'country' : 'group';
  }
  if (kind === 'person') {
    if (!roles.length) fail('a person needs "roles" ([{code, start?, end?}])');
    if (codes.length) fail('a person has "roles", not "code"/"codes"');
  } else {
    if (!codes.length) fail('needs "code" (or dated "codes")');
    if (roles.length) fail('"roles" are for people (kind "person")');
  }
  if (kind === 'country' && codes.some((c) => c.start || c.end)) fail('a country has one undated code');
  const entry: UserEntry = {
    name, aliases: strs('aliases'), kind: kind as UserEntry['kind'], codes, roles, demonyms: strs('demonyms'),
    override: o.override === true, index, line,
  };
  if (o.override !== undefined && typeof o.override !== 'boolean') fail('"override" must be true or false');
  if (o.surname !== undefined) entry.surname = str('surname', o.surname);
  if (o.capital !== undefined) entry.capital = str('capital', o.capital);
  if (o.country !== undefined) {
    entry.country = str('country', o.country).toUpperCase();
    if (!/^[A-Z]{3}$/.test(entry.country)) fail(`bad country "${entry.country}" (ISO alpha-3, IGO or NGO)`);
  }
  if ((entry.demonyms.length || entry.capital) && kind !== 'country') fail('"demonyms" and "capital" are for countries');
  if (entry.surname && kind !== 'person') fail('"surname" is for people');
  return entry;
}

// ------------------------------------------------------------------ conflicts

/** The codes a default dictionary hit can give. */
function hitCodes(d: Dictionary, h: Hit): { name: string; codes: ActorCode[] } {
  switch (h.type) {
    case 'country': case 'demonym': case 'combining': case 'place': {
      const c = d.countries[h.ref];
      return { name: c.name, codes: [c.code] };
    }
    case 'metonym': return { name: d.countries[h.ref].name, codes: [h.code!] };
    case 'org': {
      const o = d.org(h.ref);
      return { name: o.name, codes: [...new Set(o.codes.map((c) => c.code))] };
    }
    default: {
      const p = d.person(h.ref);
      return { name: p.name, codes: [...new Set(p.roles.map((r) => roleCodeOf(r, d)))] };
    }
  }
}

function roleCodeOf(r: RoleRecord, d: Dictionary): string {
  return isOffice(r) ? roleCode(r, d) : countryCode(r.country, d) + 'ELI';
}

/** The hits at exactly this name in a trie (no partial matches). */
function exactHits(root: TrieNode, name: string): Hit[] {
  let n: TrieNode | undefined = root;
  for (const t of nameTokens(name)) {
    n = childOf(n, tokenKey(t));
    if (!n) return [];
  }
  return n === root ? [] : n.hits ?? [];
}

function entryCodes(e: UserEntry): ActorCode[] {
  return e.kind === 'person' ? e.roles.map((r) => r.code) : e.codes.map((c) => c.code);
}

/** The user's names that the default dictionary gives other codes (entries marked `override` are not reported). */
export function findConflicts(base: Dictionary, entries: UserEntry[], opts: { includeOverrides?: boolean } = {}): Conflict[] {
  const out: Conflict[] = [];
  for (const e of entries) {
    if (e.override && !opts.includeOverrides) continue;
    const mine = entryCodes(e);
    const names = [e.name, ...e.aliases, ...e.demonyms, ...(e.capital ? [e.capital] : [])];
    for (const n of new Set(names)) {
      for (const h of exactHits(base.names, n)) {
        const theirs = hitCodes(base, h);
        // A person's codes differ by date: the same country (`RURGOV` / `RURELI`) is the same actor.
        const same = theirs.codes.some((c) => mine.includes(c))
          || (h.type === 'person' && e.kind === 'person' && theirs.codes.some((c) => mine.some((m) => m.slice(0, 3) === c.slice(0, 3))));
        if (same) continue;
        out.push({
          name: n, entry: e.name, index: e.index, line: e.line, userCodes: mine, defaultKind: h.type,
          defaultName: theirs.name, defaultCodes: theirs.codes,
        });
      }
    }
  }
  return out;
}

/** `dyad dict check F`: reads a user dictionary and lists its conflicts with the defaults (format errors throw). */
export function checkUserDictionary(base: Dictionary, file: string): Conflict[] {
  return findConflicts(base, readUserDictionary(readFileSync(file, 'utf8'), file));
}

/** One line per conflict, for the CLI. */
export function formatConflict(c: Conflict, file: string): string {
  const alias = c.name === c.entry ? '' : ` (in entry "${c.entry}")`;
  return `${file}:${c.line}: "${c.name}"${alias} is ${c.userCodes.join('/')} here but ${c.defaultCodes.join('/')} in the defaults `
    + `(${c.defaultKind} "${c.defaultName}"); add "override": true to the entry to replace it`;
}

// ------------------------------------------------------------------ merge

/** The user's entries conflict with the defaults: nothing was merged. */
export class UserDictionaryConflictError extends Error {
  constructor(readonly file: string, readonly conflicts: Conflict[]) {
    super(`${file}: ${conflicts.length} name(s) conflict with the default dictionary (see dyad dict check):\n`
      + conflicts.map((c) => '  ' + formatConflict(c, file)).join('\n'));
    this.name = 'UserDictionaryConflictError';
  }
}

function node(): TrieNode {
  return { next: null, hits: null };
}

function addHit(root: TrieNode, name: string, hit: Omit<Hit, 'form'>): void {
  const form = nameTokens(name);
  if (!form.length) return;
  let n = root;
  for (const k of form.map(tokenKey)) {
    if (!n.next) n.next = new Map();
    let c = n.next.get(k);
    if (!c) { c = node(); n.next.set(k, c); }
    n = c;
  }
  (n.hits ??= []).push({ ...hit, form });
}

function splitCode(code: string, d: Dictionary): { country: string; agent: string } {
  const p = code.slice(0, 3);
  if (['IGO', 'NGO', 'IMG', 'MNC'].includes(p)) return { country: p, agent: code };
  // A CAMEO country code back to its ISO record where they differ (`KSV` → `XKX`).
  const iso = d.countries.find((c) => c.code === p)?.iso ?? p;
  return { country: iso, agent: code.slice(3) || 'GOV' };
}

/**
 * The default dictionary with the user's entries over it: their names are matched before the defaults' and win
 * when at least as long. Entries whose names the defaults code differently throw UserDictionaryConflictError
 * (nothing is merged) unless marked `override`; `{ conflicts: 'skip' }` leaves those names to the defaults instead.
 */
export function mergeUserDictionary(base: Dictionary, entries: UserEntry[],
  opts: { file?: string; conflicts?: 'error' | 'skip' } = {}): Dictionary {
  const conflicts = findConflicts(base, entries);
  if (conflicts.length && opts.conflicts !== 'skip') throw new UserDictionaryConflictError(opts.file ?? 'user dictionary', conflicts);
  const skip = new Set(conflicts.map((c) => `${c.index}|${tokenKey(c.name)}`));
  const keep = (e: UserEntry, n: string) => !skip.has(`${e.index}|${tokenKey(n)}`);
  const countries = base.countries.slice();
  const countryByIso = new Map(base.countryByIso);
  const people: PersonRecord[] = [];
  const orgs: OrgRecord[] = [];
  const user = node();
  const userSurnames = node();
  const byCountry = new Map<string, number[]>();
  for (const e of entries) {
    const names = [e.name, ...e.aliases].filter((n) => keep(e, n));
    if (e.kind === 'country') {
      const code = e.codes[0].code;
      const iso = e.country ?? code;
      let ref = countryByIso.get(iso);
      if (ref === undefined) {
        const rec: CountryRecord = { iso, code, name: e.name, names, demonyms: e.demonyms, combining: [], metonyms: [] };
        ref = countries.length;
        countries.push(rec);
        countryByIso.set(iso, ref);
      }
      for (const n of names) addHit(user, n, { type: 'country', ref });
      for (const n of e.demonyms.filter((x) => keep(e, x))) addHit(user, n, { type: 'demonym', ref });
      if (e.capital && keep(e, e.capital)) addHit(user, e.capital, { type: 'metonym', ref, code: code + 'GOV' });
    } else if (e.kind === 'person') {
      const i = base.personCount + people.length;
      const roles: RoleRecord[] = e.roles.map((r) => {
        const { country, agent } = splitCode(r.code, base);
        const role: RoleRecord = { country: e.country ?? country, title: r.title ?? 'official', agent, src: 'curated' };
        if (r.start) role.start = r.start;
        if (r.end) role.end = r.end;
        return role;
      });
      const words = nameTokens(e.name);
      const p: PersonRecord = { id: `user:${e.index}:${e.name}`, name: e.name, names, roles };
      const surname = e.surname ?? (words.length > 1 ? words[words.length - 1] : undefined);
      if (surname) p.surname = surname;
      people.push(p);
      for (const n of names) {
        if (nameTokens(n).length >= 2) addHit(user, n, { type: 'person', ref: i });
        else addHit(userSurnames, n, { type: 'surname', ref: i });
      }
      if (surname) addHit(userSurnames, surname, { type: 'surname', ref: i });
      for (const c of new Set(roles.map((r) => r.country))) byCountry.set(c, [...(byCountry.get(c) ?? []), i]);
    } else {
      const i = base.orgCount + orgs.length;
      const code = e.codes[0].code;
      const country = e.country ?? (['IGO', 'NGO', 'IMG', 'MNC'].includes(code.slice(0, 3)) ? code.slice(0, 3) : code.slice(0, 3));
      orgs.push({ id: `user:${e.index}:${e.name}`, name: e.name, names, country, kind: e.kind === 'igo' ? 'igo' : 'group', codes: e.codes });
      for (const n of names) addHit(user, n, { type: 'org', ref: i });
    }
  }
  const ids = new Map(people.map((p, k) => [p.id, base.personCount + k]));
  return {
    ...base,
    countries, countryByIso, user, userSurnames,
    personCount: base.personCount + people.length,
    orgCount: base.orgCount + orgs.length,
    person: (i) => (i < base.personCount ? base.person(i) : people[i - base.personCount]),
    org: (i) => (i < base.orgCount ? base.org(i) : orgs[i - base.orgCount]),
    personIndex: (id) => ids.get(id) ?? base.personIndex(id),
    peopleIn: (c) => [...base.peopleIn(c), ...(byCountry.get(c) ?? [])],
    givenNameCount: (key) => base.givenNameCount(key),
    loadMs: base.loadMs,
  };
}

/** `--dict F`: the default dictionary (or `base`) with a user's file merged over it. */
export function loadUserDictionary(file: string, base: Dictionary = dictionary(),
  opts: { conflicts?: 'error' | 'skip' } = {}): Dictionary {
  return mergeUserDictionary(base, readUserDictionary(readFileSync(file, 'utf8'), file), { ...opts, file });
}

/** The actor a user entry stands for on a date (for tools and tests). */
export function userEntryActor(d: Dictionary, e: UserEntry, date: string): Actor | null {
  const hits = exactHits(d.user ?? node(), e.name);
  const h = hits[0];
  if (!h) return null;
  if (h.type === 'org') return orgActor(d.org(h.ref), date);
  if (h.type === 'person') return personActor(d.person(h.ref), date, d);
  return countryActor(d.countries[h.ref]);
}
