// The actor dictionary: loads the generated files in data/actors/ (built by scripts/build-dictionaries.ts) once,
// and indexes every name as a trie over normalised tokens, so matching costs one map lookup per token whatever the
// dictionary's size.
//
// Loading is lazy where the data is large (some 18,000 people and 7,500 organisations): the build writes
// `index.json`, which maps the first token of every name (and every surname) to the records that have it. Loading
// reads the files and that index; a record is parsed, and its names are put in the trie, the first time a text
// token equal to the first token of one of its names is looked up (`childOf`). Countries, agents and titles are
// small and indexed at once. Matching sees exactly the trie an eager build would give.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorCode, IsoDate } from '../types.js';
import type { DatedCode } from './sources.js';

// ------------------------------------------------------------------ file records (the build writes these)

/** A role held by a person: in office from `start` to `end` (inclusive; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface RoleRecord {
  /** ISO alpha-3 country, or `IGO` (then `agent` is the full organisation code, e.g. `IGOWSTNAT`). */
  country: string;
  /** A role of titles.tsv: `president`, `prime minister`, `foreign minister`, `security council secretary`… */
  title: string;
  /** CAMEO agent while in office: `GOV`, `MIL`, `SPY`, `REB`. */
  agent: string;
  start?: string;
  end?: string;
  src: 'curated' | 'factbook' | 'wikidata' | 'phoenix';
  /** Head of state (`hos`) or of government (`hog`) seat, for leaders read from the Factbook and Wikidata. */
  seat?: 'hos' | 'hog';
}

export interface PersonRecord {
  id: string;
  name: string;
  /** Full names (two words or more) the person is written as. */
  names: string[];
  /** The name used alone (`Putin`, `Lavrov`): matched only under the conditions in resolve.ts. */
  surname?: string;
  roles: RoleRecord[];
}

export interface CountryRecord {
  iso: string;
  /** CAMEO country code: ISO alpha-3 except a few (`XKX` → `KSV`, `TLS` → `TMP`). */
  code: string;
  name: string;
  names: string[];
  /** Adjectives and nouns of nationality, singular and plural (`Iranian`, `Iranians`, `British`, `Britons`). */
  demonyms: string[];
  /** Combining forms used before a hyphen: `Russo`, `Sino`. */
  combining: string[];
  /** Capitals and seats of power with their code: `['Kremlin', 'RUSGOV']`, `['Pentagon', 'USAMIL']`. */
  metonyms: [string, string][];
}

export interface OrgRecord {
  id: string;
  name: string;
  names: string[];
  /** `IGO`, `NGO`, `IMG` (international militant group), `MNC`, or an ISO country for national groups. */
  country: string;
  /** `country` for entries of a user's PETRARCH dictionary whose code is a bare country-like code (`ARN`). */
  kind: 'igo' | 'group' | 'country';
  codes: DatedCode[];
  /** Agents compose with it as with a country (`Arnor soldiers` → ARNMIL): entries of PETRARCH-format dictionaries. */
  compose?: boolean;
}

export interface AgentsFile {
  /** Lower-cased agent phrase → CAMEO agent code (`troops` → `MIL`, `ministry of foreign affairs` → `GOV`). */
  phrases: Record<string, string>;
  /** CAMEO agent code → label from the CAMEO agent list. */
  labels: Record<string, string>;
}

// ------------------------------------------------------------------ tokens and tries

/** Normalises a token for matching: lower case, curly apostrophes straightened, accents removed. */
export function tokenKey(text: string): string {
  let s = text.toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return s;
}

/**
 * Splits a dictionary name into tokens the way the annotator does for proper names: on spaces and around hyphens
 * (hyphens are dropped: `al-Assad` → `al Assad`), keeping inner periods and apostrophes (`U.S.`, `d'Ivoire`).
 */
export function nameTokens(name: string): string[] {
  // Most names are plain ASCII words and single spaces: split on the spaces without the regular expressions below,
  // which give the same tokens for such a name. Anything else (other white space, hyphens, commas, apostrophes,
  // non-ASCII) takes the general path.
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32) {
      if (k > from) out.push(name.slice(from, k));
      from = k + 1;
    } else if (c >= 128 || (c >= 9 && c <= 13) || c === 45 || c === 44 || c === 39) return splitName(name);
  }
  if (name.length > from) out.push(name.slice(from));
  return out;
}

