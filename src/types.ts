// The document that flows through the pipeline. Each stage adds one layer and never rewrites an earlier one:
//   read → Article; annotate → Doc (sentences, tokens); actors → mentions; times → times; events → events.
// Character offsets (`start`, `end`) always index `Doc.text`, end exclusive.

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A CAMEO event code: two to four digits, e.g. `"13"`, `"057"`, `"0874"`. */
export type CameoCode = string;

/** A CAMEO-style actor code: a country or IGO code followed by agent codes, e.g. `RUSGOV`, `IRNMIL`, `IGOUNO`. */
export type ActorCode = string;

// ---------------------------------------------------------------- read

export interface Article {
  id: string;
  title?: string;
  /** The sub-headline under the title, if any. Not coded. */
  dek?: string;
  /** Publication date-time as read (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`). */
  published?: string;
  /** Publisher, e.g. `Daily Telegraph`. */
  source?: string;
  url?: string;
  /** Body paragraphs: the only text that is coded. */
  paragraphs: string[];
  /** Image caption(s), kept out of coding. */
  caption?: string;
  /** Where it was read from (file path, `file:line` for JSONL). */
  origin?: string;
}

// ---------------------------------------------------------------- annotate

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Index in `Doc.tokens`. */
  i: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  pos: Pos;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Index of the paragraph in `Article.paragraphs`. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** First token (inclusive) and last token (exclusive) in `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

// ---------------------------------------------------------------- actors

export type ActorKind = 'country' | 'person' | 'igo' | 'group' | 'agent';

export interface Actor {
  /** CAMEO-style code as of the article's date: `RUSGOV`, `USAELI`, `IRNOPP`, `ISR`, `IGOUNO`. */
  code: ActorCode;
  /** ISO 3166-1 alpha-3 country, `IGO` for international organisations, null when unknown. */
  country: string | null;
  /** Canonical name where known (`Vladimir Putin`, `Russia`, `United Nations`). */
  name?: string;
  kind: ActorKind;
  /** Stable id of the dictionary entry (a person, a country, an organisation), for coreference. */
  entity?: string;
}

/** How a mention was recognised: straight from the dictionary, or resolved from context. */
export type MentionVia =
  | 'name' | 'demonym' | 'metonym' | 'place' | 'agent' | 'pronoun' | 'surname' | 'role';

export interface Mention {
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
  text: string;
  actor: Actor;
  via: MentionVia;
  /** True when the mention modifies a noun (`Iranian help`, `Russia's MFA`) rather than standing as one. */
  modifier: boolean;
}

// ---------------------------------------------------------------- times

export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'range' | 'window';

export interface TimeInterval {
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
}

export interface TimeExpression extends TimeInterval {
  text: string;
  /** Offsets in `Doc.text`. */
  charStart: number;
  charEnd: number;
  /** Name of the rule that read it (`chrono`, `SeasonRelativeParser`, …): provenance. */
  rule: string;
  /** `since 2015`, `for years`: the interval runs from the expression up to the anchor date. */
  open?: boolean;
}

// ---------------------------------------------------------------- events

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future';

export type QuadClass = 1 | 2 | 3 | 4; // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict

export interface PloverLabel {
  event: string;
  mode: string | null;
  context: string | null;
}

export interface EventActor {
  code: ActorCode;
  country: string | null;
  /** The words in the sentence that named it. */
  text: string;
}

export interface EventDate {
  start: IsoDate;
  end: IsoDate;
  precision: Precision;
  /** The time expression it came from; empty when it is the publication window. */
  text: string;
  /** How the date was chosen: `clause`, `paragraph`, `publication`. */
  from: 'clause' | 'modifier' | 'paragraph' | 'publication';
}

export interface CodedEvent {
  id: string;
  sentence: string;
  sentenceIndex: number;
  /** The evidence span in `Doc.text`: from the first to the last word the event was read from. */
  span: [number, number];
  source: EventActor;
  target: EventActor | null;
  cameo: CameoCode;
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  plover: PloverLabel;
  date: EventDate;
  modality: Modality;
  /** The trigger word(s) and the pattern that coded it: provenance. */
  trigger: string;
  pattern: string;
}

// ---------------------------------------------------------------- the document

export interface Doc {
  article: Article;
  /** Body paragraphs joined by blank lines. */
  text: string;
  /** Publication date used as the anchor for relative times (`YYYY-MM-DD`); may be a fallback. */
  anchorDate: IsoDate;
  /** Whether `anchorDate` came from the article (false: a fallback was used). */
  anchorKnown: boolean;
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpression[];
  events: CodedEvent[];
}
