// CAMEO code arithmetic: roots, parents, quad classes. No data here, only the shape of the code system.
import type { CameoCode, QuadClass } from '../../types.js';

const CODE = /^\d{2,4}$/;

/** True when `code` has the shape of a CAMEO event code (two to four digits); says nothing of the codebook. */
export function isCameoCodeShape(code: string): boolean {
  return CODE.test(code);
}

/** The two-digit root (cue category) of a code: `0874` → `08`. */
export function rootOf(code: CameoCode): string {
  return code.slice(0, 2);
}

/** The code one level up (`0874` → `087`, `087` → `08`), or null for a root. */
export function parentOf(code: CameoCode): CameoCode | null {
  return code.length > 2 ? code.slice(0, code.length - 1) : null;
}

/**
 * GDELT's quad class of a CAMEO root: 01–04 verbal cooperation (1), 05–08 material cooperation (2),
 * 09–13 verbal conflict (3), 14–20 material conflict (4).
 */
export function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (!/^\d{2}$/.test(root) || n < 1 || n > 20) throw new Error(`not a CAMEO root: ${JSON.stringify(root)}`);
  if (n <= 4) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

/** Orders codes as the codebook does: by digits, a parent before its children (`01`, `010`, `011`, `0111`, `02`). */
export function compareCodes(a: CameoCode, b: CameoCode): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
