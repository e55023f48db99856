// `between 2019 and 2021`, `from 2015 to 2019`, `during 2019-2021`, `2022–23`: a span of whole years.
import { iso } from '../calendar.js';
import { PatternParser, type ParsedTime } from '../model.js';
import { YEAR } from '../words.js';

export class YearRangeParser extends PatternParser {
  readonly name = 'YearRangeParser';
  protected override readonly yearFirst = true;
  protected readonly pattern = new RegExp(
    // Year first (the lookahead lets the engine skip to digits), `from`/`between`/`in` in a lookbehind.
    String.raw`(?=[12])(?<=(?:\b(from|between|in|during|throughout|over)\s+)?)(${YEAR})(?:\s*(-|–|—)\s*|\s+(to|and|until|till|through)\s+)((?:19|20)\d\d|\d\d)\b(?![\d.,/-]\d|%)`,
    'gdi',
  );

  protected extract(m: RegExpExecArray): ParsedTime | null {
    const [, intro, first, , word, second] = m;
    if (word?.toLowerCase() === 'and' && intro?.toLowerCase() !== 'between') return null;
    if (word && second.length === 2) return null; // `2019 to 21`: not a way years are written
    const from = Number(first);
    const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
    if (to <= from || to - from > 100) return null;
    const start = intro ? m.indices![1][0] : m.index;
    return this.result(m, { start: iso(from, 1, 1), end: iso(to, 12, 31), precision: 'range' }, {}, [start, m.index + m[0].length]);
  }
}