function splitName(name: string): string[] {
  // A possessive inside a name is its own token, as the annotator splits it (`Democratic People 's Republic`).
  return name.replace(/’/g, "'").split(/[\s\u00a0]+|-/).map((t) => t.replace(/,$/, ''))
    .flatMap((t) => (t.length > 3 && /'s$/.test(t) ? [t.slice(0, -2), "'s"]
      // A plural possessive (`Kurdistan Workers' Party`): the annotator splits off the apostrophe, a possessive mark.
      : t.length > 3 && /s'$/.test(t) ? [t.slice(0, -1), "'s"] : [t])).filter(Boolean);
}

/** The match key of a name's first token (what `index.json` is keyed by). */
export function firstKey(name: string): string {
  const t = nameTokens(name);
  return t.length ? tokenKey(t[0]) : '';
}

export type HitType = 'country' | 'demonym' | 'combining' | 'metonym' | 'place' | 'org' | 'person' | 'surname';

/** What a matched name stands for. */
export interface Hit {
  type: HitType;
  /** The name's tokens as written in the dictionary (for the capitalisation check). */
  form: string[];
  /** Index in `countries` (for a place, of the country it is in), or of the organisation (`d.org(i)`) or person (`d.person(i)`). */
  ref: number;
  /** For metonyms: the code they stand for (`RUSGOV`). */
  code?: ActorCode;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
  /** For the agent and title tries: the value at this node. */
  value?: string;
  /** At the root of a lazily built trie: inserts the names of `refs` that begin with `key` (see `childOf`). */
  load?: (refs: string, key: string) => void;
  /** A child of a lazy root whose names are not inserted yet: their records, from `index.json` (see `childOf`). */
  refs?: string;
}

function node(): TrieNode {
  return { next: null, hits: null };
}

/**
 * The child of a trie node for a token key; at a lazy root, inserts the names that start with it first. A lazy root
 * holds a child for every first key from the start, marked with the records still to insert under it: one map
 * look-up per key, not a miss in a map of pending keys before the look-up of the child.
 */
export function childOf(n: TrieNode, key: string): TrieNode | undefined {
  const c = n.next?.get(key);
  if (c === undefined || c.refs === undefined) return c;
  const refs = c.refs;
  c.refs = undefined;
  n.load!(refs, key);
  // Records none of whose names begin with the key leave the child empty: no child, as if never made.
  if (c.next === null && c.hits === null) {
    n.next!.delete(key);
    return undefined;
  }
  return c;
}

/** Makes `root` lazy: a marked child per first key of `refs` (first key → records), filled by `load` on first use. */
function lazyRoot(root: TrieNode, refs: Record<string, string>, load: (refs: string, key: string) => void): void {
  root.load = load;
  const next = (root.next ??= new Map());
  for (const key of Object.keys(refs)) {
    let c = next.get(key);
    if (!c) { c = node(); next.set(key, c); }
    c.refs = refs[key];
  }
}

// A trie root's first keys as a Bloom filter: most text tokens begin no entry, and hashing the key into a small bit
// array costs far less than missing in a large root map. A clear bit means `childOf(root, key)` is undefined; a set
// bit only that it may not be (about 1 % of other keys). A root's first keys do not change once built (lazy loading
// only fills the marked children of a root, or drops one left empty), so each root's filter is made once, on first
// use.

/** FNV-1a over the key's UTF-16 code units: the hash `mayHaveChild` takes. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Two bit positions per key (from the low and the high bits of its hash), in `bits.length * 32` bits. */
function setBits(bits: Uint32Array, h: number): void {
  const mask = bits.length * 32 - 1;
  const a = h & mask, b = (h >>> 14) & mask;
  bits[a >>> 5] |= 1 << (a & 31);
  bits[b >>> 5] |= 1 << (b & 31);
}

const rootFilters = new WeakMap<TrieNode, Uint32Array>();

function rootFilter(root: TrieNode): Uint32Array {
  let bits = rootFilters.get(root);
  if (!bits) {
    const keys = [...(root.next?.keys() ?? [])];
    let size = 1024; // bits: some 16 per key, a power of two
    while (size < keys.length * 16) size *= 2;
    bits = new Uint32Array(size / 32);
    for (const k of keys) setBits(bits, keyHash(k));
    rootFilters.set(root, bits);
  }
  return bits;
}

/** False when no entry of the trie at `root` begins with the key of hash `h` (`keyHash`); true when one may. */
export function mayHaveChild(root: TrieNode, h: number): boolean {
  const bits = rootFilter(root);
  const mask = bits.length * 32 - 1;
  const a = h & mask, b = (h >>> 14) & mask;
  return (bits[a >>> 5] & (1 << (a & 31))) !== 0 && (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

function insert(root: TrieNode, keys: string[]): TrieNode {
  let n = root;
  for (const k of keys) {
    if (!n.next) n.next = new Map();
    let c = n.next.get(k);
    if (!c) { c = node(); n.next.set(k, c); }
    n = c;
  }
  return n;
}

function addHit(root: TrieNode, name: string, hit: Omit<Hit, 'form'>): void {
  const form = nameTokens(name);
  if (!form.length) return;
  const n = insert(root, form.map(tokenKey));
  if (!n.hits) { n.hits = [{ ...hit, form }]; return; }
  for (const x of n.hits) {
    if (x.type === hit.type && x.ref === hit.ref && x.form.length === form.length && x.form.every((f, k) => f === form[k])) return;
  }
  n.hits.push({ ...hit, form });
}

/**
 * Does a text token satisfy the capitalisation of the dictionary token? Capitalised dictionary words need a capital;
 * acronyms need all capitals (`US`, not `us` or `Us`); mixed-case forms such as `Nato` are listed as names of their own.
 */
export function caseMatches(text: string, form: string): boolean {
  const f0 = form[0];
  if (f0 === undefined) return true;
  const fUpper = f0 !== f0.toLowerCase();
  if (!fUpper) return true;
  const t0 = text[0];
  if (t0 === undefined || t0 === t0.toLowerCase()) return false;
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    const tl = text.replace(/[^\p{L}]/gu, '');
    return tl === tl.toUpperCase();
  }
  return true;
}

// ------------------------------------------------------------------ the dictionary

/** `places.json`: a city or region → the countries (ISO) it may be in; more than one when the name is shared. */
export type Places = Record<string, string[]>;

export interface Dictionary {
  countries: CountryRecord[];
  agents: AgentsFile;
  /** Lower-cased title phrase → role (`foreign secretary` → `foreign minister`). */
  titles: Record<string, string>;
  /** Names, demonyms, combining forms, metonyms, places, organisations, full names of people. */
  names: TrieNode;
  /** Cities and regions → the ISO codes of the countries they may be in (`places.json`: `Basra` → [IRQ]). */
  places?: Places;
  /** Single-word surnames of people. */
  surnames: TrieNode;
  /** Agent phrases (lower-cased), value = agent code (`GOV`; `NGO~` for a code that goes before the actor's). */
  agentTrie: TrieNode;
  /** Title phrases (lower-cased), value = role. */
  titleTrie: TrieNode;
  countryByIso: Map<string, number>;
  personCount: number;
  orgCount: number;
  /** The person record `i` (parsed on first use when loaded lazily). */
  person(i: number): PersonRecord;
  /** The organisation record `i`. */
  org(i: number): OrgRecord;
  /** Index of the person with this id. */
  personIndex(id: string): number | undefined;
  /** Indices of the people who held a role in a country (ISO or `IGO`). */
  peopleIn(country: string): readonly number[];
  /** How many people have a name of two words or more that begins with this word (`elizabeth`: a given name). */
  givenNameCount(key: string): number;
  /** Agent nouns chain after an actor (`Danish Muslim media` → DNKMUSMED), as PETRARCH does. */
  chainAgents?: boolean;
  /** Names added by the user (`mergeUserDictionary`): matched before `names`, and preferred when as long. */
  user?: TrieNode;
  /** Surnames of the user's people. */
  userSurnames?: TrieNode;
  /** Loading time in ms. */
  loadMs: number;
}

/** The people whose surname (single word) has this key. */
export function surnamePeople(d: Dictionary, key: string): PersonRecord[] {
  const mine = d.userSurnames ? childOf(d.userSurnames, key)?.hits ?? [] : [];
  const n = childOf(d.surnames, key);
  return [...mine, ...(n?.hits ?? [])].map((h) => d.person(h.ref));
}

/** All people of a dictionary (parses every record of a lazily loaded one: for tools and tests, not for matching). */
export function allPeople(d: Dictionary): PersonRecord[] {
  return Array.from({ length: d.personCount }, (_, i) => d.person(i));
}

/** All organisations of a dictionary. */
export function allOrgs(d: Dictionary): OrgRecord[] {
  return Array.from({ length: d.orgCount }, (_, i) => d.org(i));
}

/** The default data directory: `data/actors/` at the repository root (this file runs from dist/src/actors/). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../../data/actors/', import.meta.url));
}

let cached: Dictionary | null = null;

/** The default dictionary, loaded once and cached. */
export function dictionary(): Dictionary {
  if (!cached) cached = loadDictionary(defaultDataDir());
  return cached;
}

/** What `index.json` holds: first token key → records, for the lazily built tries. */
export interface DictionaryIndex {
  version: 1;
  /** First token key of a name → `p<i>` (person) and `o<i>` (organisation) refs, space-separated. */
  names: Record<string, string>;
  /** Surname key → person indices, space-separated. */
  surnames: Record<string, string>;
  /** Country (ISO or `IGO`) → indices of people with a role there, space-separated. */
  countries: Record<string, string>;
}

/**
 * Records of a generated file written one per line (`[`, records joined by `,\n`, `]`), parsed on demand. The file
 * is kept as bytes: a record is decoded when first asked for, so loading neither decodes the whole file into a string
 * nor keeps one (the lines are found with `Buffer.indexOf`, a byte scan).
 */
class LineRecords<T> {
  private readonly cache: (T | undefined)[];
  /** Start offsets of the record lines (line 0 is `[`). */
  private readonly starts: Int32Array;
  readonly count: number;
  constructor(private readonly bytes: Buffer) {
    this.count = countLines(bytes);
    this.starts = new Int32Array(this.count);
    let pos = bytes.indexOf(10) + 1;
    for (let i = 0; i < this.count; i++) {
      this.starts[i] = pos;
      pos = bytes.indexOf(10, pos) + 1;
    }
    this.cache = new Array<T | undefined>(this.count);
  }
  get(i: number): T {
    const c = this.cache[i];
    if (c !== undefined) return c;
    if (i < 0 || i >= this.count) throw new RangeError(`no record ${i}`);
    const a = this.starts[i];
    let b = this.bytes.indexOf(10, a);
    if (b < 0) b = this.bytes.length;
    if (this.bytes[b - 1] === 44) b--; // trailing comma
    const rec = JSON.parse(this.bytes.toString('utf8', a, b)) as T;
    this.cache[i] = rec;
    return rec;
  }
}

/** Number of records in a one-per-line file. */
function countLines(bytes: Buffer): number {
  // An empty list (`[]`, maybe spaced out): only a file without a record, so without a `{`, can be one.
  if (bytes.indexOf(123) < 0 && /^\s*\[\s*\]\s*$/.test(bytes.toString('utf8'))) return 0;
  let n = 0;
  for (let p = bytes.indexOf(10); p >= 0; p = bytes.indexOf(10, p + 1)) n++;
  return Math.max(0, n - 2); // newlines end `[`, each record and `]`
}

/** Loads and indexes the dictionary files of a directory (lazily when it has an `index.json`). */
export function loadDictionary(dir: string): Dictionary {
  const t0 = performance.now();
  const base = 'file://' + dir.replace(/\/?$/, '/');
  const readBytes = (f: string): Buffer => readFileSync(new URL(f, base));
  const readText = (f: string): string => readFileSync(new URL(f, base), 'utf8');
  const readJson = <T>(f: string): T => JSON.parse(readText(f)) as T;
  const countries = readJson<CountryRecord[]>('countries.json');
  const agents = readJson<AgentsFile>('agents.json');
  const titles = readJson<Record<string, string>>('titles.json');
  let places: Places = {};
  try {
    places = readJson<Places>('places.json');
  } catch {
    places = {}; // a directory without places (older data, tests)
  }
  let index: DictionaryIndex | null = null;
  try {
    index = readJson<DictionaryIndex>('index.json');
  } catch {
    index = null;
  }
  let d: Dictionary;
  if (!index) {
    d = buildDictionary(countries, readJson<PersonRecord[]>('people.json'), readJson<OrgRecord[]>('orgs.json'), agents, titles, places);
  } else {
    d = lazyDictionary(countries, new LineRecords<PersonRecord>(readBytes('people.json')),
      new LineRecords<OrgRecord>(readBytes('orgs.json')), index, agents, titles, places);
  }
  d.loadMs = performance.now() - t0;
  return d;
}

/** The parts every dictionary indexes at once: countries, agents, titles. */
function baseTries(countries: CountryRecord[], agents: AgentsFile, titles: Record<string, string>, places: Places) {
  const names = node();
  const countryByIso = new Map<string, number>();
  // Order matters for ties on the same token sequence: the first hit whose capitalisation fits wins.
  countries.forEach((c, i) => {
    countryByIso.set(c.iso, i);
    for (const n of c.names) addHit(names, n, { type: 'country', ref: i });
    for (const [n, code] of c.metonyms) addHit(names, n, { type: 'metonym', ref: i, code });
  });
  countries.forEach((c, i) => {
    for (const n of c.demonyms) addHit(names, n, { type: 'demonym', ref: i });
    for (const n of c.combining) addHit(names, n, { type: 'combining', ref: i });
  });
  // Places after the countries' own names: one hit per country the place may be in.
  for (const name in places) {
    for (const iso of places[name]) {
      const ref = countryByIso.get(iso);
      if (ref !== undefined) addHit(names, name, { type: 'place', ref });
    }
  }
  const agentTrie = node();
  for (const phrase in agents.phrases) {
    const n = insert(agentTrie, nameTokens(phrase).map(tokenKey));
    if (n.value === undefined) n.value = agents.phrases[phrase];
  }
  const titleTrie = node();
  for (const phrase in titles) {
    const n = insert(titleTrie, nameTokens(phrase).map(tokenKey));
    if (n.value === undefined) n.value = titles[phrase];
  }
  return { names, countryByIso, agentTrie, titleTrie };
}

function addPersonNames(names: TrieNode, p: PersonRecord, i: number, key?: string): void {
  for (const n of p.names) {
    const t = nameTokens(n);
    if (t.length >= 2 && (key === undefined || tokenKey(t[0]) === key)) addHit(names, n, { type: 'person', ref: i });
  }
}

function addOrgNames(names: TrieNode, o: OrgRecord, i: number, key?: string): void {
  for (const n of o.names) if (key === undefined || firstKey(n) === key) addHit(names, n, { type: 'org', ref: i });
}

function lazyDictionary(countries: CountryRecord[], people: LineRecords<PersonRecord>, orgs: LineRecords<OrgRecord>,
  index: DictionaryIndex, agents: AgentsFile, titles: Record<string, string>, places: Places): Dictionary {
  const { names, countryByIso, agentTrie, titleTrie } = baseTries(countries, agents, titles, places);
  const surnames = node();
  const ids = new Map<string, number>();
  const person = (i: number): PersonRecord => {
    const p = people.get(i);
    ids.set(p.id, i);
    return p;
  };
  // People first, then organisations, each in file order: the order an eager build inserts them in.
  lazyRoot(names, index.names, (refs, key) => {
    const list = refs.split(' ');
    for (const r of list) if (r[0] === 'p') addPersonNames(names, person(Number(r.slice(1))), Number(r.slice(1)), key);
    for (const r of list) if (r[0] === 'o') addOrgNames(names, orgs.get(Number(r.slice(1))), Number(r.slice(1)), key);
  });
  lazyRoot(surnames, index.surnames, (refs) => {
    for (const r of refs.split(' ')) {
      const i = Number(r);
      const p = person(i);
      if (p.surname) addHit(surnames, p.surname, { type: 'surname', ref: i });
    }
  });
  const byCountry = new Map<string, number[]>();
  const given = new Map<string, number>();
  const nameRefs = index.names;
  return {
    countries, agents, titles, names, places, surnames, agentTrie, titleTrie, countryByIso,
    personCount: people.count, orgCount: orgs.count,
    givenNameCount: (key) => {
      let n = given.get(key);
      if (n === undefined) {
        const refs = Object.prototype.hasOwnProperty.call(nameRefs, key) ? nameRefs[key] : '';
        n = refs ? refs.split(' ').filter((r) => r[0] === 'p').length : 0;
        given.set(key, n);
      }
      return n;
    },
    person, org: (i) => orgs.get(i),
    personIndex: (id) => {
      const known = ids.get(id);
      if (known !== undefined) return known;
      // people.json is sorted by id.
      let lo = 0, hi = people.count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = person(mid).id;
        if (x === id) return mid;
        if (x < id) lo = mid + 1; else hi = mid - 1;
      }
      return undefined;
    },
    peopleIn: (country) => {
      let list = byCountry.get(country);
      if (!list) {
        const refs = Object.prototype.hasOwnProperty.call(index.countries, country) ? index.countries[country] : '';
        list = refs ? refs.split(' ').map(Number) : [];
        byCountry.set(country, list);
      }
      return list;
    },
    loadMs: 0,
  };
}

/** Indexes dictionary records held in memory (tests, user dictionaries): everything at once. */
export function buildDictionary(
  countries: CountryRecord[], people: PersonRecord[], orgs: OrgRecord[], agents: AgentsFile,
  titles: Record<string, string>, places: Places = {},
): Dictionary {
  const { names, countryByIso, agentTrie, titleTrie } = baseTries(countries, agents, titles, places);
  const surnames = node();
  const personById = new Map<string, number>();
  const peopleByCountry = new Map<string, number[]>();
  people.forEach((p, i) => {
    personById.set(p.id, i);
    for (const c of new Set(p.roles.map((r) => r.country))) {
      const list = peopleByCountry.get(c);
      if (list) list.push(i); else peopleByCountry.set(c, [i]);
    }
    addPersonNames(names, p, i);
    if (p.surname) addHit(surnames, p.surname, { type: 'surname', ref: i });
  });
  orgs.forEach((o, i) => addOrgNames(names, o, i));
  const given = new Map<string, number>();
  for (const p of people) {
    const firsts = new Set(p.names.map(nameTokens).filter((t) => t.length >= 2).map((t) => tokenKey(t[0])));
    for (const k of firsts) given.set(k, (given.get(k) ?? 0) + 1);
  }
  return {
    countries, agents, titles, names, places, surnames, agentTrie, titleTrie, countryByIso,
    personCount: people.length, orgCount: orgs.length,
    givenNameCount: (key) => given.get(key) ?? 0,
    person: (i) => people[i], org: (i) => orgs[i],
    personIndex: (id) => personById.get(id),
    peopleIn: (country) => peopleByCountry.get(country) ?? [],
    loadMs: 0,
  };
}

/** The index `loadDictionary` reads to build the name tries lazily (written by the build next to the records). */
export function buildIndex(people: PersonRecord[], orgs: OrgRecord[]): DictionaryIndex {
  const names = new Map<string, string[]>();
  const surnames = new Map<string, string[]>();
  const countries = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (list[list.length - 1] !== v) list.push(v);
  };
  people.forEach((p, i) => {
    for (const n of p.names) {
      const t = nameTokens(n);
      if (t.length >= 2) push(names, tokenKey(t[0]), 'p' + i);
    }
    if (p.surname) {
      const t = nameTokens(p.surname);
      if (t.length) push(surnames, tokenKey(t[0]), String(i));
    }
    for (const c of new Set(p.roles.map((r) => r.country))) push(countries, c, String(i));
  });
  orgs.forEach((o, i) => { for (const n of o.names) { const k = firstKey(n); if (k) push(names, k, 'o' + i); } });
  const obj = (m: Map<string, string[]>) => Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => [k, [...new Set(v)].join(' ')]));
  return { version: 1, names: obj(names), surnames: obj(surnames), countries: obj(countries) };
}

