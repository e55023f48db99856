// annotate: Article → Doc with sentences and tokens (POS, lemma, character offsets), by wink-nlp. (Negation is read by
// the coder's own modality rules, events/modality.ts: wink's negation pass is not run.)
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Doc, Pos, Sentence, Token } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The shared wink-nlp instance (sentence boundaries, POS). Loaded once, on first use. */
export function wink(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const PARAGRAPH_BREAK = '\n\n';

/** Joins an article's paragraphs into the text that is coded, remembering where each paragraph starts. */
export function bodyText(article: Article): { text: string; paragraphStarts: number[] } {
  const paragraphStarts: number[] = [];
  let text = '';
  for (const p of article.paragraphs) {
    if (text) text += PARAGRAPH_BREAK;
    paragraphStarts.push(text.length);
    text += p;
  }
  return { text, paragraphStarts };
}

/** Publication date as `YYYY-MM-DD`, if the article has a readable one. */
export function publicationDay(article: Article): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(article.published ?? '');
  return m ? m[1] : null;
}

/**
 * Annotates an article. `fallbackDate` anchors relative times when the article has no publication date
 * (the caller decides: today, or a date given on the command line).
 */
export function annotate(article: Article, fallbackDate: string): Doc {
  const { text, paragraphStarts } = bodyText(article);
  const day = publicationDay(article);
  const doc: Doc = {
    article,
    text,
    anchorDate: day ?? fallbackDate,
    anchorKnown: day !== null,
    paragraphStarts,
    sentences: [],
    tokens: [],
    mentions: [],
    times: [],
    events: [],
  };
  // Paragraph by paragraph: wink never joins a sentence across a paragraph break, and offsets stay local.
  for (let p = 0; p < article.paragraphs.length; p++) {
    annotateParagraph(doc, p, article.paragraphs[p], paragraphStarts[p]);
  }
  return doc;
}

/**
 * Text, lower case and lemmas across documents, by wink's lexeme id (`its.uniqueId`: one id per distinct token
 * string, stable for the process; `its.value` is the lexicon's string at that id): array reads instead of a pass of
 * `out(its.value)`, a `toLowerCase` and a string-keyed map look-up per token. wink's lemmatiser runs once per new
 * (word, POS) pair.
 */
const valueById: (string | undefined)[] = [];
const lowerById: (string | undefined)[] = [];
/** Closed-class words are their own lemma (lower-cased); only these parts of speech go to the lemmatiser. */
const lemmaById = new Map<string, (string | undefined)[]>(['NOUN', 'VERB', 'ADJ', 'AUX', 'ADV'].map((p) => [p, []]));
const [nounLemmas, verbLemmas, adjLemmas, auxLemmas, advLemmas] = [...lemmaById.values()];

/** `lemmaById.get(pos)` as a switch: cheaper than a string-keyed map look-up per token. */
function lemmaMemo(pos: string): (string | undefined)[] | undefined {
  switch (pos) {
    case 'NOUN': return nounLemmas;
    case 'VERB': return verbLemmas;
    case 'ADJ': return adjLemmas;
    case 'AUX': return auxLemmas;
    case 'ADV': return advLemmas;
    default: return undefined;
  }
}
let lemmaMemoSize = 0;
const LEMMA_MEMO_CAP = 500_000;

/** Grows a memo array (densely, so that it keeps fast elements) to hold index `id`. */
function reach(memo: (string | undefined)[], id: number): void {
  while (memo.length <= id) memo.push(undefined);
}

