// The CAMEO → PLOVER 2021 map (data/ontology/cameo2plover.tsv). Loaded once, on first use.
import { readFileSync } from 'node:fs';
import type { CameoCode, PloverLabel } from '../../types.js';
import { isCameoCodeShape } from './codes.js';
import { ONTOLOGY_DIR } from './cameo.js';
import { readTsv } from './tsv.js';

/** The event of CAMEO codes PLOVER has no type for (root 01, MAKE PUBLIC STATEMENT). */
export const PLOVER_NONE = 'NONE';

export const PLOVER_COLUMNS = ['code', 'event', 'mode', 'context', 'from'] as const;

/** Parses cameo2plover.tsv; an empty mode or context cell is null. */
export function parsePloverTsv(text: string, what = 'cameo2plover.tsv'): Map<CameoCode, PloverLabel> {
  const labels = new Map<CameoCode, PloverLabel>();
  for (const [i, r] of readTsv(text, PLOVER_COLUMNS, what).entries()) {
    const at = `${what} line ${i + 2}`;
    if (!isCameoCodeShape(r.code)) throw new Error(`${at}: not a CAMEO code: ${JSON.stringify(r.code)}`);
    if (labels.has(r.code)) throw new Error(`${at}: ${r.code} listed twice`);
    if (!/^[A-Z][A-Z_]*$/.test(r.event)) throw new Error(`${at}: bad PLOVER event ${JSON.stringify(r.event)}`);
    labels.set(r.code, Object.freeze({ event: r.event, mode: r.mode || null, context: r.context || null }));
  }
  return labels;
}

let map: Map<CameoCode, PloverLabel> | null = null;

function loadMap(): Map<CameoCode, PloverLabel> {
  if (!map) {
    const url = new URL('cameo2plover.tsv', ONTOLOGY_DIR);
    let text: string;
    try {
      text = readFileSync(url, 'utf8');
    } catch (e) {
      throw new Error(`cannot read the CAMEO→PLOVER map ${url.pathname}: ${(e as Error).message}`);
    }
    map = parsePloverTsv(text, url.pathname);
  }
  return map;
}

/**
 * The PLOVER 2021 label of a CAMEO code (event, mode, context). The returned object is frozen and shared:
 * copy it before changing it. Throws on a code the map does not have.
 */
export function ploverFor(code: CameoCode): PloverLabel {
  const label = loadMap().get(code);
  if (!label) throw new Error(`unknown CAMEO code ${JSON.stringify(code)} (not in data/ontology/cameo2plover.tsv)`);
  return label;
}

/** False for codes PLOVER has no event type for (event `NONE`: CAMEO 01, public statements). */
export function hasPloverEvent(code: CameoCode): boolean {
  return ploverFor(code).event !== PLOVER_NONE;
}
