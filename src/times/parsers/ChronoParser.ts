// chrono-node for the standard cases: `January 16`, `5 March 2024`, `Dec. 27 – Jan. 1`, `2024-03-05`, `Monday`,
// `yesterday`. One chrono instance, configured once with only the parsers whose readings we keep, and run only on
// a window around each trigger word (a month, a weekday, `yesterday`…, an ISO or slashed date) in its sentence.
import * as chrono from 'chrono-node';
import type { DateParts, ParsedTime, TimeContext, TimeParser } from '../model.js';
import { intervalOfParts } from '../resolve.js';

/**
 * chrono's parsers we keep. Left out: clock times, `in 5 minutes`, `+2 days`, `last week`/`next month` (our own
 * rules give them their calendar unit as precision), and `the end of the month` (ours, too).
 */
const KEPT_PARSERS = new Set([
  'ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser', 'ENWeekdayParser',
  'ENCasualDateParser',
]);

/** Tags each result with the chrono parser that read it: provenance for `TimeExpression.rule`. */
class TaggedParser implements chrono.Parser {
  constructor(private readonly inner: chrono.Parser, private readonly tag: string) {}
  pattern(context: chrono.ParsingContext): RegExp {
    return this.inner.pattern(context);
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray): ReturnType<chrono.Parser['extract']> {
    const r = this.inner.extract(context, match);
    if (r instanceof chrono.ParsingResult) r.start.addTag(this.tag);
    else if (r instanceof chrono.ParsingComponents) r.addTag(this.tag);
    return r;
  }
}

/** Kept parsers whose every reading holds a digit (a numeric year or date): no use on a window without one. */
const DIGIT_PARSERS = new Set(['ISOFormatParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ENYearMonthNameParser']);

/**
 * chrono's refiners that never change what the kept parsers read, left out as work thrown away: the relative-date
 * mergers need `+3 days`-like readings or ones ending in `before`/`after`, the date-time merger a reading with a
 * time and no date, and the forward-date refiner the `forwardDate` option.
 */
const IDLE_REFINERS = new Set([
  'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ENMergeDateTimeRefiner', 'ForwardDateRefiner',
]);

function newsChrono(withDigitParsers: boolean): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration();
  config.parsers = config.parsers
    .filter((p) => KEPT_PARSERS.has(p.constructor.name) && (withDigitParsers || !DIGIT_PARSERS.has(p.constructor.name)))
    .map((p) => new TaggedParser(p, `parser/${p.constructor.name}`));
  // chrono keeps `May` only after `in`; our CapitalisedNameFilter and BareMonthContextFilter decide instead
  // (`for May`, `since May`, `May's vote`).
  config.refiners = config.refiners.filter((r) => r.constructor.name !== 'ENUnlikelyFormatFilter' && !IDLE_REFINERS.has(r.constructor.name));
  return new chrono.Chrono(config);
}

let instance: chrono.Chrono | null = null;
let wordsInstance: chrono.Chrono | null = null;
/** The one configured chrono instance, made on first use. */
export function chronoInstance(): chrono.Chrono {
  return (instance ??= newsChrono(true));
}
/** The same without the parsers of numeric dates: for a window with no digit, where they read nothing. */
function wordsChronoInstance(): chrono.Chrono {
  return (wordsInstance ??= newsChrono(false));
}

/**
 * The prefilter: chrono reads only around one of these. Month and weekday names must be
 * capitalised (`may`, `march`, `sun` are words); digits alone are left to our own year rules.
 */
export const CHRONO_TRIGGER = new RegExp(
  String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b` +
    String.raw`|\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b` +
    String.raw`|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b` +
    String.raw`|\b(?:[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Ll]ast night)\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  'g',
);

/** How far around a trigger chrono reads (characters, widened to whole words; never beyond the sentence). */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 36;

/**
 * The stretches of text chrono reads: a window around each trigger word, inside its sentence, merged where they
 * touch (`Between December 27 and January 1` is one window). Far cheaper than whole sentences, with the same
 * readings: every chrono pattern we keep fits in the window around its month, weekday or casual word.
 */
export function triggerWindows(ctx: TimeContext): Array<[number, number]> {
  const text = ctx.text;
  const windows: Array<[number, number]> = [];
  CHRONO_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHRONO_TRIGGER.exec(text))) {
    const [sa, sb] = ctx.sentenceAt(m.index);
    let a = Math.max(sa, m.index - WINDOW_BEFORE);
    let b = Math.min(sb, m.index + m[0].length + WINDOW_AFTER);
    while (a > sa && !/\s/.test(text[a - 1])) a--;
    while (b < sb && !/\s/.test(text[b])) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  return windows;
}

function partsOf(c: chrono.ParsingComponents, text: string): DateParts {
  const known = (k: chrono.Component): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const p: DateParts = { year: known('year'), month: known('month'), day: known('day') };
  if (p.day === undefined && c.isCertain('weekday')) {
    p.weekday = c.get('weekday') ?? undefined;
    const t = text.toLowerCase();
    if (/\b(?:last|past)\s+week\b/.test(t)) p.weekdayShift = 'last-week';
    else if (/\bnext\s+week\b/.test(t)) p.weekdayShift = 'next-week';
    else if (/\b(?:last|past)\s+\w+day\b/.test(t)) p.weekdayShift = 'last';
    else if (/\bnext\s+\w+day\b/.test(t)) p.weekdayShift = 'next';
    else if (/\bthis\s+\w+day\b/.test(t)) p.weekdayShift = 'this';
    else p.weekdayShift = null;
  }
  return p;
}

function isDateLike(p: DateParts): boolean {
  return p.month !== undefined || p.weekday !== undefined;
}

export class ChronoParser implements TimeParser {
  readonly name = 'chrono';

  parse(ctx: TimeContext): ParsedTime[] {
    const out: ParsedTime[] = [];
    const ref = new Date(ctx.anchorYmd.y, ctx.anchorYmd.m - 1, ctx.anchorYmd.d, 12);
    for (const [a, b] of triggerWindows(ctx)) {
      const window = ctx.text.slice(a, b);
      const c = /\d/.test(window) ? chronoInstance() : wordsChronoInstance();
      for (const r of c.parse(window, ref)) {
        const t = this.convert(r, a);
        if (t) out.push(t);
      }
    }
    return out;
  }

  private convert(r: chrono.ParsedResult, base: number): ParsedTime | null {
    const start = partsOf(r.start as chrono.ParsingComponents, r.text);
    if (!isDateLike(start) && start.day === undefined) return null; // a clock time with no date
    const end = r.end ? partsOf(r.end as chrono.ParsingComponents, r.text) : undefined;
    const tag = [...r.start.tags()].find((x) => x.startsWith('parser/'))?.slice(7);
    // chrono keeps a trailing comma or bracket (`Wednesday,`): the expression ends at its last word.
    const text = r.text.replace(/[\s,.;:()（）]+$/, '');
    const t: ParsedTime = {
      start: '', end: '', precision: end ? 'range' : 'day',
      charStart: base + r.index, charEnd: base + r.index + text.length,
      rule: tag ? `chrono:${tag}` : 'chrono', chronoParser: tag ?? 'chrono',
    };
    const s = intervalOfParts(start);
    const e = end ? intervalOfParts(end) : null;
    if (s && (!end || e)) {
      // Every part known: settle it now.
      t.start = s.start;
      t.end = e ? e.end : s.end;
      t.precision = e ? 'range' : s.precision;
    } else {
      t.parts = { start, end };
    }
    return t;
  }
}
