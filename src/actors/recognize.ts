// actors: finds the actor mentions of a Doc — country names, demonyms, capitals and seats of power (metonyms),
// organisations, people with their role as of the article's date, titles before names, and PETRARCH-style
// composites (a country followed by an agent noun: `Russian troops` → RUSMIL, `Russia's MFA` → RUSGOV, `the regime
// in Tehran` → IRNGOV). `recognizeActors` then runs coreference (resolve.ts): pronouns, surnames, role phrases.
//
// Agent nouns with no country next to them (`protesters`, `the government`) are NOT reported: guessing the country
// from the article's context was judged unreliable for event coding (a wrong country is worse than none).
import type { Actor, Doc, Mention, Token } from '../types.js';
import { agentActor, countryActor, metonymActor, orgActor, personActor, personOf, withAgent } from './actor.js';
import {
  caseMatches, childOf, dictionary, isNotable, keyHash, mayHaveChild, officesOn, pickPerson, surnamePeople, tokenKey,
  type CountryRecord, type Dictionary, type Hit, type PersonRecord, type TrieNode,
} from './dictionary.js';
import { resolveMentions } from './resolve.js';
import { capitalised } from '../annotate/text.js';

export interface RecognizeOptions {
  /** The dictionary to use (default: the committed data/actors/ files, loaded once). */
  dictionary?: Dictionary;
  /** Run coreference (pronouns, surnames, role phrases). Default true. */
  resolve?: boolean;
}

/** All actor mentions of a doc, sorted by start, without overlaps; with coreference unless `resolve: false`. */
export function recognizeActors(doc: Doc, opts: RecognizeOptions = {}): Mention[] {
  const d = opts.dictionary ?? dictionary();
  const view = tokenView(doc, d);
  const found = joinTitledNames(doc, withContext(findMentions(doc, d, view), d, doc.anchorDate));
  return opts.resolve === false ? found : resolveMentions(doc, found, d, view);
}

/**
 * Drops the full-name matches the rest of the text does not support: someone of the historical lists who is neither
 * in office on the date nor otherwise notable (a minister of 2005) is kept only when the text also names their
 * country — `Richard Burton` in a film review is not the New Zealand minister of that name.
 */
function withContext(found: Mention[], d: Dictionary, date: string): Mention[] {
  const present = new Set(found.filter((m) => m.actor.kind !== 'person').map((m) => m.actor.country));
  return found.filter((m) => {
    const p = m.actor.kind === 'person' ? personOf(m.actor, d) : null;
    if (!p || isNotable(p) || officesOn(p, date).length) return true;
    // A title or country written with the name (`Defense Secretary William Perry`) is context enough.
    if (!p.names.some((n) => tokenKey(n) === tokenKey(m.text))) return true;
    return p.roles.some((r) => present.has(r.country));
  });
}

/**
 * A title and a name written together are one actor (`Bree President Romendacil`, `Ruritanian army chief Hentzau`):
 * two adjacent mentions of the same country become one, coded as the more specific of the two (the one with a role).
 */
function joinTitledNames(doc: Doc, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    if (prev && prev.tokenEnd === m.tokenStart && prev.sentence === m.sentence && !prev.modifier
      && prev.actor.country && prev.actor.country === m.actor.country && prev.actor.code !== m.actor.code
      && !/^['’]/.test(doc.tokens[m.tokenStart].text)) {
      const actor = m.actor.code.length >= prev.actor.code.length ? m.actor : prev.actor;
      out[out.length - 1] = { ...m, start: prev.start, tokenStart: prev.tokenStart, text: doc.text.slice(prev.start, m.end), actor };
      continue;
    }
    out.push(m);
  }
  return out;
}

// ------------------------------------------------------------------ token view

/** Per-token facts the matchers need, computed once per doc. */
export interface TokenView {
  tokens: Token[];
  /** Match key: lower case, accents off, possessive suffix stripped. */
  key: string[];
  /** The token (or the `'s` token after it) marks a possessive. */
  poss: boolean[];
  /** The token is itself a possessive marker (`'s`, `’s`, `'`). */
  possTok: boolean[];
  /** The token text without an attached possessive suffix (`Lavrov's` → `Lavrov`). */
  bare: string[];
  /** End offset of the bare text. */
  bareEnd: number[];
}

/** Whether a character code is an apostrophe, straight or curly. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}


/** Whether a string is plain ASCII (a loop: cheaper than a regular expression on words this short). */
function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * A country's one-word name of seven letters or more misspelt by a dropped letter, not the first (`Ethopia`,
 * `Afganistan`, `Philipines`) → the name's key; none that begins a name or is a surname in the dictionary.
 */
const misspellings = new WeakMap<Dictionary, Map<string, string>>();
/** English words one letter short of a country's name: never read as the name (`Hungry protesters`). */
const NOT_MISSPELT = new Set(['hungry', 'surname', 'antarctic', 'emirate', 'romani']);

function misspelt(d: Dictionary): Map<string, string> {
  let out = misspellings.get(d);
  if (out) return out;
  out = new Map();
  const clash = new Set<string>();
  for (const c of d.countries) {
    for (const name of c.names) {
      if (!/^\p{Lu}\p{Ll}{6,}$/u.test(name)) continue;
      const key = tokenKey(name);
      for (let k = 1; k < key.length; k++) {
        const typo = key.slice(0, k) + key.slice(k + 1);
        if (out.has(typo) && out.get(typo) !== key) clash.add(typo);
        out.set(typo, key);
      }
    }
  }
  for (const typo of [...out.keys()]) {
    if (clash.has(typo) || NOT_MISSPELT.has(typo) || childOf(d.names, typo) || childOf(d.surnames, typo)) out.delete(typo);
  }
  misspellings.set(d, out);
  return out;
}

/** Whether token `i` is a capitalised word of a name (so a neighbour of it may be a name too, not a country). */
function nameNeighbour(tokens: Token[], i: number, sentence: number): boolean {
  const t = tokens[i];
  return !!t && t.sentence === sentence && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
}

