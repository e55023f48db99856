// Stored events as rows, and the shapes rebuilt from them: the JSON contract event and the domain CodedEvent.
import type { CodedEvent, EventDate, IsoDate, Modality, Precision, QuadClass } from '../types.js';
import { contractEvent, type ContractEvent } from '../contract.js';

/** One row of `queryEvents`: the `events` columns, plus the article and the sentence it came from. */
export interface EventRow {
  /** `articles.id`. */
  article: number;
  id: string;
  sentence_index: number;
  span_start: number;
  span_end: number;
  source_code: string;
  source_country: string | null;
  source_text: string;
  target_code: string | null;
  target_country: string | null;
  target_text: string | null;
  cameo: string;
  root: string;
  quad_class: QuadClass;
  goldstein: number;
  plover_event: string;
  plover_mode: string | null;
  plover_context: string | null;
  date_start: IsoDate;
  date_end: IsoDate;
  date_precision: Precision;
  date_text: string;
  date_from: EventDate['from'];
  modality: Modality;
  trigger: string;
  pattern: string;
  /** The article's `Article.id`. */
  article_doc_id: string | null;
  article_title: string | null;
  article_published: string | null;
  article_source: string | null;
  article_url: string | null;
  /** Documents that told the article's story: the article and its duplicates (GDELT's NumSources). */
  article_sources?: number;
  /** The text of the sentence holding the event. */
  sentence: string;
}

function target(row: EventRow): { code: string; country: string | null; text: string } | null {
  return row.target_code === null ? null : { code: row.target_code, country: row.target_country, text: row.target_text ?? '' };
}

/** Rebuilds the JSON contract event from a stored row, exactly as `dyad code --json` prints a fresh one. */
export function toContractEvent(row: EventRow): ContractEvent {
  return contractEvent(toCodedEvent(row));
}

/** Rebuilds the domain event from a stored row: the inverse of what `saveDoc` writes. */
export function toCodedEvent(row: EventRow): CodedEvent {
  return {
    id: row.id,
    sentence: row.sentence,
    sentenceIndex: row.sentence_index,
    span: [row.span_start, row.span_end],
    source: { code: row.source_code, country: row.source_country, text: row.source_text },
    target: target(row),
    cameo: row.cameo,
    root: row.root,
    quadClass: row.quad_class,
    goldstein: row.goldstein,
    plover: { event: row.plover_event, mode: row.plover_mode, context: row.plover_context },
    date: { start: row.date_start, end: row.date_end, precision: row.date_precision, text: row.date_text, from: row.date_from },
    modality: row.modality,
    trigger: row.trigger,
    pattern: row.pattern,
  };
}
