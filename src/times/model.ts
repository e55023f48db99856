// The shapes shared by the time rules: what a parser reads, what a refiner rewrites, the context both see.
import type { IsoDate, Precision, TimeInterval } from '../types.js';
import type { Ymd } from './calendar.js';

/** The tense that decides which way a date without a year (or a bare weekday) resolves. */
export type Tense = 'past' | 'future';

/** What a reader knew of one end of a date before the year or the week was settled. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, for a weekday with no date (`on Tuesday`, `last Friday`). */
  weekday?: number;
  /** `last Friday`, `next Friday`, `Friday last week`… as written. */
  weekdayShift?: 'last' | 'next' | 'this' | 'last-week' | 'next-week' | null;
}

/** A time expression as the rules pass it around: a TimeExpression under construction. */
export interface ParsedTime extends TimeInterval {
  charStart: number;
  charEnd: number;
  rule: string;
  open?: boolean;
  /** Set while the year (or day) is not yet settled: the refiners resolve these, then clear them. */
  parts?: { start: DateParts; end?: DateParts };
  /** The chrono parser that read it (`ENMonthNameParser`…), when it came from chrono. */
  chronoParser?: string;
  /** The year was not written but chosen by the tense policy (a range refiner may move it). */
  yearInferred?: boolean;
}

/** What every rule may consult. Built once per document. */
export interface TimeContext {
  text: string;
  /** The publication date (or fallback) that relative expressions resolve against. */
  anchor: IsoDate;
  anchorYmd: Ymd;
  /** Past unless the clause holding `offset` is future-tensed. */
  tenseAt(offset: number): Tense;
  /** Character span of the sentence holding `offset` (the whole text when unknown). */
  sentenceAt(offset: number): [number, number];
  /** Part of speech of the word starting at or covering `offset`, when the document is annotated. */
  posAt(offset: number): string | undefined;
}

/** A parser reads one pattern anywhere in the text. */
export interface TimeParser {
  readonly name: string;
  parse(ctx: TimeContext): ParsedTime[];
}

/** A refiner rewrites, joins or drops what the parsers found. */
export interface TimeRefiner {
  readonly name: string;
  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[];
}

/** The last text each quick test ran on, and its answer: parsers sharing a test (`spring|summer|…`) scan once. */
const quickMemo = new Map<string, { text: string; ok: boolean }>();

function quickTest(re: RegExp, text: string): boolean {
  const key = re.source + re.flags;
  const hit = quickMemo.get(key);
  if (hit && hit.text === text) return hit.ok;
  const ok = re.test(text);
  quickMemo.set(key, { text, ok });
  return ok;
}

/**
 * Where a four-digit year (words.ts `YEAR`) can begin: `19dd`, `20dd` or `2100` not after a digit. A plain scan, far
 * cheaper than a pattern with lookbehinds tried at every digit. Scanned matches cannot overlap a missed start: inside
 * a match every position follows a digit.
 */
const YEAR_START = /(?<!\d)(?:19\d\d|20\d\d|2100)/g;
/** The last text scanned for year starts, and the starts: the year-first parsers share one scan. */
let yearStartsMemo: { text: string; starts: number[] } = { text: '', starts: [] };

function yearStarts(text: string): number[] {
  if (yearStartsMemo.text === text) return yearStartsMemo.starts;
  const starts: number[] = [];
  YEAR_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_START.exec(text))) starts.push(m.index);
  yearStartsMemo = { text, starts };
  return starts;
}

/** A parser built on one precompiled global regex: subclasses say what a match means. */
export abstract class PatternParser implements TimeParser {
  abstract readonly name: string;
  protected abstract readonly pattern: RegExp;
  /** A cheap test the whole text must pass before the pattern runs: a word no match can do without. */
  protected readonly quick: RegExp | null = null;
  /**
   * Every match begins with a `YEAR` (context only in lookbehinds): the pattern is tried, anchored, at the year
   * starts alone — the same matches a scan of the whole text finds, without trying the lookbehinds at every digit.
   */
  protected readonly yearFirst: boolean = false;
  private sticky: RegExp | null = null;

  parse(ctx: TimeContext): ParsedTime[] {
    if (this.quick && !quickTest(this.quick, ctx.text)) return [];
    if (this.yearFirst) return this.parseAtYears(ctx);
    const out: ParsedTime[] = [];
    const re = this.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text))) {
      const t = this.extract(m, ctx);
      if (t) out.push(t);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  private parseAtYears(ctx: TimeContext): ParsedTime[] {
    const out: ParsedTime[] = [];
    const re = (this.sticky ??= new RegExp(this.pattern.source, this.pattern.flags.replace('g', '') + 'y'));
    let next = 0; // as a global scan: no match starts inside the previous one
    for (const at of yearStarts(ctx.text)) {
      if (at < next) continue;
      re.lastIndex = at;
      const m = re.exec(ctx.text);
      if (!m) continue;
      next = at + m[0].length;
      const t = this.extract(m, ctx);
      if (t) out.push(t);
    }
    return out;
  }

  protected abstract extract(match: RegExpExecArray, ctx: TimeContext): ParsedTime | null;

  /** A result spanning `match` (or its group `group`, when the span must leave words out). */
  protected result(
    match: RegExpExecArray,
    interval: TimeInterval | null,
    extra: Partial<ParsedTime> = {},
    span?: [number, number],
  ): ParsedTime | null {
    if (!interval || interval.start > interval.end) return null;
    const [charStart, charEnd] = span ?? [match.index, match.index + match[0].length];
    return { ...interval, charStart, charEnd, rule: this.name, ...extra };
  }
}

/** Precisions that stand for a single point or unit of time (what a narrative can be "at"). */
export const POINT_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>([
  'day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'range',
]);
