// `in 2023`, `since 2015`, `during 1999`, `mid-2023`, `the end of 2024`: a four-digit year after a preposition (or a
// part-word, which PartOfPeriodRefiner reads). Not a quantity: `in 2000 cases`, `of 2022 troops`.
import { yearInterval } from '../calendar.js';
import { PatternParser, type ParsedTime } from '../model.js';
import { QUANTITY_NOUNS, SPAN_PREPOSITIONS, YEAR, YEAR_PREPOSITION } from '../words.js';

export class PrepositionYearParser extends PatternParser {
  readonly name = 'PrepositionYearParser';
  protected override readonly yearFirst = true;
  protected readonly pattern = new RegExp(
    // Year first (the lookahead lets the engine skip to digits), its preposition in a lookbehind.
    String.raw`(?=[12])(?<=\b(${YEAR_PREPOSITION})(?:\s+|-)(?:the\s+year\s+)?)(${YEAR})\b(?!\s*[-–—]\s*\d)(?:\s+([A-Za-z]+))?`,
    'gdi',
  );

  protected extract(m: RegExpExecArray): ParsedTime | null {
    const next = m[3]?.toLowerCase();
    if (next && QUANTITY_NOUNS.has(next)) return null;
    const prep = m[1].toLowerCase().replace(/\s+/g, ' ');
    const yearSpan = m.indices![2];
    const start = SPAN_PREPOSITIONS.has(prep) ? m.indices![1][0] : yearSpan[0];
    return this.result(m, yearInterval(Number(m[2])), {}, [start, yearSpan[1]]);
  }
}
