// Readers for the upstream ontology sources and the merge that turns them into dyad's data files.
// Used by scripts/build-ontology.ts at build time only; the product reads data/ontology/*.tsv (see cameo.ts, plover.ts).
//
//   CAMEO_codefile.txt        `LABEL: 057= Sign formal agreement`; roots only as comments (`//05= ENGAGE IN ...`)
//   CAMEO.goldsteinscale.txt  `057<TAB>8.0` under a header line
//   CAMEO2PLOVER-2021.txt     `057: SUPPORT,  , diplomatic # Sign formal agreement`; roots as `05: SUPPORT`
import type { CameoCode, PloverLabel, QuadClass } from '../../types.js';
import { isCameoCodeShape, parentOf, quadClassOfRoot, rootOf } from './codes.js';

/** A remark about the sources met while reading them (a duplicate, a skipped line); the build prints them. */
export interface SourceNote {
  line: number;
  note: string;
}

export interface Codebook {
  /** Code → name, roots included. */
  names: Map<CameoCode, string>;
  notes: SourceNote[];
}

const ROOT_COMMENT = /^\/\/\s*(\d{2})\s*[:=]\s*(.+?)\s*$/;
const LABEL_LINE = /^(LABEL\w*)\s*:\s*(\S+?)\s*=\s*(.*?)\s*$/;

/** `EXHIBIT MILITARY POSTURE` → `Exhibit military posture`, to match the sub-code names. */
function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Reads CAMEO_codefile.txt. `LABEL:` lines are the CAMEO 0.7b5 names; when a code has two `LABEL:` lines the
 * later one is kept (the file repeats a code to correct it: `018= Make empathetic commment`, then `… comment`).
 * `LABELi:`/`LABELI:` lines are ICEWS variants: used only for a code that has no `LABEL:` line. Codes that are
 * not two to four digits (`0811i`, `13y`) are variants too and are skipped. Root names come from the
 * `//05= ENGAGE IN DIPLOMATIC COOPERATION` comments.
 */
export function parseCodefile(text: string): Codebook {
  const names = new Map<CameoCode, string>();
  const variants = new Map<CameoCode, string>();
  const notes: SourceNote[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const lineNo = i + 1;
    const root = ROOT_COMMENT.exec(line);
    if (root) {
      names.set(root[1], sentenceCase(root[2]));
      continue;
    }
    const m = LABEL_LINE.exec(line);
    if (!m) continue;
    const [, kind, code, name] = m;
    if (!isCameoCodeShape(code)) {
      notes.push({ line: lineNo, note: `skipped variant code ${code} (${name})` });
      continue;
    }
    if (kind === 'LABEL') {
      const earlier = names.get(code);
      if (earlier !== undefined && earlier !== name) {
        notes.push({ line: lineNo, note: `${code}: "${name}" replaces "${earlier}"` });
      }
      names.set(code, name);
    } else if (!variants.has(code)) {
      variants.set(code, name);
    }
  }
  for (const [code, name] of variants) {
    if (!names.has(code)) {
      names.set(code, name);
      notes.push({ line: 0, note: `${code}: only an ICEWS variant name, used: "${name}"` });
    }
  }
  return { names, notes };
}

/** Reads CAMEO.goldsteinscale.txt: `code<TAB>value` lines after a header; a repeated code must agree. */
export function parseGoldsteinScale(text: string): Map<CameoCode, number> {
  const values = new Map<CameoCode, number>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || !/^\d/.test(line)) continue; // the header and blank lines
    const [code, value, ...rest] = line.split(/\s+/);
    const n = Number(value);
    if (!isCameoCodeShape(code) || rest.length > 0 || value === undefined || !Number.isFinite(n) || n < -10 || n > 10) {
      throw new Error(`Goldstein scale line ${i + 1}: cannot read ${JSON.stringify(line)}`);
    }
    const earlier = values.get(code);
    if (earlier !== undefined && earlier !== n) {
      throw new Error(`Goldstein scale line ${i + 1}: ${code} is ${n} here but ${earlier} earlier`);
    }
    values.set(code, n);
  }
  return values;
}

export interface PloverTable {
  labels: Map<CameoCode, PloverLabel>;
  notes: SourceNote[];
}

/** An empty or blank field is null; several contexts (`crime; corruption`) are kept, normalised to `a; b`. */
function field(raw: string | undefined): string | null {
  const parts = (raw ?? '').split(';').map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

const PLOVER_LINE = /^(\d{2,4})\s*:\s*(.*)$/;

/**
 * Reads a CAMEO→PLOVER table (`code: EVENT, mode, context # comment`; roots as `code: EVENT`). Blank mode and
 * context are null. When a code appears twice the first line is kept: the table repeats the root `08` as a
 * section header (`08: CONCEDE`, later `08: RETREAT`) and lists `175` twice.
 */
export function parseCameo2Plover(text: string): PloverTable {
  const labels = new Map<CameoCode, PloverLabel>();
  const notes: SourceNote[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].trim();
    if (!line || line.startsWith('#') || line.startsWith('~')) continue;
    const m = PLOVER_LINE.exec(line);
    if (!m) {
      notes.push({ line: lineNo, note: `skipped unreadable line ${JSON.stringify(line)}` });
      continue;
    }
    const code = m[1];
    const hash = m[2].indexOf('#');
    const body = hash >= 0 ? m[2].slice(0, hash) : m[2];
    const [eventRaw, modeRaw, contextRaw, ...extra] = body.split(',');
    const event = eventRaw.trim();
    if (!/^[A-Z][A-Z_]*$/.test(event) || extra.length > 0) {
      throw new Error(`CAMEO→PLOVER line ${lineNo}: cannot read ${JSON.stringify(line)}`);
    }
    const label: PloverLabel = { event, mode: field(modeRaw), context: field(contextRaw) };
    const earlier = labels.get(code);
    if (earlier) {
      const same = earlier.event === label.event && earlier.mode === label.mode && earlier.context === label.context;
      notes.push({ line: lineNo, note: `${code} repeated${same ? '' : ` as ${label.event}`}: first line kept (${earlier.event})` });
      continue;
    }
    labels.set(code, label);
  }
  return { labels, notes };
}

