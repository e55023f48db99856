// The context the time rules share, built once per document: anchor date, sentence lookup, tense of a clause.
import type { Doc } from '../types.js';
import { ymd } from './calendar.js';
import { clausesOf, tenseOfTime, type Clause } from './clauses.js';
import type { Tense, TimeContext } from './model.js';

/** Fixes the tense of every clause (for tests and callers without annotation), or decides it per offset. */
export type TenseOverride = Tense | ((offset: number) => Tense);

export function contextOf(doc: Doc, tenseOverride?: TenseOverride): TimeContext {
  const sentences = doc.sentences;
  const clauseCache = new Map<number, Clause[]>();

  /** Index of the sentence holding `offset` (binary search on sentence starts), or -1. */
  const sentenceIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset <= sentences[found].end ? found : -1;
  };

  const tenseAt = (offset: number): Tense => {
    if (typeof tenseOverride === 'string') return tenseOverride;
    if (tenseOverride) return tenseOverride(offset);
    const si = sentenceIndexAt(offset);
    if (si < 0) return 'past';
    let clauses = clauseCache.get(si);
    if (!clauses) {
      clauses = clausesOf(doc, si);
      clauseCache.set(si, clauses);
    }
    return tenseOfTime(doc, clauses, offset);
  };

  const sentenceAt = (offset: number): [number, number] => {
    const si = sentenceIndexAt(offset);
    if (si >= 0) return [sentences[si].start, sentences[si].end];
    // Outside any sentence (whitespace between paragraphs): the line holding it.
    const a = doc.text.lastIndexOf('\n', offset - 1) + 1;
    const b = doc.text.indexOf('\n', offset);
    return [a, b < 0 ? doc.text.length : b];
  };

  const posAt = (offset: number): string | undefined => {
    const si = sentenceIndexAt(offset);
    if (si < 0) return undefined;
    const s = sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (offset >= t.start && offset < t.end) return t.pos;
      if (t.start > offset) break;
    }
    return undefined;
  };

  return { text: doc.text, anchor: doc.anchorDate, anchorYmd: ymd(doc.anchorDate), tenseAt, sentenceAt, posAt };
}
