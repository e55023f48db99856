// Coreference within a document, run by recognizeActors after recognition (or on its own: resolveMentions).
// Adds mentions for:
//   - surnames (`Putin`, `Lavrov`): the earlier full-name person with that surname; without one, a dictionary
//     person with that surname who is in office on the article's date, when only one is and the surname is not a
//     common word;                                                                                  via 'surname'
//   - he/him/his/she/her: the most recent person in the same sentence (preferring one not after a preposition) or
//     the first (subject-like) person of the previous sentence; a fronted `During … with his X, <Person>` points
//     forward to the person after the comma;                                                        via 'pronoun'
//   - they/their/them: only when the nearest actor is clearly plural (`Russian troops`, `Iranians`); via 'pronoun'
//   - `his Iranian counterpart`: the person of that country holding the same role as `his` referent on the date,
//     or that country's agent for the role (IRNGOV);                                                via 'role'
//   - `the president`, `the foreign minister`, `the autocrat`: the most recent person with that role, else the
//     holder of the role in the article's most mentioned country on the date;                       via 'role'
// Reflexives (himself) and `it/its` are not resolved.
import type { Actor, Doc, Mention } from '../types.js';
import { agentActor, personActor, personOf } from './actor.js';
import {
  childOf, covers, hasTitle, isNotable, officesOn, pickPerson, surnamePeople, type Dictionary, type PersonRecord,
} from './dictionary.js';
import { capitalised } from '../annotate/text.js';
import { matchNames, matchPhrase, matchSurname, mention, tokenView, type TokenView } from './recognize.js';

const MALE = new Set(['he', 'him', 'his']);
const FEMALE = new Set(['she', 'her', 'hers']);
const PLURAL = new Set(['they', 'them', 'their']);
const HEAD_TITLES = new Set(['president', 'prime minister', 'supreme leader', 'king']);
/** Surnames that are also common English words: matched alone only as a name (a proper noun not opening the sentence,
 *  or opening it before a verb: `Bush said`, not `Brown rice`), and only for someone in office on the date. */
const WORD_SURNAMES = new Set(['may', 'rice', 'brown', 'black', 'white', 'young', 'king', 'bush', 'ford', 'carter',
  'long', 'little', 'hill', 'wood', 'rich', 'church', 'green', 'price', 'cross', 'bishop', 'pope', 'love', 'hope',
  'grant', 'frank', 'case', 'major', 'cook', 'mark', 'bird', 'park', 'said', 'will', 'rose', 'bell', 'lord', 'noble',
  'power', 'strong', 'wise', 'hunt', 'fox', 'wolf', 'lamb', 'mills', 'banks', 'marsh', 'field', 'stone', 'day',
  'north', 'south', 'west', 'east', 'chance', 'moon', 'sun', 'star', 'gold', 'silver', 'page', 'story', 'law', 'faith']);
/** Given names and very common surnames: never matched alone without an earlier full name. */
const NAME_SURNAMES = new Set(['lee', 'kim', 'li', 'wang', 'zhang', 'singh', 'khan', 'ali', 'ahmed', 'mohammed',
  'muhammad', 'mohamed', 'hassan', 'hussein', 'johnson', 'jones', 'smith', 'miller', 'wilson', 'davis', 'taylor',
  'thomas', 'moore', 'martin', 'lewis', 'walker', 'allen', 'scott', 'adams', 'baker', 'nelson', 'hall', 'clark',
  'harris', 'james', 'charles', 'george', 'william', 'philippe', 'felipe', 'rama', 'costa', 'francis', 'salman',
  'abdullah', 'hamad', 'tamim', 'haitham', 'mishal', 'ramos', 'silva', 'santos', 'sanchez', 'garcia', 'lopez',
  'rodriguez', 'gonzalez', 'fernandez', 'martinez', 'perez', 'jose', 'juan', 'luis', 'ma', 'xi', 'ibrahim', 'ahmad',
  'mahmoud', 'khalifa', 'sabah', 'thani', 'nahyan', 'saud', 'diallo', 'traore', 'toure', 'camara', 'kone', 'chen',
  'lin', 'liu', 'wu', 'yang', 'huang', 'zhou', 'nguyen', 'tran', 'pham', 'park', 'choi', 'jung', 'kang', 'yoon',
  'kumar', 'sharma', 'patel', 'rahman', 'islam', 'hossain', 'chowdhury', 'aziz', 'karim', 'salem', 'saleh', 'omar',
  'hamid', 'rashid', 'nasser', 'yusuf', 'youssef', 'abdel', 'abdul', 'abu', 'bin', 'ben']);
