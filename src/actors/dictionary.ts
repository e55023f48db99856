// The actor dictionary: loads the generated files in data/actors/ (built by scripts/build-dictionaries.ts) once,
// and indexes every name as a trie over normalised tokens, so matching costs one map lookup per token whatever the
// dictionary's size.
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
  src: 'curated' | 'factbook' | 'wikidata';
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
  kind: 'igo' | 'group';
  codes: DatedCode[];
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
  return name.replace(/’/g, "'").split(/[\s\u00a0]+|-/).map((t) => t.replace(/,$/, '')).filter(Boolean);
}

export type HitType = 'country' | 'demonym' | 'combining' | 'metonym' | 'org' | 'person' | 'surname';

/** What a matched name stands for. */
export interface Hit {
  type: HitType;
  /** The name's tokens as written in the dictionary (for the capitalisation check). */
  form: string[];
  /** Index in `countries`, `orgs` or `people`. */
  ref: number;
  /** For metonyms: the code they stand for (`RUSGOV`). */
  code?: ActorCode;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: Hit[] | null;
  /** For the agent and title tries: the value at this node. */
  value?: string;
}

function node(): TrieNode {
  return { next: null, hits: null };
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
  const h: Hit = { ...hit, form };
  if (!n.hits) n.hits = [h];
  else if (!n.hits.some((x) => x.type === h.type && x.ref === h.ref && x.form.join(' ') === h.form.join(' '))) n.hits.push(h);
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

export interface Dictionary {
  countries: CountryRecord[];
  people: PersonRecord[];
  orgs: OrgRecord[];
  agents: AgentsFile;
  /** Lower-cased title phrase → role (`foreign secretary` → `foreign minister`). */
  titles: Record<string, string>;
  /** Names, demonyms, combining forms, metonyms, organisations, full names of people. */
  names: TrieNode;
  /** Single-word surnames of people. */
  surnames: TrieNode;
  /** Agent phrases (lower-cased), value = agent code. */
  agentTrie: TrieNode;
  /** Title phrases (lower-cased), value = role. */
  titleTrie: TrieNode;
  countryByIso: Map<string, number>;
  /** Person id → index in `people`. */
  personById: Map<string, number>;
  /** Country (ISO or `IGO`) → indices in `people` of those who held a role there. */
  peopleByCountry: Map<string, number[]>;
  /** Loading time in ms. */
  loadMs: number;
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

/** Loads and indexes the dictionary files of a directory. */
export function loadDictionary(dir: string): Dictionary {
  const t0 = performance.now();
  const readJson = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, 'file://' + dir.replace(/\/?$/, '/')), 'utf8')) as T;
  const countries = readJson<CountryRecord[]>('countries.json');
  const people = readJson<PersonRecord[]>('people.json');
  const orgs = readJson<OrgRecord[]>('orgs.json');
  const agents = readJson<AgentsFile>('agents.json');
  const titles = readJson<Record<string, string>>('titles.json');
  const d = buildDictionary(countries, people, orgs, agents, titles);
  d.loadMs = performance.now() - t0;
  return d;
}

/** Indexes dictionary records (exported for tests, which build small dictionaries in memory). */
export function buildDictionary(
  countries: CountryRecord[], people: PersonRecord[], orgs: OrgRecord[], agents: AgentsFile,
  titles: Record<string, string>,
): Dictionary {
  const names = node();
  const surnames = node();
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
  const personById = new Map<string, number>();
  const peopleByCountry = new Map<string, number[]>();
  people.forEach((p, i) => {
    personById.set(p.id, i);
    for (const c of new Set(p.roles.map((r) => r.country))) {
      const list = peopleByCountry.get(c);
      if (list) list.push(i); else peopleByCountry.set(c, [i]);
    }
    for (const n of p.names) if (nameTokens(n).length >= 2) addHit(names, n, { type: 'person', ref: i });
    if (p.surname) addHit(surnames, p.surname, { type: 'surname', ref: i });
  });
  orgs.forEach((o, i) => {
    for (const n of o.names) addHit(names, n, { type: 'org', ref: i });
  });
  const agentTrie = node();
  for (const [phrase, code] of Object.entries(agents.phrases)) {
    const n = insert(agentTrie, nameTokens(phrase).map(tokenKey));
    if (n.value === undefined) n.value = code;
  }
  const titleTrie = node();
  for (const [phrase, role] of Object.entries(titles)) {
    const n = insert(titleTrie, nameTokens(phrase).map(tokenKey));
    if (n.value === undefined) n.value = role;
  }
  return {
    countries, people, orgs, agents, titles, names, surnames, agentTrie, titleTrie, countryByIso, personById, peopleByCountry,
    loadMs: 0,
  };
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

const SRC_RANK: Record<RoleRecord['src'], number> = { curated: 0, factbook: 1, wikidata: 2 };

/** The roles a person holds on a date, most reliable source first, then latest start. */
export function activeRoles(p: PersonRecord, date: IsoDate): RoleRecord[] {
  return p.roles.filter((r) => covers(r, date)).sort((a, b) => {
    const sa = startBound(a.start ?? '0000'), sb = startBound(b.start ?? '0000');
    return SRC_RANK[a.src] - SRC_RANK[b.src] || (sa === sb ? 0 : sb < sa ? -1 : 1);
  });
}

/** A role's code: `<CAMEO country><agent>`, or the agent alone when it is an organisation code (`IGOWSTNAT`). */
export function roleCode(r: RoleRecord, d?: Dictionary): ActorCode {
  if (r.country === 'IGO') return r.agent;
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
 * most recent role that started before the date (or the earliest role, for dates before any role).
 */
export function resolveRole(p: PersonRecord, date: IsoDate, d?: Dictionary): { code: ActorCode; country: string | null; role: RoleRecord | null } {
  const active = activeRoles(p, date);
  if (active.length) {
    const r = active[0];
    return { code: roleCode(r, d), country: r.country, role: r };
  }
  const before = p.roles.filter((r) => !r.start || startBound(r.start) <= date);
  const ref = before.length ? before[before.length - 1] : p.roles[0];
  if (!ref) return { code: 'ELI', country: null, role: null };
  return { code: (ref.country === 'IGO' ? 'IGO' : countryCode(ref.country, d)) + 'ELI', country: ref.country, role: null };
}

/** An organisation's code on a date: a dated code covering it, else its first undated code, else its first code. */
export function orgCode(o: OrgRecord, date: IsoDate): ActorCode {
  const dated = o.codes.find((c) => (c.start || c.end) && covers(c, date));
  if (dated) return dated.code;
  const undated = o.codes.find((c) => !c.start && !c.end);
  return (undated ?? o.codes[0]).code;
}