// ------------------------------------------------------------------ roles by date

/** Compares a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a start bound: `2024` → `2024-01-01`. */
function startBound(d: string): string {
  return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
}

/** As an end bound: `2024` → `2024-12-31`, `2024-05` → `2024-05-31`. */
function endBound(d: string): string {
  return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
}

/** Whether a dated role or code covers a date. A year-only end covers the whole of that year. */
export function covers(r: { start?: string; end?: string }, date: IsoDate): boolean {
  if (r.start && startBound(r.start) > date) return false;
  if (r.end && endBound(r.end) < date) return false;
  return true;
}

const SRC_RANK: Record<RoleRecord['src'], number> = { curated: 0, factbook: 1, wikidata: 2, phoenix: 3 };

/** Whether a role is an office (any agent but ELI: an elite out of office, which only says the country). */
export function isOffice(r: RoleRecord): boolean {
  return r.agent !== 'ELI';
}

/** The roles a person holds on a date: offices before ELI, most reliable source first, then latest start. */
export function activeRoles(p: PersonRecord, date: IsoDate): RoleRecord[] {
  return p.roles.filter((r) => covers(r, date)).sort((a, b) => {
    const sa = startBound(a.start ?? '0000'), sb = startBound(b.start ?? '0000');
    return Number(!isOffice(a)) - Number(!isOffice(b)) || SRC_RANK[a.src] - SRC_RANK[b.src] || (sa === sb ? 0 : sb < sa ? -1 : 1);
  });
}

