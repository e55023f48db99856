// Builds the actor dictionaries under data/actors/ from the reference data in ../shared and the hand-curated files
// in data/actors/curated/, and data/events/cameo-verbs.txt from the Phoenix CAMEO verb dictionary.
// Run: `node dist/scripts/build-dictionaries.js [--shared PATH]`.
// Deterministic: the same inputs give byte-identical output (entries and keys sorted, no timestamps).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  displayCase, foldName, parseCameoTable, parseCountryInfo, parseCsv, parseFactbookLeaders, slug,
  type CountryInfoTerm, type DatedCode,
} from '../src/actors/sources.js';
import { readPetrarchActors, readPetrarchAgents, type PetrarchActor } from '../src/actors/petrarch.js';
import { readVerbDictionary, toPatternText } from '../src/events/petrarch/verbs.js';
import {
  buildIndex, type AgentsFile, type CountryRecord, type OrgRecord, type PersonRecord, type RoleRecord,
} from '../src/actors/dictionary.js';

const here = dirname(fileURLToPath(import.meta.url));
// dist/scripts/ → repo root is two levels up; when run from source (ts-node) one level.
const repoRoot = resolve(here, here.includes(`${join('dist', 'scripts')}`) ? '../..' : '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const shared = resolve(arg('--shared') ?? join(repoRoot, '..', 'shared'));
const ref = join(shared, 'data', 'reference');
const outDir = join(repoRoot, 'data', 'actors');
const curatedDir = join(outDir, 'curated');

const read = (p: string) => readFileSync(p, 'utf8');

/** Rows of a curated TSV: comments (`#`) and blank lines dropped. */
function tsv(name: string): string[][] {
  return read(join(curatedDir, name)).split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((f) => f.trim()));
}

const LATIN = /^[\p{Script=Latin}0-9 .,'’()\-&]+$/u;

/** Filters junk from name lists: two-letter codes, non-Latin scripts, phonetic transcriptions. */
function goodName(s: string): boolean {
  if (!s || s.length < 3 || !LATIN.test(s) || s.includes(',')) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;
  if (/ʁ|ɛ|ɔ|ɡ|ə/.test(s)) return false;
  return true;
}

const CAMEO_DIFFERS: Record<string, string> = { XKX: 'KSV', TLS: 'TMP' };
/** Demonyms shared by more than one state. */
const AMBIGUOUS_DEMONYMS = ['Korean', 'Koreans', 'Congolese', 'Dominican', 'Dominicans', 'Guinean', 'Guineans'];
/** mledoze codes that are not ISO alpha-3 (Kosovo is `UNK` there; `XKX` is the code in common use). */
const ISO_FIX: Record<string, string> = { UNK: 'XKX' };
/** Names too ambiguous to match alone: common words, and capitals shared with other places or people. */
const NAME_BLOCK = new Set(['Island', 'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Jamestown', 'Kingstown',
  'Stanley', 'Douglas', 'Plymouth', 'Avarua', 'Falcon', 'Shahin', 'Tigers', 'Mavericks', 'Youth', 'Yahweh',
  'Muhannad', 'Hamzah', 'Subroto', 'Salauddin', 'Greenhill', 'Fortis', 'Insula', '313', '39649', 'NGO', 'Hammarskjold',
  'May 15', 'ZERO', 'The Valley', 'Road Town', 'West Island', 'King Edward Point', 'Brades', 'Adamstown', 'Flying Fish Cove']);

// ------------------------------------------------------------------ countries

interface Mledoze {
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
  area?: number;
}

function demonymPlural(d: string): string | null {
  if (/(ese|sh|ch|ss|s|x|z)$/i.test(d) || d.includes(' ')) return null;
  return d + 's';
}

function buildCountries(): { records: CountryRecord[]; byName: Map<string, string> } {
  const ml = JSON.parse(read(join(ref, 'mledoze-countries', 'countries.json'))) as Mledoze[];
  const recs = new Map<string, CountryRecord & { _names: Set<string>; _dem: Set<string>; _met: Map<string, string> }>();
  const byName = new Map<string, string>(); // folded name → ISO
  for (const c of ml) {
    const iso = ISO_FIX[c.cca3] ?? c.cca3;
    const r = {
      iso, code: CAMEO_DIFFERS[iso] ?? iso, name: c.name.common, names: [], demonyms: [], combining: [], metonyms: [],
      _names: new Set<string>(), _dem: new Set<string>(), _met: new Map<string, string>(),
    };
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (goodName(n)) r._names.add(n);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && goodName(d)) r._dem.add(d);
    // Capitals of independent countries stand for their governments; territories' capitals are left out.
    if (c.independent) for (const cap of c.capital ?? []) if (goodName(cap) && !NAME_BLOCK.has(cap)) r._met.set(cap, r.code + 'GOV');
    recs.set(iso, r);
  }
  for (const r of recs.values()) for (const n of r._names) if (!byName.has(foldName(n))) byName.set(foldName(n), r.iso);
  // CAMEO country names: extra names (territories coded with a parent prefix keep their own ISO record).
  for (const { label, code } of parseCameoTable(read(join(ref, 'cameo-codes', 'countrynames.txt')))) {
    const iso = byName.get(foldName(label)) ?? (recs.has(code) ? code : undefined);
    if (!iso || !goodName(label) || /,/.test(label)) continue;
    recs.get(iso)!._names.add(label);
  }
  // Factbook names and nationality words.
  const fb = parseCsv(read(join(ref, 'factbook', 'factbook_countries_leaders.csv')));
  const head = fb[0];
  const col = (n: string) => head.indexOf(n);
  for (const row of fb.slice(1)) {
    const iso = factbookIso(row[col('name')], row[col('long_name')], byName);
    const r = iso ? recs.get(iso) : undefined;
    if (!r) continue;
    for (const n of [row[col('name')], row[col('long_name')]]) {
      if (n && n !== 'none' && goodName(n) && !/[();]/.test(n)) r._names.add(n);
    }
    for (const part of (row[col('nationality_adjective')] ?? '').split(/[;,]/)) {
      const d = part.trim();
      if (d && goodName(d) && !/[()]/.test(d) && /^\p{Lu}/u.test(d)) r._dem.add(d);
    }
    for (const part of (row[col('nationality_noun')] ?? '').split(/[;,]/)) {
      const m = /^\s*([\p{Lu}][\p{L}' -]+?)\((s|es)\)\s*$/u.exec(part);
      if (m) { r._dem.add(m[1].trim()); r._dem.add(m[1].trim() + m[2]); }
    }
  }
  for (const r of recs.values()) for (const d of [...r._dem]) { const p = demonymPlural(d); if (p) r._dem.add(p); }
  // Curated: combining forms, seats of power, aliases of countries.
  for (const [form, iso] of tsv('combining.tsv')) recs.get(iso)?.combining.push(form);
  for (const [name, code, iso] of tsv('seats.tsv')) recs.get(iso)?._met.set(name, code);
  for (const [name, code, country, kind] of tsv('aliases.tsv')) {
    if (kind !== 'country' && kind !== 'demonym') continue;
    const r = recs.get(country);
    if (!r) continue;
    if (kind === 'demonym') { r._dem.add(name); continue; }
    if (code === r.code) r._names.add(name);
    else r._met.set(name, code); // a name with its own code (Soviet Union → SUN, Palestinian Authority → PSEGOV)
  }
  // `Bosnia and Herzegovina`, `Trinidad and Tobago`, `Antigua and Barbuda`: the first part alone names the state too.
  for (const c of ml) {
    const m = / and (the )?/.exec(c.name.common);
    const r = recs.get(ISO_FIX[c.cca3] ?? c.cca3);
    if (!m || !c.independent || !r) continue;
    const first = c.name.common.slice(0, m.index).trim();
    if (first.length >= 4 && goodName(first) && !NAME_BLOCK.has(first)) r._names.add(first);
    const ascii = first.normalize('NFD').replace(/\p{M}/gu, '');
    if (ascii !== first && goodName(ascii)) r._names.add(ascii);
  }
  // A name or demonym claimed by several countries (`American`: USA, ASM, MNP…) stays with one: an independent
  // country before a territory, then the largest.
  const weight = new Map(ml.map((c) => [ISO_FIX[c.cca3] ?? c.cca3, (c.independent ? 1e9 : 0) + (c.area ?? 0)]));
  for (const r of recs.values()) for (const n of [...r._names]) if (NAME_BLOCK.has(n)) r._names.delete(n);
  for (const field of ['_names', '_dem'] as const) {
    const owner = new Map<string, string>();
    for (const r of recs.values()) {
      for (const n of r[field]) {
        const o = owner.get(n);
        if (!o || (weight.get(r.iso) ?? 0) > (weight.get(o) ?? 0)) owner.set(n, r.iso);
      }
    }
    for (const r of recs.values()) for (const n of [...r[field]]) if (owner.get(n) !== r.iso) r[field].delete(n);
  }
  // A capital named like its country (Singapore, Luxembourg) is the country; a capital that names an organisation
  // in aliases.tsv (Brussels → EU) is that organisation.
  const orgAliases = new Set(tsv('aliases.tsv').filter((f) => f[3] !== 'country' && f[3] !== 'demonym').map((f) => f[0]));
  for (const r of recs.values()) {
    for (const n of [...r._met.keys()]) {
      if (r._met.get(n) === r.code + 'GOV' && (r._names.has(n) || orgAliases.has(n))) r._met.delete(n);
    }
    for (const d of AMBIGUOUS_DEMONYMS) r._dem.delete(d);
  }
  const records = [...recs.values()].sort((a, b) => cmp(a.iso, b.iso)).map((r) => ({
    iso: r.iso, code: r.code, name: r.name,
    names: [...r._names].filter((n) => !r._met.has(n)).sort(cmp),
    demonyms: [...r._dem].sort(cmp),
    combining: [...new Set(r.combining)].sort(cmp),
    metonyms: [...r._met.entries()].sort((a, b) => cmp(a[0], b[0])) as [string, string][],
  }));
  return { records, byName };
}

const FACTBOOK_FIX: Record<string, string> = {
  'congo, democratic republic of the': 'COD', 'congo, republic of the': 'COG', 'korea, north': 'PRK',
  'korea, south': 'KOR', 'gambia, the': 'GMB', 'bahamas, the': 'BHS', 'micronesia, federated states of': 'FSM',
  'burma': 'MMR', 'turkey turkiye': 'TUR', 'west bank': 'PSE', 'gaza strip': 'PSE', 'holy see vatican city': 'VAT',
  'cabo verde': 'CPV', 'czechia': 'CZE', 'eswatini': 'SWZ', 'timor leste': 'TLS', 'kosovo': 'XKX',
};

function factbookIso(name: string, long: string, byName: Map<string, string>): string | undefined {
  for (const n of [name, long]) {
    if (!n || n === 'none') continue;
    const f = foldName(n);
    if (FACTBOOK_FIX[n.toLowerCase()]) return FACTBOOK_FIX[n.toLowerCase()];
    if (FACTBOOK_FIX[f]) return FACTBOOK_FIX[f];
    if (byName.has(f)) return byName.get(f);
  }
  return undefined;
}

// ------------------------------------------------------------------ titles and people

function loadTitles(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [phrase, role] of tsv('titles.tsv')) m.set(phrase.toLowerCase(), role);
  return m;
}

/** Maps a raw title (`state affairs commission president`, `Prime Minister of Albania`) to a role of titles.tsv. */
function normaliseTitle(raw: string, titles: Map<string, string>): string {
  const t = raw.toLowerCase().replace(/ of .*$/, '').replace(/^federal /, '').trim();
  if (titles.has(t)) return titles.get(t)!;
  if (t === 'monarch') return 'king';
  const words = t.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const p = words.slice(i, j).join(' ');
      if (titles.has(p)) return titles.get(p)!;
    }
  }
  return t || 'head';
}

