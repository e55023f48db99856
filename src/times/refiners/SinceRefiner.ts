// `since 2015`, `since last summer`, `ever since March`: the reading after `since` opens an interval that runs from
// its start to the anchor date (`open`). Its precision stays that of its start.
import type { ParsedTime, TimeContext, TimeRefiner } from '../model.js';

export class SinceRefiner implements TimeRefiner {
  readonly name = 'SinceRefiner';

  refine(times: ParsedTime[], ctx: TimeContext): ParsedTime[] {
    return times.map((t) => {
      if (t.open || t.start > ctx.anchor) return t;
      const inside = /^since\b/i.test(ctx.text.slice(t.charStart, t.charEnd));
      const lead = inside ? null : /\bsince\s+$/i.exec(ctx.text.slice(Math.max(0, t.charStart - 8), t.charStart));
      if (!inside && !lead) return t;
      return {
        ...t,
        end: ctx.anchor,
        open: true,
        charStart: t.charStart - (lead ? lead[0].length : 0),
        rule: `${t.rule}+${this.name}`,
      };
    });
  }
}
