// Hand-built Docs for the store tests: no stage runs, only objects that satisfy the Doc type.
import type { CodedEvent, Doc, Mention, Modality, Sentence, TimeExpression } from '../../src/types.js';

export interface EventSpec {
  id: string;
  sentence: number;
  source: string;
  sourceCountry: string | null;
  target?: string;
  targetCountry?: string | null;
  cameo: string;
  goldstein?: number;
  date: [string, string];
  modality?: Modality;
  ploverEvent?: string;
}

const QUAD = (root: string) => (Number(root) <= 4 ? 1 : Number(root) <= 8 ? 2 : Number(root) <= 13 ? 3 : 4) as 1 | 2 | 3 | 4;

/** A Doc whose paragraphs are one sentence each; events point at those sentences. */
export function makeDoc(opts: {
  id: string;
  paragraphs: string[];
  events?: EventSpec[];
  title?: string;
  published?: string;
  url?: string;
  origin?: string;
  mentions?: boolean;
}): Doc {
  const paragraphStarts: number[] = [];
  let text = '';
  const sentences: Sentence[] = [];
  opts.paragraphs.forEach((p, i) => {
    if (text) text += '\n\n';
    paragraphStarts.push(text.length);
    sentences.push({ index: i, paragraph: i, start: text.length, end: text.length + p.length, text: p, tokenStart: 0, tokenEnd: 0 });
    text += p;
  });
  const events: CodedEvent[] = (opts.events ?? []).map((e) => {
    const s = sentences[e.sentence];
    const root = e.cameo.slice(0, 2);
    return {
      id: e.id,
      sentence: s?.text ?? '',
      sentenceIndex: e.sentence,
      span: [s?.start ?? 0, s?.end ?? 0],
      source: { code: e.source, country: e.sourceCountry, text: e.source.slice(0, 3) },
      target: e.target ? { code: e.target, country: e.targetCountry ?? null, text: e.target.slice(0, 3) } : null,
      cameo: e.cameo,
      root,
      quadClass: QUAD(root),
      goldstein: e.goldstein ?? 0,
      plover: { event: e.ploverEvent ?? 'ASSAULT', mode: null, context: root === '19' ? 'military' : null },
      date: { start: e.date[0], end: e.date[1], precision: e.date[0] === e.date[1] ? 'day' : 'range', text: 'on Monday', from: 'clause' },
      modality: e.modality ?? 'asserted',
      trigger: 'attacked',
      pattern: `test:${e.cameo}`,
    };
  });
  const mentions: Mention[] = opts.mentions
    ? [{
        start: 0, end: 6, tokenStart: 0, tokenEnd: 1, sentence: 0, text: text.slice(0, 6),
        actor: { code: 'RUS', country: 'RUS', name: 'Russia', kind: 'country', entity: 'Q159' }, via: 'name', modifier: false,
      }]
    : [];
  const times: TimeExpression[] = opts.mentions
    ? [{ text: 'Monday', charStart: 7, charEnd: 13, start: '2025-03-03', end: '2025-03-03', precision: 'day', rule: 'chrono' }]
    : [];
  return {
    article: {
      id: opts.id,
      title: opts.title ?? `Title of ${opts.id}`,
      published: opts.published ?? '2025-03-05',
      source: 'Test Wire',
      url: opts.url ?? `https://example.test/${opts.id}`,
      paragraphs: opts.paragraphs,
      origin: opts.origin,
    },
    text,
    anchorDate: (opts.published ?? '2025-03-05').slice(0, 10),
    anchorKnown: true,
    paragraphStarts,
    sentences,
    tokens: [],
    mentions,
    times,
    events,
  };
}
