// Readers for the reference formats the dictionary build consumes. Pure functions over strings: the build script
// (scripts/build-dictionaries.ts) does the file I/O, the tests feed them a few lines. Nothing here reads ../shared.

/** A dated role: `start`/`end` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive; absent means open. */
export interface DatedCode {
  code: string;
  start?: string;
  end?: string;
}

/** One TABARI/PETRARCH actor block: a primary name, its `+synonyms`, and its (possibly dated) codes. */
export interface PhoenixActor {
  name: string;
  synonyms: string[];
  codes: DatedCode[];
}

/** One agent phrase with its code (`GOV`, `MIL`, `OPPEDU`, or `IGO~` style markers stripped of `~`). */
export interface PhoenixAgent {
  phrase: string;
  code: string;
  /** True when the phrase is a prefix-agent (`[~GOV]`: country then agent); false for `[IGO~]`. */
  suffix: boolean;
}

/** `NAME_OF_THING_` → `name of thing` (case kept): TABARI joins words with `_`, a trailing `_` stops stemming. */
export function phoenixPhrase(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A PETRARCH date `YYMMDD` or `YYYYMMDD` → `YYYY-MM-DD` (two-digit years: ≥ 30 → 19xx). Null if unreadable. */
export function phoenixDate(raw: string): string | null {
  let s = raw.trim();
  if (/^\d{6}$/.test(s)) s = (Number(s.slice(0, 2)) >= 30 ? '19' : '20') + s;
  if (!/^\d{8}$/.test(s)) return null;
  const y = s.slice(0, 4), m = s.slice(4, 6), d = s.slice(6, 8);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${m}-${d}`;
}

/** Parses one bracketed code `[RUSGOV >080508]`, `[RUSELI 700101-990809]`, `[IGOUNO <061231]`, `[---]`. */
export function phoenixCode(inner: string): DatedCode | null {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0];
  if (!code || !/^[A-Z~]{3,}$/.test(code)) return null;
  const out: DatedCode = { code };
  const when = parts.slice(1).join('');
  if (!when) return out;
  let m: RegExpExecArray | null;
  if ((m = /^>(\d+)$/.exec(when))) {
    const d = phoenixDate(m[1]);
    if (d) out.start = d;
  } else if ((m = /^<(\d+)$/.exec(when))) {
    const d = phoenixDate(m[1]);
    if (d) out.end = d;
  } else if ((m = /^(\d+)-(\d+)$/.exec(when))) {
    const a = phoenixDate(m[1]), b = phoenixDate(m[2]);
    if (a) out.start = a;
    if (b) out.end = b;
  }
  return out;
}

function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i >= 0 ? line.slice(0, i) : line;
}

function codesIn(text: string): DatedCode[] {
  const out: DatedCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const c = phoenixCode(m[1]);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Reads a TABARI/PETRARCH actors file: a root line `NAME_ [CODE]` (codes may follow on tab-indented lines),
 * `+SYNONYM_` lines, and `# comments`. A root that never receives a code is dropped.
 */
export function parsePhoenixActors(text: string): PhoenixActor[] {
  const out: PhoenixActor[] = [];
  let cur: PhoenixActor | null = null;
  const flush = () => {
    if (cur && cur.codes.length && cur.name) out.push(cur);
    cur = null;
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine);
    if (!line.trim()) continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('+')) {
      if (cur) {
        const name = phoenixPhrase(trimmed.slice(1).replace(/\[.*$/, ''));
        if (name) (cur as PhoenixActor).synonyms.push(name);
        (cur as PhoenixActor).codes.push(...codesIn(trimmed));
      }
      continue;
    }
    if (trimmed.startsWith('[')) {
      if (cur) (cur as PhoenixActor).codes.push(...codesIn(trimmed));
      continue;
    }
    if (/^[<{]/.test(trimmed)) continue; // TABARI markup we do not use
    flush();
    const bracket = trimmed.indexOf('[');
    const name = phoenixPhrase(bracket >= 0 ? trimmed.slice(0, bracket) : trimmed);
    cur = { name, synonyms: [], codes: bracket >= 0 ? codesIn(trimmed.slice(bracket)) : [] };
  }
  flush();
  return out;
}

/** Regular English plural of the last word of a phrase (PETRARCH 0.5 adds these itself). */
export function pluralize(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const [, head, w] = m;
  let p: string;
  if (/man$/i.test(w)) p = w.replace(/an$/i, (x) => (x === 'AN' ? 'EN' : 'en'));
  else if (/[^aeiou]y$/i.test(w)) p = w.slice(0, -1) + (w === w.toUpperCase() ? 'IES' : 'ies');
  else if (/(s|x|z|ch|sh)$/i.test(w)) p = w + (w === w.toUpperCase() ? 'ES' : 'es');
  else p = w + (w === w.toUpperCase() ? 'S' : 's');
  return head + p;
}

/**
 * Reads Phoenix.agents.txt: substitution sets `!NAME! = A, B`, entries `PHRASE {PLURALS} [~CODE]`. Regular plurals
 * are generated unless `{}` lists the plurals (an empty `{}` means no plural). `!SET!` inside a phrase expands to
 * every member. Phrases are returned lower-cased.
 */
export function parsePhoenixAgents(text: string): PhoenixAgent[] {
  const sets = new Map<string, string[]>();
  const out: PhoenixAgent[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (!line) continue;
    const set = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1], set[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) continue;
    const rawCode = m[3].trim();
    const suffix = rawCode.startsWith('~');
    const code = rawCode.replace(/~/g, '');
    if (!/^[A-Z]{3,}$/.test(code)) continue;
    const explicit = m[2] !== undefined ? m[2].slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean) : null;
    const expand = (p: string): string[] => {
      const sm = /!(\w+)!/.exec(p);
      if (!sm) return [p];
      const members = sets.get(sm[1]);
      if (!members) return [];
      return members.flatMap((mem) => expand(p.replace(sm[0], mem + '_')));
    };
    const bases = expand(m[1].trim());
    const hadSet = /!\w+!/.test(m[1]);
    for (const b of bases) {
      const phrase = phoenixPhrase(b).toLowerCase();
      if (!phrase) continue;
      out.push({ phrase, code, suffix });
      if (explicit) {
        for (const p of explicit) out.push({ phrase: phoenixPhrase(p).toLowerCase(), code, suffix });
      } else if (!hadSet) {
        out.push({ phrase: pluralize(phrase), code, suffix });
      }
    }
  }
  return out;
}

