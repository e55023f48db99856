// Drops a weekday that is part of a name: `Good Friday`, `Bloody Sunday`, `Super Tuesday`, `the Sunday Times`.
// They name a day, but not the latest such weekday.
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { WEEKDAY_ONLY, wordBefore } from './chronoWords.js';

const TEMPORAL_LEADERS = new Set(['on', 'last', 'next', 'this', 'since', 'by', 'until', 'till', 'from', 'every', 'each', 'late', 'early', 'before', 'after', 'and', 'or', 'through']);
const PAPER_WORDS = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Star|World|Tribune|Sport|Night\s+Live|Island)\b/;

export class NamedWeekdayFilter implements TimeRefiner {
  readonly name = 'NamedWeekdayFilter';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return times.filter((t) => {
      if (t.chronoParser !== WEEKDAY_ONLY) return true;
      if (PAPER_WORDS.test(ctx.text.slice(t.charEnd, t.charEnd + 20))) return false;
      if (/^(?:on|last|next|this|past)\b/i.test(ctx.text.slice(t.charStart, t.charEnd))) return true;
      const [sentenceStart] = ctx.sentenceAt(t.charStart);
      const before = ctx.text.slice(sentenceStart, t.charStart);
      const w = wordBefore(before, before.length);
      if (!w || !/^[A-Z]/.test(w) || TEMPORAL_LEADERS.has(w.toLowerCase())) return true;
      // A capitalised word right before: a name, unless it starts the sentence.
      return before.trimEnd().length === w.length;
    });
  }
}