/** Days and months: capitalised, never a surname alone (`on Friday`). */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'easter', 'christmas', 'ramadan']);
/** A surname of notable people of this many countries, or of this many people in all, is a common name. */
const COMMON_NAME_COUNTRIES = 3;
const COMMON_NAME_PEOPLE = 8;
/** A word that begins the names of this many people is a given name. */
const GIVEN_NAME_PEOPLE = 3;

export function resolveMentions(doc: Doc, mentions: Mention[], d: Dictionary, view?: TokenView): Mention[] {
  const v = view ?? tokenView(doc, d);
  const toks = v.tokens;
  const date = doc.anchorDate;
  const out: Mention[] = [];
  const salient = salientCountry(mentions);
  const present = new Set(mentions.map((m) => m.actor.country).filter((c): c is string => !!c));
  const bearers = new Map<string, number>();
  let mi = 0;
  let i = 0;
  while (i < toks.length) {
    if (mi < mentions.length && mentions[mi].tokenStart <= i) {
      const m = mentions[mi++];
      // `his Iranian counterpart`: the demonym was read as a modifier; the counterpart replaces it.
      out.push(m);
      i = Math.max(i, m.tokenEnd);
      continue;
    }
    const nextStart = mi < mentions.length ? mentions[mi].tokenStart : toks.length;
    const key = v.key[i];

    // Pronouns, and `his Iranian counterpart`. (They all begin with h, s or t: a character test first, then the sets.)
    const c0 = key.charCodeAt(0);
    if ((c0 === 104 || c0 === 115 || c0 === 116) && (MALE.has(key) || FEMALE.has(key) || PLURAL.has(key))) {
      const ante = PLURAL.has(key) ? pluralAntecedent(out, toks[i].sentence) : personAntecedent(v, out, mentions, mi, i);
      if (ante) {
        const possessive = key === 'his' || key === 'their' || (key === 'her' && nounFollows(v, i));
        out.push(mention(doc, v, i, i + 1, { ...ante.actor }, 'pronoun', i + 1, possessive));
        if (possessive) {
          const cp = counterpart(doc, d, v, i + 1, ante.actor, date, mentions, mi);
          if (cp) {
            out.push(cp.mention);
            while (mi < mentions.length && mentions[mi].tokenStart < cp.mention.tokenEnd) mi++;
            i = cp.mention.tokenEnd;
            continue;
          }
        }
      }
      i++;
      continue;
    }

    // `the president`, `the autocrat`, `the foreign minister`.
    if (key === 'the' && i + 1 < nextStart) {
      const t = matchPhrase(v, d.titleTrie, i + 1);
      if (t && t.end <= nextStart && !followedByName(v, d, t.end) && v.key[t.end] !== 'of') {
        const p = roleReferent(d, out, t.value, salient, date);
        if (p) {
          out.push(mention(doc, v, i + 1, t.end, personActor(p, date, d), 'role', t.end, v.poss[t.end - 1]));
          i = t.end;
          continue;
        }
      }
    }

    // Surnames.
    if (capitalised(v.bare[i])) {
      const s = matchSurname(v, d, i);
      if (s && s.end <= nextStart && !neighbourName(v, i, s.end)) {
        // `the Reagan administration`, `the Blair government`: the government of a head named by surname, whenever.
        const g = administration(d, v, out, i, s.end, present);
        if (g) {
          out.push(mention(doc, v, i, s.end + 1, g, 'surname', s.end + 1, modifierAfter(v, s.end)));
          while (mi < mentions.length && mentions[mi].tokenStart <= s.end) mi++;
          i = s.end + 1;
          continue;
        }
        const alone = aloneAs(v, i);
        const p = surnameReferent(d, out, v.key[i], date, alone !== 'no' && otherBearer(v, i, mentions, bearers) ? 'no' : alone,
          salient, present);
        if (p) {
          out.push(mention(doc, v, i, s.end, personActor(p, date, d), 'surname', s.end, modifierAfter(v, s.end - 1)));
          i = s.end;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** A person's surname and the last word of their name, lower-cased, made once per record (looked up per mention). */
const nameEnds = new WeakMap<PersonRecord, { surname: string | undefined; last: string | undefined }>();

/** Whether `key` (a token's match key) is the person's surname or the last word of their name. */
function namedBy(p: PersonRecord, key: string): boolean {
  let e = nameEnds.get(p);
  if (!e) {
    e = { surname: p.surname?.toLowerCase(), last: p.name.toLowerCase().split(/\s+/).pop() };
    nameEnds.set(p, e);
  }
  return e.surname === key || e.last === key;
}

/** Nouns for the government a head of state or government leads, named after them (`the Reagan administration`). */
const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet']);

/**
 * `the Reagan administration`, `the Blair government`, `the Assad regime`: a surname right before a government noun
 * names a head of state or government, in office or not, and the phrase is that country's government (GOV, not the
 * person's ELI after their term). The head is an earlier full name with the surname, else every head with it in the
 * dictionary must be of one country (or only one of their countries named in the text).
 */
function administration(d: Dictionary, v: TokenView, out: Mention[], i: number, end: number,
  present: Set<string>): Actor | null {
  if (end >= v.tokens.length || v.poss[end - 1] || !GOVERNMENT_NOUNS.has(v.key[end])) return null;
  if (v.tokens[end].sentence !== v.tokens[i].sentence) return null;
  const key = v.key[i];
  const headCountries = (p: PersonRecord) => new Set(p.roles.filter((r) => hasTitle(r, 'head')).map((r) => r.country));
  let countries: Set<string> | null = null;
  for (let q = out.length - 1; q >= 0 && !countries; q--) {
    const p = personOf(out[q].actor, d);
    if (p && namedBy(p, key)) countries = headCountries(p);
  }
  if (!countries) countries = new Set(surnamePeople(d, key).flatMap((p) => [...headCountries(p)]));
  let list = [...countries];
  if (list.length > 1) list = list.filter((c) => present.has(c));
  if (list.length !== 1) return null;
  const ci = d.countryByIso.get(list[0]);
  return ci === undefined ? null : agentActor(d.countries[ci], 'GOV');
}

/** The country mentioned most often (ties: first mentioned), ignoring organisations. */
export function salientCountry(mentions: Mention[]): string | null {
  const count = new Map<string, number>();
  for (const m of mentions) {
    const c = m.actor.country;
    if (!c || c.length !== 3 || ['IGO', 'NGO', 'IMG', 'MNC'].includes(c)) continue;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of count) if (k > n) { best = c; n = k; }
  return best;
}

function nounFollows(v: TokenView, i: number): boolean {
  const n = v.tokens[i + 1];
  return !!n && n.sentence === v.tokens[i].sentence && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(n.pos);
}

function modifierAfter(v: TokenView, last: number): boolean {
  if (v.poss[last]) return true;
  const n = v.tokens[last + 1];
  return !!n && n.sentence === v.tokens[last].sentence && n.pos === 'NOUN';
}

/** A capitalised proper noun right before or after a surname makes it part of another name (`Ivanka Trump`). */
function neighbourName(v: TokenView, start: number, end: number): boolean {
  const toks = v.tokens;
  const isName = (k: number) => k >= 0 && k < toks.length && toks[k].sentence === toks[start].sentence
    && toks[k].pos === 'PROPN' && /^\p{Lu}/u.test(toks[k].text) && !v.possTok[k];
  const prevIsName = start > 0 && isName(start - 1) && !sentenceInitial(v, start - 1) && !v.poss[start - 1]
    && !/^(mr|mrs|ms|dr|sen|gen|rep)\.?$/.test(v.key[start - 1]);
  const nextIsName = !v.poss[end - 1] && isName(end);
  return prevIsName || nextIsName;
}

/**
 * `John Paul Stevens … Stevens`: earlier in the text the same word ends a full name that is nobody in the dictionary
 * (a capitalised name before it, and no mention there), so the surname is that person's.
 */
function otherBearer(v: TokenView, i: number, mentions: Mention[], bearers: Map<string, number>): boolean {
  // The test of a token does not depend on `i`: the first token that passes it is found once per key (`bearers`).
  const key = v.key[i];
  let first = bearers.get(key);
  if (first === undefined) {
    first = firstBearer(v, key, mentions);
    bearers.set(key, first);
  }
  return first < i;
}

/** The first token (from 1) with this key that ends a full name nobody in the dictionary has; Infinity if none. */
function firstBearer(v: TokenView, key: string, mentions: Mention[]): number {
  const toks = v.tokens;
  let mi = 0;
  for (let k = 1; k < toks.length; k++) {
    if (v.key[k] !== key) continue;
    while (mi < mentions.length && mentions[mi].tokenEnd <= k) mi++;
    if (mi < mentions.length && mentions[mi].tokenStart <= k) continue;
    const p = toks[k - 1];
    if (p.sentence === toks[k].sentence && p.pos === 'PROPN' && /^\p{Lu}/u.test(p.text) && !v.possTok[k - 1]
      && !/^(mr|mrs|ms|dr|sen|gen|rep|president|minister|king|queen|prince|general|judge|justice)\.?$/.test(v.key[k - 1])) return k;
  }
  return Infinity;
}

/**
 * How far a capitalised token may be read as a surname with no earlier full name: `word` (even a common-word surname:
 * a proper noun inside the sentence, or opening it before a verb — `Bush said`), `name` (a proper noun), or `no`.
 */
function aloneAs(v: TokenView, i: number): 'no' | 'name' | 'word' {
  const t = v.tokens[i];
  if (t.pos !== 'PROPN') return 'no';
  // `MAGA`, `NASA`: an acronym, not a surname written in capitals.
  if (v.bare[i].length >= 2 && v.bare[i] === v.bare[i].toUpperCase()) return 'no';
  // `Michael Jordan`: a name before it (even opening the sentence) makes it someone else's surname.
  const p = v.tokens[i - 1];
  if (p && p.sentence === t.sentence && p.pos === 'PROPN' && /^\p{Lu}/u.test(p.text) && !v.poss[i - 1]
    && !/^(mr|mrs|ms|dr|sen|gen|rep)\.?$/.test(v.key[i - 1])) return 'no';
  if (!sentenceInitial(v, i)) return 'word';
  const n = v.tokens[i + 1];
  return n && n.sentence === t.sentence && (n.pos === 'VERB' || n.pos === 'AUX') ? 'word' : 'name';
}

function sentenceInitial(v: TokenView, k: number): boolean {
  return k === 0 || v.tokens[k - 1].sentence !== v.tokens[k].sentence;
}

function followedByName(v: TokenView, d: Dictionary, k: number): boolean {
  if (k >= v.tokens.length) return false;
  return !!matchNames(v, d, k, (h) => h.type === 'person') || !!matchSurname(v, d, k);
}

/** The person a he/she/his/her refers to. */
function personAntecedent(v: TokenView, out: Mention[], mentions: Mention[], mi: number, i: number): { actor: Actor } | null {
  const toks = v.tokens;
  const s = toks[i].sentence;
  // Cataphora: `During a meeting with his counterpart, Sergei Shoigu, …` — a fronted phrase before the first comma.
  if (v.key[i] === 'his' || v.key[i] === 'her') {
    let k = i;
    while (k > 0 && toks[k - 1].sentence === s && toks[k - 1].text !== ',') k--;
    const fronted = k === 0 || toks[k - 1].sentence !== s;
    if (fronted) {
      let c = i + 1;
      while (c < toks.length && toks[c].sentence === s && toks[c].text !== ',') c++;
      for (let q = mi; q < mentions.length && mentions[q].tokenStart <= c + 1; q++) {
        const m = mentions[q];
        if (m.tokenStart === c + 1 && m.actor.kind === 'person') return { actor: m.actor };
      }
    }
  }
  const same: Mention[] = [];
  const prev: Mention[] = [];
  for (let q = out.length - 1; q >= 0; q--) {
    const m = out[q];
    if (m.sentence < s - 1) break;
    if (m.actor.kind !== 'person') continue;
    if (m.sentence === s && m.tokenEnd <= i) same.push(m);
    else if (m.sentence === s - 1) prev.push(m);
  }
  if (same.length) {
    const direct = same.find((m) => m.tokenStart === 0 || toks[m.tokenStart - 1].pos !== 'ADP');
    return { actor: (direct ?? same[0]).actor };
  }
  if (prev.length) {
    const ordered = prev.slice().reverse();
    const subj = ordered.find((m) => !m.modifier) ?? ordered[0];
    return { actor: subj.actor };
  }
  return null;
}

/** `they`/`their`: the nearest actor in this or the previous sentence, if it is clearly plural. */
function pluralAntecedent(out: Mention[], s: number): { actor: Actor } | null {
  for (let q = out.length - 1; q >= 0; q--) {
    const m = out[q];
    if (m.sentence < s - 1) break;
    if (m.modifier || m.via === 'pronoun') continue;
    const plural = (m.actor.kind === 'agent' && /s$/i.test(m.text) && m.via === 'agent')
      || (m.via === 'demonym' && /s$/.test(m.text));
    return plural ? { actor: m.actor } : null;
  }
  return null;
}

/** `his Iranian counterpart` at token `k` (after the possessive): a person or agent of that country. */
function counterpart(doc: Doc, d: Dictionary, v: TokenView, k: number, owner: Actor, date: string,
  mentions: Mention[], mi: number): { mention: Mention } | null {
  const toks = v.tokens;
  let c = k;
  let country: string | null = null;
  const dm = mentions[mi];
  if (dm && dm.tokenStart === k && (dm.via === 'demonym' || dm.via === 'name') && dm.actor.kind === 'country') {
    country = dm.actor.country;
    c = dm.tokenEnd;
    if (c < toks.length && v.possTok[c]) c++;
  }
  if (!country || c >= toks.length || !/^counterparts?$/.test(v.key[c])) return null;
  const p = personOf(owner, d);
  const role = p ? officesOn(p, date)[0] : undefined;
  const ci = d.countryByIso.get(country);
  if (ci === undefined) return null;
  let actor: Actor | null = null;
  if (role) {
    const holder = holderOf(d, country, role.title, date);
    actor = holder ? personActor(holder, date, d) : agentActor(d.countries[ci], role.agent);
  } else if (owner.code.length > 3) {
    actor = agentActor(d.countries[ci], owner.code.slice(3));
  }
  if (!actor) return null;
  return { mention: mention(doc, v, k, c + 1, actor, 'role', c + 1, false) };
}

/** The person holding a role (title) in a country on a date. */
export function holderOf(d: Dictionary, country: string, title: string, date: string): PersonRecord | null {
  const list = d.peopleIn(country);
  let best: PersonRecord | null = null;
  let bestRank = 9;
  for (const i of list) {
    const p = d.person(i);
    for (const r of p.roles) {
      if (r.country !== country || !covers(r, date)) continue;
      const match = title === 'head' ? (r.seat === 'hos' || HEAD_TITLES.has(r.title)) : r.title === title;
      if (!match) continue;
      const rank = (r.src === 'curated' ? 0 : r.src === 'factbook' ? 1 : 2) + (title === 'head' && r.seat === 'hog' ? 3 : 0);
      if (rank < bestRank) { best = p; bestRank = rank; }
    }
  }
  return best;
}

/** `the foreign minister`: the latest person mentioned with that role, else its holder in the salient country. */
function roleReferent(d: Dictionary, out: Mention[], title: string, salient: string | null, date: string): PersonRecord | null {
  if (title === 'head' && salient) {
    // Generic words (the autocrat, the leader): the salient country's head if mentioned, else its head of state.
    for (let q = out.length - 1; q >= 0; q--) {
      const p = personOf(out[q].actor, d);
      if (p && officesOn(p, date).some((r) => r.country === salient && (HEAD_TITLES.has(r.title) || r.seat))) return p;
    }
    return holderOf(d, salient, 'head', date);
  }
  for (let q = out.length - 1; q >= 0; q--) {
    const p = personOf(out[q].actor, d);
    if (p && p.roles.some((r) => r.title === title && covers(r, date))) return p;
  }
  return salient && title !== 'head' ? holderOf(d, salient, title, date) : null;
}

/**
 * A surname's referent: an earlier full name with that surname; else, when `alone` allows it, a dictionary person:
 * the only one in office on the date, or — when none is and all share one country — the one whose term is nearest
 * (common-word surnames: only someone in office). Given names and common surnames are never resolved alone.
 */
function surnameReferent(d: Dictionary, out: Mention[], key: string, date: string, alone: 'no' | 'name' | 'word',
  salient: string | null, present: Set<string>): PersonRecord | null {
  for (let q = out.length - 1; q >= 0; q--) {
    const p = personOf(out[q].actor, d);
    if (p && namedBy(p, key)) return p;
  }
  if (alone === 'no' || NAME_SURNAMES.has(key) || CALENDAR.has(key) || key.length < 4) return null;
  // A surname that is also a country's name or nationality (`Jordan`, `Chad`, `English`) or an agent noun
  // (`Christian`, `Guard`) is not resolved alone.
  if (childOf(d.names, key)?.hits?.some((h) => h.type !== 'person' && h.type !== 'org' && h.form.length === 1)) return null;
  if (childOf(d.agentTrie, key)?.value !== undefined) return null;
  const word = WORD_SURNAMES.has(key);
  if (word && alone !== 'word') return null;
  const all = surnamePeople(d, key);
  if (all.length >= COMMON_NAME_PEOPLE) return null;
  // A word many people have as a first name (`Elizabeth`, `Said`) is not a surname alone.
  if (d.givenNameCount(key) >= GIVEN_NAME_PEOPLE) return null;
  const notable = all.filter(isNotable);
  if (new Set(notable.flatMap((p) => p.roles.map((r) => r.country))).size >= COMMON_NAME_COUNTRIES) return null;
  const p = pickPerson(notable, date, { nearest: !word, prefer: salient });
  // Only a head of state or government in office on the date is named by surname alone anywhere; anyone else (out
  // of office, or a minister) needs their country named in the text too (`Neptune` in an article on planets is not
  // Haiti's former prime minister).
  if (p && !officesOn(p, date).some((r) => hasTitle(r, 'head')) && !p.roles.some((r) => present.has(r.country))) return null;
  return p;
}