/** A minimal RFC 4180 CSV reader (quotes, doubled quotes, commas and newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

/** `7 May 2012` → `2012-05-07`; `May 2012` → `2012-05`; `2012` → `2012`. */
export function factbookDate(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  let m = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[2])) return `${m[3]}-${pad(MONTHS.indexOf(m[2]) + 1)}-${pad(Number(m[1]))}`;
  m = /^([a-z]+) (\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[1])) return `${m[2]}-${pad(MONTHS.indexOf(m[1]) + 1)}`;
  m = /^(\d{4})$/.exec(s);
  return m ? m[1] : null;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** A leader read from a Factbook `chief_of_state` / `head_of_government` cell. */
export interface FactbookLeader {
  /** Title as written, lower-cased: `president`, `supreme leader`, `prime minister`, `king`. */
  title: string;
  /** Name in display case: `Vladimir Vladimirovich Putin`. */
  name: string;
  /** The upper-cased part of the Factbook name (the name the person goes by): `Putin`, `Xi`, `Muhammad bin Salman`. */
  key: string;
  /** Given name + key where the key is a surname (`Vladimir Putin`), else the name. */
  short: string;
  since: string | null;
}

const LOWER_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'del', 'della', 'der', 'di', 'do',
  'dos', 'du', 'es', 'la', 'le', 'van', 'von', 'y', 'abd']);

