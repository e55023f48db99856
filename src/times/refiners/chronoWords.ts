// Month and weekday words as chrono reads them, for the filters that second-guess it.

/** Month and weekday names and their abbreviations, lower-case. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

export const WEEKDAY_ONLY = 'ENWeekdayParser';
export const MONTH_ONLY = 'ENMonthNameParser';

/** The word right before `offset` (lower-cased, possessive and punctuation stripped), or '' at the start. */
export function wordBefore(text: string, offset: number): string {
  const m = /([A-Za-z’'-]+)[\s,]*$/.exec(text.slice(Math.max(0, offset - 40), offset));
  return m ? m[1] : '';
}
