// Reader for PETRARCH/TABARI discard lists (Phoenix.discards.txt, the validation suite's discards file): phrases
// that mark a sentence (or, with a leading `+`, the whole story) as not to be coded — sports results, anniversaries.
//
//   MONTHS LATER                 a sentence-level discard: words separated by spaces or `_`
//   +World Golf Championships    a story-level discard (case does not matter)
//   THIRD ROUND_   # comment     a trailing `_` ("do not stem") is dropped; `#` (and TABARI's `;`) start comments
//
// Phrases are returned as lower-case word sequences. A line that is not a phrase throws a DiscardListError
// `FILE:LINE: what is wrong`.

/** A line of a discard list that cannot be read. */
export class DiscardListError extends Error {
  constructor(readonly file: string, readonly line: number, readonly problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DiscardListError';
  }
}

export interface DiscardLists {
  /** Phrases that discard the sentence they occur in. */
  sentence: string[][];
  /** Phrases that discard the whole story (article). */
  story: string[][];
}

/** A word of a phrase: letters and digits, with `'`, `.`, `-`, `&`, `/` inside (`QUEEN'S`, `SEMI-FINAL`, `ESPN2`). */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.\-&/]*$/u;

/** Reads a discard list. Throws DiscardListError on a malformed line. */
export function readDiscards(text: string, file: string): DiscardLists {
  const out: DiscardLists = { sentence: [], story: [] };
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k];
    const cut = raw.search(/[#;]/);
    let s = (cut < 0 ? raw : raw.slice(0, cut)).trim();
    if (!s) continue;
    const story = s[0] === '+';
    if (story) s = s.slice(1).trim();
    const fail = (problem: string) => { throw new DiscardListError(file, k + 1, problem); };
    if (!s) fail(`'+' with no phrase after it`);
    const words = s.split(/[\s_]+/).filter(Boolean);
    for (const w of words) {
      if (!WORD.test(w)) fail(`'${w}' is not a word (a discard is a phrase: words separated by spaces or '_')`);
    }
    const phrase = words.map((w) => w.toLowerCase());
    const key = (story ? '+' : '') + phrase.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    (story ? out.story : out.sentence).push(phrase);
  }
  return out;
}

/** Phrases of a list by first word, built once per list. */
const indexes = new WeakMap<string[][], Map<string, string[][]>>();

function indexOf(list: string[][]): Map<string, string[][]> {
  let ix = indexes.get(list);
  if (!ix) {
    ix = new Map();
    for (const p of list) {
      if (!p.length) continue;
      const bucket = ix.get(p[0]);
      if (bucket) bucket.push(p);
      else ix.set(p[0], [p]);
    }
    indexes.set(list, ix);
  }
  return ix;
}

/**
 * True when one phrase of `list` occurs in `words` (the lower-case tokens of a sentence) as consecutive words.
 * The list is indexed on first use; a list changed afterwards is not seen again (pass a new array).
 */
export function matchesDiscard(words: string[], list: string[][]): boolean {
  if (!list.length || !words.length) return false;
  const ix = indexOf(list);
  for (let i = 0; i < words.length; i++) {
    const bucket = ix.get(words[i]);
    if (!bucket) continue;
    for (const p of bucket) {
      if (i + p.length > words.length) continue;
      let k = 1;
      while (k < p.length && words[i + k] === p[k]) k++;
      if (k === p.length) return true;
    }
  }
  return false;
}