/** The offices a person holds on a date (as `activeRoles`, without ELI roles). */
export function officesOn(p: PersonRecord, date: IsoDate): RoleRecord[] {
  return activeRoles(p, date).filter(isOffice);
}

const ORG_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/** A role's code: `<CAMEO country><agent>`, or the agent alone when it is an organisation code (`IGOWSTNAT`). */
export function roleCode(r: RoleRecord, d?: Dictionary): ActorCode {
  if (ORG_PREFIXES.has(r.country)) return r.agent.startsWith(r.country) ? r.agent : r.country + r.agent;
  return countryCode(r.country, d) + r.agent;
}

/** The CAMEO country code of an ISO alpha-3 country (`XKX` → `KSV`); the ISO code when unknown. */
export function countryCode(iso: string, d?: Dictionary): string {
  if (!d) return iso;
  const i = d.countryByIso.get(iso);
  return i === undefined ? iso : d.countries[i].code;
}

/**
 * A person's code on a date: the code of the role held then (`RUSGOV`), else `<country>ELI` for the country of the
 * most recent role that started before the date (or the earliest role, for dates before any role). `role` is the
 * office held on the date, null when out of office.
 */
export function resolveRole(p: PersonRecord, date: IsoDate, d?: Dictionary): { code: ActorCode; country: string | null; role: RoleRecord | null } {
  const active = activeRoles(p, date);
  if (active.length) {
    const r = active[0];
    return { code: roleCode(r, d), country: r.country, role: isOffice(r) ? r : null };
  }
  const before = p.roles.filter((r) => !r.start || startBound(r.start) <= date);
  const ref = before.length ? before[before.length - 1] : p.roles[0];
  if (!ref) return { code: 'ELI', country: null, role: null };
  return { code: (ORG_PREFIXES.has(ref.country) ? ref.country : countryCode(ref.country, d)) + 'ELI', country: ref.country, role: null };
}

