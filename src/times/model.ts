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

/**
 * The quick tests of one flag set, answered together for a text: one scan with the union of the tests not yet
 * answered finds the first place where one holds; that test is answered and leaves the union, and the scan goes on
 * from that place. No pending test matches before it, so each answer is the one its own scan would give, for about
 * one scan of the text instead of one per test. A union is compiled once per set of pending tests.
 */
class QuickTests {
  private readonly tests: RegExp[] = [];
  private readonly index = new Map<string, number>();
  private readonly unions = new Map<number, { re: RegExp; group: number[]; test: number[] }>();
  private text: string | null = null;
  private answered = 0;
  private held = 0;

  constructor(private readonly flags: string) {}

  test(re: RegExp, text: string): boolean {
    let i = this.index.get(re.source);
    if (i === undefined) {
      if (this.tests.length === 30) return re.test(text); // beyond a bit mask: on its own
      this.index.set(re.source, (i = this.tests.length));
      this.tests.push(re);
    }
    if (text !== this.text) {
      this.text = text;
      this.answered = 0;
      this.held = 0;
    }
    if (!(this.answered & (1 << i))) this.answerPending(text);
    return (this.held & (1 << i)) !== 0;
  }

  private answerPending(text: string): void {
    const all = (1 << this.tests.length) - 1;
    let at = 0;
    while (this.answered !== all) {
      const union = this.unionOf(all & ~this.answered);
      union.re.lastIndex = at;
      const m = union.re.exec(text);
      if (!m) break;
      let k = 0;
      while (m[union.group[k]] === undefined) k++;
      const bit = 1 << union.test[k];
      this.answered |= bit;
      this.held |= bit;
      at = m.index;
    }
    this.answered = all;
  }

  private unionOf(pending: number): { re: RegExp; group: number[]; test: number[] } {
    let union = this.unions.get(pending);
    if (union) return union;
    const parts: string[] = [];
    const group: number[] = [];
    const test: number[] = [];
    let groups = 0;
    for (let i = 0; i < this.tests.length; i++) {
      if (!(pending & (1 << i))) continue;
      const source = this.tests[i].source;
      parts.push(`(${source})`);
      group.push(groups + 1);
      test.push(i);
      groups += new RegExp(`${source}|`).exec('')!.length; // its own groups and the one around it
    }
    union = { re: new RegExp(parts.join('|'), this.flags.replace('g', '') + 'g'), group, test };
    this.unions.set(pending, union);
    return union;
  }
}

const quickTests = new Map<string, QuickTests>();

function quickTest(re: RegExp, text: string): boolean {
  let tests = quickTests.get(re.flags);
  if (!tests) quickTests.set(re.flags, (tests = new QuickTests(re.flags)));
  return tests.test(re, text);
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