interface PersonAcc {
  id: string;
  name: string;
  names: Set<string>;
  surname?: string;
  roles: RoleRecord[];
}

/** What the Phoenix import needs to know about countries. */
interface CountryCtx {
  byName: Map<string, string>;
  isos: Set<string>;
  /** CAMEO country code → ISO where they differ (`KSV` → `XKX`). */
  cameoToIso: Map<string, string>;
  /** CAMEO territory codes → ISO (`GBRVGB` → `VGB`, `GBRIMY` → `IMN`). */
  territories: Map<string, string>;
  /** Lower-cased single words that name a country or a nationality (`russian`, `u.s.`): not parts of a person's name. */
  countryWords: Set<string>;
}

/** CAMEO codes of states that no longer exist, kept as their ISO 3166-3 codes. */
const HISTORIC_STATES: Record<string, string> = { USR: 'SUN', SUN: 'SUN', DDR: 'DDR', YUG: 'YUG', FRY: 'YUG', SCG: 'SCG', CSK: 'CSK' };
/** Agent parts of Phoenix codes that describe a territory's status, not a person's role. */
const STATUS_AGENTS = new Set(['UNR', 'OCC', 'AUT']);
/** Countries whose people are usually named by the first word of their name (`Xi Jinping` → `Xi`). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);
/** Words before a name that are not part of it (`SIR_MILO_BUTLER`): an alias without them is added. */
const HONORIFIC = /^(sir|dame|prince|princess|sheikh|shaikh|sheikha|sheik|king|queen|dr\.?|general|gen\.?|lt\.?|col\.?|colonel|major|maj\.?|capt\.?|captain|brig\.?|brigadier|admiral|adm\.?|marshal|emir|amir|sultan|lord|lady|baron|baroness|chief|mr\.?|mrs\.?|ms\.?|father|rev\.?|bishop|archbishop|ayatollah|mullah|imam|dato'?|datuk|tun|haji|alhaji|crown)$/i;
/** Words that make a Phoenix synonym a title phrase or a description rather than a name. */
const NOT_NAME_WORDS = new Set(['president', 'president-elect', 'presidential', 'prime', 'minister', 'premier',
  'chancellor', 'secretary', 'governor', 'gov.', 'senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'mr',
  'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'administration', 'government', 'former', 'ex', 'ex-', 'leader', 'chairman',
  'chief', 'ambassador', 'mayor', 'party', 'regime', 'king', 'queen', 'general', 'gen.', 'the', 'of', 'vice',
  'deputy', 'envoy', 'spokesman', 'foreign', 'defence', 'defense', 'interior', 'commander', 'colonel', 'dictator',
  'strongman', 'supreme', 'emir', 'sultan', 'sheikh', 'crown', 'prince', 'pope', 'cardinal', 'ayatollah', 'his',
  'her', 'and', 'said', 'team', 'camp', 'supporters', 'family', 'cabinet', 'era', 'doctrine', 'pm']);
/** Words that make a Phoenix entry a body rather than a person (`ISLAMIC_REVOLUTIONARY_COUNCIL`, `SYRIAN_NATIONAL_COALITION`). */
const BODY_WORDS = /\b(COUNCIL|COMMITTEE|PARTY|FRONT|GOVERNMENT|MOVEMENT|ARMY|JUNTA|ASSEMBLY|MINISTRY|COMMISSION|UNION|FORCES|ORGANI[SZ]ATION|AUTHORITY|PRESIDENCY|DIRECTORATE|REGENCY|BOARD|LEAGUE|ALLIANCE|BRIGADES?|COMMAND|OFFICE|CABINET|SENATE|PARLIAMENT|CONGRESS|COALITION|FEDERATION|ADMINISTRATION|REGIME|TRIBUNAL|SECRETARIAT|BUREAU|AGENCY|POLITBURO|PRESIDIUM|TRIUMVIRATE|DIRECTORY|STATE)\b/;
/** Particles in names: a three-word name with one is not shortened (`Ali bin Ahmed`, `Maria de Souza`). */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'abu', 'abd', 'abdel', 'abdul', 'ould', 'ben', 'de', 'da', 'do',
  'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'mac', 'mc', 'y', 'e', 'ter', 'ap',
  'bint', 'wa', 'ag']);
const REGNAL = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|jr\.?|sr\.?)$/i;

/** A Phoenix role code split into country and agent: `RUSGOV` → RUS + GOV; `GBRVGBGOV` → VGB + GOV. */
function phoenixRole(code: string, ctx: CountryCtx): { country: string; agent: string } | 'bare' | null {
  if (!/^[A-Z]{3,}$/.test(code)) return null;
  const p = code.slice(0, 3);
  if (['IGO', 'NGO', 'IMG', 'MNC'].includes(p)) return code.length > 3 ? { country: p, agent: code } : 'bare';
  let iso = ctx.cameoToIso.get(p) ?? HISTORIC_STATES[p] ?? (ctx.isos.has(p) ? p : undefined);
  let rest = code.slice(3);
  const terr = ctx.territories.get(code.slice(0, 6));
  if (terr) { iso = terr; rest = code.slice(6); }
  if (!iso) return null;
  if (!rest) return 'bare';
  if (STATUS_AGENTS.has(rest)) return 'bare';
  return { country: iso, agent: rest };
}

/** `VLADIMIR PUTIN` → `Vladimir Putin`; `GEORGE W. BUSH` → `George W. Bush`. */
function displayName(words: string): string {
  return words.split(' ').filter(Boolean).map((w, i) => displayCase(w, i === 0)).join(' ');
}