export function tokenView(doc: Doc, d?: Dictionary): TokenView {
  const tokens = doc.tokens;
  const typos = d ? misspelt(d) : null;
  const n = tokens.length;
  const key = new Array<string>(n);
  const poss = new Array<boolean>(n).fill(false);
  const possTok = new Array<boolean>(n).fill(false);
  const bare = new Array<string>(n);
  const bareEnd = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let text = t.text;
    const len = text.length;
    // A possessive marker (`'s`, `’s`, `'`, `’`), or a word with one attached (`Lavrov's`); character tests, not
    // regular expressions, on every token.
    if (len <= 2 && len > 0 && isApostrophe(text.charCodeAt(0)) && (len === 1 || text.charCodeAt(1) === 115)) {
      possTok[i] = true;
      if (i > 0 && tokens[i - 1].sentence === t.sentence && tokens[i - 1].end === t.start) poss[i - 1] = true;
    } else if (len > 3 && text.charCodeAt(len - 1) === 115 && isApostrophe(text.charCodeAt(len - 2))) {
      text = text.slice(0, -2);
      poss[i] = true;
    }
    bare[i] = text;
    bareEnd[i] = t.start + text.length;
    // The annotator's lower-cased form is the key for plain ASCII words, as tokenKey would make it.
    key[i] = text === t.text && isAscii(t.lower) ? t.lower : tokenKey(text);
    // `Ethopia has agreed …`: a proper noun standing alone that is a country's name less one letter is that name.
    // (The map first: a miss there is cheaper than the Unicode test, and nearly every word misses.)
    // (Every misspelling is six letters or more.)
    const fix = typos && t.pos === 'PROPN' && key[i].length >= 6 ? typos.get(key[i]) : undefined;
    if (fix && /^\p{Lu}\p{Ll}+$/u.test(text) && !nameNeighbour(tokens, i - 1, t.sentence) && !nameNeighbour(tokens, i + 1, t.sentence)) key[i] = fix;
  }
  return { tokens, key, poss, possTok, bare, bareEnd };
}

// ------------------------------------------------------------------ matchers

interface NameMatch {
  start: number;
  /** Exclusive token index. */
  end: number;
  hit: Hit;
  /** All hits at the matched node (several people may share a name). */
  hits: Hit[];
}

function isHyphen(t: Token): boolean {
  return t.text === '-' || t.text === '–';
}

/** Longest dictionary name starting at token `i` whose capitalisation fits. */
export function matchName(v: TokenView, trie: TrieNode, i: number, accept?: (h: Hit) => boolean): NameMatch | null {
  const toks = v.tokens;
  if (i < 0 || i >= toks.length) return null;
  const sentence = toks[i].sentence;
  let node: TrieNode = trie;
  let best: NameMatch | null = null;
  let j = i;
  while (j < toks.length && toks[j].sentence === sentence) {
    if (j > i && isHyphen(toks[j])) { j++; continue; }
    if (v.possTok[j]) {
      // A possessive inside a name (`Democratic People's Republic of Korea`) goes on; elsewhere it ends the name.
      const through = j > i ? childOf(node, "'s") : null;
      if (!through) break;
      node = through;
      j++;
      continue;
    }
    const c = childOf(node, v.key[j]);
    if (!c) break;
    node = c;
    j++;
    if (node.hits) {
      for (const h of node.hits) {
        if (accept && !accept(h)) continue;
        if (!caseFits(v, h, i, j)) continue;
        if (h.type === 'combining' && !(j < toks.length && isHyphen(toks[j]))) continue;
        best = { start: i, end: j, hit: h, hits: node.hits };
        break;
      }
    }
    if (v.poss[j - 1] && !v.possTok[j]) break; // an attached `'s` ends a name
  }
  return best;
}

function caseFits(v: TokenView, h: Hit, i: number, j: number): boolean {
  let k = 0;
  for (let t = i; t < j; t++) {
    if (isHyphen(v.tokens[t])) continue;
    const form = h.form[k++];
    if (form === undefined || !caseMatches(v.bare[t], form)) return false;
  }
  return k === h.form.length;
}

/** The longest name at `i`, the user's (`mergeUserDictionary`) or the dictionary's; the user's when as long. */
export function matchNames(v: TokenView, d: Dictionary, i: number, accept?: (h: Hit) => boolean): NameMatch | null {
  const m = matchName(v, d.names, i, accept);
  if (!d.user) return m;
  const u = matchName(v, d.user, i, accept);
  return u && (!m || u.end >= m.end) ? u : m;
}

/** A surname at `i`, the user's or the dictionary's. */
export function matchSurname(v: TokenView, d: Dictionary, i: number): NameMatch | null {
  if (i < 0 || i >= v.tokens.length) return null;
  // Most words are nobody's surname: the tries' filters tell without a look-up.
  const h = keyHash(v.key[i]);
  if (!mayHaveChild(d.surnames, h) && !(d.userSurnames && mayHaveChild(d.userSurnames, h))) return null;
  const u = d.userSurnames ? matchName(v, d.userSurnames, i) : null;
  return u ?? matchName(v, d.surnames, i);
}

/** Longest phrase of a lower-cased trie (agents, titles) at `i`: its value and exclusive end. */
export function matchPhrase(v: TokenView, trie: TrieNode, i: number): { end: number; value: string } | null {
  const toks = v.tokens;
  if (i < 0 || i >= toks.length) return null; // past the last token: nothing starts there
  const sentence = toks[i].sentence;
  let node: TrieNode = trie;
  let best: { end: number; value: string } | null = null;
  for (let j = i; j < toks.length && toks[j].sentence === sentence; j++) {
    if (v.possTok[j]) break;
    const c = childOf(node, v.key[j]);
    if (!c) break;
    node = c;
    if (node.value !== undefined) {
      // Short acronyms (MFA, PM) only in capitals.
      const single = j === i && v.key[j].length <= 3;
      if (!single || v.bare[j] === v.bare[j].toUpperCase()) best = { end: j + 1, value: node.value };
    }
    if (v.poss[j]) break;
  }
  return best;
}