/** `PUTIN` → `Putin`, `EL-SISI` → `El-Sisi`, `BIN` → `bin` (particles stay lower-case unless first). */
export function displayCase(word: string, first = false): string {
  if (word.includes('-') && word !== word.toUpperCase()) {
    return word.split('-').map((w, i) => (w === w.toUpperCase() ? displayCase(w, first && i === 0) : w)).join('-');
  }
  if (word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && LOWER_PARTICLES.has(lower)) return lower;
  if (!first && /^[ivx]+$/.test(lower) && lower.length <= 4) return word; // regnal numbers: CHARLES III
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const TITLE_WORDS = new Set(['president', 'prime', 'minister', 'supreme', 'leader', 'king', 'queen', 'emperor',
  'amir', 'emir', 'sultan', 'crown', 'prince', 'premier', 'chancellor', 'chairman', 'chairperson', 'chief',
  'executive', 'federal', 'grand', 'duke', 'co-prince', 'general', 'governor', 'governor-general', 'head', 'of',
  'state', 'government', 'council', 'the', 'presidential', 'transitional', 'sovereignty', 'acting', 'interim',
  'vice', 'co-vice', 'and', 'first', 'deputy', 'captain', 'captains', 'regent', 'regents', 'pope', 'secretary',
  'military', 'junta', 'national', 'lieutenant', 'colonel', 'brigadier', 'major', 'field', 'marshal', 'lt.',
  'gen.', 'col.', 'dr.', 'taliban', 'overall', 'commission', 'affairs', "people's", 'assembly', 'leadership',
  'foreign', 'transition', 'sovereign', 'provisional', 'mayor', 'administrator', 'commissioner', 'high',
  'representative', 'co-chairman', 'chair', 'chairwoman', 'speaker', 'legislative', 'cabinet']);

/**
 * Reads the leaders in one Factbook cell: `President Vladimir Vladimirovich PUTIN (since 7 May 2012)`, possibly
 * several separated by `;`. Segments about representatives (`represented by Governor General …`) are skipped.
 */
export function parseFactbookLeaders(cell: string): FactbookLeader[] {
  const out: FactbookLeader[] = [];
  for (const seg of cell.split(/;/)) {
    const s = seg.trim();
    if (!s || /^represented by/i.test(s) || /^note/i.test(s)) continue;
    const m = /^(.*?)\s*\(since ([^)]+)\)/.exec(s);
    if (!m) continue;
    const words = m[1].trim().split(/\s+/);
    let k = 0;
    // Title words are capitalised (or `of`, `and`) and not all-caps; the name starts at the first other word.
    while (k < words.length - 1 && TITLE_WORDS.has(words[k].toLowerCase()) && words[k] !== words[k].toUpperCase()) k++;
    const nameWords = words.slice(k);
    if (!nameWords.length) continue;
    const title = words.slice(0, k).join(' ').toLowerCase();
    const capsPart = (w: string): string | null => {
      const h = w.lastIndexOf('-');
      const before = h >= 0 ? w.slice(0, h) : '';
      const part = h >= 0 && before !== before.toUpperCase() ? w.slice(h + 1) : w;
      const letters = part.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters !== letters.toUpperCase()) return null;
      if (part === w) return displayCase(w, true);
      return (/^(al|el|ad|as|ash|an|at|ar|az)$/i.test(before) ? before.toLowerCase() + '-' : '') + displayCase(part, true);
    };
    const caps = nameWords.map(capsPart);
    const name = nameWords.map((w, i) => displayCase(w, i === 0)).join(' ');
    // The key is the run of upper-cased words: the name the person goes by (`Putin`, `Xi`, `Muhammad bin Salman`).
    const first = caps.findIndex((c) => c !== null);
    let key = name;
    let short = name;
    if (first >= 0) {
      let last = first;
      while (last + 1 < caps.length && caps[last + 1] !== null) last++;
      key = nameWords.slice(first, last + 1).map((w, i) => (i === 0 ? caps[first + i]! : displayCase(w))).join(' ');
      short = first > 0 && last === first ? `${displayCase(nameWords[0], true)} ${key}` : name;
    }
    out.push({ title, name, key, short, since: factbookDate(m[2]) });
  }
  return out;
}

/** One line of CAMEO `countrynames.txt` / `agentnames.txt`: `Label<TAB>CODE<TAB>…`. */
export function parseCameoTable(text: string): { label: string; code: string }[] {
  const out: { label: string; code: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length < 2 || !f[0].trim() || !/^[A-Z]{3,}$/.test(f[1].trim())) continue;
    out.push({ label: f[0].trim(), code: f[1].trim() });
  }
  return out;
}