const HEAD_TITLES = new Set(['president', 'prime minister', 'king', 'supreme leader']);
const NOTABLE_TITLES = new Set(['president', 'prime minister', 'king', 'supreme leader', 'vice president',
  'foreign minister', 'defence minister', 'crown prince', 'secretary-general']);

/**
 * Whether a person is prominent enough to be named by surname alone with nothing else in the text to go on: a head
 * of state or government, a foreign or defence minister, or anyone from the current sources (curated, Factbook,
 * Wikidata). The thousands of other ministers and officials of the historical lists need their full name first.
 */
export function isNotable(p: PersonRecord): boolean {
  return p.roles.some((r) => r.src !== 'phoenix' || !!r.seat || NOTABLE_TITLES.has(r.title));
}

/** Days from a role to a date: 0 inside it, else to its nearer bound (open bounds reach forever). */
export function roleDistance(r: { start?: string; end?: string }, date: IsoDate): number {
  const day = (s: string) => Date.parse(s + 'T00:00:00Z') / 86_400_000;
  if (r.start && startBound(r.start) > date) return day(startBound(r.start)) - day(date);
  if (r.end && endBound(r.end) < date) return day(date) - day(endBound(r.end));
  return 0;
}

/** Does a role have a title (`president`), or for `head`, a head of state's or government's seat? */
export function hasTitle(r: RoleRecord, title: string): boolean {
  if (title === 'head') return !!r.seat || r.title === 'president' || r.title === 'prime minister' || r.title === 'king' || r.title === 'supreme leader';
  return r.title === title;
}

