// Human-readable tables of events for the terminal.
import type { Doc } from '../types.js';

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

export interface TableRow {
  date: string;
  source: string;
  cameo: string;
  plover: string;
  target: string;
  modality: string;
  evidence: string;
}

export function renderRows(rows: TableRow[]): string {
  const head = `${pad('date', 23)} ${pad('source', 10)} ${pad('cameo', 5)} ${pad('plover', 10)} ${pad('target', 10)} ${pad('modality', 12)} evidence`;
  const lines = rows.map((r) =>
    `${pad(r.date, 23)} ${pad(r.source, 10)} ${pad(r.cameo, 5)} ${pad(r.plover, 10)} ${pad(r.target, 10)} ${pad(r.modality, 12)} ${r.evidence}`);
  return [head, ...lines].join('\n') + '\n';
}

function dateCell(start: string, end: string): string {
  return start === end ? start : `${start}/${end}`;
}

export function eventTable(doc: Doc, opts: { assertedOnly: boolean }): string {
  const a = doc.article;
  const events = doc.events.filter((e) => !opts.assertedOnly || e.modality === 'asserted');
  const title = `${a.id}${a.title ? ` — ${a.title}` : ''}${a.published ? ` (${a.published.slice(0, 10)})` : ''}`;
  const rows = events.map((e) => ({
    date: dateCell(e.date.start, e.date.end),
    source: e.source.code,
    cameo: e.cameo,
    plover: e.plover.event,
    target: e.target?.code ?? '-',
    modality: e.modality,
    evidence: doc.text.slice(e.span[0], e.span[1]).replace(/\s+/g, ' ').slice(0, 90),
  }));
  return `${title}\n${events.length} event${events.length === 1 ? '' : 's'}\n${rows.length ? renderRows(rows) : ''}\n`;
}