/** Folds a name for matching across sources: lower-case, accents removed, punctuation to spaces. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ').trim();
}

/** A stable id for a person or thing: `vladimir-putin`. */
export function slug(s: string): string {
  return foldName(s).replace(/'/g, '').replace(/ /g, '-');
}

/** A term of office read from CountryInfo.txt: `<Leaders>` (title from the section) or `<Government>` (from the comment). */
export interface CountryInfoTerm {
  /** ISO 3166-1 alpha-3 of the country block (`<ISO3166-alpha3>`, else `<CountryCode>`). */
  iso: string;
  /** The name forms of the person, words joined by spaces (`VLADIMIR PUTIN`). */
  names: string[];
  /** The section title (`Prime ministers`) or the comment (`Minister of Culture`). */
  title: string;
  section: 'leaders' | 'government';
  /** Code of a `<Government>` term (`RUSGOVMED`). */
  code?: string;
  start?: string;
  end?: string;
}

/**
 * Reads the terms of office in CountryInfo.txt (Computational Event Data System; CC BY-SA 3.0). Leaders:
 * `\tNAME_ [YYYYMMDD - YYYYMMDD] [>YYYYMMDD] [B:…]` under a `\t<Title>` line; government:
 * `\t{NAME_}{NAME_} [CODE dates][CODE dates]\t# Title`. Unreadable dates are left out. A block's country is its CAMEO
 * code's, through `isoOf` (`TMP` → `TLS`).
 */
export function parseCountryInfo(text: string, isoOf: (cameo: string) => string = (c) => c): CountryInfoTerm[] {
  const out: CountryInfoTerm[] = [];
  let code = '';
  let iso = '';
  let section: 'leaders' | 'government' | null = null;
  let title = '';
  let inDoc = false;
  const date = (s: string) => phoenixDate(s.trim());
  for (const raw of text.split(/\r?\n/)) {
    if (inDoc) { if (raw.includes('-->')) inDoc = false; continue; }
    if (raw.startsWith('<!--')) { if (!raw.includes('-->')) inDoc = true; continue; }
    let m: RegExpExecArray | null;
    if (raw.startsWith('<Country>')) { code = ''; iso = ''; continue; }
    if ((m = /^<CountryCode>([A-Z]+)<\/CountryCode>/.exec(raw))) { code = m[1]; iso = isoOf(code.slice(0, 3)); continue; }
    // A territory's block (`FRAGUF`) is filed under its ISO tag; a country's under its code: the ISO tags of some
    // countries are copying errors (Guinea's says PNG, Guatemala's GLP, Myanmar's MOZ).
    if ((m = /^<ISO3166-alpha3>([A-Z]{3})<\/ISO3166-alpha3>/.exec(raw))) { if (code.length !== 3) iso = m[1]; continue; }
    if (/^<Leaders>/.test(raw)) { section = 'leaders'; continue; }
    if (/^<Government>/.test(raw)) { section = 'government'; continue; }
    if (/^<\/(Leaders|Government)>/.test(raw)) { section = null; continue; }
    if (!section || /^\s*#/.test(raw)) continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!line) continue;
    if (section === 'leaders' && (m = /^<([^/][^>]*)>?\s*$/.exec(line))) { title = m[1].replace(/\s*\(.*$/, '').trim(); continue; }
    if (line.startsWith('</')) continue;
    const b = line.indexOf('[');
    if (b < 0) continue;
    const namePart = line.slice(0, b).trim();
    const names = (namePart.includes('{') ? [...namePart.matchAll(/\{([^}]*)\}/g)].map((x) => x[1]) : [namePart])
      .map((n) => n.replace(/_/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (!names.length) continue;
    for (const br of line.slice(b).matchAll(/\[([^\]]*)\]/g)) {
      let inner = br[1].trim();
      if (/^[BD]:/.test(inner)) continue;
      let termCode: string | undefined;
      if (section === 'government') {
        const cm = /^([A-Z]{3,})\s*(.*)$/.exec(inner);
        if (!cm) continue;
        termCode = cm[1];
        inner = cm[2];
      }
      const t: CountryInfoTerm = { iso, names, title: section === 'leaders' ? title : comment, section };
      if (termCode) t.code = termCode;
      const s = inner.replace(/\s+/g, '');
      if ((m = /^(\d{8})-(\d{8})$/.exec(s))) {
        const a = date(m[1]), e = date(m[2]);
        if (a) t.start = a;
        if (e) t.end = e;
      } else if ((m = /^>(\d{8})$/.exec(s))) {
        const a = date(m[1]);
        if (a) t.start = a;
      } else if ((m = /^<(\d{8})$/.exec(s))) {
        const e = date(m[1]);
        if (e) t.end = e;
      } else if (s) continue;
      out.push(t);
    }
  }
  return out;
}
