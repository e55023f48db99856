// Paragraphs out of raw lines: blank-line blocks, or one paragraph per line, or hard-wrapped lines reflowed.

/** Collapses every run of whitespace (spaces, tabs, no-break spaces, line breaks) to one space and trims.
 * Zero-width spaces, soft hyphens and stray byte-order marks are removed; every other character is kept as it is. */
export function normaliseSpace(s: string): string {
  return s.replace(/[\u200b\u00ad\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Splits text into lines: strips a leading byte-order mark, treats `\r\n` and a lone `\r` as line breaks. */
export function toLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** Whether a line has nothing but whitespace (and zero-width characters). Stops at the first other character. */
export function isBlank(line: string): boolean {
  return !/[^\s\u200b\u00ad\ufeff]/.test(line);
}

/** Groups non-blank lines into blocks separated by one or more blank lines. */
export function blocks(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Joins the lines of one paragraph. A word broken by a hyphen at a line's end is joined without a space
 * (`state-` + `owned` → `state-owned`). */
export function joinLines(lines: string[]): string {
  const parts: string[] = [];
  let last = '';
  for (const raw of lines) {
    const line = normaliseSpace(raw);
    if (!line) continue;
    // The previous line, not the text so far, is tested: linear time however many lines there are.
    if (parts.length && /\p{L}-$/u.test(last.slice(-3)) && /^\p{Ll}/u.test(line)) parts.push(line);
    else parts.push(parts.length ? ' ' + line : line);
    last = line;
  }
  return parts.join('');
}

function longest(lines: string[], length: (l: string) => number): number {
  let max = 0;
  for (const l of lines) max = Math.max(max, length(l));
  return max;
}

const ENDS_SENTENCE = /[.!?:…]["”’')\]]*$/;

/**
 * Whether lines without blank lines between them are one paragraph hard-wrapped at a fixed width (most lines stop
 * mid-sentence and none is long) rather than one paragraph per line.
 */
export function looksHardWrapped(lines: string[]): boolean {
  const ls = lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (ls.length < 3) return false;
  const width = longest(ls, (l) => l.length);
  if (width > 120) return false;
  const notLast = ls.slice(0, -1);
  const open = notLast.filter((l) => !ENDS_SENTENCE.test(l)).length;
  return open / notLast.length >= 0.5;
}

/** Reflows hard-wrapped lines: a paragraph ends at an indented line, or after a short line ending a sentence. */
export function reflow(lines: string[]): string[] {
  const ls = lines.filter((l) => l.trim() !== '');
  const width = longest(ls, (l) => l.trimEnd().length);
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of ls) {
    if (cur.length && /^(?:\s{2,}|\t)/.test(line)) {
      out.push(joinLines(cur));
      cur = [];
    }
    cur.push(line);
    const t = line.trimEnd();
    if (ENDS_SENTENCE.test(t) && t.length < 0.75 * width) {
      out.push(joinLines(cur));
      cur = [];
    }
  }
  if (cur.length) out.push(joinLines(cur));
  return out.filter((p) => p !== '');
}

/** Whether there is a blank line between the first and the last non-blank line. */
export function hasBlankLineWithin(lines: string[]): boolean {
  let seenText = false;
  let pendingBlank = false;
  for (const line of lines) {
    if (isBlank(line)) {
      if (seenText) pendingBlank = true;
    } else {
      if (pendingBlank) return true;
      seenText = true;
    }
  }
  return false;
}

/**
 * Body paragraphs from lines. With a blank line within the text, each blank-line block is a paragraph (its lines
 * joined). Without one, each line is a paragraph — unless `reflowWrapped` is set and the lines look hard-wrapped,
 * in which case they are reflowed.
 */
export function paragraphsOf(lines: string[], reflowWrapped: boolean): string[] {
  if (hasBlankLineWithin(lines)) return blocks(lines).map(joinLines).filter((p) => p !== '');
  const ls = lines.filter((l) => !isBlank(l));
  if (reflowWrapped && looksHardWrapped(ls)) return reflow(ls);
  return ls.map(normaliseSpace).filter((p) => p !== '');
}
