// Builds the actor dictionaries under data/actors/ from the reference data in ../shared and the hand-curated files
// in data/actors/curated/. Run: `node dist/scripts/build-dictionaries.js [--shared PATH]`.
// Deterministic: the same inputs give byte-identical output (entries and keys sorted, no timestamps).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  displayCase, factbookDate, foldName, parseCameoTable, parseCsv, parseFactbookLeaders, parsePhoenixActors,
  parsePhoenixAgents, slug, type DatedCode,
} from '../src/actors/sources.js';
import type {
  AgentsFile, CountryRecord, OrgRecord, PersonRecord, RoleRecord,
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
    if (kind !== 'country') continue;
    const r = recs.get(country);
    if (!r) continue;
    if (code === r.code) r._names.add(name);
    else r._met.set(name, code); // a name with its own code (Soviet Union → SUN, Palestinian Authority → PSEGOV)
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
  const orgAliases = new Set(tsv('aliases.tsv').filter((f) => f[3] !== 'country').map((f) => f[0]));
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

function buildPeople(byName: Map<string, string>, titles: Map<string, string>): PersonRecord[] {
  const people = new Map<string, PersonAcc>();
  const byKey = new Map<string, string>(); // folded name → id
  const get = (id: string, name: string): PersonAcc => {
    let p = people.get(id);
    if (!p) { p = { id, name, names: new Set([name]), roles: [] }; people.set(id, p); }
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
    let name = holder.replace(/,.*$/, '').replace(/"[^"]*"\s*/g, '').trim();
    if (!LATIN.test(name)) continue;
    name = name.replace(/\s+/g, ' ');
    const id = byKey.get(foldName(name)) ?? slug(name);
    const p = get(id, name);
    alias(p, name);
    const words = name.split(' ');
    if (!p.surname && words.length > 1 && !/^(II|III|IV|V|VI|X)$/.test(words[words.length - 1])) p.surname = words[words.length - 1];
    const seat: 'hos' | 'hog' = HOS.test(position) && !/prime minister/i.test(position) ? 'hos' : 'hog';
    const role: RoleRecord = { country: iso, title: normaliseTitle(position, titles), agent: 'GOV', src: 'wikidata', seat };
    if (/^\d{4}$/.test(startY)) role.start = startY;
    if (/^\d{4}$/.test(endY)) role.end = endY;
    sourceRoles.push({ id, role });
  }

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
  for (const { id, role } of sourceRoles) {
    if (role.src === 'wikidata') {
      if (!role.end && fbSeats.has(bySeat(id, role))) continue;
      if (!role.end) {
        const holder = current.get(`${role.country}:${role.seat}`);
        if (holder && holder.id !== id) role.end = holder.since && (!role.start || holder.since > role.start) ? holder.since : (role.start ?? '2021');
        else if (!holder) role.end = '2021';
      }
    }
    people.get(id)!.roles.push(role);
  }
  // The monarch of the Commonwealth realms is coded as the United Kingdom's.
  for (const p of people.values()) {
    if (p.roles.some((r) => r.country === 'GBR' && r.title === 'king')) {
      p.roles = p.roles.filter((r) => r.title !== 'king' || r.country === 'GBR');
    }
  }
  // Curated roles replace source roles of the same person and title.
  const curatedKeys = new Set(curatedRoles.map((x) => `${x.id}|${x.role.title}`));
  for (const p of people.values()) p.roles = p.roles.filter((r) => !curatedKeys.has(`${p.id}|${r.title}`));
  for (const { id, role } of curatedRoles) people.get(id)!.roles.push(role);

  return [...people.values()].filter((p) => p.roles.length).sort((a, b) => cmp(a.id, b.id)).map((p) => {
    const rec: PersonRecord = {
      id: p.id, name: p.name, names: [...p.names].filter((n) => n.includes(' ') || n === p.name).sort(cmp),
      // Ties (a monarch of several Commonwealth realms) list the United Kingdom first.
      roles: dedupeRoles(p.roles).sort((a, b) => cmp(a.start ?? '', b.start ?? '') || cmp(a.title, b.title)
        || (a.country === 'GBR' ? -1 : b.country === 'GBR' ? 1 : cmp(a.country, b.country))),
    };
    if (p.surname && p.surname.length >= 2) rec.surname = p.surname;
    return rec;
  });
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

function orgCountry(code: string, isos: Set<string>): string | null {
  const p = code.slice(0, 3);
  if (['IGO', 'NGO', 'IMG', 'MNC'].includes(p)) return p;
  return isos.has(p) ? p : null;
}

function buildOrgs(isos: Set<string>, cameoToIso: Map<string, string>): OrgRecord[] {
  const orgs = new Map<string, OrgRecord>(); // by folded primary name
  const seenNames = new Set<string>();
  const add = (names: string[], codes: DatedCode[], kind: OrgRecord['kind'] | null, src: string) => {
    const good = codes.filter((c) => c.code !== '---' && /^[A-Z]{3,}$/.test(c.code));
    if (!good.length) return;
    const first = good[0].code;
    const prefix = cameoToIso.get(first.slice(0, 3)) ?? first.slice(0, 3);
    const country = orgCountry(prefix + first.slice(3), isos);
    if (!country) return;
    const k: OrgRecord['kind'] = kind ?? (country === 'IGO' ? 'igo' : 'group');
    const fresh = names.map((n) => n.replace(/^(the|THE) /, '').trim()).filter((n) => n && LATIN.test(n) && n.length >= 2)
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
    if (kind === 'country') continue;
    const g = groups.get(code) ?? { names: [], code, kind };
    g.names.push(name);
    groups.set(code, g);
  }
  for (const g of [...groups.values()].sort((a, b) => cmp(a.code, b.code))) {
    add(g.names, [{ code: g.code }], g.kind === 'igo' ? 'igo' : 'group', 'curated');
  }
  for (const [file, src] of [['Phoenix.International.actors.txt', 'intl'], ['Phoenix.MilNonState.actors.txt', 'nonstate']] as const) {
    for (const a of parsePhoenixActors(read(join(ref, 'phoenix-dictionaries', file)))) {
      const names = [a.name, ...a.synonyms].map((n) => phoenixCase(n.replace(/\s*\([^)]*\)\s*$/, '').trim()));
      add(names, a.codes, null, src);
    }
  }
  return [...orgs.values()].sort((a, b) => cmp(a.id, b.id));
}

// ------------------------------------------------------------------ agents

function buildAgents(): AgentsFile {
  const phrases = new Map<string, string>();
  for (const a of parsePhoenixAgents(read(join(ref, 'phoenix-dictionaries', 'Phoenix.agents.txt')))) {
    if (!a.suffix) continue; // [IGO~] style: organisation prefixes, not country agents
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
  const { records: countries, byName } = buildCountries();
  const isos = new Set(countries.map((c) => c.iso));
  const cameoToIso = new Map<string, string>(Object.entries(CAMEO_DIFFERS).map(([iso, cameo]) => [cameo, iso]));
  const titles = loadTitles();
  const people = buildPeople(byName, titles);
  const orgs = buildOrgs(isos, cameoToIso);
  const agents = buildAgents();
  writeFileSync(join(outDir, 'countries.json'), jsonLines(countries));
  writeFileSync(join(outDir, 'people.json'), jsonLines(people));
  writeFileSync(join(outDir, 'orgs.json'), jsonLines(orgs));
  writeFileSync(join(outDir, 'agents.json'), JSON.stringify(agents, null, 0).replace(/,"/g, ',\n"') + '\n');
  writeFileSync(join(outDir, 'titles.json'),
    JSON.stringify(Object.fromEntries([...titles.entries()].sort((a, b) => cmp(a[0], b[0])))) + '\n');
  console.log(`countries ${countries.length}, people ${people.length}, orgs ${orgs.length}, agent phrases ${Object.keys(agents.phrases).length}, titles ${titles.size}`);
}

void displayCase;
void factbookDate;
main();
