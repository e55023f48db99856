// Datelines: a line that is nothing but a date (and maybe a time), as aggregators and Wikinews print them.
//   `Jan 31, 2026 - 08:21`, `Friday, January 4, 2019`, `31 January 2026, 14:05 GMT`, `2026-01-31T08:21:00Z`
// Each is read to `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` (the time as printed; a zone, if any, is dropped).

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?';
const PREFIX = '(?:(?:published|posted|updated|last updated|date)\\s*:?\\s*)?';
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?<year>\\d{4})';
const TIME =
  '(?:\\s*(?:[-–—,|·•@]|\\bat\\b|T)?\\s*(?<hour>\\d{1,2})[:.](?<min>\\d{2})(?::(?<sec>\\d{2}))?(?:\\.\\d+)?' +
  '\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?' +
  // a zone after the time: `Z`, `+01:00`, `GMT`, `UTC+3`, `(EST)`; dropped, the time is kept as printed
  '(?:\\s*\\(?(?:z|(?:utc|gmt)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|' +
  '(?:[ecmpa][sd]t|bst|cet|cest|eet|eest|wet|west|msk|ist|jst|kst|hkt|sgt|aest|aedt|wib)\\b)\\)?)?)?';

const PATTERNS: RegExp[] = [
  // Jan 31, 2026 - 08:21 · Friday, January 4, 2019 · Sept. 3 2025 at 9:15 pm EST
  new RegExp(`^${PREFIX}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TIME}$`, 'i'),
  // 31 January 2026 · Saturday 31 Jan. 2026, 14:05 GMT
  new RegExp(`^${PREFIX}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}${TIME}$`, 'i'),
  // 2026-01-31 · 2026-01-31T08:21:00Z · 2026/01/31 08:21
  new RegExp(`^${PREFIX}${YEAR}(?<sep>[-/])(?<mnum>\\d{1,2})\\k<sep>${DAY}${TIME}$`, 'i'),
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a line that is only a date, with or without a time, into `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
 * Returns null for anything else, including impossible dates (`Feb 30, 2026`) and lines with other words.
 */
export function parseDateline(line: string): string | null {
  if (line.length > 200) return null; // no dateline is that long: spare the replace on a huge line
  const s = line.replace(/\s+/g, ' ').trim();
  if (s.length < 8 || s.length > 80) return null;
  for (const re of PATTERNS) {
    const g = re.exec(s)?.groups;
    if (!g) continue;
    const year = Number(g.year);
    const month = g.mon ? MONTHS[g.mon.toLowerCase()] : Number(g.mnum);
    const day = Number(g.day);
    if (year < 1800 || year > 2200 || !month || month > 12 || day < 1 || day > daysIn(year, month)) return null;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (g.hour === undefined) return date;
    let hour = Number(g.hour);
    const min = Number(g.min);
    const ampm = g.ampm?.toLowerCase().replace(/[^ap]/g, '');
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (hour > 23 || min > 59) return null;
    const sec = g.sec === undefined ? '' : Number(g.sec) > 59 ? null : `:${g.sec}`;
    if (sec === null) return null;
    return `${date}T${pad(hour)}:${pad(min)}${sec}`;
  }
  return null;
}
