// `the summer of 2024`, `spring 2023`, `the winter of 2022-23`: a season of a named year. Winter `Y` is the one
// that begins in December `Y` (`the winter of 2022` = Dec 2022 – Feb 2023), as is `the winter of 2022-23`.
import { seasonInterval, seasonName } from '../calendar.js';
import { PatternParser, type ParsedTime } from '../model.js';
import { YEAR } from '../words.js';

export class SeasonOfYearParser extends PatternParser {
  readonly name = 'SeasonOfYearParser';
  protected override readonly quick = /spring|summer|autumn|fall|winter/i;
  protected readonly pattern = new RegExp(
    String.raw`\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(${YEAR})(?:\s*[-–/]\s*(\d\d(?:\d\d)?)\b)?`,
    'gi',
  );

  protected extract(m: RegExpExecArray): ParsedTime | null {
    const season = seasonName(m[1]);
    const y = Number(m[2]);
    if (m[3]) {
      // `2022-23`: only a winter spans two years, and the second year must follow the first.
      const second = m[3].length === 2 ? Math.floor(y / 100) * 100 + Number(m[3]) : Number(m[3]);
      if (season !== 'winter' || second !== y + 1) return null;
    }
    return this.result(m, seasonInterval(season, y));
  }
}
