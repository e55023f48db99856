// The year that closes a phrase like `the first quarter of …`: a four-digit year, `this/last/next year`, `the year`.
import { YEAR } from '../words.js';

/** Matches `2025`, `this year`, `last year`, `next year`, `the year` (group 1: the digits; group 2: the modifier). */
export const YEAR_REFERENCE = String.raw`(?:(${YEAR})|(this|last|next|the)\s+year)`;

/** The year a YEAR_REFERENCE names, or null when it names none (`the year`: left to the tense). */
export function yearOfReference(digits: string | undefined, modifier: string | undefined, anchorYear: number): number | null {
  if (digits) return Number(digits);
  switch (modifier?.toLowerCase()) {
    case 'this':
      return anchorYear;
    case 'last':
      return anchorYear - 1;
    case 'next':
      return anchorYear + 1;
    default:
      return null;
  }
}