// ------------------------------------------------------------------ recognition

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout', 'within',
  'of', 'from', 'via', 'through', 'towards', 'toward']);
/** Verbs of motion: `flew to Moscow` is a place, `wrote to Moscow` the government. */
const MOTION = new Set(['travel', 'fly', 'go', 'come', 'return', 'move', 'arrive', 'head', 'sail', 'drive', 'walk',
  'flee', 'deploy', 'relocate', 'emigrate', 'journey', 'trip', 'visit', 'get', 'ride', 'escape', 'evacuate']);
const COORD = new Set(['and', 'or', ',', '&', 'as well as']);
const COORD_ADVERBS = new Set(['then', 'later', 'also', 'now', 'subsequently', 'eventually', 'even', 'especially',
  'particularly', 'both', 'either']);
const TEMPORAL = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'fall', 'winter', 'week',
  'month', 'year', 'last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'again', 'too', 'alone', 'itself']);
/** Words naming a part of a country before its name. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest',
  'upper', 'lower', 'coastal', 'rural', 'mainland']);
/** Communities that name a part of a place (`Christian east Beirut`, `Kurdish northern Iraq`). */
const COMMUNAL = new Set(['christian', 'muslim', 'moslem', 'shiite', 'shia', 'sunni', 'druze', 'kurdish', 'arab', 'jewish', 'catholic', 'protestant', 'hindu', 'buddhist']);
/** Currencies named after a country (`US dollars`, `Egyptian pounds`); not `won`, `real` or `mark`, which are also words. */
const CURRENCIES = new Set(['dollar', 'dollars', 'yuan', 'renminbi', 'yen', 'euro', 'euros', 'pound', 'pounds', 'ruble', 'rubles',
  'rouble', 'roubles', 'rupee', 'rupees', 'peso', 'pesos', 'lira', 'liras', 'lire', 'franc', 'francs', 'reais', 'rand', 'shekel',
  'shekels', 'dinar', 'dinars', 'riyal', 'riyals', 'rial', 'rials', 'dirham', 'dirhams', 'krona', 'kronor', 'krone', 'kroner',
  'zloty', 'zlotys', 'baht', 'ringgit', 'naira', 'hryvnia', 'hryvnias', 'rupiah', 'taka', 'cedi', 'cedis', 'shilling', 'shillings']);
/** Peoples living across state borders whose names are also a state's demonym (`Bosnian Serbs`, `Iraqi Turkmen`). */
const ETHNONYMS = new Set(['serb', 'serbs', 'croat', 'croats', 'albanian', 'albanians', 'turk', 'turks', 'turkmen', 'turkmens',
  'uzbek', 'uzbeks', 'tajik', 'tajiks', 'kazakh', 'kazakhs', 'kyrgyz', 'somali', 'somalis', 'hungarian', 'hungarians',
  'armenian', 'armenians']);
/** Agents that a country after `in` makes national (`the regime in Tehran`, `protesters in Iran`), unlike troops. */
const IN_AGENTS = /^(GOV|OPP|CVL|LEG|JUD|MED|BUS|EDU|REF|COP|REB|INS)/;
/** Agent nouns for people who came to a place from elsewhere: `in X` does not make them X's. */
const INCOMERS = /^(refugees?|settlers?|migrants?|immigrants?|expatriates?|expats?|foreigners?|tourists?|colonists?|exiles?|evacuees?|asylum)$/;

export function findMentions(doc: Doc, d: Dictionary = dictionary(), view?: TokenView): Mention[] {
  const v = view ?? tokenView(doc, d);
  const toks = v.tokens;
  const date = doc.anchorDate;
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const next = recognizeAt(doc, d, v, i, date, out);
    i = next > i ? next : i + 1;
  }
  return out;
}

/**
 * Demonyms of more than one state (left out of the dictionary by scripts/build-dictionaries.ts): the state the
 * document names, by name, capital or unambiguous demonym; when it names none of them, the state the word means in
 * most news (`Congolese` the DR Congo, as in the Phoenix dictionaries), or none when no state prevails (`Korean`).
 */
// A Map, not an object literal: a text word such as `constructor` must find nothing here.
const AMBIGUOUS_DEMONYMS = new Map<string, { states: string[]; usual?: string }>([
  ['Congolese', { states: ['COD', 'COG'], usual: 'COD' }],
  ['Dominican', { states: ['DOM', 'DMA'], usual: 'DOM' }],
  ['Dominicans', { states: ['DOM', 'DMA'], usual: 'DOM' }],
  ['Guinean', { states: ['GIN', 'GNB', 'GNQ'], usual: 'GIN' }],
  ['Guineans', { states: ['GIN', 'GNB', 'GNQ'], usual: 'GIN' }],
  ['Korean', { states: ['KOR', 'PRK'] }],
  ['Koreans', { states: ['KOR', 'PRK'] }],
]);
const namedStates = new WeakMap<TokenView, Set<string>>();

/** The states the document names by name, capital or unambiguous demonym (computed once per doc). */
function statesNamed(d: Dictionary, v: TokenView): Set<string> {
  let named = namedStates.get(v);
  if (!named) {
    named = new Set();
    for (let k = 0; k < v.tokens.length; k++) {
      // Most words begin no name: the tries' filters tell without a match.
      const h = keyHash(v.key[k]);
      if (!mayHaveChild(d.names, h) && !(d.user !== undefined && mayHaveChild(d.user, h))) continue;
      const m = matchNames(v, d, k, (h) => h.type === 'country' || h.type === 'metonym' || h.type === 'demonym');
      if (m && !rejectName(d, v, m)) { named.add(d.countries[m.hit.ref].iso); k = m.end - 1; }
    }
    namedStates.set(v, named);
  }
  return named;
}

