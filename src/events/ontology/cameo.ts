// The CAMEO codebook (data/ontology/cameo.tsv): names, Goldstein values, quad classes. Loaded once, on first use.
import { readFileSync } from 'node:fs';
import type { CameoCode, QuadClass } from '../../types.js';
import { isCameoCodeShape, quadClassOfRoot, rootOf } from './codes.js';
import { readTsv } from './tsv.js';

export interface CameoEntry {
  code: CameoCode;
  name: string;
  /** Goldstein conflict–cooperation weight, −10 … +10. */
  goldstein: number;
  quadClass: QuadClass;
  /** The two-digit root. */
  root: string;
}

/** data/ontology/ at the repo root; from dist/src/events/ontology/ that is four levels up. */
export const ONTOLOGY_DIR = new URL('../../../../data/ontology/', import.meta.url);

export const CAMEO_COLUMNS = ['code', 'name', 'goldstein', 'quad_class'] as const;

/** Parses cameo.tsv. Checks every row: code shape, a finite Goldstein value in range, the quad class of its root. */
export function parseCameoTsv(text: string, what = 'cameo.tsv'): Map<CameoCode, CameoEntry> {
  const entries = new Map<CameoCode, CameoEntry>();
  for (const [i, r] of readTsv(text, CAMEO_COLUMNS, what).entries()) {
    const at = `${what} line ${i + 2}`;
    if (!isCameoCodeShape(r.code)) throw new Error(`${at}: not a CAMEO code: ${JSON.stringify(r.code)}`);
    if (entries.has(r.code)) throw new Error(`${at}: ${r.code} listed twice`);
    const goldstein = Number(r.goldstein);
    if (r.goldstein === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new Error(`${at}: bad Goldstein value ${JSON.stringify(r.goldstein)}`);
    }
    const root = rootOf(r.code);
    const quadClass = quadClassOfRoot(root);
    if (String(quadClass) !== r.quad_class) {
      throw new Error(`${at}: quad class ${r.quad_class} for ${r.code}, expected ${quadClass}`);
    }
    entries.set(r.code, Object.freeze({ code: r.code, name: r.name, goldstein, quadClass, root }));
  }
  for (const code of entries.keys()) {
    if (!entries.has(rootOf(code))) throw new Error(`${what}: ${code} has no root entry ${rootOf(code)}`);
  }
  return entries;
}

let codebook: Map<CameoCode, CameoEntry> | null = null;

function loadCodebook(): Map<CameoCode, CameoEntry> {
  if (!codebook) {
    const url = new URL('cameo.tsv', ONTOLOGY_DIR);
    let text: string;
    try {
      text = readFileSync(url, 'utf8');
    } catch (e) {
      throw new Error(`cannot read the CAMEO codebook ${url.pathname}: ${(e as Error).message}`);
    }
    codebook = parseCameoTsv(text, url.pathname);
  }
  return codebook;
}

/** True when `code` is in the CAMEO codebook. */
export function isCameoCode(code: string): code is CameoCode {
  return loadCodebook().has(code);
}

/** The codebook entry of a CAMEO code (frozen, shared); throws on a code the codebook does not have. */
export function cameoEntry(code: CameoCode): CameoEntry {
  const e = loadCodebook().get(code);
  if (!e) throw new Error(`unknown CAMEO code ${JSON.stringify(code)} (not in data/ontology/cameo.tsv)`);
  return e;
}

/** Every code in the codebook, in codebook order (roots first within their family: `01`, `010`, …, `20`, …). */
export function allCameoCodes(): CameoCode[] {
  return [...loadCodebook().keys()];
}