/** Role title and seat from a CountryInfo section title or ministerial comment. */
function countryInfoTitle(t: CountryInfoTerm, titles: Map<string, string>): { title: string; seat?: 'hos' | 'hog' } {
  const raw = t.title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.section === 'government') {
    if (!raw) return { title: 'official' };
    if (/^(deputy|vice|first deputy|assistant|secretary of state|state secretary|minister delegate|minister of state|junior|acting deputy)/.test(raw)) return { title: 'minister' };
    if (/^(minister (of|for) (foreign|external)|foreign (minister|secretary)|secretary of state for foreign)/.test(raw)) return { title: 'foreign minister' };
    if (/^(minister (of|for) (national |the )?(defen[cs]e|armed forces)|defen[cs]e (minister|secretary))/.test(raw)) return { title: 'defence minister' };
    if (/^(prime minister|premier)\b/.test(raw)) return { title: 'prime minister', seat: 'hog' };
    if (/^president\b/.test(raw)) return { title: 'president', seat: 'hos' };
    if (/minister/.test(raw)) return { title: 'minister' };
    return { title: raw.replace(/\s*[&;(,].*$/, '').slice(0, 40) || 'official' };
  }
  // Leaders: plural section titles (`Prime ministers`, `Chairmen of the council of ministers (prime ministers)`).
  const singular = raw.replace(/\bchairmen\b/g, 'chairman').replace(/\bsecretaries\b/g, 'secretary')
    .replace(/\b(\w+?)s\b/g, (w, stem: string) => (/(ss|us|is)$/.test(w) ? w : stem)).replace(/\/.*$/, '').trim();
  const hog = /prime minister|premier|chancellor|head of government|chairman of the council of ministers|president of the (government|council of ministers|executive yuan)|chief minister|cabinet chief/.test(singular);
  const hos = !hog && /^(president|king|queen|emperor|empress|emir|amir|sultan|shah|prince|ruler|head of state|chairman of the (state|presidency|presidium|council of state)|governor-general|captain-regent|grand duke|monarch|supreme leader)/.test(singular);
  let title = titles.get(singular) ?? '';
  if (!title) {
    const head = singular.replace(/ of .*$/, '');
    title = titles.get(head) ?? (hog && /prime minister|premier|chancellor/.test(singular) ? 'prime minister' : head);
  }
  if (/^vice[- ]president/.test(singular)) title = 'vice president';
  const out: { title: string; seat?: 'hos' | 'hog' } = { title: title || 'official' };
  if (hog) out.seat = 'hog';
  else if (hos) out.seat = 'hos';
  return out;
}

const HOS_TITLES = new Set(['president', 'king', 'supreme leader']);

/** The seat a role occupies, when it is a head of state's or government's. */
function seatOf(r: RoleRecord): 'hos' | 'hog' | undefined {
  if (r.seat) return r.seat;
  if (r.title === 'prime minister') return 'hog';
  if (HOS_TITLES.has(r.title)) return 'hos';
  return undefined;
}

function endKey(d: string | undefined): string {
  return !d ? '9999-12-31' : d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
}

function startKey(d: string | undefined): string {
  return !d ? '0000-00-00' : d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
}