/** The state an ambiguous demonym at token `i` stands for in this document, as a demonym match; null if none. */
function ambiguousDemonym(d: Dictionary, v: TokenView, i: number): NameMatch | null {
  const amb = AMBIGUOUS_DEMONYMS.get(v.bare[i]);
  if (!amb) return null;
  const named = statesNamed(d, v);
  const inDoc = amb.states.filter((s) => named.has(s));
  const iso = inDoc.length === 1 ? inDoc[0] : inDoc.length === 0 ? amb.usual : undefined;
  const ref = iso !== undefined ? d.countryByIso.get(iso) : undefined;
  if (ref === undefined) return null;
  const hit: Hit = { type: 'demonym', form: [v.bare[i]], ref };
  return { start: i, end: i + 1, hit, hits: [hit] };
}

/** Recognises what starts at token `i`, pushes mentions, and returns the next token to look at. */
/** Parts of speech no actor name, title or agent phrase starts with: skipped without a dictionary look-up. */
const CANNOT_START = new Set(['PUNCT', 'NUM', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADP', 'SYM', 'SPACE']);
const LOWER_NON_STARTERS = new Set(['VERB', 'ADV', 'PRON']);

function recognizeAt(doc: Doc, d: Dictionary, v: TokenView, i: number, date: string, out: Mention[]): number {
  const toks = v.tokens;
  if (v.possTok[i] || isHyphen(toks[i]) || CANNOT_START.has(toks[i].pos)) return i + 1;
  // A lower-case verb, adverb or pronoun starts no name, agent phrase or title either.
  if (LOWER_NON_STARTERS.has(toks[i].pos) && toks[i].text === toks[i].lower) return i + 1;
  // Which tries have an entry beginning with the key at `i` (the matches below all begin there): most words none.
  const h = keyHash(v.key[i]);
  const titled = mayHaveChild(d.titleTrie, h);
  const named = mayHaveChild(d.names, h) || (d.user !== undefined && mayHaveChild(d.user, h));
  const agented = mayHaveChild(d.agentTrie, h);
  // `Congolese refugees`: a demonym of several states, read as the one the document means.
  const amb = ambiguousDemonym(d, v, i);
  if (amb && !(named && matchNames(v, d, i))) return afterName(doc, d, v, amb, date, out);
  if (!titled && !named && !agented) return i + 1;

  // A title (optionally after a country) followed by a person: `foreign minister Abbas Araghchi`, `President Trump`.
  const title = titled ? matchPhrase(v, d.titleTrie, i) : null;
  if (title) {
    const p = personAt(d, v, title.end, date, title.value);
    if (p) {
      out.push(mention(doc, v, i, p.end, personActor(p.person, date, d), 'name', p.end));
      return p.end;
    }
    // `King Hassan of Morocco`, `President Kim of South Korea`: a titled name the dictionaries lack, of a country,
    // holds the title for that country (defence and army titles MIL, others GOV).
    let j = title.end;
    while (j < toks.length && j < title.end + 3 && toks[j].sentence === toks[i].sentence && toks[j].pos === 'PROPN'
      && /^\p{Lu}\p{Ll}/u.test(toks[j].text) && !v.poss[j] && !matchNames(v, d, j)) j++;
    if (j > title.end && j + 1 < toks.length && v.key[j] === 'of' && toks[j + 1].sentence === toks[i].sentence) {
      const k = v.key[j + 1] === 'the' ? j + 2 : j + 1;
      const c = k < toks.length ? matchNames(v, d, k, (h) => h.type === 'country') : null;
      if (c && !rejectName(d, v, c)) {
        const agent = /defen[cs]e|army|staff|war/.test(title.value) ? 'MIL' : 'GOV';
        out.push(mention(doc, v, i, c.end, agentActor(d.countries[c.hit.ref], agent), 'agent', c.end, v.poss[c.end - 1]));
        return c.end;
      }
    }
  }

  const m = named ? matchNames(v, d, i) : null;
  if (m && !rejectName(d, v, m)) return afterName(doc, d, v, m, date, out);

  // An agent followed by of/in/from and a country: `the government of Iran`, `the regime in Tehran`, `troops from
  // Chad`.
  const ag = agented ? matchPhrase(v, d.agentTrie, i) : null;
  if (ag && d.chainAgents && ag.end < toks.length && !v.poss[ag.end - 1]) {
    // PETRARCH dictionaries: an agent right before an actor (`MSF Arnor`, `an MSF Arnor diplomat`).
    const c = matchNames(v, d, ag.end, (h) => h.type === 'org' && !!d.org(h.ref).compose);
    if (c && !rejectName(d, v, c)) {
      let actor = withAgent(orgActor(d.org(c.hit.ref), date), ag.value);
      let end = c.end;
      const after = agentAfter(d, v, end);
      if (after) { actor = withAgent(actor, after.value); end = after.end; }
      out.push(mention(doc, v, i, end, actor, 'agent', end, agentModifier(v, end)));
      return end;
    }
  }
  if (ag && ag.end + 1 < toks.length && !v.poss[ag.end - 1]) {
    const prep = v.key[ag.end];
    // `from` only before the verb (`Soldiers from Gondor cordoned…`), not after one (`withdrew troops from Chad`).
    const subject = prep === 'from' && !toks.slice(doc0(toks, i), i).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // `refugees in Lebanon`, `settlers in the West Bank`: people who came from elsewhere are not the place's own.
    // `students throughout Indonesia`, `protesters across Iran`: as `in`.
    const inside = prep === 'in' || prep === 'throughout' || prep === 'across';
    const incomers = inside && INCOMERS.test(v.key[ag.end - 1]);
    // `security forces in X` are X's own (unlike `troops in X`, often foreign).
    const security = inside && v.key[ag.end - 2] === 'security' && /^forces?$/.test(v.key[ag.end - 1]);
    // `a newspaper based in Beirut`, `militants based in X`: where a group is based is its own country.
    const based = (prep === 'based' || prep === 'headquartered') && v.key[ag.end + 1] === 'in' && !INCOMERS.test(v.key[ag.end - 1]);
    if (prep === 'of' || subject || based || (inside && (IN_AGENTS.test(ag.value) || security) && !incomers)) {
      let k = ag.end + (based ? 2 : 1);
      if (v.key[k] === 'the') k++;
      // `based in northern Syria`, `based in Christian east Beirut`: a part of the place, then the place.
      if (based) for (let n = 0; n < 3 && k < toks.length && (COMPASS.has(v.key[k]) || COMMUNAL.has(v.key[k]) || toks[k].pos === 'ADJ'); n++) k++;
      // `of` takes a country name (`the government of Iran`, not `University of Washington`); `in` also a capital.
      const c = k < toks.length
        ? matchNames(v, d, k, (h) => h.type === 'country' || h.type === 'place' || ((inside || based) && h.type === 'metonym')
          || (h.type === 'org' && !!d.org(h.ref).compose)) : null;
      // (`police in Basra`, `the governor of Sindh province`: a city or region gives its country.)
      const placed = c && c.hit.type === 'place' ? placeRef(d, v, c) : c?.hit.ref;
      if (c && placed !== undefined && toks[c.start].sentence === toks[i].sentence) {
        const base = c.hit.type === 'org' ? orgActor(d.org(c.hit.ref), date) : countryActor(d.countries[placed]);
        out.push(mention(doc, v, i, c.end, withAgent(base, ag.value), 'agent', c.end));
        return agentOverList(doc, d, v, c.end, ag.value, date, out);
      }
      // `the government of President X`, `forces of Prime Minister Y`: the agent of that person's country.
      if (prep === 'of' && k < toks.length && toks[k].sentence === toks[i].sentence) {
        const title = matchPhrase(v, d.titleTrie, k);
        const p = title ? personAt(d, v, title.end, date, title.value) : null;
        const country = p ? personActor(p.person, date, d).country : null;
        const ci = country ? d.countryByIso.get(country) : undefined;
        if (p && ci !== undefined) {
          out.push(mention(doc, v, i, p.end, agentActor(d.countries[ci], ag.value), 'agent', p.end));
          return p.end;
        }
      }
    }
  }
  return i + 1;
}

/**
 * The agent of `the ambassadors of X, Y and Z`, `lawmakers in X and Y` is each country's: the countries listed
 * after the first get a mention with the same agent. Returns where the list ends.
 */
function agentOverList(doc: Doc, d: Dictionary, v: TokenView, end: number, agent: string, date: string, out: Mention[]): number {
  const toks = v.tokens;
  let j = end;
  for (;;) {
    if (v.poss[j - 1]) return j;
    let k = j;
    let joined = false;
    while (k < toks.length && (v.key[k] === ',' || v.key[k] === 'and' || v.key[k] === 'or')) { joined ||= v.key[k] !== ','; k++; }
    if (k === j || k >= toks.length || toks[k].sentence !== toks[j - 1].sentence) return j;
    if (v.key[k] === 'the') k++;
    const c = k < toks.length ? matchNames(v, d, k, (h) => h.type === 'country' || (h.type === 'org' && !!d.org(h.ref).compose)) : null;
    if (!c || rejectName(d, v, c) || v.poss[c.end - 1]) return j;
    // A comma alone continues a list only if it goes on (`X, Y and Z`), not an apposition (`X, its neighbour`).
    if (!joined && !/^(,|and|or)$/.test(v.key[c.end] ?? '')) return j;
    const base = c.hit.type === 'org' ? orgActor(d.org(c.hit.ref), date) : countryActor(d.countries[c.hit.ref]);
    out.push(mention(doc, v, c.start, c.end, withAgent(base, agent), 'agent', c.end));
    j = c.end;
  }
}

/**
 * `Danish media and government`, `the Iranian military and intelligence services`: agents coordinated after one
 * country are each that country's. Returns where the last one ends.
 */
function coordinatedAgents(doc: Doc, d: Dictionary, v: TokenView, end: number, base: Actor, out: Mention[]): number {
  let j = end;
  while (j + 1 < v.tokens.length && (v.key[j] === 'and' || v.key[j] === 'or') && !v.poss[j - 1]
    && v.tokens[j + 1].sentence === v.tokens[j].sentence) {
    // Not an agent that begins a new actor's phrase (`Danish media and Gondor`), only a bare agent word.
    if (matchNames(v, d, j + 1)) break;
    const next = agentAfter(d, v, j + 1);
    if (!next || next.end - (j + 1) > 3) break;
    out.push(mention(doc, v, j + 1, next.end, withAgent(base, next.value), 'agent', next.end, agentModifier(v, next.end)));
    j = next.end;
  }
  return j;
}

/** A person name (or, after a title, a surname) at token `i`. */
function personAt(d: Dictionary, v: TokenView, i: number, date: string, role?: string): { person: PersonRecord; end: number } | null {
  if (i >= v.tokens.length) return null;
  const full = matchNames(v, d, i, (h) => h.type === 'person');
  if (full && nameContinues(v, full.end) && !isNotable(d.person(full.hit.ref))) return null;
  if (full) return { person: namedPerson(d, full, date, role), end: full.end };
  if (!role) return null;
  const sur = matchSurname(v, d, i);
  if (!sur) return null;
  // `former president Carlos Menem` with only `Carlos` known as a surname: a longer name, not that person.
  const n = v.tokens[sur.end];
  if (n && n.sentence === v.tokens[i].sentence && n.pos === 'PROPN' && /^\p{Lu}/u.test(n.text) && !v.poss[sur.end - 1]) return null;
  const p = pickBySurname(d, v.key[i], date, role);
  return p ? { person: p, end: sur.end } : null;
}

/** A capitalised proper noun right after a name (not after a possessive) continues it. */
function nameContinues(v: TokenView, end: number): boolean {
  const n = v.tokens[end];
  return !!n && n.sentence === v.tokens[end - 1].sentence && !v.poss[end - 1] && n.pos === 'PROPN'
    && /^\p{Lu}/u.test(n.text) && !v.possTok[end];
}

/** The token after the run of capitalised proper nouns from `i`. */
function skipName(v: TokenView, i: number): number {
  let k = i;
  while (nameContinues(v, k)) k++;
  return k + 1;
}

/** The person a full name names: when several people share it, the one the date (and title) points to. */
function namedPerson(d: Dictionary, m: NameMatch, date: string, role?: string): PersonRecord {
  const refs = [...new Set(m.hits.filter((h) => h.type === 'person' && h.form.length === m.hit.form.length).map((h) => h.ref))];
  if (refs.length < 2) return d.person(m.hit.ref);
  const people = refs.map((r) => d.person(r));
  return pickPerson(people, date, { title: role === 'head' ? undefined : role, nearest: true }) ?? d.person(m.hit.ref);
}

/**
 * Among people with a surname, the one a title and surname name on the date (`President Bush` in 2003: George W.
 * Bush; in 1991: George H. W. Bush): see pickPerson.
 */
export function pickBySurname(d: Dictionary, key: string, date: string, role?: string): PersonRecord | null {
  return pickPerson(surnamePeople(d, key), date, { title: role });
}

/** Guards against single-word names that are part of another name (`George Washington`, `Jordan Peterson`). */
/** Weekdays and months: a capitalised neighbour that does not make a name longer (`Israel Friday reimposed …`). */
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

function rejectName(d: Dictionary, v: TokenView, m: NameMatch): boolean {
  const toks = v.tokens;
  const t = m.hit.type;
  if (t === 'demonym' || t === 'combining' || t === 'person') return false;
  const single = m.end - m.start === 1;
  const text = v.bare[m.start];
  // Two- and three-letter acronyms inside upper-case text (`TELL US`): not a name.
  if (single && text.length <= 3 && text === text.toUpperCase()) {
    const nb = [m.start - 1, m.end].filter((k) => k >= 0 && k < toks.length && toks[k].sentence === toks[m.start].sentence);
    if (nb.some((k) => /^[A-Z]{2,}$/.test(v.bare[k]) && !matchNames(v, d, k))) return true;
  }
  if (!single || (t !== 'country' && t !== 'metonym' && t !== 'place')) return false;
  const prev = m.start - 1;
  const sentStart = doc0(toks, m.start);
  if (prev >= sentStart && prev >= 0) {
    const p = toks[prev];
    // `Western Cambodia`, `South Lebanon`: a part of the country (`Northern Ireland`, a name of its own, matched first).
    const part = (t === 'country' || t === 'place') && COMPASS.has(v.key[prev]);
    // `Recent US air strikes`, `Several UK officials`: a word capitalised only because it opens the sentence is no
    // name the acronym continues (a full name after it, `Michael Jordan said`, stays guarded).
    const opener = prev === sentStart && text.length <= 3 && text === text.toUpperCase();
    if (p.pos === 'PROPN' && !opener && /^\p{Lu}/u.test(p.text) && !v.poss[prev] && !matchPhrase(v, d.titleTrie, prev)
      && !matchNames(v, d, prev) && !part && !CALENDAR_WORDS.has(v.key[prev])) return true;
  }
  const nx = m.end;
  if (nx < toks.length && toks[nx].sentence === toks[m.start].sentence && !v.poss[m.end - 1]) {
    const n = toks[nx];
    if (n.pos === 'PROPN' && /^\p{Lu}/u.test(n.text) && !matchPhrase(v, d.agentTrie, nx) && !matchPhrase(v, d.titleTrie, nx)
      && !matchNames(v, d, nx) && !CALENDAR_WORDS.has(v.key[nx])) return true;
  }
  return false;
}

function doc0(toks: Token[], i: number): number {
  let k = i;
  const s = toks[i].sentence;
  while (k > 0 && toks[k - 1].sentence === s) k--;
  return k;
}

/**
 * The country (index) of a place matched at `m`: its only one, or — for a name shared by places in several countries
 * (`Tripoli`: Libya, Lebanon) — the one of them the document names; undefined when it names none or several.
 */
function placeRef(d: Dictionary, v: TokenView, m: NameMatch): number | undefined {
  const refs = [...new Set(m.hits.filter((x) => x.type === 'place' && x.form.length === m.hit.form.length).map((x) => x.ref))];
  if (refs.length === 1) return refs[0];
  const named = statesNamed(d, v);
  const inDoc = refs.filter((r) => named.has(d.countries[r].iso));
  return inDoc.length === 1 ? inDoc[0] : undefined;
}

/** What follows a matched name: a composite with an agent, coordinated demonyms, a title and a person, or nothing. */
function afterName(doc: Doc, d: Dictionary, v: TokenView, m: NameMatch, date: string, out: Mention[]): number {
  const toks = v.tokens;
  let h = m.hit;
  if (h.type === 'place') {
    // `Basra`, `West Darfur`: a city or region stands for the country it is in (never its government).
    const ref = placeRef(d, v, m);
    if (ref === undefined) return m.end;
    h = { ...h, ref };
  }
  if (h.type === 'person') {
    // `John Paul Stevens`, `John Paul II`: a longer name than the one in the dictionary is someone else (for the
    // notable, whose names are seldom borrowed, a following capitalised word is more often a caption or a title).
    if (nameContinues(v, m.end) && !isNotable(d.person(h.ref))) return skipName(v, m.end);
    out.push(mention(doc, v, m.start, m.end, personActor(namedPerson(d, m, date), date, d), 'name', m.end, v.poss[m.end - 1]));
    return m.end;
  }
  if (h.type === 'org') {
    const o = d.org(h.ref);
    const actor = orgActor(o, date);
    if (o.compose) {
      // PETRARCH entries take agents as countries do: `Osgiliath soldiers`, `the Calenardhon government`.
      let k = m.end;
      if (k < toks.length && v.possTok[k]) k++;
      const agent = !(m.end < toks.length && isHyphen(toks[m.end])) ? agentAfter(d, v, k) : null;
      if (agent) {
        out.push(mention(doc, v, m.start, agent.end, withAgent(actor, agent.value), 'agent', agent.end, agentModifier(v, agent.end)));
        return coordinatedAgents(doc, d, v, agent.end, actor, out);
      }
    }
    out.push(mention(doc, v, m.start, m.end, actor, 'name', m.end, isModifier(v, m)));
    return m.end;
  }
  // `ethnic Albanians in Serbia`, `an ethnic Russian from Latvia`: an ethnic group, not the state whose name its
  // demonym shares (nor that state's agents: `ethnic Albanian rebels`).
  if (h.type === 'demonym' && m.start > 0 && v.key[m.start - 1] === 'ethnic') return agentAfter(d, v, m.end)?.end ?? m.end;
  const country = d.countries[h.ref];
  // `nine billion US dollars`, `the Turkish lira`: a currency, not the state or its people.
  if ((h.type === 'country' || h.type === 'demonym') && m.end < toks.length && CURRENCIES.has(v.key[m.end])
    && toks[m.end].pos !== 'VERB' && toks[m.end].sentence === toks[m.start].sentence) return m.end + 1;
  // `Bosnian Serbs`, `Iraqi Turkmen`, `Afghan Tajik fighters`: a country's name or demonym before the name of a
  // people living across borders is where that community lives; the group is the first country's (and so are its
  // agents), not the state whose demonym the people's name shares.
  if ((h.type === 'demonym' || h.type === 'country') && !v.poss[m.end - 1]) {
    const people = m.end < toks.length && ETHNONYMS.has(v.key[m.end]) && toks[m.end].sentence === toks[m.start].sentence
      ? matchNames(v, d, m.end, (x) => x.type === 'demonym' && x.ref !== h.ref) : null;
    if (people) {
      let k = people.end;
      if (k < toks.length && v.possTok[k]) k++;
      const agent = agentAfter(d, v, k);
      if (agent) {
        out.push(mention(doc, v, m.start, agent.end, withAgent(countryActor(country), agent.value), 'agent', agent.end, agentModifier(v, agent.end)));
        return agent.end;
      }
      out.push(mention(doc, v, m.start, people.end, countryActor(country), 'demonym', people.end,
        demonymModifier(v, people, d.countries[people.hit.ref])));
      return people.end;
    }
  }
  if (h.type === 'combining') {
    out.push(mention(doc, v, m.start, m.end, countryActor(country), 'demonym', m.end, true));
    return m.end;
  }
  // Country-ish (name, demonym, metonym): look for an agent after it, possibly past a possessive and adjectives.
  let k = m.end;
  if (k < toks.length && v.possTok[k]) k++;
  const hyphenated = m.end < toks.length && isHyphen(toks[m.end]);
  if (!hyphenated) {
    // `Syria's Bashar al-Assad`, `Russia's foreign minister Sergey Lavrov`, `US President Trump`.
    const title = matchPhrase(v, d.titleTrie, k);
    const person = personAt(d, v, title ? title.end : k, date, title?.value);
    if (person && (title || v.poss[m.end - 1])) {
      out.push(mention(doc, v, m.start, person.end, personActor(person.person, date, d), 'name', person.end,
        v.poss[person.end - 1]));
      return person.end;
    }
    const agent = agentAfter(d, v, k);
    if (agent) {
      // `Russia's foreign minister Sergey Lavrov`: the composite is the person's title.
      const after = personAt(d, v, agent.end, date, 'head');
      if (after && matchNames(v, d, agent.end, (x) => x.type === 'person')) {
        out.push(mention(doc, v, m.start, after.end, personActor(after.person, date, d), 'name', after.end, v.poss[after.end - 1]));
        return after.end;
      }
      // A name with a state code of its own composes with it: `Soviet troops` → SUNMIL, `Yugoslav army` → YUGMIL.
      const base = h.type === 'metonym' && /^[A-Z]{3}$/.test(h.code ?? '') ? metonymActor(country, h.code!) : countryActor(country);
      out.push(mention(doc, v, m.start, agent.end, withAgent(base, agent.value), 'agent', agent.end, agentModifier(v, agent.end)));
      return coordinatedAgents(doc, d, v, agent.end, base, out);
    }
    if (h.type === 'demonym') {
      const chain = coordinated(d, v, m);
      if (chain) {
        const mod = agentModifier(v, chain.agentEnd);
        for (const c of chain.members) {
          const isLast = c === chain.members[chain.members.length - 1];
          const end = isLast ? chain.agentEnd : c.end;
          out.push(mention(doc, v, c.start, end, agentActor(d.countries[c.hit.ref], chain.agent), 'agent', end, mod));
        }
        return chain.agentEnd;
      }
    }
  }
  if (h.type === 'metonym') {
    const place = m.start > 0 && !v.poss[m.end - 1] && h.code !== country.code
      && (LOCATIVE.has(v.key[m.start - 1]) || (v.key[m.start - 1] === 'to' && m.start > 1 && MOTION.has(toks[m.start - 2].lemma)));
    const actor = place ? countryActor(country) : metonymActor(country, h.code!);
    out.push(mention(doc, v, m.start, m.end, actor, 'metonym', m.end, isModifier(v, m)));
    return m.end;
  }
  const via = h.type === 'demonym' ? 'demonym' : h.type === 'place' ? 'place' : 'name';
  out.push(mention(doc, v, m.start, m.end, countryActor(country), via, m.end,
    h.type === 'demonym' ? demonymModifier(v, m, country) : isModifier(v, m)));
  return m.end;
}

/** An agent phrase at `k`, possibly after up to two adjectives (`Iran's outdated air force`). */
function agentAfter(d: Dictionary, v: TokenView, k: number): { end: number; value: string } | null {
  const toks = v.tokens;
  for (let skip = 0; skip <= 2 && k + skip < toks.length; skip++) {
    if (skip > 0) {
      const t = toks[k + skip - 1];
      // `Israel's Likud government`, `Nicaragua's Sandinista government`: a party or faction name in the phrase.
      const faction = t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !matchNames(v, d, k + skip - 1) && !CALENDAR_WORDS.has(v.key[k + skip - 1]);
      if ((t.pos !== 'ADJ' && !faction) || v.poss[k + skip - 1]) return null;
    }
    const a = matchPhrase(v, d.agentTrie, k + skip);
    if (a) return d.chainAgents ? chainAgents(d, v, a) : a;
  }
  return null;
}

/** PETRARCH dictionaries: agents right after an agent add their codes (`Muslim media` → MUS + MED). */
function chainAgents(d: Dictionary, v: TokenView, a: { end: number; value: string }): { end: number; value: string } {
  let out = a;
  for (let n = 0; n < 3 && out.end < v.tokens.length && !v.poss[out.end - 1]; n++) {
    const next = matchPhrase(v, d.agentTrie, out.end);
    if (!next) break;
    // Prefix agents (`NGO~`) go before everything composed so far; suffix agents after.
    const value = composeAgents(out.value, next.value);
    out = { end: next.end, value };
  }
  return out;
}

/** Two agent values as one: `MUS` + `MED` → `MUSMED`; `~`-prefix agents stay in front (`NGO~` + `GOV` → `NGO~GOV`). */
function composeAgents(a: string, b: string): string {
  const pre = (x: string) => (x.includes('~') ? x.slice(0, x.indexOf('~')) : '');
  const suf = (x: string) => (x.includes('~') ? x.slice(x.indexOf('~') + 1) : x);
  const p = pre(a) + pre(b), s = suf(a) + suf(b);
  return p ? `${p}~${s}` : s;
}

/** `the Israeli and then American militaries`: demonyms joined by and/or/commas sharing one agent noun. */
function coordinated(d: Dictionary, v: TokenView, first: NameMatch): { members: NameMatch[]; agent: string; agentEnd: number } | null {
  const toks = v.tokens;
  const members = [first];
  let k = first.end;
  let sawConj = false;
  while (k < toks.length && toks[k].sentence === toks[first.start].sentence) {
    if (!COORD.has(v.key[k])) break;
    sawConj = true;
    k++;
    while (k < toks.length && COORD_ADVERBS.has(v.key[k])) k++;
    const nm = k < toks.length ? matchNames(v, d, k, (h) => h.type === 'demonym') : null;
    if (!nm) return null;
    members.push(nm);
    k = nm.end;
  }
  if (!sawConj) return null;
  const agent = agentAfter(d, v, k);
  return agent ? { members, agent: agent.value, agentEnd: agent.end } : null;
}

/** A name modifies a noun when possessive or followed by a noun (`Iran policy`, `US naval armada`). */
function isModifier(v: TokenView, m: NameMatch): boolean {
  return isModifierAt(v, m.end - 1);
}

function isModifierAt(v: TokenView, last: number): boolean {
  if (v.poss[last]) return true;
  const toks = v.tokens;
  const n = last + 1 < toks.length && toks[last + 1].sentence === toks[last].sentence ? toks[last + 1] : null;
  if (!n) return false;
  if (isHyphen(n)) return true; // `Russian-made`, `American-backed`
  if (TEMPORAL.has(n.lower) || n.pos !== 'NOUN') return false;
  // A "noun" followed by that/a determiner/a pronoun is a verb the tagger missed (`Washington hints that`).
  const n2 = last + 2 < toks.length && toks[last + 2].sentence === n.sentence ? toks[last + 2] : null;
  if (n2 && (n2.pos === 'DET' || n2.pos === 'PRON' || n2.lower === 'that') && /s$/.test(n.lower)) return false;
  return true;
}

/** A composite ending in an adjective (`US naval`, `Israeli military intervention`) modifies what follows. */
function agentModifier(v: TokenView, end: number): boolean {
  // An adjective-like agent word heads the phrase when nothing nominal follows (`the Israeli military said`).
  const n = end < v.tokens.length && v.tokens[end].sentence === v.tokens[end - 1].sentence ? v.tokens[end] : null;
  const before = !!n && (n.pos === 'NOUN' || n.pos === 'PROPN' || n.pos === 'ADJ' || isHyphen(n));
  return (v.tokens[end - 1].pos === 'ADJ' && before) || isModifierAt(v, end - 1);
}

/** A demonym is an adjective (modifier) unless it is a plural noun or stands alone (`the British said`). */
function demonymModifier(v: TokenView, m: NameMatch, c: CountryRecord): boolean {
  const text = v.bare[m.end - 1];
  const plural = /s$/.test(text) && c.demonyms.includes(text) && c.demonyms.includes(text.slice(0, -1));
  if (plural && !v.poss[m.end - 1]) return false;
  if (v.poss[m.end - 1]) return true;
  const toks = v.tokens;
  const n = m.end < toks.length && toks[m.end].sentence === toks[m.start].sentence ? toks[m.end] : null;
  if (!n) return false;
  if (isHyphen(n)) return true;
  // `Russian and Belarusian aircraft`: coordinated adjectives.
  if (COORD.has(n.lower)) return /^\p{Lu}/u.test(toks[m.end + 1]?.text ?? '') && toks[m.end + 1]?.pos !== 'VERB';
  if (['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'DET', 'PRON'].includes(n.pos)) return false;
  // An inflected verb (`the British said`) is not a noun the demonym modifies; `Iranian help` is.
  if (n.pos === 'VERB' && n.lemma !== n.lower) return false;
  return true;
}

/** Builds a mention over tokens [start, end); an attached possessive is left out of the text. */
export function mention(doc: Doc, v: TokenView, start: number, end: number, actor: Actor, via: Mention['via'],
  _end: number, modifier = false): Mention {
  const toks = v.tokens;
  const s = toks[start].start;
  const e = v.bareEnd[end - 1];
  return {
    start: s, end: e, tokenStart: start, tokenEnd: end, sentence: toks[start].sentence,
    text: doc.text.slice(s, e), actor, via, modifier,
  };
}
