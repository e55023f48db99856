// The one place that composes the time rules: which parsers read, and which refiners then clean up, in order.
import type { TimeParser, TimeRefiner } from './model.js';
import { ChronoParser } from './parsers/ChronoParser.js';
import { SeasonRelativeParser } from './parsers/SeasonRelativeParser.js';
import { SeasonOfYearParser } from './parsers/SeasonOfYearParser.js';
import { BareSeasonParser } from './parsers/BareSeasonParser.js';
import { RelativeMonthNameParser } from './parsers/RelativeMonthNameParser.js';
import { RelativeUnitParser } from './parsers/RelativeUnitParser.js';
import { EarlierLaterThisParser } from './parsers/EarlierLaterThisParser.js';
import { ThisMorningParser } from './parsers/ThisMorningParser.js';
import { UnitsAgoParser } from './parsers/UnitsAgoParser.js';
import { PastPeriodParser } from './parsers/PastPeriodParser.js';
import { VagueDurationParser } from './parsers/VagueDurationParser.js';
import { ComingPeriodParser } from './parsers/ComingPeriodParser.js';
import { DecadeParser } from './parsers/DecadeParser.js';
import { QuarterParser } from './parsers/QuarterParser.js';
import { QuarterCodeParser } from './parsers/QuarterCodeParser.js';
import { HalfYearParser } from './parsers/HalfYearParser.js';
import { YearRangeParser } from './parsers/YearRangeParser.js';
import { TheYearParser } from './parsers/TheYearParser.js';
import { PrepositionYearParser } from './parsers/PrepositionYearParser.js';
import { ModifierYearParser } from './parsers/ModifierYearParser.js';
import { DayOfMonthParser } from './parsers/DayOfMonthParser.js';
import { LeapDayParser } from './parsers/LeapDayParser.js';
import { CapitalisedNameFilter } from './refiners/CapitalisedNameFilter.js';
import { CasualWordFilter } from './refiners/CasualWordFilter.js';
import { AbbreviatedWeekdayFilter } from './refiners/AbbreviatedWeekdayFilter.js';
import { NamedWeekdayFilter } from './refiners/NamedWeekdayFilter.js';
import { AmbiguousSlashDateFilter } from './refiners/AmbiguousSlashDateFilter.js';
import { BareMonthContextFilter } from './refiners/BareMonthContextFilter.js';
import { TenseAwareYearRefiner } from './refiners/TenseAwareYearRefiner.js';
import { TenseAwareWeekdayRefiner } from './refiners/TenseAwareWeekdayRefiner.js';
import { UnresolvedDateFilter } from './refiners/UnresolvedDateFilter.js';
import { MonthOfRelativeYearRefiner } from './refiners/MonthOfRelativeYearRefiner.js';
import { OverlapRemovalRefiner } from './refiners/OverlapRemovalRefiner.js';
import { BetweenRangeRefiner } from './refiners/BetweenRangeRefiner.js';
import { FromToRangeRefiner } from './refiners/FromToRangeRefiner.js';
import { PartOfPeriodRefiner } from './refiners/PartOfPeriodRefiner.js';
import { SinceRefiner } from './refiners/SinceRefiner.js';

export interface TimeConfiguration {
  parsers: TimeParser[];
  refiners: TimeRefiner[];
}

/** The news configuration. On overlapping readings of equal length, the parser listed first wins. */
export function createConfiguration(): TimeConfiguration {
  return {
    parsers: [
      // Our own rules first: they read what chrono misses or misreads.
      new SeasonOfYearParser(),
      new SeasonRelativeParser(),
      new BareSeasonParser(),
      new RelativeMonthNameParser(),
      new RelativeUnitParser(),
      new EarlierLaterThisParser(),
      new ThisMorningParser(),
      new UnitsAgoParser(),
      new PastPeriodParser(),
      new VagueDurationParser(),
      new ComingPeriodParser(),
      new DecadeParser(),
      new QuarterParser(),
      new QuarterCodeParser(),
      new HalfYearParser(),
      new YearRangeParser(),
      new TheYearParser(),
      new PrepositionYearParser(),
      new ModifierYearParser(),
      new DayOfMonthParser(),
      new LeapDayParser(),
      // chrono: dates with month names, ISO and slashed dates, weekdays, yesterday/today/tomorrow.
      new ChronoParser(),
    ],
    refiners: [
      // chrono's readings that are no dates in news.
      new CapitalisedNameFilter(),
      new CasualWordFilter(),
      new AbbreviatedWeekdayFilter(),
      new NamedWeekdayFilter(),
      new AmbiguousSlashDateFilter(),
      new BareMonthContextFilter(),
      // The ambiguity policy: past unless the clause is future-tensed.
      new TenseAwareYearRefiner(),
      new TenseAwareWeekdayRefiner(),
      new UnresolvedDateFilter(),
      new MonthOfRelativeYearRefiner(),
      new OverlapRemovalRefiner(),
      // Readings joined or widened by the words around them.
      new BetweenRangeRefiner(),
      new FromToRangeRefiner(),
      new PartOfPeriodRefiner(),
      new SinceRefiner(),
      new OverlapRemovalRefiner(),
    ],
  };
}
