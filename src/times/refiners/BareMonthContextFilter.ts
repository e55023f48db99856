// A month name alone is a month only where a date can stand: `in May`, `since March`, `by June`, `May's vote`,
// `the March elections`. Not `Theresa May said`, `April Ryan`, `in protest to May's deal` (`to` is left out: chrono
// joins `March to May` itself).
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { MONTH_ONLY, wordBefore } from './chronoWords.js';

const LEADERS = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'of', 'during', 'before', 'after', 'from', 'through',
  'throughout', 'between', 'and', 'or', 'around', 'early', 'mid', 'late', 'last', 'next', 'this', 'end',
  'beginning', 'start', 'middle', 'as', 'until', 'into', 'for', 'that', 'each', 'every', 'than',
]);

export class BareMonthContextFilter implements TimeRefiner {
  readonly name = 'BareMonthContextFilter';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return times.filter((t) => {
      if (t.chronoParser !== MONTH_ONLY || /\d/.test(ctx.text.slice(t.charStart, t.charEnd))) return true;
      const after = ctx.text.slice(t.charEnd, t.charEnd + 20);
      const [sentenceStart] = ctx.sentenceAt(t.charStart);
      const w = wordBefore(ctx.text.slice(sentenceStart, t.charStart), t.charStart - sentenceStart).toLowerCase().replace(/-$/, '');
      // `June's vote` opening a sentence, or after a date word; not `Theresa May's deal`.
      if (/^[’']s\b/.test(after)) return w === '' || LEADERS.has(w) || w === 'the';
      if (w === 'the') return /^\s+[a-z]/.test(after);
      return LEADERS.has(w);
    });
  }
}