function buildPeople(ctx: CountryCtx, titles: Map<string, string>, log: string[]): { people: PersonRecord[]; institutions: PetrarchActor[] } {
  const { byName } = ctx;
  const people = new Map<string, PersonAcc>();
  const created = new Map<string, number>(); // id → order of creation (curated, Factbook, Wikidata, Phoenix)
  const byKey = new Map<string, string>(); // folded name → id
  const get = (id: string, name: string): PersonAcc => {
    let p = people.get(id);
    if (!p) { p = { id, name, names: new Set([name]), roles: [] }; people.set(id, p); created.set(id, created.size); }
    return p;
  };
  const alias = (p: PersonAcc, n: string) => {
    if (!n || !LATIN.test(n)) return;
    p.names.add(n);
    const k = foldName(n);
    if (k.includes(' ') && !byKey.has(k)) byKey.set(k, p.id);
  };

  // 1. Curated officials (first, so their ids win when names collide).
  const curatedRoles: { id: string; role: RoleRecord }[] = [];
  for (const f of tsv('people.tsv')) {
    const [id, country, title, agent, start, end, name, aliases] = f;
    const p = get(id, name || id);
    if (name && p.name === id) p.name = name;
    if (name) alias(p, name);
    for (const a of (aliases ?? '').split('|').map((s) => s.trim()).filter(Boolean)) {
      if (a.includes(' ') || /-/.test(a)) alias(p, a);
      else if (!p.surname) p.surname = a;
      if (!a.includes(' ')) p.names.add(a);
    }
    const role: RoleRecord = { country, title, agent, src: 'curated' };
    if (start) role.start = start;
    if (end) role.end = end;
    curatedRoles.push({ id, role });
  }

  // 2. Factbook (May 2026): current heads of state and government with "since" dates.
  const fb = parseCsv(read(join(ref, 'factbook', 'factbook_countries_leaders.csv')));
  const head = fb[0];
  const col = (n: string) => head.indexOf(n);
  const current = new Map<string, { id: string; since: string | null }>(); // `${iso}:${seat}` → holder
  const sourceRoles: { id: string; role: RoleRecord }[] = [];
  for (const row of fb.slice(1)) {
    const iso = factbookIso(row[col('name')], row[col('long_name')], byName);
    if (!iso) continue;
    for (const seat of ['hos', 'hog'] as const) {
      const cell = row[col(seat === 'hos' ? 'chief_of_state' : 'head_of_government')] ?? '';
      const leaders = parseFactbookLeaders(cell);
      leaders.forEach((l, i) => {
        const id = byKey.get(foldName(l.short)) ?? byKey.get(foldName(l.name)) ?? byKey.get(foldName(l.key)) ?? slug(l.short);
        const p = get(id, l.short);
        alias(p, l.short);
        alias(p, l.name);
        if (l.key !== l.short && l.key.includes(' ')) alias(p, l.key);
        if (!l.key.includes(' ') && !p.surname) p.surname = l.key;
        const role: RoleRecord = { country: iso, title: normaliseTitle(l.title || (seat === 'hos' ? 'president' : 'prime minister'), titles), agent: 'GOV', src: 'factbook', seat };
        if (l.since) role.start = l.since;
        sourceRoles.push({ id, role });
        if (i === 0 && !current.has(`${iso}:${seat}`)) current.set(`${iso}:${seat}`, { id, since: l.since });
      });
    }
  }

  // 3. Wikidata 2021: heads of state and government with start/end years (history).
  const wd = parseCsv(read(join(ref, 'wikidata-world-leaders-2021', 'wikidata.csv')));
  const WD_FIX: Record<string, string> = {
    'the bahamas': 'BHS', 'the gambia': 'GMB', "people's republic of china": 'CHN', 'kingdom of the netherlands': 'NLD',
    'state of palestine': 'PSE', 'kingdom of denmark': 'DNK', 'federated states of micronesia': 'FSM',
    'democratic republic of the congo': 'COD', 'republic of the congo': 'COG', 'east timor': 'TLS', 'eswatini': 'SWZ',
    'ivory coast': 'CIV', 'vatican city': 'VAT', 'kosovo': 'XKX', 'north korea': 'PRK', 'south korea': 'KOR',
    'myanmar': 'MMR', 'cape verde': 'CPV', 'czech republic': 'CZE', 'georgia': 'GEO', 'turkey': 'TUR',
  };
  const HOS = /^(president|king|queen|monarch|emir|amir|sultan|supreme leader|prince|captain regent|pope|yang di-pertuan agong|federal president|grand duke|co-prince|emperor|governor-general|chairman|military leader)/i;
  for (const row of wd.slice(1)) {
    const [, country, , position, , holder, startY, endY] = row;
    if (!holder || !position) continue;
    const iso = WD_FIX[country.toLowerCase()] ?? byName.get(foldName(country));
    if (!iso) continue;
    // Monarchs are listed as `Abdullah II of Jordan`: the name is `Abdullah II`.
    let name = holder.replace(/,.*$/, '').replace(/"[^"]*"\s*/g, '').replace(/ of [A-Z][\p{L} ]+$/u, '').trim();
    if (!LATIN.test(name)) continue;
    name = name.replace(/\s+/g, ' ');
    const id = byKey.get(foldName(name)) ?? slug(name);
    const p = get(id, name);
    alias(p, name);
    const words = name.split(' ');
    if (!p.surname && words.length > 1 && !REGNAL.test(words[words.length - 1])) p.surname = words[words.length - 1];
    const seat: 'hos' | 'hog' = HOS.test(position) && !/prime minister/i.test(position) ? 'hos' : 'hog';
    const role: RoleRecord = { country: iso, title: normaliseTitle(position, titles), agent: 'GOV', src: 'wikidata', seat };
    if (/^\d{4}$/.test(startY)) role.start = startY;
    if (/^\d{4}$/.test(endY)) role.end = endY;
    sourceRoles.push({ id, role });
  }

  // 4. Phoenix (Phoenix.Countries.actors.txt, from CountryInfo 2014): historical and later leaders, ministers and
  //    officials with dated codes. Titles and seats come from CountryInfo.txt's sections and comments.
  const ci = parseCountryInfo(readFileSync(join(ref, 'countryinfo', 'CountryInfo.120116.txt'), 'latin1'), (c) => ctx.cameoToIso.get(c) ?? c);
  const ciTitle = new Map<string, { title: string; seat?: 'hos' | 'hog' }>(); // `name|iso|start` and `name|iso|<end`
  const ciTitles = new Map<string, Set<string>>(); // `name|iso` → titles
  for (const t of ci) {
    const tt = countryInfoTitle(t, titles);
    for (const n of t.names) {
      const k = `${foldName(n)}|${t.iso}`;
      if (t.start && !ciTitle.has(`${k}|${t.start}`)) ciTitle.set(`${k}|${t.start}`, tt);
      if (t.end && !ciTitle.has(`${k}|<${t.end}`)) ciTitle.set(`${k}|<${t.end}`, tt);
      const s = ciTitles.get(k) ?? new Set<string>();
      s.add(JSON.stringify(tt));
      ciTitles.set(k, s);
    }
  }
  const countriesOf = new Map<string, Set<string>>();
  for (const { id, role } of [...curatedRoles, ...sourceRoles]) {
    const s = countriesOf.get(id) ?? new Set<string>();
    s.add(role.country);
    countriesOf.set(id, s);
  }
  const byKeyCountry = new Map<string, string>(); // `folded name|iso` → id
  for (const p of people.values()) {
    for (const n of p.names) for (const c of countriesOf.get(p.id) ?? []) {
      const k = `${foldName(n)}|${c}`;
      if (!byKeyCountry.has(k)) byKeyCountry.set(k, p.id);
    }
  }
  // `Hage Gottfried Geingob` (Wikidata) is Phoenix's `Hage Geingob` in the same country: first and last word of a
  // three-word name find the person (only for these sources' few hundred leaders, not between Phoenix entries).
  for (const p of people.values()) {
    for (const n of p.names) {
      const w = foldName(n).split(' ');
      if (w.length !== 3 || w.some((x) => PARTICLES.has(x) || x.length < 3)) continue;
      for (const c of countriesOf.get(p.id) ?? []) {
        const k = `${w[0]} ${w[2]}|${c}`;
        if (!byKeyCountry.has(k)) byKeyCountry.set(k, p.id);
      }
    }
  }
  const mergedInto = new Map<string, string>();
  const resolveId = (x: string): string => {
    let y = x;
    while (mergedInto.has(y)) y = mergedInto.get(y)!;
    return y;
  };
  const phxErrors: string[] = [];
  const phx = readPetrarchActors(read(join(ref, 'phoenix-dictionaries', 'Phoenix.Countries.actors.txt')),
    'Phoenix.Countries.actors.txt', { onError: (e) => phxErrors.push(e.message) });
  log.push(`Phoenix.Countries.actors.txt: ${phxErrors.length} malformed lines skipped`, ...phxErrors.map((e) => '  ' + e));
  let asOf = '0000';
  for (const a of phx) for (const c of a.codes) for (const d of [c.start, c.end]) if (d && d > asOf && d <= '2026') asOf = d;
  const institutions: PetrarchActor[] = [];
  const phoenixRoles: { id: string; role: RoleRecord }[] = [];
  let phxPeople = 0;
  for (const a of phx) {
    const parsed = a.codes.map((c) => ({ c, r: phoenixRole(c.code, ctx) }));
    const roles = parsed.filter((x): x is { c: DatedCode; r: { country: string; agent: string } } => !!x.r && x.r !== 'bare');
    const marked = /CountryInfo/.test(a.comment ?? '');
    const personLike = roles.some((x) => x.c.start || x.c.end || x.r.agent.startsWith('ELI'));
    if (!roles.length || parsed.some((x) => x.r === 'bare')) continue; // places: countries, cities, regions
    // Councils, parties, fronts and juntas listed with dated codes (CountryInfo lists some among leaders) are bodies.
    if ((!marked && !personLike) || BODY_WORDS.test(a.name)) { institutions.push(a); continue; }
    // Names: the primary, spelling variants; not title phrases (`PRESIDENT_PUTIN`) or descriptions.
    const forms = [a.name, ...a.synonyms].map((n) => n.replace(/\s*\([^)]*(\)|$)\s*/g, ' ').trim()).filter(Boolean);
    const fullNames: string[] = [];
    const singles: string[] = [];
    const shortNames: string[] = []; // matched, but not used to find the same person in other records
    for (const f of forms) {
      const ws = f.split(' ');
      if (ws.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || ctx.countryWords.has(w.toLowerCase()) || /'S$/i.test(w))) {
        if (f !== a.name) continue;
      }
      const disp = displayName(f);
      if (!LATIN.test(disp)) continue;
      if (ws.length === 1) singles.push(disp);
      else fullNames.push(disp);
      // `SIR MILO BUTLER` → also `Milo Butler`.
      let k = 0;
      while (k < ws.length - 1 && HONORIFIC.test(ws[k])) k++;
      if (k > 0 && ws.length - k >= 2) fullNames.push(displayName(ws.slice(k).join(' ')));
      // `CARLOS SAUL MENEM` → also `Carlos Menem` (three words, no particles, no initials: not `George W. Bush`).
      const rest = ws.slice(k);
      if (rest.length === 3 && rest.every((w) => /^[A-Z][A-Z'-]+$/.test(w) && !PARTICLES.has(w.toLowerCase()) && w.length > 2)) {
        shortNames.push(displayName(`${rest[0]} ${rest[2]}`));
      }
    }
    if (!fullNames.length && !singles.length) continue;
    const primary = fullNames[0] ?? singles[0];
    // Roles: dated office codes; an ELI code only when nothing else gives the country.
    const office = roles.filter((x) => x.r.agent !== 'ELI');
    const officeCountries = new Set(office.map((x) => x.r.country));
    const keep = office.length
      ? [...office, ...roles.filter((x) => x.r.agent === 'ELI' && (x.c.start || x.c.end) && !officeCountries.has(x.r.country))]
      : [{ c: { code: roles[0].c.code }, r: roles[0].r }]; // known only as an elite: ELI, undated
    const countries = new Set(keep.map((x) => x.r.country));
    // The people these names already belong to in these countries; when Phoenix lists two spellings that the other
    // sources gave to two records (`Abdallah II` in the Factbook, `Abdullah II` in Wikidata), they are one person.
    const found: string[] = [];
    for (const n of [...fullNames, ...singles]) {
      for (const c of countries) {
        const f = byKeyCountry.get(`${foldName(n)}|${c}`);
        const r = f && resolveId(f);
        if (r && !found.includes(r)) found.push(r);
      }
    }
    found.sort((a, b) => created.get(a)! - created.get(b)!);
    let id: string | undefined = found[0];
    for (const other of found.slice(1)) {
      const keep = people.get(id!)!, gone = people.get(other)!;
      for (const n of gone.names) keep.names.add(n);
      if (!keep.surname && gone.surname) keep.surname = gone.surname;
      mergedInto.set(other, id!);
      people.delete(other);
    }
    if (!id) {
      const base = slug(primary);
      id = base;
      if (people.has(id)) id = `${base}-${[...countries][0].toLowerCase()}`;
      for (let k = 2; people.has(id); k++) id = `${base}-${[...countries][0].toLowerCase()}-${k}`;
      phxPeople++;
    }
    const p = get(id, primary);
    for (const n of fullNames) alias(p, n);
    for (const n of shortNames) if (LATIN.test(n)) p.names.add(n);
    for (const n of [...fullNames, ...singles]) for (const c of countries) {
      const k = `${foldName(n)}|${c}`;
      if (!byKeyCountry.has(k)) byKeyCountry.set(k, id);
    }
    // The name used alone: a one-word synonym that is part of the name (`PUTIN_`), else by the naming custom.
    if (!p.surname) {
      const words = primary.split(' ');
      while (words.length > 1 && HONORIFIC.test(words[0])) words.shift();
      while (words.length > 1 && REGNAL.test(words[words.length - 1])) words.pop();
      const single = singles.find((s) => words.some((w) => foldName(w) === foldName(s)));
      let sur = single ?? (words.length === 1 ? words[0] : FAMILY_NAME_FIRST.has([...countries][0]) ? words[0] : words[words.length - 1]);
      if (sur && /^(al|el|ad|as|ash|an|at|ar|az)-/i.test(sur)) sur = sur.slice(sur.indexOf('-') + 1);
      if (sur && /^\p{L}[\p{L}'’-]{2,}$/u.test(sur)) p.surname = sur;
    }
    const nameKeys = [a.name, ...a.synonyms].map(foldName);
    for (const { c, r } of keep) {
      const role: RoleRecord = { country: r.country, title: '', agent: r.agent, src: 'phoenix' };
      if (c.start) role.start = c.start;
      if (c.end) role.end = c.end;
      if (r.agent !== 'ELI') {
        let t: { title: string; seat?: 'hos' | 'hog' } | undefined;
        for (const k of nameKeys) {
          t = (c.start && ciTitle.get(`${k}|${r.country}|${c.start}`)) || (c.end && ciTitle.get(`${k}|${r.country}|<${c.end}`)) || undefined;
          if (t) break;
          const all = ciTitles.get(`${k}|${r.country}`);
          if (all && all.size === 1) { t = JSON.parse([...all][0]) as { title: string; seat?: 'hos' | 'hog' }; break; }
        }
        role.title = t?.title ?? 'official';
        if (t?.seat) role.seat = t.seat;
      }
      phoenixRoles.push({ id, role });
    }
  }
  log.push(`Phoenix people: ${phxPeople} new, ${mergedInto.size} records of other sources found to be one person, dates as of ${asOf}`);
  for (const x of [...curatedRoles, ...sourceRoles, ...phoenixRoles]) x.id = resolveId(x.id);
  for (const h of current.values()) h.id = resolveId(h.id);

  // Merge: a Factbook role supersedes a Wikidata role of the same person and seat; an open Wikidata role whose seat
  // the Factbook gives to someone else ends when that person took office (a bound, not a known date).
  const bySeat = (id: string, r: RoleRecord) => `${id}|${r.country}|${r.seat}`;
  const fbSeats = new Set(sourceRoles.filter((x) => x.role.src === 'factbook').map((x) => bySeat(x.id, x.role)));
  // The same tenure in both: Wikidata (2021) knows an earlier start than a Factbook "since" that counts a re-election.
  const wdOpenStart = new Map<string, string>();
  for (const { id, role } of sourceRoles) {
    if (role.src === 'wikidata' && !role.end && role.start) wdOpenStart.set(bySeat(id, role), role.start);
  }
  for (const { id, role } of sourceRoles) {
    const w = wdOpenStart.get(bySeat(id, role));
    if (role.src === 'factbook' && w && (!role.start || w < role.start.slice(0, 4))) role.start = w;
  }
  const kept: { id: string; role: RoleRecord }[] = [];
  for (const { id, role } of sourceRoles) {
    if (role.src === 'wikidata') {
      if (!role.end && fbSeats.has(bySeat(id, role))) continue;
      if (!role.end) {
        const holder = current.get(`${role.country}:${role.seat}`);
        if (holder && holder.id !== id) role.end = holder.since && (!role.start || holder.since > role.start) ? holder.since : (role.start ?? '2021');
        else if (!holder) role.end = '2021';
      }
    }
    kept.push({ id, role });
  }
  // A Phoenix role still open when the file was last brought up to date (`asOf`, early 2015) ends when someone else
  // next took the same seat, by any source (Phoenix, curated, Wikidata 2021, the 2026 Factbook's current holder);
  // with no successor known it stays open if the person holds the seat in the 2026 Factbook, else ends at `asOf`
  // (a bound, not a known date). Roles without a seat (ministers) end at `asOf`. Known weakness: the leader lists
  // behind Phoenix stopped being updated at different times per country, so where a successor is known only from
  // a later source the role may run on past its real end (Italy: Berlusconi until Draghi, 2021).
  const seatStarts = new Map<string, { id: string; start: string }[]>();
  for (const { id, role } of [...curatedRoles, ...kept, ...phoenixRoles]) {
    const s = seatOf(role);
    if (!s || !role.start || role.agent === 'ELI') continue;
    const k = `${role.country}|${s}`;
    const list = seatStarts.get(k) ?? [];
    list.push({ id, start: role.start });
    seatStarts.set(k, list);
  }
  for (const list of seatStarts.values()) list.sort((a, b) => cmp(startKey(a.start), startKey(b.start)) || cmp(a.id, b.id));
  for (const { id, role } of phoenixRoles) {
    if (role.end || role.agent === 'ELI') continue;
    const s = seatOf(role);
    if (s) {
      const after = startKey(role.start);
      const next = (seatStarts.get(`${role.country}|${s}`) ?? []).find((x) => x.id !== id && startKey(x.start) > after);
      if (current.get(`${role.country}:${s}`)?.id === id) {
        // Still in that seat in 2026: the Factbook's "since" covers the present term; a gap filled by someone else
        // (from any source) ends this one.
        if (next) role.end = next.start;
        continue;
      }
      if (next) { role.end = next.start; continue; }
    }
    role.end = asOf;
  }
  // Wikidata gives years: a Phoenix role of the same person and seat starting or ending in the same year gives the day.
  const wdBySeat = new Map<string, RoleRecord[]>();
  for (const { id, role } of kept) if (role.src === 'wikidata') {
    const list = wdBySeat.get(bySeat(id, role)) ?? [];
    list.push(role);
    wdBySeat.set(bySeat(id, role), list);
  }
  const phoenixKept: { id: string; role: RoleRecord }[] = [];
  for (const x of phoenixRoles) {
    const s = seatOf(x.role);
    const wds = s ? wdBySeat.get(`${x.id}|${x.role.country}|${s}`) ?? [] : [];
    let covered = false;
    for (const w of wds) {
      if (w.start?.length === 4 && x.role.start?.startsWith(w.start)) w.start = x.role.start;
      if (w.end?.length === 4 && x.role.end?.startsWith(w.end)) w.end = x.role.end;
      if (startKey(w.start) <= startKey(x.role.start) && (!w.end || (x.role.end && startKey(x.role.end) <= startKey(w.end)))) covered = true;
    }
    if (!covered) phoenixKept.push(x);
  }
  for (const { id, role } of [...kept, ...phoenixKept]) people.get(resolveId(id))!.roles.push(role);
  // The monarch of the Commonwealth realms is coded as the United Kingdom's.
  for (const p of people.values()) {
    if (p.roles.some((r) => r.country === 'GBR' && r.title === 'king')) {
      p.roles = p.roles.filter((r) => r.title !== 'king' || r.country === 'GBR');
    }
  }
  // Curated roles replace source roles of the same person and title.
  // Curated roles replace source roles of the same person and title over the same time (earlier terms stay).
  const curatedBy = new Map<string, RoleRecord[]>();
  for (const { id, role } of curatedRoles) {
    const k = `${resolveId(id)}|${role.title}`;
    curatedBy.set(k, [...(curatedBy.get(k) ?? []), role]);
  }
  const overlaps = (a: RoleRecord, b: RoleRecord) => startKey(a.start) <= endKey(b.end) && startKey(b.start) <= endKey(a.end);
  for (const p of people.values()) {
    p.roles = p.roles.filter((r) => !(curatedBy.get(`${p.id}|${r.title}`) ?? []).some((c) => overlaps(c, r)));
  }
  for (const { id, role } of curatedRoles) people.get(resolveId(id))!.roles.push(role);

  const records = [...people.values()].filter((p) => p.roles.length).sort((a, b) => cmp(a.id, b.id)).map((p) => {
    const rec: PersonRecord = {
      id: p.id, name: p.name, names: [...p.names].filter((n) => n.includes(' ') || n === p.name).sort(cmp),
      // Ties (a monarch of several Commonwealth realms) list the United Kingdom first.
      roles: dedupeRoles(p.roles).sort((a, b) => cmp(a.start ?? '', b.start ?? '') || cmp(a.title, b.title)
        || (a.country === 'GBR' ? -1 : b.country === 'GBR' ? 1 : cmp(a.country, b.country)) || cmp(a.agent, b.agent)
        || cmp(a.end ?? '', b.end ?? '')),
    };
    if (p.surname && p.surname.length >= 2) rec.surname = p.surname;
    return rec;
  });
  return { people: records, institutions };
}

function dedupeRoles(roles: RoleRecord[]): RoleRecord[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = JSON.stringify([r.country, r.title, r.agent, r.start, r.end]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ------------------------------------------------------------------ organisations and groups

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'al',
  'el', 'y', 'et', 'a', 'an', 'at', 'by', 'with', 'bin']);

/** Phoenix names are upper-cased: acronyms (≤ 5 letters, one word) stay so, other words get title case. */
function phoenixCase(name: string): string {
  const words = name.split(' ');
  if (words.length === 1 && /^[A-Z0-9.&-]{2,6}$/.test(name) && name.replace(/[^A-Z]/g, '').length <= 5) return name;
  return words.map((w, i) => {
    const lower = w.toLowerCase();
    if (i > 0 && FUNCTION_WORDS.has(lower)) return lower;
    if (/^[A-Z]{2,5}$/.test(w) && !/[AEIOU]/.test(w)) return w; // consonant clusters are acronyms: UNHCR, OHCHR
    return lower.replace(/(^|[-'’/(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  }).join(' ');
}

/** One-word names in capitals that are also ordinary words when capitalised. */
const COMMON_CAPS = new Set(['OLIVE', 'YOUTH', 'UNITY', 'PEACE', 'VOICE', 'SHELTER', 'HONDA']);
const SPELLINGS: [RegExp, string][] = [[/Organization/g, 'Organisation'], [/Organisation/g, 'Organization'],
  [/\bLabor\b/g, 'Labour'], [/\bLabour\b/g, 'Labor'], [/\bDefense\b/g, 'Defence'], [/\bDefence\b/g, 'Defense'],
  [/\bCenter\b/g, 'Centre'], [/\bCentre\b/g, 'Center'], [/\bProgram\b/g, 'Programme'], [/\bProgramme\b/g, 'Program']];

/** A name and its other English spelling (`World Health Organization` / `World Health Organisation`). */
function spellings(name: string): string[] {
  const out = [name];
  // A one-word name in capitals of five letters or more is also written with one capital (`OXFAM`, `Oxfam`).
  if (/^[A-Z]{5,}$/.test(name) && !COMMON_CAPS.has(name)) out.push(name[0] + name.slice(1).toLowerCase());
  for (const [re, to] of SPELLINGS) {
    re.lastIndex = 0;
    if (re.test(name)) { re.lastIndex = 0; out.push(name.replace(re, to)); }
  }
  return out;
}

function orgCountry(code: string, isos: Set<string>): string | null {
  const p = code.slice(0, 3);
  if (['IGO', 'NGO', 'IMG', 'MNC'].includes(p)) return p;
  return isos.has(p) ? p : null;
}

function buildOrgs(isos: Set<string>, cameoToIso: Map<string, string>, institutions: PetrarchActor[],
  personNames: Set<string>, log: string[]): OrgRecord[] {
  const orgs = new Map<string, OrgRecord>(); // by folded primary name
  const seenNames = new Set<string>();
  const add = (names: string[], codes: DatedCode[], kind: OrgRecord['kind'] | null, src: string) => {
    const good = codes.filter((c) => c.code !== '---' && /^[A-Z][A-Z0-9]{2,}$/.test(c.code));
    if (!good.length) return;
    const first = good[0].code;
    const prefix = cameoToIso.get(first.slice(0, 3)) ?? first.slice(0, 3);
    const country = orgCountry(prefix + first.slice(3), isos);
    if (!country) return;
    const k: OrgRecord['kind'] = kind ?? (country === 'IGO' ? 'igo' : 'group');
    const fresh = names.flatMap(spellings).map((n) => n.replace(/^(the|THE) /, '').trim()).filter((n) => n && LATIN.test(n) && n.length >= 2)
      .filter((n) => !seenNames.has(n.toLowerCase()) && !NAME_BLOCK.has(n));
    if (!fresh.length) return;
    for (const n of fresh) seenNames.add(n.toLowerCase());
    const id = `${src}:${slug(fresh[0])}`;
    if (orgs.has(id)) return;
    const rec: OrgRecord = { id, name: fresh[0], names: [...new Set(fresh)].sort(cmp), country, kind: k, codes: good };
    orgs.set(id, rec);
  };
  // Curated aliases first (they override Phoenix for the same name).
  const groups = new Map<string, { names: string[]; code: string; kind: string }>();
  for (const [name, code, , kind] of tsv('aliases.tsv')) {
    if (kind === 'country' || kind === 'demonym') continue;
    const g = groups.get(code) ?? { names: [], code, kind };
    g.names.push(name);
    groups.set(code, g);
  }
  for (const g of [...groups.values()].sort((a, b) => cmp(a.code, b.code))) {
    add(g.names, [{ code: g.code }], g.kind === 'igo' ? 'igo' : 'group', 'curated');
  }
  for (const [file, src] of [['Phoenix.International.actors.txt', 'intl'], ['Phoenix.MilNonState.actors.txt', 'nonstate']] as const) {
    const errors: string[] = [];
    for (const a of readPetrarchActors(read(join(ref, 'phoenix-dictionaries', file)), file, { onError: (e) => errors.push(e.message) })) {
      const names = [a.name, ...a.synonyms].map((n) => phoenixCase(n.replace(/\s*\([^)]*\)\s*$/, '').trim()));
      add(names, a.codes, null, src);
    }
    log.push(`${file}: ${errors.length} malformed lines skipped`, ...errors.map((e) => '  ' + e));
  }
  // National institutions of Phoenix.Countries.actors.txt (the People's Liberation Army, the Knesset, Mossad):
  // undated codes with an agent. Entries named like a person of people.json are that person, not an institution.
  for (const a of institutions) {
    if ([a.name, ...a.synonyms].some((n) => personNames.has(foldName(n)))) continue;
    const names = [a.name, ...a.synonyms].map((n) => phoenixCase(n.replace(/\s*\([^)]*\)\s*$/, '').trim()));
    add(names, a.codes, 'group', 'countries');
  }
  return [...orgs.values()].sort((a, b) => cmp(a.id, b.id));
}

// ------------------------------------------------------------------ places

/**
 * Place names that are ordinary English words when capitalised (`Nice`, `Reading`, `Split`), names of the past or
 * of myth that news uses for other things (`Sodom`, `Mesopotamia`), epithets (`City of Light`), and names more often of a
 * person or saint than of the place (`Columbus`, `St Vincent`): never places.
 */
const PLACE_WORDS = new Set(['nice', 'reading', 'bath', 'mobile', 'split', 'van', 'sur', 'tyre', 'champagne',
  'burgundy', 'orleans', 'sodom', 'gomorrah', 'gomorrha', 'mesopotamia', 'chaldea', 'chaldaea', 'assyria', 'city of light',
  'hebrew state', 'crown jewel of the british empire', 'occupied territories', 'fatah', 'khyber', 'buffalo', 'canaries',
  'marches', 'natal', 'molotov', 'myanma', 'tara', 'dakota', 'ithaca', 'waterloo', 'constantinople', 'antioch', 'abydos',
  'columbus', 'st vincent', 'saint vincent',
  // from CountryInfo: words, epithets and nicknames of US states, a movement, a past name now of another country's city
  'moron', 'midi', 'el libertador', 'university park', 'sunbelt', 'last frontier', 'old colony', 'little rhody',
  'lubavitch', 'ragusa']);
/** Epithets in CountryInfo's lists (`Garden State`, `Land of Lincoln`): a name ending in `State` or opening `Land of`. */
const EPITHET = /^(land|heart) of |(^| )state$/;
/** A saint's name alone (`Santa Cruz`, `San Jose`) names towns in many countries: not one country's place. */
const SAINT_NAME = /^(san|santa|santo|sao|saint|st|sainte) \S+$/;

/** A Phoenix place code's country (ISO): a country or territory code, with an occupation/autonomy status or not. */
function placeIso(code: string, ctx: CountryCtx): string | undefined {
  if (!/^[A-Z]{3,}$/.test(code)) return undefined;
  const terr = ctx.territories.get(code.slice(0, 6));
  const [iso, rest] = terr ? [terr, code.slice(6)] : [ctx.cameoToIso.get(code.slice(0, 3)) ?? code.slice(0, 3), code.slice(3)];
  if (rest && !STATUS_AGENTS.has(rest)) return undefined;
  return ctx.isos.has(iso) ? iso : undefined;
}

/** The place lists of each country block of CountryInfo.txt, one name a line (`KHARKIV_`). */
const COUNTRYINFO_PLACE_LISTS = ['Capital', 'MajorCities', 'Regions', 'GeogFeatures'] as const;
type CountryInfoList = typeof COUNTRYINFO_PLACE_LISTS[number];

/**
 * The names of the place lists of CountryInfo.txt with the country (ISO) of their block. Lines starting with `#` are
 * entries the file's author disabled (`#	PUNJAB_`, shared with India) and are left out; a `# …` after a name is a
 * comment. The raw name is returned as written (`DONETS_BASIN_`, `KOSTROMAs`): the caller filters junk.
 */
function readCountryInfoPlaces(text: string, ctx: CountryCtx): { list: CountryInfoList; iso: string; raw: string }[] {
  const out: { list: CountryInfoList; iso: string; raw: string }[] = [];
  let iso: string | undefined;
  let list: CountryInfoList | undefined;
  let inDoc = false;
  for (const line of text.split(/\r?\n/)) {
    if (inDoc) { if (line.includes('-->')) inDoc = false; continue; }
    if (line.startsWith('<!--')) { if (!line.includes('-->')) inDoc = true; continue; }
    let m: RegExpExecArray | null;
    if (line.startsWith('<Country>')) { iso = undefined; continue; }
    // A block's country is its CAMEO code's (`GBRVGB` → VGB, `CHNTIB` → CHN); its ISO tag only when it has none: the
    // tags have copying errors (Myanmar's says MOZ, Guinea's PNG).
    if ((m = /^<CountryCode>([A-Z]+)/.exec(line))) { iso = placeIso(m[1], ctx) ?? placeIso(m[1].slice(0, 3), ctx); continue; }
    if ((m = /^<ISO3166-alpha3>([A-Z]{3})</.exec(line))) { if (!iso && ctx.isos.has(m[1])) iso = m[1]; continue; }
    if ((m = /^<(\w+)>/.exec(line))) { list = (COUNTRYINFO_PLACE_LISTS as readonly string[]).includes(m[1]) ? m[1] as CountryInfoList : undefined; continue; }
    if (line.startsWith('<')) { list = undefined; continue; }
    if (!list || !iso || line.trimStart().startsWith('#')) continue;
    const raw = line.replace(/#.*$/, '').trim();
    if (raw) out.push({ list, iso, raw });
  }
  return out;
}

/**
 * Words of a CountryInfo `<GeogFeatures>` name that make it water or relief — seas, rivers, lakes, mountains, deserts,
 * landmarks (`Nile River`, `Lake Ladoga`, `Mount Ararat`, `Gobi Desert`, `Great Wall`; Chinese `he`, `jiang`, `shan`,
 * Turkic `kum`, Persian `dasht`, Malay `danau`): no country's place where events happen, often shared by several.
 */
const FEATURE_WORDS = new Set(['river', 'lake', 'sea', 'gulf', 'bay', 'bight', 'strait', 'fjord', 'fiord', 'canal',
  'falls', 'dam', 'reef', 'mount', 'mt', 'peak', 'mountain', 'mountains', 'alps', 'range', 'sierra', 'massif', 'highlands',
  'hills', 'plateau', 'shield', 'desert', 'plain', 'gorge', 'wall', 'way', 'tree', 'volcan', 'nevado', 'pico', 'jebel',
  'meer', 'he', 'ho', 'hai', 'jiang', 'kiang', 'shan', 'kum', 'qum', 'dasht', 'danau']);
const FEATURE_GLUE = new Set(['of', 'the', 'de', 'e', 'great']);

/**
 * data/actors/places.json: cities, provinces and regions → the country they are in, from the bare synonyms of the
 * country blocks of Phoenix.Countries.actors.txt (`IRAQ_ … +BASRA_ +SAMARRA … [IRQ]`) and the `<Capital>`,
 * `<MajorCities>`, `<Regions>` and land `<GeogFeatures>` lists of CountryInfo.txt. Precision before recall: a name
 * that is a country's name, demonym or capital, a person's name or surname, an organisation's name, an English word,
 * or shorter than four letters is dropped; one under several countries keeps them all (the document decides).
 */
function buildPlaces(ctx: CountryCtx, countries: CountryRecord[], people: PersonRecord[], orgs: OrgRecord[],
  agents: AgentsFile, titles: Map<string, string>, log: string[]): Map<string, string[]> {
  const file = 'Phoenix.Countries.actors.txt';
  const actors = readPetrarchActors(read(join(ref, 'phoenix-dictionaries', file)), file, { onError: () => {} });
  const countryNames = new Set<string>(ctx.countryWords);
  for (const c of countries) {
    for (const n of [...c.names, ...c.demonyms, ...c.combining, ...c.metonyms.map((x) => x[0])]) countryNames.add(foldName(n));
  }
  const capitals = new Map<string, Set<string>>(); // ISO → folded capitals and seats
  for (const c of countries) capitals.set(c.iso, new Set(c.metonyms.map((x) => foldName(x[0]))));
  const personNames = new Set<string>();
  for (const p of people) {
    for (const n of p.names) personNames.add(foldName(n));
    if (p.surname) personNames.add(foldName(p.surname));
  }
  const orgNames = new Set(orgs.flatMap((o) => o.names.map(foldName)));
  // Given names of three people or more (`Vladimir`, `Charlotte`, `Doris`): a one-word place so named is dropped.
  const given = new Map<string, number>();
  for (const p of people) {
    for (const w of new Set(p.names.filter((n) => n.includes(' ')).map((n) => foldName(n).split(' ')[0]))) given.set(w, (given.get(w) ?? 0) + 1);
  }
  const words = new Set([...PLACE_WORDS, ...[...NAME_BLOCK, ...COMMON_CAPS].map(foldName), ...Object.keys(agents.phrases),
    ...titles.keys()]);
  type Drop = 'short' | 'junk' | 'country' | 'country variant' | 'feature' | 'word' | 'person' | 'org';
  /** Why a place name is dropped, or null when it is kept. */
  const drop = (name: string, variant = false): Drop | null => {
    const f = foldName(name);
    if (f.replace(/[^a-z]/g, '').length < 4) return 'short';
    if (!goodName(name) || !LATIN.test(name) || /\d/.test(name) || !/^\p{Lu}/u.test(name)) return 'junk';
    if (countryNames.has(f)) return 'country';
    if (variant) return 'country variant';
    if (words.has(f)) return 'word';
    if (personNames.has(f) || (given.get(f) ?? 0) >= 3) return 'person';
    if (orgNames.has(f)) return 'org';
    return null;
  };
  const clean = (raw: string) => displayName(raw.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').replace(/^THE /, '').trim());
  const places = new Map<string, Set<string>>(); // display name → ISOs
  const add = (name: string, iso: string) => {
    const s = places.get(name) ?? new Set<string>();
    s.add(iso);
    places.set(name, s);
  };
  const dropLine = (d: Record<string, number>) => Object.entries(d).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');

  const pDropped: Record<string, number> = {};
  let blocks = 0;
  for (const a of actors) {
    // A place block has only bare country codes; its country is the one of the open-ended code (`[IRQ >20060520]`).
    const isos = a.codes.map((c) => placeIso(c.code, ctx));
    if (!a.codes.length || isos.some((x) => x === undefined)) continue;
    const open = a.codes.map((c, k) => (!c.end ? isos[k] : undefined)).filter((x): x is string => !!x);
    const iso = new Set(open).size === 1 ? open[0] : undefined;
    if (!iso) continue;
    blocks++;
    // A country's block lists its name in other spellings first, then its capital, then cities and regions.
    const names = [a.name, ...a.synonyms];
    const cap = names.findIndex((n) => capitals.get(iso)?.has(foldName(n)));
    names.forEach((raw, k) => {
      const name = clean(raw);
      const why = drop(name, k < cap);
      if (why) pDropped[why] = (pDropped[why] ?? 0) + 1;
      else add(name, iso);
    });
  }
  const phoenix = new Set(places.keys());
  log.push(`${file} places: ${blocks} place blocks, ${phoenix.size} names kept; dropped: ${dropLine(pDropped)}`);

  // CountryInfo.txt: capitals' other spellings, major cities, regions, and the land among the geographic features.
  const ciFile = 'CountryInfo.120116.txt';
  // Names Phoenix's editors disabled in the country file (`# +CANTON_ # Causing Swiss skiing accidents to be coded as
  // China`, `#+ROMA_ Causes miscodings of Roma people.`): not taken from CountryInfo either.
  const disabled = new Set([...read(join(ref, 'phoenix-dictionaries', file)).matchAll(/^\s*#\s*\+([A-Z][A-Z_'.-]*)/gm)]
    .map((m) => foldName(m[1].replace(/_/g, ' '))));
  // Regions across borders: `Kurdistan` (Iran's list) is also `Iraqi Kurdistan` (Iraq's): a name that another country
  // lists after one of its own demonyms is no one country's place.
  const demonymOf = new Map<string, string>();
  for (const c of countries) for (const d of c.demonyms) demonymOf.set(foldName(d), c.iso);
  const partOf = new Map<string, Set<string>>(); // `kurdistan` → IRQ
  const entries = readCountryInfoPlaces(readFileSync(join(ref, 'countryinfo', ciFile), 'latin1'), ctx);
  for (const [name, iso] of [...[...places].flatMap(([n, isos]) => [...isos].map((i) => [n, i])), ...entries.map((e) => [e.raw.replace(/_/g, ' '), e.iso])]) {
    const [d, ...rest] = foldName(name).split(' ');
    if (rest.length && demonymOf.get(d) === iso) partOf.set(rest.join(' '), (partOf.get(rest.join(' ')) ?? new Set()).add(iso));
  }
  const featureIsos = new Map<string, Set<string>>(); // folded feature name → countries listing it
  const featureBare = new Set<string>(); // `Nile` of `Nile River`, `Ladoga` of `Lake Ladoga`
  for (const e of entries) {
    if (e.list !== 'GeogFeatures') continue;
    const f = foldName(e.raw.replace(/_/g, ' '));
    featureIsos.set(f, (featureIsos.get(f) ?? new Set()).add(e.iso));
    const ws = f.split(' ');
    if (ws.some((w) => FEATURE_WORDS.has(w))) featureBare.add(ws.filter((w) => !FEATURE_WORDS.has(w) && !FEATURE_GLUE.has(w)).join(' '));
  }
  const counts = new Map<CountryInfoList, { names: Set<string>; new: Set<string>; dropped: Record<string, number> }>(
    COUNTRYINFO_PLACE_LISTS.map((l) => [l, { names: new Set(), new: new Set(), dropped: {} }]));
  for (const e of entries) {
    const c = counts.get(e.list)!;
    const name = clean(e.raw.replace(/_+$/, ''));
    const f = foldName(name);
    let why: string | null = /^[A-Z][A-Z_ .'-]*(\([A-Z_]+\))?$/.test(e.raw) ? drop(name) : 'junk'; // `KOSTROMAs`, `MELAKAN2`
    if (!why && disabled.has(f)) why = 'disabled by Phoenix';
    if (!why && EPITHET.test(f)) why = 'epithet';
    if (!why && SAINT_NAME.test(f)) why = 'saint';
    if (!why && [...partOf.get(f) ?? []].some((x) => x !== e.iso)) why = 'across borders';
    if (!why && e.list === 'GeogFeatures') {
      // Water and relief (and the bare name of one: `Nile`), or a feature listed under several countries (`Makalu`).
      if (f.split(' ').every((w) => FEATURE_WORDS.has(w) || FEATURE_GLUE.has(w)) || f.split(' ').some((w) => FEATURE_WORDS.has(w))
        || featureBare.has(f) || featureIsos.get(f)!.size > 1) why = 'feature';
    }
    if (why) { c.dropped[why] = (c.dropped[why] ?? 0) + 1; continue; }
    c.names.add(name);
    if (!phoenix.has(name)) c.new.add(name);
    add(name, e.iso);
  }
  log.push(`${ciFile} places: ${[...counts].map(([l, c]) => `${l} ${c.names.size} names kept (${c.new.size} not in Phoenix)` +
    `${dropLine(c.dropped) ? `, dropped ${dropLine(c.dropped)}` : ''}`).join('; ')}`);

  const out = new Map([...places.entries()].sort((a, b) => cmp(a[0], b[0])).map(([n, s]) => [n, [...s].sort(cmp)]));
  const several = [...out.values()].filter((s) => s.length > 1).length;
  log.push(`places: ${out.size} names (${out.size - phoenix.size} from CountryInfo only; ${several} under several countries, resolved by the document)`);
  return out;
}

// ------------------------------------------------------------------ agents

function buildAgents(log: string[]): AgentsFile {
  const phrases = new Map<string, string>();
  const errors: string[] = [];
  const read0 = readPetrarchAgents(read(join(ref, 'phoenix-dictionaries', 'Phoenix.agents.txt')), 'Phoenix.agents.txt',
    { onError: (e) => errors.push(e.message) });
  log.push(`Phoenix.agents.txt: ${errors.length} malformed lines skipped`, ...errors.map((e) => '  ' + e));
  for (const a of read0) {
    if (a.prefix) continue; // [IGO~] style: organisation prefixes, not country agents
    if (/[^a-z0-9 '.-]/.test(a.phrase)) continue;
    if (/ (in|to|at|for|of|on|from|with|by|the)$/.test(a.phrase)) continue; // `embassy in`: the country follows
    if (!phrases.has(a.phrase)) phrases.set(a.phrase, a.code);
  }
  for (const [phrase, code] of tsv('agents.tsv')) phrases.set(phrase.toLowerCase(), code);
  const labels: Record<string, string> = {};
  for (const { label, code } of parseCameoTable(read(join(ref, 'cameo-codes', 'agentnames.txt')))) {
    if (/^[A-Z]{3}$/.test(code) && !labels[code]) labels[code] = label;
  }
  return {
    phrases: Object.fromEntries([...phrases.entries()].sort((a, b) => cmp(a[0], b[0]))),
    labels: Object.fromEntries(Object.entries(labels).sort((a, b) => cmp(a[0], b[0]))),
  };
}

// ------------------------------------------------------------------ verb patterns

/** What data/events/cameo-verbs.txt says about its source (the licence is the source file's, kept with it). */
const CAMEO_VERBS_ORIGIN = `Source: CAMEO.2.0.txt, the CAMEO verb pattern dictionary of the Phoenix/PETRARCH coder (openeventdata,
last update 30 April 2015): the TABARI CAMEO dictionaries (CAMEO.091003.master.verbs) with synonym sets mostly from
WordNet. Built with scripts/build-dictionaries.ts; malformed lines of the source are skipped and listed at the end.
Dictionary development was funded by the U.S. National Science Foundation (grants listed in the source file).

This file is derived from CAMEO.2.0.txt and is offered under the same licence:

The MIT License (MIT)

Copyright (c) 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** data/events/cameo-verbs.txt: CAMEO.2.0.txt in dyad's sequence-pattern format. Malformed lines are skipped. */
function buildCameoVerbs(): { text: string; summary: string } {
  const file = 'CAMEO.2.0.txt';
  const dict = readVerbDictionary(read(join(ref, 'phoenix-dictionaries', file)), file, { onError: () => {} });
  const patterns = dict.families.reduce((n, f) => n + f.patterns.length, 0);
  const summary = `${file}: ${dict.families.length} verb families, ${patterns} patterns, ${dict.synsets.size} synsets; ` +
    `${dict.errors.length} malformed lines skipped, ${dict.warnings.length} warnings (listed at the end of cameo-verbs.txt)`;
  return { text: toPatternText(dict, CAMEO_VERBS_ORIGIN), summary };
}

// ------------------------------------------------------------------ output

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One record per line: diffable and deterministic. */
function jsonLines(records: unknown[]): string {
  return '[\n' + records.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const log: string[] = [];
  const { records: countries, byName } = buildCountries();
  const isos = new Set(countries.map((c) => c.iso));
  const cameoToIso = new Map<string, string>(Object.entries(CAMEO_DIFFERS).map(([iso, cameo]) => [cameo, iso]));
  const territories = new Map<string, string>();
  const nameToIso = new Map<string, string>();
  for (const c of countries) for (const n of c.names) if (!nameToIso.has(foldName(n))) nameToIso.set(foldName(n), c.iso);
  for (const { label, code } of parseCameoTable(read(join(ref, 'cameo-codes', 'countrynames.txt')))) {
    const iso = byName.get(foldName(label)) ?? nameToIso.get(foldName(label));
    if (code.length === 6 && iso && !territories.has(code)) territories.set(code, iso);
  }
  const countryWords = new Set<string>();
  for (const c of countries) for (const n of [...c.names, ...c.demonyms]) if (!/\s/.test(n)) countryWords.add(n.toLowerCase());
  for (const w of ['us', 'u.s.', 'u.s', 'uk', 'u.k.', 'soviet', 'ex-soviet', 'american', 'british']) countryWords.add(w);
  const titles = loadTitles();
  const { people, institutions } = buildPeople({ byName, isos, cameoToIso, territories, countryWords }, titles, log);
  const personNames = new Set(people.flatMap((p) => p.names.map(foldName)));
  const orgs = buildOrgs(isos, cameoToIso, institutions, personNames, log);
  const agents = buildAgents(log);
  const places = buildPlaces({ byName, isos, cameoToIso, territories, countryWords }, countries, people, orgs, agents, titles, log);
  writeFileSync(join(outDir, 'countries.json'), jsonLines(countries));
  writeFileSync(join(outDir, 'people.json'), jsonLines(people));
  writeFileSync(join(outDir, 'orgs.json'), jsonLines(orgs));
  writeFileSync(join(outDir, 'agents.json'), JSON.stringify(agents, null, 0).replace(/,"/g, ',\n"') + '\n');
  writeFileSync(join(outDir, 'places.json'),
    '{\n' + [...places.entries()].map(([n, isos]) => `${JSON.stringify(n)}:${JSON.stringify(isos)}`).join(',\n') + '\n}\n');
  writeFileSync(join(outDir, 'titles.json'),
    JSON.stringify(Object.fromEntries([...titles.entries()].sort((a, b) => cmp(a[0], b[0])))) + '\n');
  const index = buildIndex(people, orgs);
  const section = (m: Record<string, string>) => '{\n' + Object.entries(m).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n') + '\n}';
  writeFileSync(join(outDir, 'index.json'), `{"version":${index.version},\n"names":${section(index.names)},\n"surnames":${section(index.surnames)},\n"countries":${section(index.countries)}}\n`);
  writeFileSync(join(outDir, 'build.log'), log.join('\n') + '\n');
  const verbs = buildCameoVerbs();
  writeFileSync(join(repoRoot, 'data', 'events', 'cameo-verbs.txt'), verbs.text);
  console.log(`countries ${countries.length}, people ${people.length}, orgs ${orgs.length}, agent phrases ${Object.keys(agents.phrases).length}, places ${places.size}, titles ${titles.size}`);
  console.log(log.filter((l) => !l.startsWith('  ')).join('\n'));
  console.log(verbs.summary);
}

main();
