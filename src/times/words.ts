// Word lists and regex fragments shared by the time rules.

/** A four-digit year 1900–2100 standing alone: not inside a longer number, a decimal, a price or a quantity. */
export const YEAR = String.raw`(?<![\d$€£¥.,/]|\d-)(?:19\d\d|20\d\d|2100)(?![\d]|[.,/:]\d|%|s\b|-\d\d-)`;

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Full month names, capitalised as they are in running text. */
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

export const UNIT_WORD = String.raw`(?:days?|weeks?|months?|years?|decades?)`;

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, 'a couple of': 2, couple: 2,
  'a few': 3, few: 3, several: 5, 'a couple': 2,
};

/** A count written in words or digits: `two`, `12`, `a few`, `several`. */
export const COUNT = String.raw`(?:\d{1,3}|a couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)`;

/** Counts that are vague (`a few`, `several`): the interval they give is a window, not a unit. */
export function isVagueCount(word: string): boolean {
  return /few|several|couple/i.test(word);
}

export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL_NUMBERS[w] ?? null;
}

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

export function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/, '') as Unit;
}

/**
 * Nouns that make a preceding number a quantity (`2000 troops`, `in 2022 cases`), not a year. A year can modify a
 * noun (`the 2022 invasion`), but these nouns count things.
 */
export const QUANTITY_NOUNS = new Set([
  'people', 'persons', 'person', 'troops', 'soldiers', 'men', 'women', 'children', 'civilians', 'refugees',
  'migrants', 'residents', 'citizens', 'workers', 'members', 'students', 'protesters', 'protestors', 'deaths',
  'dead', 'casualties', 'victims', 'cases', 'votes', 'voters', 'seats', 'homes', 'houses', 'buildings', 'families',
  'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'yuan', 'yen', 'rupees', 'shekels', 'tonnes', 'tons',
  'barrels', 'litres', 'liters', 'gallons', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet',
  'hectares', 'acres', 'square', 'units', 'times', 'points', 'years', 'days', 'hours', 'minutes', 'weeks',
  'months', 'rockets', 'missiles', 'drones', 'shells', 'tanks', 'vehicles', 'aircraft', 'planes', 'jets',
  'ships', 'weapons', 'rounds', 'prisoners', 'detainees', 'hostages', 'arrests', 'officers', 'police',
  'fighters', 'militants', 'rebels', 'staff', 'employees', 'jobs', 'patients', 'beds', 'doses', 'flights',
  'passengers', 'participants', 'signatures', 'words', 'pages', 'copies', 'sites', 'villages', 'strikes',
  'attacks', 'per', 'percent', 'million', 'billion', 'thousand', 'hundred', 'mw', 'kg', 'kilograms', 'mph',
]);

/** Words that can stand right before a year used as a noun modifier: `the 2022 invasion`, `Moscow's 2022 war`. */
export const MODIFIER_DETERMINER = String.raw`(?:\b(?:the|a|an|this|that|its|his|her|their|our|your|whose)|(?<=\w)(?:[’']s|s[’']))`;

/** Prepositions (and part-words) after which a four-digit number is a year: `in 2023`, `since 2015`, `mid-2023`. */
export const YEAR_PREPOSITION = String.raw`(?:in|during|since|by|until|till|through|throughout|before|after|from|of|around|circa|as of|early|mid|late)`;

/** Prepositions that belong in the text of a year expression (`in 2023`, `since 2015`); part-words do not. */
export const SPAN_PREPOSITIONS = new Set([
  'in', 'during', 'since', 'by', 'until', 'till', 'through', 'throughout', 'before', 'after', 'from', 'around',
  'circa', 'as of',
]);
