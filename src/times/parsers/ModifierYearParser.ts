// `the 2022 invasion`, `Moscow's 2022 invasion`, `a 2015 deal`: a year modifying a noun, after a determiner or a
// possessive. A number before a counted noun (`the 2000 troops`) is a quantity, not a year.
import { yearInterval } from '../calendar.js';
import { PatternParser, type ParsedTime, type TimeContext } from '../model.js';
import { MODIFIER_DETERMINER, QUANTITY_NOUNS, YEAR } from '../words.js';

const NOT_A_NOUN = new Set(['AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT']);

export class ModifierYearParser extends PatternParser {
  readonly name = 'ModifierYearParser';
  protected override readonly yearFirst = true;
  protected readonly pattern = new RegExp(
    // Year first (the lookahead lets the engine skip to digits), its determiner in a lookbehind.
    String.raw`(?=[12])(?<=${MODIFIER_DETERMINER}\s+)(${YEAR})\s+([A-Za-z][\w’'-]*)`,
    'gdi',
  );

  protected extract(m: RegExpExecArray, ctx: TimeContext): ParsedTime | null {
    const next = m[2].toLowerCase();
    if (QUANTITY_NOUNS.has(next)) return null;
    const nextStart = m.indices![2][0];
    const pos = ctx.posAt(nextStart);
    if (pos && NOT_A_NOUN.has(pos)) return null;
    return this.result(m, yearInterval(Number(m[1])), {}, m.indices![1] as [number, number]);
  }
}
