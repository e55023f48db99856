// `the year 2000`, `year 2019`: a year named as such.
import { yearInterval } from '../calendar.js';
import { PatternParser, type ParsedTime } from '../model.js';
import { YEAR } from '../words.js';

export class TheYearParser extends PatternParser {
  readonly name = 'TheYearParser';
  protected override readonly quick = /\byear\s+[12]/i;
  protected readonly pattern = new RegExp(String.raw`\b(?:the\s+)?year\s+(${YEAR})\b`, 'gi');

  protected extract(m: RegExpExecArray): ParsedTime | null {
    return this.result(m, yearInterval(Number(m[1])));
  }
}