/**
 * Among people sharing a surname, the one meant on a date. With a title (`President Bush`): the one holding it on
 * the date, else — when all who ever held it are of one country — the one whose term is nearest the date. Without:
 * the only one in office on the date, else (`nearest`) — when all are of one country — the one nearest the date.
 * Null when that leaves it open.
 */
export function pickPerson(people: PersonRecord[], date: IsoDate,
  opts: { title?: string; nearest?: boolean; prefer?: string | null } = {}): PersonRecord | null {
  if (!people.length) return null;
  const fits = (r: RoleRecord) => isOffice(r) && (!opts.title || hasTitle(r, opts.title));
  let holding = people.filter((p) => p.roles.some((r) => fits(r) && covers(r, date)));
  if (holding.length > 1) {
    // Several in office: a head of state or government before others, then one of the article's main country.
    const heads = holding.filter((p) => p.roles.some((r) => covers(r, date) && isOffice(r) && hasTitle(r, 'head')));
    if (heads.length) holding = heads;
    if (holding.length > 1 && opts.prefer) {
      const local = holding.filter((p) => p.roles.some((r) => covers(r, date) && r.country === opts.prefer));
      if (local.length) holding = local;
    }
  }
  if (holding.length === 1) return holding[0];
  if (holding.length > 1) return opts.title ? holding[0] : null;
  const ever = people.filter((p) => p.roles.some(fits));
  if (opts.title && !ever.length) {
    // The title names no role any of them held (`Minister Roe` for a deputy minister): the one in office, if only
    // one — unless it is a head's title (`President Carlos` is not King Juan Carlos).
    if (HEAD_TITLES.has(opts.title)) return null;
    const inOffice = people.filter((p) => p.roles.some((r) => isOffice(r) && covers(r, date)));
    return inOffice.length === 1 ? inOffice[0] : null;
  }
  if (!opts.title && !opts.nearest) return null;
  const countries = new Set(ever.flatMap((p) => p.roles.filter(fits).map((r) => r.country)));
  if (countries.size !== 1) return null;
  let best: PersonRecord | null = null;
  let bestDist = Infinity;
  for (const p of ever) {
    for (const r of p.roles) {
      if (!fits(r)) continue;
      const dist = roleDistance(r, date);
      if (dist < bestDist) { best = p; bestDist = dist; }
    }
  }
  return best;
}

/** An organisation's code on a date: a dated code covering it, else its first undated code, else its first code. */
export function orgCode(o: OrgRecord, date: IsoDate): ActorCode {
  const dated = o.codes.find((c) => (c.start || c.end) && covers(c, date));
  if (dated) return dated.code;
  const undated = o.codes.find((c) => !c.start && !c.end);
  return (undated ?? o.codes[0]).code;
}
