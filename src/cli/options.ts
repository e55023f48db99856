// Options shared by several commands, parsed and checked in one place.
import { InvalidArgumentError } from 'commander';

/** `--published YYYY-MM-DD`: a real calendar date. */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

/** `--since 2025`, `--until 2025-06`, `--since 2025-01-01`. */
export function parseDateBound(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got '${value}'`);
  return value;
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got '${value}'`);
  return n;
}

export const DEFAULT_DB = 'dyad.db';
