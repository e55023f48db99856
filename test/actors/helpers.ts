import { annotate } from '../../src/annotate/annotate.js';
import { recognizeActors } from '../../src/actors/recognize.js';
import type { Doc, Mention } from '../../src/types.js';

export function doc(text: string, date = '2026-01-15'): Doc {
  return annotate({ id: 't', published: date, paragraphs: text.split(/\n\n/) }, date);
}

/** `text=CODE` for each mention, with `/mod` for modifiers and `@via` when not a plain name. */
export function codes(text: string, date?: string, opts: { resolve?: boolean } = {}): string[] {
  return recognizeActors(doc(text, date), opts).map(show);
}

export function show(m: Mention): string {
  return `${m.text}=${m.actor.code}${m.modifier ? '/mod' : ''}${m.via === 'name' ? '' : '@' + m.via}`;
}

export function mentions(text: string, date?: string): Mention[] {
  return recognizeActors(doc(text, date));
}
