// read/language: which language an article is written in. English news is told cheaply and surely by its function
// words (a third of English running text is `the`, `of`, `and`, `to`, …); anything else is named by tinyld, which
// alone is slower (about a millisecond an article) and reads English full of foreign names as that language
// (a Wikinews story on Gdańsk comes out Polish).
import { detectAll } from 'tinyld';

/** Frequent English function words that are not also frequent words of another language written in Latin letters
 * (`a`, `in`, `is`, `was`, `will`, `also`, `die`, `no`, `on` are left out). */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'for', 'that', 'with', 'by', 'as', 'at', 'from', 'it', 'he', 'she', 'his', 'her',
  'said', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'an', 'this', 'which', 'or', 'its', 'their',
  'they', 'would', 'after', 'who', 'but', 'than', 'more', 'into', 'over', 'about', 'we', 'you', 'there', 'when',
  'other', 'all', 'can', 'could', 'should', 'our', 'these', 'those', 'them', 'him', 'if', 'while', 'before',
  'during', 'against', 'between', 'under', 'what', 'where', 'because', 'since', 'some', 'any', 'such', 'only',
  'up', 'out', 'new', 'year', 'years', 'people', 'government',
]);

export interface LanguageGuess {
  /** ISO 639-1 code (`en`, `fr`), or null when the text is too short or too mixed to tell. */
  lang: string | null;
  /** How it was told. */
  by: 'function-words' | 'tinyld' | 'too-short' | 'unsure';
  /** Share of English function words among the first words. */
  englishShare: number;
}

/** Fewer words than this: the language is not guessed (the text is coded as English). */
const MIN_WORDS = 8;
/** Fewer words than this in Latin letters: too little for tinyld to call it another language. */
const MIN_WORDS_FOR_OTHER = 20;
/** English news runs at 0.3–0.45 function words; other languages in Latin letters below 0.03. */
const ENGLISH_SHARE = 0.15;
/** Below ENGLISH_SHARE but above this: short English with many names, or English mixed with another language. */
const SOME_ENGLISH_SHARE = 0.06;
const SAMPLE_CHARS = 3000;
const MAX_WORDS = 400;
const LATIN = /^\p{Script=Latin}/u;

/**
 * The language of a text, from its first few thousand characters. English is told by its function words; a text in
 * Latin letters is called another language only when it has almost none of them, is long enough, and tinyld is
 * sure; a text mostly in another script is named by tinyld.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const n = Math.min(words.length, MAX_WORDS);
  let english = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    if (ENGLISH_FUNCTION_WORDS.has(words[i])) english++;
    if (LATIN.test(words[i])) latin++;
  }
  const englishShare = n ? english / n : 0;
  if (n < MIN_WORDS) return { lang: null, by: 'too-short', englishShare };
  if (englishShare >= ENGLISH_SHARE) return { lang: 'en', by: 'function-words', englishShare };
  const latinScript = latin >= n / 2;
  if (latinScript && englishShare >= SOME_ENGLISH_SHARE) return { lang: 'en', by: 'function-words', englishShare };
  if (latinScript && n < MIN_WORDS_FOR_OTHER) return { lang: null, by: 'too-short', englishShare };
  let top: { lang: string; accuracy: number } | undefined;
  try {
    top = detectAll(sample.slice(0, 1500))[0];
  } catch {
    top = undefined;
  }
  if (!top || !top.lang) return { lang: null, by: 'unsure', englishShare };
  if (top.lang === 'en' || top.accuracy >= (latinScript ? 0.5 : 0.3)) return { lang: top.lang, by: 'tinyld', englishShare };
  return { lang: null, by: 'unsure', englishShare };
}

/** `fr` → `French`; an unknown code as it is. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