function annotateParagraph(doc: Doc, paragraph: number, text: string, base: number): void {
  if (!text.trim()) return;
  const n = wink();
  const its = n.its;
  const wd = n.readDoc(text);
  const tokens = wd.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const pos = tokens.out(its.pos) as string[];
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];

  // Character offsets: walk the paragraph, finding each token's text from the cursor.
  const first = doc.tokens.length;
  let cursor = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (id >= lowerById.length) { reach(lowerById, id); reach(valueById, id); }
    let v = valueById[id];
    if (v === undefined) valueById[id] = v = tokens.itemAt(k).out(its.value);
    let at = text.indexOf(v, cursor);
    const exact = at >= 0 && at - cursor <= 64;
    if (!exact) at = skipSpace(text, cursor); // wink normalised the token: keep the cursor honest
    const start = at;
    const end = Math.min(text.length, at + v.length);
    cursor = end;
    let lower = lowerById[id];
    if (lower === undefined) lowerById[id] = lower = v.toLowerCase();
    const p = pos[k];
    let lemma = lower;
    const byId = lemmaMemo(p);
    if (byId) {
      if (id >= byId.length) reach(byId, id);
      const hit = byId[id];
      if (hit !== undefined) lemma = hit;
      else {
        lemma = String(tokens.itemAt(k).out(its.lemma as never) ?? v).toLowerCase();
        // Full: start afresh (this lemma is not kept either).
        if (++lemmaMemoSize > LEMMA_MEMO_CAP) {
          for (const memo of lemmaById.values()) memo.length = 0;
          lemmaMemoSize = 0;
        } else byId[id] = lemma;
      }
    }
    doc.tokens.push({
      i: first + k,
      text: exact ? v : text.slice(start, end),
      lower,
      lemma,
      pos: p as Pos,
      start: base + start,
      end: base + end,
      sentence: -1,
    });
  }
  repairPos(doc.tokens, first);
  for (const [a, b] of spans) {
    const tokenStart = first + a;
    const tokenEnd = first + b + 1;
    const index = doc.sentences.length;
    const start = doc.tokens[tokenStart].start;
    const end = doc.tokens[tokenEnd - 1].end;
    for (let t = tokenStart; t < tokenEnd; t++) doc.tokens[t].sentence = index;
    doc.sentences.push({ index, paragraph, start, end, text: doc.text.slice(start, end), tokenStart, tokenEnd });
  }
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'PRON']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

/**
 * Repairs wink's commonest tagging slip in news: a present-tense verb read as a plural noun between a subject
 * and an object (`Peru attacks Chile`, `it urges the`).
 */
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Verbs of motion that are nouns too (`return`, `travel`): after a plural subject and before `to`, the verb. */
const MOTION_VERBS = new Set(['return', 'travel', 'head', 'fly', 'go', 'come', 'move', 'sail', 'march']);

function repairPos(tokens: Token[], from: number): void {
  for (let i = Math.max(from + 1, 1); i < tokens.length - 1; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // A past-tense verb read as an adjective between subject and object (`the militaries humiliated the regime`).
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && (perfectAux(prev) || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'DET' || next.pos === 'PROPN')))) {
      t.pos = 'VERB';
      continue;
    }
    // A base-form verb read as an adjective or noun after a plural subject (`X and Y welcome a …`).
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && prev.pos === 'PROPN' && i - 1 >= from && DETERMINERS.has(next.lower)
      && tokens[i - 2]?.lower === 'and' && !/s$/.test(t.lower)) {
      t.pos = 'VERB';
      continue;
    }
    // A verb of motion read as a noun after a plural subject, before `to` (`negotiators return to Geneva`).
    if (t.pos === 'NOUN' && MOTION_VERBS.has(t.lower) && prev.pos === 'NOUN' && /[^s]s$/.test(prev.lower) && prev.lemma !== prev.lower
      && next.lower === 'to' && next.pos === 'ADP') {
      t.pos = 'VERB';
      continue;
    }
    // A base-form verb right after a quoted word of a noun phrase is the phrase's head noun (`the "traitor" comment`,
    // `a "zero tolerance" policy`): the quoted words modify it.
    if (t.pos === 'VERB' && t.lower === t.lemma && quotedModifierBefore(tokens, i, from)) {
      t.pos = 'NOUN';
      continue;
    }
    if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.lower)) continue;
    const subject = (prev.pos === 'PROPN' && i - 1 >= from) || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower));
    if (subject && OBJECT_START.has(next.pos) && next.lower !== 'that') {
      t.pos = 'VERB';
      if (t.lemma === t.lower) t.lemma = t.lower.replace(/(sh|ch|ss|x)es$/, '$1').replace(/ies$/, 'y').replace(/s$/, '');
    }
  }
}

/** `have` as the auxiliary of a perfect (`had humiliated`). */
function perfectAux(t: Token): boolean {
  return t.pos === 'AUX' && /^(have|has|had|having)$/.test(t.lower);
}

const QUOTES = new Set(['"', '\u201c', '\u201d']);

/** Whether a quoted stretch of nouns or adjectives, opened after a determiner, adjective or `and`, ends right before `i`. */
function quotedModifierBefore(tokens: Token[], i: number, from: number): boolean {
  if (!QUOTES.has(tokens[i - 1].text)) return false;
  let k = i - 2;
  const words = k;
  while (k > from && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN')) k--;
  if (k === words || k <= from || !QUOTES.has(tokens[k].text)) return false;
  const before = tokens[k - 1];
  return before.pos === 'DET' || before.pos === 'ADJ' || (before.pos === 'CCONJ' && QUOTES.has(tokens[k - 2]?.text ?? ''));
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
