// Drops a weekday that is part of a name: `Good Friday`, `Bloody Sunday`, `Super Tuesday`, `the Sunday Times`.
// They name a day, but not the latest such weekday. (`prices fell in Asia Monday` is a date: only known name-words
// count, not any capitalised word.)
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';
import { WEEKDAY_ONLY, wordBefore } from './chronoWords.js';

const NAME_WORDS = new Set([
  'good', 'black', 'bloody', 'super', 'ash', 'easter', 'cyber', 'holy', 'maundy', 'shrove', 'palm', 'whit', 'blue',
  'giving', 'mad', 'low', 'plough', 'fat', 'spy', 'orthodox',
]);
const PAPER_WORDS = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Star|World|Tribune|Sport|Night\s+Live|Island)\b/;

export class NamedWeekdayFilter implements TimeRefiner {
  readonly name = 'NamedWeekdayFilter';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return times.filter((t) => {
      if (t.chronoParser !== WEEKDAY_ONLY) return true;
      if (PAPER_WORDS.test(ctx.text.slice(t.charEnd, t.charEnd + 20))) return false;
      if (/^(?:on|last|next|this|past)\b/i.test(ctx.text.slice(t.charStart, t.charEnd))) return true;
      const w = wordBefore(ctx.text, t.charStart);
      return !(/^[A-Z]/.test(w) && NAME_WORDS.has(w.toLowerCase()));
    });
  }
}
