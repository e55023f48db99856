// The JSON contract: one document per article, as `dyad code --json` prints it and the scorer reads it.
import type { CodedEvent, Doc } from './types.js';

export interface ContractEvent {
  id: string;
  sentence: string;
  sentence_index: number;
  span: [number, number];
  source: { code: string; country: string | null; text: string };
  target: { code: string; country: string | null; text: string } | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: { event: string; mode: string | null; context: string | null };
  date: { start: string; end: string; precision: string; text: string };
  modality: string;
  trigger: string;
  pattern: string;
}

export interface ContractDoc {
  article: { id: string; title: string | null; published: string | null; source: string | null; url: string | null };
  events: ContractEvent[];
  times: { text: string; start: string; end: string; precision: string }[];
}

export function contractEvent(e: CodedEvent): ContractEvent {
  return {
    id: e.id,
    sentence: e.sentence,
    sentence_index: e.sentenceIndex,
    span: e.span,
    source: { code: e.source.code, country: e.source.country, text: e.source.text },
    target: e.target ? { code: e.target.code, country: e.target.country, text: e.target.text } : null,
    cameo: e.cameo,
    root: e.root,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    plover: e.plover,
    date: { start: e.date.start, end: e.date.end, precision: e.date.precision, text: e.date.text },
    modality: e.modality,
    trigger: e.trigger,
    pattern: e.pattern,
  };
}

export function contractDoc(doc: Doc): ContractDoc {
  const a = doc.article;
  return {
    article: { id: a.id, title: a.title ?? null, published: a.published ?? null, source: a.source ?? null, url: a.url ?? null },
    events: doc.events.map(contractEvent),
    times: doc.times.map((t) => ({ text: t.text, start: t.start, end: t.end, precision: t.precision })),
  };
}