// ---------------------------------------------------------------- merge

export interface OntologyRow {
  code: CameoCode;
  name: string;
  goldstein: number;
  quadClass: QuadClass;
  plover: PloverLabel;
  /** Where the PLOVER label came from: `table`, `supplement`, or `parent NNN` (inherited). */
  ploverFrom: string;
  /** Where the Goldstein value came from: `scale` or `parent NNN`. */
  goldsteinFrom: string;
}

export interface Ontology {
  rows: OntologyRow[];
  notes: string[];
}

function inherit<T>(code: CameoCode, table: Map<CameoCode, T>): { value: T; from: CameoCode } | null {
  for (let c: CameoCode | null = code; c !== null; c = parentOf(c)) {
    const v = table.get(c);
    if (v !== undefined) return { value: v, from: c };
  }
  return null;
}

/**
 * Joins the codebook with its Goldstein values and PLOVER labels. Every codebook code gets both: its own
 * value where a source has one, otherwise its nearest parent's. PLOVER labels come from the 2021 table first,
 * then from `supplement` (dyad's own lines for the codes the table leaves out). A code no rule reaches is an
 * error: the build fails rather than write a partial ontology.
 */
export function mergeOntology(
  codebook: Codebook,
  goldstein: Map<CameoCode, number>,
  table: PloverTable,
  supplement: PloverTable,
): Ontology {
  const notes: string[] = [];
  const codes = [...codebook.names.keys()].sort();
  const known = new Set(codes);
  for (const code of goldstein.keys()) if (!known.has(code)) notes.push(`Goldstein scale: ${code} is not in the codebook, dropped`);
  for (const code of table.labels.keys()) if (!known.has(code)) notes.push(`CAMEO→PLOVER: ${code} is not in the codebook, dropped`);
  for (const code of supplement.labels.keys()) {
    if (!known.has(code)) throw new Error(`PLOVER supplement: ${code} is not in the codebook`);
    if (table.labels.has(code)) throw new Error(`PLOVER supplement: ${code} is already in the 2021 table`);
  }
  const merged = new Map<CameoCode, { label: PloverLabel; from: string }>();
  for (const [code, label] of table.labels) merged.set(code, { label, from: 'table' });
  for (const [code, label] of supplement.labels) merged.set(code, { label, from: 'supplement' });

  const rows: OntologyRow[] = [];
  const missingRoots = new Set<string>();
  for (const code of codes) {
    const root = rootOf(code);
    if (!codebook.names.has(root)) missingRoots.add(root);
    const g = inherit(code, goldstein);
    if (!g) throw new Error(`no Goldstein value for ${code} or any of its parents`);
    const p = inherit(code, merged);
    if (!p) throw new Error(`no PLOVER label for ${code} or any of its parents`);
    const ploverFrom = p.from === code ? p.value.from : `parent ${p.from}`;
    const goldsteinFrom = g.from === code ? 'scale' : `parent ${g.from}`;
    if (g.from !== code) notes.push(`Goldstein: ${code} inherits ${g.value} from ${g.from}`);
    rows.push({
      code,
      name: codebook.names.get(code) as string,
      goldstein: g.value,
      quadClass: quadClassOfRoot(root),
      plover: p.value.label,
      ploverFrom,
      goldsteinFrom,
    });
  }
  if (missingRoots.size) throw new Error(`codebook has codes under roots with no name: ${[...missingRoots].join(', ')}`);
  return { rows, notes };
}

// ---------------------------------------------------------------- writing the data files

/** A Goldstein value as the scale writes it: one decimal (`-10.0`, `3.4`). */
export function formatGoldstein(n: number): string {
  return n.toFixed(1);
}

function tsvCell(s: string): string {
  if (/[\t\r\n]/.test(s)) throw new Error(`tab or newline in a TSV cell: ${JSON.stringify(s)}`);
  return s;
}

function tsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(tsvCell).join('\t')).join('\n') + '\n';
}

/** data/ontology/cameo.tsv: `code name goldstein quad_class`, one code a line, codebook order. */
export function formatCameoTsv(rows: OntologyRow[]): string {
  return tsv(
    ['code', 'name', 'goldstein', 'quad_class'],
    rows.map((r) => [r.code, r.name, formatGoldstein(r.goldstein), String(r.quadClass)]),
  );
}

/** data/ontology/cameo2plover.tsv: `code event mode context from`; an empty cell is a null mode or context. */
export function formatPloverTsv(rows: OntologyRow[]): string {
  return tsv(
    ['code', 'event', 'mode', 'context', 'from'],
    rows.map((r) => [r.code, r.plover.event, r.plover.mode ?? '', r.plover.context ?? '', r.ploverFrom]),
  );
}
