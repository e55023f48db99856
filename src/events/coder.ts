// events: reads who did what to whom in each sentence, from the actor mentions, the clause structure and the
// pattern dictionary, and codes it (CAMEO, Goldstein, quad class, PLOVER), with modality and date.
import type { CodedEvent, Doc, EventActor, Mention, Modality, Token } from '../types.js';
import { dateForEvent } from '../times/anchor.js';
import { capitalised } from '../annotate/text.js';
import { cameoEntry, ploverFor } from './ontology/index.js';
import { petrarchNegation } from './ontology/pico.js';
import { type Clause, clauseOf, splitClauses } from './clauses.js';
import { type Cues, defaultCues, defaultSpeechActs, speechActCode, type SpeechActMap } from './lexicon.js';
import type { ModalityReading } from './modality.js';
import { modalityAt } from './modality.js';
import { anyWordsThere, choosePattern, Context, defaultPatterns, NO_EVENT, type Pattern, type PatternBook, SentenceWords } from './patterns.js';
import { matchSequence, type SeqMatch } from './sequence.js';
import { matchesDiscard, type DiscardLists } from './petrarch/discards.js';

export interface EventCoderOptions {
  /** The verb and noun patterns (default: dyad's own, then the imported CAMEO verb dictionary). */
  patterns?: PatternBook;
  /** PETRARCH/TABARI discard lists: a sentence (or story) holding one of these phrases is not coded. */
  discards?: DiscardLists;
  /**
   * PETRARCH's conventions instead of dyad's: an act announced, intended or about to happen is coded as the act
   * (`X will restore ties` → 050, asserted), and dyad adds no speech acts of its own (intent, demand, refusal).
   */
  petrarch?: boolean;
}


/** A participant found for an event: a mention, or an actor derived from one (`protests in X` → X's opposition). */
interface Participant {
  actor: EventActor;
  mention: Mention;
}

interface Reading {
  sentence: number;
  pattern: Pattern;
  code: string;
  trigger: Token[];
  sources: Participant[];
  targets: Participant[];
  modality: Modality;
  nominal: boolean;
  how: string;
  /** How the modality was read (cue, reporting verb), for speech acts. */
  reading?: ModalityReading;
}

/**
 * Roots whose events, with no target named and no other country in the sentence, are aimed at home
 * (`the government lifted the curfew`, `protesters marched`, `police arrested 40`, `troops captured a rebel
 * stronghold`). Not criticism or rejection: those are mostly of others, named or not.
 */
const DOMESTIC_ROOTS = new Set(['08', '09', '10', '14', '15', '17', '18', '19', '20']);
const OWNERLESS_ROOTS = new Set(['03', '04']);
/** Nouns a demonym modifies in the frame of a superlative (`the largest in Peruvian history`), not in a place. */
const FRAME_NOUNS = new Set(['history', 'memory']);
/** Nouns of reporting: a by-phrase after them names the author (`estimates by the Red Cross`), not an agent. */
const REPORT_NOUNS = new Set(['estimate', 'report', 'statement', 'account', 'figure', 'count', 'survey', 'study', 'assessment', 'tally']);
/** Verbs of asking or pressing: their object is the subject of the infinitive after it (`urged Chile to V`). */
const DIRECTIVE = new Set(['ask', 'urge', 'pressure', 'press', 'persuade', 'encourage', 'invite', 'implore', 'exhort', 'request']);
/** Words a clause's subject is made of (`the dispute`, `Peru's two neighbours`). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
/** Cooperation, verbal or material: an actor it is aimed `against` is not its target. */
const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);
/** Roots whose act can be aimed at a city or region (the people in it): protest, force posture, coercion, violence. */
const PLACE_TARGET_ROOTS = new Set(['14', '15', '17', '18', '19', '20']);
/** Nouns of which a place is the name (`the town of X`, `the outskirts of X`), not the owner. */
const SETTLEMENT = /^(town|city|village|province|region|district|state|governorate|county|area|suburb|port|capital|islands?|outskirts|centre|center|streets|parts?|north|south|east|west|heart)$/;
/**
 * Governors that say the act did not happen without saying anyone refused it (`failed to uphold Y's rights`, `failed
 * to capture the town`) — except an act both sides must do: failing to reach agreement rejects the other's terms.
 */
const NOT_REFUSING = new Set(['fail']);
/** Governors of a decision taken: `decided to V`, `voted to V`. */
const DECISION = new Set(['decide', 'vote', 'resolve', 'opt']);

/**
 * Whether a decision to do the act is the act itself: administrative, legal and diplomatic acts, which a decision
 * accomplishes (`the court decided to allow Y to run`, `the cabinet voted to lift the curfew`, `decided to recall its
 * ambassador`) — yielding (08), rejecting (12), recognising (054), reducing relations (16) and administrative
 * sanctions (172). Not acts carried out afterwards: military de-escalation but a declared ceasefire (087, 0872-0874),
 * expelling or withdrawing (166), or any other act (`decided to send troops`).
 */
function decidedAct(code: string): boolean {
  if (code.startsWith('087') && code !== '0871') return false;
  if (code.startsWith('166')) return false;
  return ['08', '12', '16'].includes(code.slice(0, 2)) || code.startsWith('054') || code.startsWith('172');
}
/** Prepositions whose object may be a target when the pattern names none. */
const DEFAULT_TARGET_PREPS = ['to', 'with', 'against', 'on', 'toward', 'towards', 'at', 'into', 'for', 'between', 'among'];
/** Tokens that may stand between the conjuncts of a compound actor (`X and Y`, `X, Y and Z`, `X and then Y`). */
const CONJ = new Set(['and', 'or', ',', 'then', 'as', 'well', 'both', '&']);
/** Longest sentence the coder reads, in tokens; the longest in the seed and gold sets is under 90. */
export const MAX_SENTENCE_TOKENS = 200;
/** Modals that, with an `if`/`unless` clause, make an act a conditional threat or promise. */
const CONDITIONAL_MODALS = new Set(['may', 'might', 'could', 'would', 'will']);
/** Verb particles wink may tag as prepositions (`speeded up the withdrawal`). */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'in']);
const GERUND_PREPS = new Set(['for', 'by', 'without', 'of', 'in', 'on', 'after', 'before', 'since', 'from', 'despite', 'about']);
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** Verbs of appeal whose object is to do what the infinitive after it says (`urged X to`, `called on X to`). */
const APPEALS_TO = new Set([...DIRECTIVE, 'call', 'appeal', 'beg', 'push', 'advise']);
const PP_INNER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'NOUN', 'PART']);
/** Verbs of attack that, between two people, mean criticism; verbs of winning that mean an election. */
const WORDS_OF_ATTACK = new Set(['attack', 'hit', 'target', 'assail']);
const CONTESTS = new Set(['defeat', 'beat', 'rout', 'crush', 'trounce', 'overwhelm']);
/** Roots of what a protest says (criticism, demands, appeals): restated by its purpose, not a second event. */
const PROTEST_CONTENT = new Set(['11', '10', '02']);
/** Prepositions placing an event before the clause's act (`after the protest`, `following the attack`). */
const PRIOR_PREPS = new Set(['after', 'following', 'since', 'before', 'amid']);
/** Nouns of another party on one's side: `X's allies` are not X. */
const ALLIES = new Set(['ally', 'allies', 'proxy', 'proxies']);
/** Participles of membership before their preposition: `workers affiliated with X` are X's own. */
const MEMBERSHIP = new Set(['affiliated with', 'affiliated to', 'belonging to']);
/** Nouns of a line between two countries: `on the Ruritanian border` places an act, it names no side. */
const BORDERS = new Set(['border', 'frontier', 'boundary']);
/** Nouns of an organisation of people: `the X Workers' Union` is the workers' own. */
const ORGANISATIONS = new Set(['union', 'association', 'federation', 'confederation', 'syndicate', 'league', 'congress',
  'council', 'party', 'movement', 'front', 'committee', 'organisation', 'organization', 'alliance', 'guild', 'society']);
/**
 * Nouns of an act done to whoever their `of` phrase names (`the killing of X`, `the arrest of Y`). Criticising or
 * protesting such an act (roots 11 and 14) is aimed at whoever did it, not at its victim: `Kenya condemned the killing
 * of Ugandan students` is no criticism of Uganda.
 */
const DONE_TO = new Set(['killing', 'murder', 'death', 'arrest', 'detention', 'execution', 'assassination', 'abduction',
  'kidnapping', 'torture', 'imprisonment', 'jailing', 'deportation', 'expulsion', 'beating', 'persecution', 'mistreatment',
  'treatment', 'shooting', 'massacre', 'slaughter', 'eviction', 'settlement', 'resettlement', 'internment', 'disappearance']);
const AT_THE_DOER = new Set(['11', '14']);
/** Other verbs whose complement may be a clause without `that` (`arguing X did not …`, `meaning X has …`). */
const CLAUSE_TAKING = new Set(['argue', 'mean', 'explain', 'note', 'stress', 'assert', 'allege', 'acknowledge', 'admit', 'ensure', 'predict', 'recall', 'reveal', 'worry', 'complain', 'insist']);
/** Verbs of thinking or perceiving, whose complement may be a clause without `that` (`believe the army seized X`). */
const THINKING = new Set(['think', 'believe', 'know', 'fear', 'suspect', 'hear', 'see', 'feel', 'hope', 'expect', 'find', 'show', 'suggest', 'estimate', 'learn', 'understand', 'conclude']);

export class EventCoder {
  private readonly book: PatternBook;
  private readonly cues: Cues;
  private readonly acts: SpeechActMap;
  private readonly discards: DiscardLists | null;
  private readonly petrarch: boolean;
  /** The words of the sentence being read that the patterns' sequences need (see SentenceWords). */
  private readonly sentenceWords = new SentenceWords();

  constructor(opts: EventCoderOptions = {}) {
    this.book = opts.patterns ?? defaultPatterns();
    this.cues = defaultCues();
    this.acts = defaultSpeechActs();
    this.discards = opts.discards ?? null;
    this.petrarch = Boolean(opts.petrarch);
  }

  /** Whether a discard phrase stands in the tokens [from, to). */
  private discarded(doc: Doc, from: number, to: number, list: string[][]): boolean {
    if (!list.length) return false;
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push(doc.tokens[i].lower);
    return matchesDiscard(words, list);
  }

  /** Codes every sentence of the doc. The doc must carry mentions and times. */
  code(doc: Doc): CodedEvent[] {
    const inTime = timeTokens(doc);
    const mentionAt = new Int32Array(doc.tokens.length).fill(-1);
    doc.mentions.forEach((m, k) => {
      // A time expression is never an actor (`on Friday`, `in May`), whatever a dictionary says.
      if (inTime[m.tokenStart] && inTime[m.tokenEnd - 1]) return;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = k;
    });
    const events: CodedEvent[] = [];
    if (this.discards && this.discarded(doc, 0, doc.tokens.length, this.discards.story)) return events;
    const seen = new Set<string>();
    const actorsIn = new Uint16Array(doc.sentences.length);
    for (const m of doc.mentions) if (m.sentence >= 0) actorsIn[m.sentence]++;
    for (let s = 0; s < doc.sentences.length; s++) {
      // No actor, no event — except a protest placed in `the country` named earlier.
      if (actorsIn[s] === 0 && !(doc.sentences[s].text.includes('country') && /\bcountry\b/.test(doc.sentences[s].text))) continue;
      // A "sentence" of hundreds of words is a list, a table or junk, not prose: not coded (and kept linear).
      if (doc.sentences[s].tokenEnd - doc.sentences[s].tokenStart > MAX_SENTENCE_TOKENS) continue;
      const sent = doc.sentences[s];
      if (this.discards && this.discarded(doc, sent.tokenStart, sent.tokenEnd, this.discards.sentence)) continue;
      const readings = new SentenceReader(doc, s, mentionAt, this.book, this.cues, this.acts, inTime, this.sentenceWords, this.petrarch).read();
      for (const r of readings) this.emit(doc, r, events, seen);
    }
    return events;
  }

  /**
   * `Russian forces shelled Kyiv`, `missiles struck Beirut`: force hits the city, not the government its name stands
   * for in words (`Kyiv rejected …`): a capital as the target of physical force is its country.
   */
  private cityHit(p: Participant, code: string): Participant {
    const a = p.actor;
    if (p.mention.via !== 'metonym' || !FORCE_ROOTS.has(code.slice(0, 2)) || !a.country || a.country === 'IGO' || a.code !== `${a.country}GOV`) return p;
    return { ...p, actor: { ...a, code: a.country } };
  }

  private emit(doc: Doc, r: Reading, out: CodedEvent[], seen: Set<string>): void {
    const sentence = doc.sentences[r.sentence];
    let code = r.code;
    let modality: Modality = r.modality;
    if (this.petrarch) {
      // PETRARCH codes what is announced, intended or about to happen as the act, and a negated act as the code
      // its ontology gives the negation (`did not clash` → 050), or not at all.
      const negated = modality === 'negated' ? petrarchNegation(code) : null;
      if (negated) code = negated;
      if (modality !== 'negated' || negated) modality = 'asserted';
    }
    let how = r.how;
    const codeEntry = cameoEntry(code);
    const trigStart = r.trigger[0].start;
    const trigEnd = r.trigger[r.trigger.length - 1].end;
    const date = dateForEvent(doc, doc.times, { sentence: r.sentence, triggerStart: trigStart, triggerEnd: trigEnd, nominal: r.nominal });
    const pairs: [Participant, Participant | null, string][] = [];
    if (r.targets.length) {
      for (const a of r.sources) for (const b of r.targets) pairs.push([a, b, code]);
      // A meeting, talks, a clash: both sides act (`X met Y` is also `Y met X`; `X visited Y`: Y hosted X).
      if (r.pattern.mutual) {
        const back = r.pattern.reverseCode && r.code === r.pattern.code ? r.pattern.reverseCode : code;
        for (const a of r.sources) for (const b of r.targets) pairs.push([b, a, back]);
      }
    } else if (r.pattern.recip && r.sources.length > 1) {
      for (const a of r.sources) for (const b of r.sources) if (a !== b) pairs.push([a, b, code]);
      how += ' reciprocal';
    } else {
      for (const a of r.sources) pairs.push([a, null, code]);
    }
    for (const [src, rawTgt, pairCode] of pairs) {
      const tgt = rawTgt && this.cityHit(rawTgt, pairCode);
      if (tgt && sameActor(src.actor, tgt.actor)) continue;
      // `The Peruvian president held a rally in Lima`: a government rallying at home is campaigning, not protesting;
      // a protest (14) is against authority. (Aimed abroad it stays one: `the Peruvian government rallied against Y`.)
      if (pairCode.startsWith('14') && src.actor.code.slice(3, 6) === 'GOV' && (!tgt || tgt.actor.country === src.actor.country)) continue;
      // `Turkey and Libya … allowed Turkish forces in`: the object belongs to one conjunct, not aimed at it.
      if (tgt && r.sources.length > 1 && src.actor.country && src.actor.country === tgt.actor.country) continue;
      const key = `${r.sentence}|${src.actor.code}|${tgt?.actor.code ?? ''}|${pairCode}|${modality}`;
      const entry = pairCode === code ? codeEntry : cameoEntry(pairCode);
      if (seen.has(key)) continue;
      seen.add(key);
      const starts = [trigStart, src.mention.start, tgt?.mention.start ?? trigStart];
      const ends = [trigEnd, src.mention.end, tgt?.mention.end ?? trigEnd];
      out.push({
        id: `${doc.article.id}:${r.sentence}:${out.length}`,
        sentence: sentence.text,
        sentenceIndex: r.sentence,
        span: [Math.min(...starts), Math.max(...ends)],
        source: src.actor,
        target: tgt ? tgt.actor : null,
        cameo: pairCode,
        root: entry.root,
        quadClass: entry.quadClass,
        goldstein: entry.goldstein,
        plover: ploverFor(pairCode),
        date,
        modality,
        trigger: r.trigger.map((t) => t.text).join(' '),
        pattern: `${r.pattern.origin} ${how}`.trim(),
      });
    }
  }
}

/** Roots of physical force: assault, fight, mass violence. */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** Marks the tokens that lie inside a time expression. */
export function timeTokens(doc: Doc): Uint8Array {
  const mark = new Uint8Array(doc.tokens.length);
  const toks = doc.tokens;
  for (const t of doc.times) {
    // First token starting at or after the expression's start (tokens are in text order).
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < t.charStart) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < toks.length && toks[i].end <= t.charEnd; i++) mark[i] = 1;
  }
  return mark;
}

/** Where a clause's own words begin: after the word that opened it (`as`, `while`, `which`). */
function bodyStart(c: Clause): number {
  return c.marker ? c.start + 1 : c.start;
}

/** Whether every target of a reading is its subject's own pronoun (`X completed its withdrawal`: `its` is X). */
function selfAimed(r: Reading): boolean {
  return r.targets.length > 0 && r.targets.every((t) => t.mention.via === 'pronoun' && r.sources.some((s) => sameActor(s.actor, t.actor)));
}

/** Roles of a state's own organs: a government speaking of its police or army speaks of its own side. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
/** Whether `b` is `a` or, for a state actor, an organ of the same state (`the Peruvian government`, `Peruvian police`). */
function ownSide(a: Pick<EventActor, 'code' | 'country'>, b: Pick<EventActor, 'code' | 'country'>): boolean {
  if (a.code === b.code) return true;
  const role = (x: Pick<EventActor, 'code'>) => (x.code.length === 3 ? 'GOV' : x.code.slice(3, 6));
  return !!a.country && a.country === b.country && STATE_ROLES.has(role(a)) && STATE_ROLES.has(role(b));
}

function sameActor(a: EventActor, b: EventActor): boolean {
  return a.code === b.code;
}

function participant(m: Mention): Participant {
  return { actor: { code: m.actor.code, country: m.actor.country, text: m.text }, mention: m };
}

/** verbPatterns' answers, by book, by a verb's lower-cased form (with the lemma they hold for); at most VERB_MEMO_CAP. */
const VERB_MEMO_CAP = 200_000;
const verbMemo = new WeakMap<PatternBook, { verbs: number; forms: number; found: Map<string, { lemma: string; patterns: Pattern[] | undefined }> }>();

/** Reads one sentence. */
class SentenceReader {
  private readonly tokens: Token[];
  /** The sentence's clauses, split on first need: most sentences hold no trigger. */
  private get clauses(): Clause[] {
    return (this.clauseList ??= splitClauses(this.doc, this.s, this.cues));
  }
  private readonly a: number;
  private readonly b: number;
  /** Inherited subjects by clause index (arrays, not a Map and a Set made for every sentence read). */
  private readonly subjects: Mention[][] = [];
  /** Infinitive clauses whose subject was sent by someone (`sent X to meet Y`), by clause index. */
  private readonly sent: boolean[] = [];
  private lemmas: string[] | null = null;
  private lowers: string[] | null = null;
  private clauseList: Clause[] | null = null;
  private wordsMarked = false;

  constructor(
    private readonly doc: Doc,
    private readonly s: number,
    private readonly mentionAt: Int32Array,
    private readonly book: PatternBook,
    private readonly cues: Cues,
    private readonly acts: SpeechActMap,
    private readonly timeMark: Uint8Array,
    private readonly sentenceWords: SentenceWords,
    private readonly petrarch = false,
  ) {
    this.tokens = doc.tokens;
    const sent = doc.sentences[s];
    this.a = sent.tokenStart;
    this.b = sent.tokenEnd;
  }

  read(): Reading[] {
    const out = this.readAll();
    // `began a hunger strike`: the verb's event and the noun's are one event; keep the verb's. And a noun that is
    // the object of a coded verb (`rejected the UN's appeal`) is what that event is about, not an event of its own.
    // (Not a verb whose only target is its own subject, which is never emitted: `completed their withdrawal`.)
    const kept = out.filter((r) => !r.nominal || !out.some((v) => !v.nominal && !selfAimed(v)
      && clauseOf(this.clauses, v.trigger[0].i) === clauseOf(this.clauses, r.trigger[0].i)
      && (v.code.slice(0, 2) === r.code.slice(0, 2) || this.objectOfVerb(v.trigger[v.trigger.length - 1].i, r.trigger[0].i))));
    // `began a hunger strike to protest X`, `marched to demand Y`, `demonstrated in Z calling for W`: the purpose
    // or the accompanying participle says what the protest is for; the protest is the one event (aimed at X).
    return kept.filter((r) => {
      if (!PROTEST_CONTENT.has(r.code.slice(0, 2))) return true;
      const at = r.trigger[0].i;
      const c = clauseOf(this.clauses, at);
      const purpose = (c.kind === 'inf' || c.kind === 'part') && c.parent !== null && at === this.firstVerb(c);
      const participle = /ing$/.test(this.tokens[at].lower);
      return !kept.some((p) => {
        if (p === r || !p.code.startsWith('14') || !p.sources.some((x) => r.sources.some((y) => x.actor.code === y.actor.code))) return false;
        const pc = clauseOf(this.clauses, p.trigger[0].i);
        return (purpose && pc.index === c.parent) || (participle && pc === c && p.trigger[0].i < at);
      });
    });
  }

  /** Whether the noun phrase holding token `n` is the direct object of the verb ending at token `v`. */
  private objectOfVerb(v: number, n: number): boolean {
    if (n <= v || n - v > 8) return false;
    for (let i = v + 1; i < n; i++) {
      const t = this.tokens[i];
      if (!(PP_INNER.has(t.pos) || t.pos === 'ADV' || this.inTime(i) || this.mentionAt[i] >= 0) || t.pos === 'VERB') return false;
    }
    return true;
  }

  private readAll(): Reading[] {
    const out: Reading[] = [];
    for (let i = this.a; i < this.b; i++) {
      const t = this.tokens[i];
      if (this.mentionAt[i] >= 0) continue;
      // `Capitol Hill Occupied Protests`: a capitalised word inside a run of capitalised words is part of a name.
      // (Not in a title-case line naming actors: `Russia Attacks Ukraine`.)
      if (i > this.a && capitalised(t.text) && t.text !== t.text.toUpperCase() && (this.nameWord(i - 1) || this.nameWord(i + 1))) continue;
      if (t.pos === 'VERB' && !this.nounPosition(i) && !this.attributive(i)) {
        const r = this.readVerb(i) ?? this.readObligation(i);
        if (r) out.push(...this.withSpeechAct(r));
      } else if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || (t.pos === 'ADJ' && this.adjectiveHead(i))) {
        const r = this.readNoun(i);
        if (r) out.push(r);
      }
    }
    return out;
  }

  /** A capitalised word of the sentence outside any mention (a method, not a closure made per token). */
  private nameWord(k: number): boolean {
    return k > this.a && k < this.b && this.mentionAt[k] < 0 && capitalised(this.tokens[k].text);
  }

  /** A past participle right after a verb, before a noun phrase (`reject proposed changes`): an adjective. */
  private attributive(i: number): boolean {
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    return i > this.a && prev.pos === 'VERB' && /ed$/.test(this.tokens[i].lower) && !!next
      && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  }

  /** A word tagged as an adjective that ends its noun phrase (`a military offensive into X`): a noun. */
  private adjectiveHead(i: number): boolean {
    const next = this.tokens[i + 1];
    const prev = this.tokens[i - 1];
    return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && (!next || i + 1 >= this.b || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ'));
  }

  /** A word tagged as a verb that stands where a noun does (`with Iranian help`, `the attack`). */
  private nounPosition(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (!prev || i === this.a) return false;
    // `long-threatened invasion`, `Iranian-backed militia`: part of a compound adjective.
    if (prev.text === '-' && prev.end === this.tokens[i].start) return true;
    if (prev.pos === 'DET' && prev.lower !== 'that') return true;
    if (/^['’]s$/.test(prev.text)) return true; // `Albania's help`
    const k = this.mentionAt[i - 1];
    return k >= 0 && this.doc.mentions[k].modifier && this.tokens[i - 1].pos !== 'PRON';
  }

  /** The verb patterns for a token: by lemma, or by the forms a past participle may come from (`humiliated`). */
  private verbPatterns(t: Token): Pattern[] | undefined {
    // Looked up once per form and lemma (stems, irregular forms and `re-` tried each time were a good part of the
    // stage); a book is complete before it is used, the size check sees one read further.
    let memo = verbMemo.get(this.book);
    if (!memo || memo.verbs !== this.book.verbs.size || memo.forms !== this.book.forms.size) {
      memo = { verbs: this.book.verbs.size, forms: this.book.forms.size, found: new Map() };
      verbMemo.set(this.book, memo);
    }
    const known = memo.found.get(t.lower);
    if (known && known.lemma === t.lemma) return known.patterns;
    const patterns = this.lookUpVerb(t);
    if (memo.found.size >= VERB_MEMO_CAP) memo.found.clear(); // a long run over odd text: start afresh
    memo.found.set(t.lower, { lemma: t.lemma, patterns });
    return patterns;
  }

  private lookUpVerb(t: Token): Pattern[] | undefined {
    const w = t.lower;
    // A dictionary may list a form as a verb of its own (`left`, apart from `leave`): it wins over the lemma's
    // patterns from the same file or a later one.
    const asWritten = w !== t.lemma ? this.book.verbs.get(w) : undefined;
    if (asWritten && asWritten[0].layer <= (this.book.verbs.get(t.lemma)?.[0].layer ?? Infinity)) return asWritten;
    const irregular = this.book.forms.get(w);
    if (irregular) {
      const hit = this.book.verbs.get(irregular);
      if (hit) return hit;
    }
    const stems = /ed$/.test(w) ? [t.lemma, w.slice(0, -1), w.slice(0, -2), w.slice(0, -3), `${w.slice(0, -3)}y`] : [t.lemma];
    for (const stem of stems) {
      const hit = this.book.verbs.get(stem);
      if (!hit) continue;
      // `reimposed`: a later dictionary may list the repeated act in the same family as the act (`=IMPOSE … reimpose`);
      // then the act's patterns from an earlier file (dyad's own `impose … +blockade`) come first for it too.
      const again = /^re-?[a-z]{3,}/.test(stem) ? this.book.verbs.get(stem.replace(/^re-?/, '')) : undefined;
      if (again && again[0].layer < hit[0].layer && again.some((p) => p.origin === hit[0].origin)) return again;
      return hit;
    }
    // `reimposed`, `re-opened`: a repeated act is coded as the act.
    for (const stem of stems) {
      if (!/^re-?[a-z]{3,}/.test(stem)) continue;
      const again = this.book.verbs.get(stem.replace(/^re-?/, ''));
      if (again) return again;
    }
    return undefined;
  }


  // ------------------------------------------------------------ verbs

  private readVerb(v: number): Reading | null {
    const t = this.tokens[v];
    const candidates = this.verbPatterns(t);
    if (!candidates) return null;
    // Most verbs of the imported dictionary code only with words the sentence lacks: no clause work for them.
    if (!anyWordsThere(candidates, this.words())) return null;
    // A gerund after a preposition (`for bombarding`, `by shelling`) names an activity without its doer.
    if (/ing$/.test(t.lower) && v > this.a && (this.isPrep(v - 1) || GERUND_PREPS.has(this.tokens[v - 1].lower))) return null;
    const clause = clauseOf(this.clauses, v);
    let governed = this.governedEnd(clause);
    // `says it is willing to withdraw`: what a verb of saying reports is read from its own verb (with its modality
    // and speech act); the saying's patterns (`say * withdraw`) name a content noun before any other verb.
    // (--petrarch adds no speech acts: there the saying's pattern codes it, as in PETRARCH.)
    if (!this.petrarch && this.cues.speech.has(t.lemma)) {
      for (let k = v + 1; k < governed; k++) if (this.tokens[k].pos === 'VERB' && this.mentionAt[k] < 0) { governed = k; break; }
    }
    const ctx = this.context(v + 1, governed);
    const seqMatches = new Map<Pattern, SeqMatch>();
    const chosen = choosePattern(candidates, ctx, (p) => {
      let j = v + 1;
      for (const part of p.particles) {
        if (j >= this.b || (this.tokens[j].lower !== part && this.tokens[j].lemma !== part)) return false;
        j++;
      }
      for (let k = p.pre.length - 1, i = v - 1; k >= 0; k--, i--) {
        if (i < this.a || (this.tokens[i].lower !== p.pre[k] && this.tokens[i].lemma !== p.pre[k])) return false;
      }
      // `obj`: the pattern applies only to an actor as the direct object (`released the ambassador`).
      if (p.obj && !this.isPassive(v, clause) && !this.directObject(j, clause, false).length) return false;
      if (p.seq) {
        // `%` wants a compound subject (`X and Y agreed`).
        if (p.seq.compound && this.subjectOf(clause, v).length < 2) return false;
        const m = matchSequence(p.seq, this.tokens, this.mentionAt, this.doc.mentions, v - p.pre.length, j, bodyStart(clause), governed,
          (t) => this.quantity(t));
        if (m) seqMatches.set(p, m);
        return m !== null;
      }
      return true;
    }, this.words());
    // A dictionary's `---`: this use of the verb is no event.
    if (!chosen || chosen.code === NO_EVENT) return null;
    const particlesEnd = v + 1 + chosen.particles.length;
    const trigger = this.tokens.slice(v - chosen.pre.length, particlesEnd);
    const placed = seqMatches.get(chosen) ?? null;
    let pattern = chosen;

    const passive = this.isPassive(v, clause);
    const reduced = !passive && this.reducedRelative(v, particlesEnd, clause);
    let sources: Mention[];
    let targets: Mention[];
    let how = '';
    if (reduced) {
      // `refugees ordered out of X`, `the rally staged by students`: a participle modifying the noun before it is a
      // passive whose patient is that noun; its agent is the by-phrase, or unknown (no event).
      const agent = this.prepObject(particlesEnd, clause.end, ['by']);
      if (!agent) return null;
      sources = this.withConjuncts(agent, 'right');
      const k = this.mentionAt[v - 1];
      targets = k >= 0 ? this.withConjuncts(this.doc.mentions[k], 'left') : [];
      how = 'reduced-relative';
    } else if (passive) {
      // PETRARCH: with no `by`, the first actor after the verb is the agent (`was shot dead in X`).
      // (`were destroyed, with estimates by the Red Cross …`: a by-phrase after a noun of reporting names the report's
      // author, not the agent of a material act; of words it is the agent: `condemned in a statement by X`.)
      let byAt = -1;
      for (let i = particlesEnd; i < clause.end && byAt < 0; i++) if (this.tokens[i].lower === 'by' && this.isPrep(i)) byAt = i;
      const material = pattern.code.slice(0, 2) >= '14';
      const authored = material && byAt > 0 && !this.petrarch && REPORT_NOUNS.has(this.tokens[byAt - 1].lemma);
      const agent = (authored ? null : this.prepObject(particlesEnd, clause.end, ['by'])) ?? (this.petrarch ? this.mentionsIn(particlesEnd, clause.end)[0] : this.detachedAgent(clause));
      if (!agent) return null;
      sources = this.withConjuncts(agent, 'right');
      targets = this.subjectOf(clause, v, true);
      if (!targets.length && !OWNERLESS_ROOTS.has(pattern.code.slice(0, 2))) {
        // `A camp for Congolese refugees was attacked by X`, `the offices of Y were raided`: the owner is hit.
        const owner = this.mentionsIn(bodyStart(clause), v).find((m) => m.tokenEnd <= v && ['of', 'for'].includes(this.ppOf(m, bodyStart(clause)) ?? ''));
        if (owner) targets = this.withConjuncts(owner, 'right');
      }
      how = 'passive';
    } else {
      sources = placed?.source ? this.withConjuncts(placed.source, 'right') : this.subjectOf(clause, v);
      targets = placed?.target ? this.withConjuncts(placed.target, 'right')
        : pattern.obj ? this.directObject(particlesEnd, clause, false)
        : pattern.seq?.compound && sources.length > 1 ? []
        : this.petrarch ? this.firstActorAfter(particlesEnd, clause) : this.objectOf(particlesEnd, clause, pattern, sources);
      // `%`: the members of a compound subject act on each other (`X and Y agreed`).
      if (pattern.seq?.compound && sources.length > 1 && !placed?.target) pattern = { ...pattern, recip: true };
      // `Y, whom X supported`: the relative word stands for the object.
      if (!targets.length && clause.kind === 'rel' && clause.marker !== 'who' && this.ownSubject(clause, v)) {
        const ante = this.antecedent(clause);
        if (ante && !sources.includes(ante)) { targets = [ante]; how = 'relative-object'; }
      }
    }
    const reading = modalityAt(this.tokens, this.clauses, clause.index, v, this.cues);
    if (reading.reportedBy !== null) {
      how = `${how} reported`.trim();
      // `X said it would V`: an unresolved `it` is the speaker.
      if (!sources.length) {
        const sv = reading.reportedBy;
        sources = this.subjectOf(clauseOf(this.clauses, sv), sv);
      }
    }
    if (!sources.length) return null;
    // `returned to Oman`, `returned home`: coming back is no return of something (084 needs what is returned); nor is
    // taking up an act again (`returned to shelling Y`: the shelling is the event).
    // (A passive names what is returned as its subject: `the prisoners were released by X`.)
    const after = this.tokens[particlesEnd];
    if (pattern.code.startsWith('084') && !passive && after && particlesEnd < clause.end && (after.pos === 'ADP' || after.lower === 'to' || after.lower === 'home' || after.lower === 'back')) return null;
    // `Peru agreed (that) the dispute should go to court`: one actor agreeing that something is so holds an opinion;
    // with no one to agree with and nothing to agree to, there is no intent to cooperate.
    if (t.lemma === 'agree' && pattern.code === '030' && !targets.length && sources.length === 1 && !this.petrarch) {
      let k = after?.lower === 'that' ? particlesEnd + 1 : particlesEnd;
      let nouns = 0;
      for (; k < this.b && SUBJECT_WORDS.has(this.tokens[k].pos) && this.tokens[k].lower !== 'to'; k++) {
        if (this.tokens[k].pos !== 'DET' && this.tokens[k].pos !== 'ADJ') nouns++;
      }
      while (k < this.b && this.tokens[k].pos === 'ADV') k++;
      if (nouns > 0 && k < this.b && (this.tokens[k].pos === 'AUX' || this.tokens[k].pos === 'VERB')) return null;
    }
    // `Chile helped negotiate the deal`, `helped to broker a truce`: helping with no one helped takes part in the act
    // that follows (coded on its own), it gives no aid.
    if (t.lemma === 'help' && !passive && (after?.pos === 'VERB' || (after?.lower === 'to' && this.tokens[particlesEnd + 1]?.pos === 'VERB'))) return null;
    // `Biden attacked Trump for the tweet`, `Smith defeated Jones`: between two people, an attack is in words and a
    // defeat is at the polls.
    let code = pattern.code;
    const people = (ms: Mention[]) => ms.length > 0 && ms.every((m) => m.actor.kind === 'person');
    if (code.startsWith('19') && people(sources) && (people(targets) || (!targets.length && WORDS_OF_ATTACK.has(t.lemma)))) {
      // (`Trump attacked the subpoena as …`: a person attacking a thing attacks it in words too.)
      if (WORDS_OF_ATTACK.has(t.lemma)) code = '111';
      else if (CONTESTS.has(t.lemma)) return null;
    }
    // `Peru forced the UN refugee agency out`, `X expelled Oxfam`: expelling an organisation is expelling an
    // international presence (166), not deporting individuals (174).
    if (code === '174' && targets.length && targets.every((m) => m.actor.country === 'IGO' || m.actor.code.startsWith('NGO'))) code = '166';
    // `…, and hundreds of Taliban killed.`: a past form of an act that needs a target, with nothing after it, is a
    // participle (`with X killed`), not an act by the noun before it.
    if (!targets.length && !passive && !pattern.notarget && !pattern.recip && /ed$/.test(t.lower)
      && (particlesEnd >= this.b || (this.tokens[particlesEnd].pos === 'PUNCT' && !/^["“”'‘’]$/.test(this.tokens[particlesEnd].text)))) return null;
    // `urged its neighbour to join X`, `called on the committee to condemn Y`: an appeal is addressed to the noun phrase
    // before the infinitive, which is to do the wanted act; named by no actor, it is not X or Y, whom the addressee is
    // to act on: no target from the infinitive (`to`'s index, or -1).
    const addressee = !targets.length && !passive && !reduced && APPEALS_TO.has(t.lemma)
      && (code.startsWith('02') || code.startsWith('10')) ? this.unnamedAddressee(particlesEnd, clause) : -1;
    if (!targets.length && addressee < 0) {
      const comp = this.complementTarget(clause, v, sources, pattern.code.startsWith('14'), pattern.code.startsWith('13'));
      if (comp.length) { targets = comp; how = `${how} complement-target`.trim(); }
    }
    if (!targets.length && pattern.code.startsWith('13')) {
      // `X threatened to … if Y does Z`: the threat is aimed at the condition's subject.
      const cond = this.conditionSubject(clause);
      if (cond.length) { targets = cond; how = `${how} condition-target`.trim(); }
    }
    if (!targets.length && !(pattern.recip && sources.length > 1) && !pattern.mutual) {
      // `X demonstrated in Y`, `X imposed a curfew in Y`: the place is the target (not where `X and Y` met or failed
      // to agree: they act on each other; nor where X spoke or met someone unnamed).
      const place = this.placeCountry(particlesEnd - 1, clause);
      // (A place that would make the act the actors' own on themselves — `Iraqis demonstrated in Kirkuk`, IRQ on
      // IRQ — is left to the domestic target below.)
      const home = place?.via === 'place' && sources.every((m) => m.actor.code === place.actor.code);
      if (place && !sources.includes(place) && !home) { targets = [place]; how = `${how} place-target`.trim(); }
    }
    // A city or region is hit when the people in it are (`shelled Juba`, `a curfew in Basra`), and visited from
    // abroad; it is no party to talks, aid or words (`negotiators return to Geneva for talks`), nor hit as the owner
    // of a thing (`attacked the proclamation of the Golan Heights`).
    const placeTarget = (m: Mention) => (PLACE_TARGET_ROOTS.has(code.slice(0, 2))
      || (code === '042' && sources.every((x) => x.actor.country !== m.actor.country))) && !this.ownedByPlace(m);
    targets = targets.filter((m) => m.via !== 'place' || placeTarget(m));
    let targetParts = targets.map(participant);
    const root = code.slice(0, 2);
    if (!targetParts.length && DOMESTIC_ROOTS.has(root) && sources.every((m) => m.actor.country && m.actor.country !== 'IGO' && m.actor.country === sources[0].actor.country)) {
      // Protest, force posture, coercion with no one named: aimed at home — the authorities, or the country.
      // (Who reports the act, `…, Thai police said`, is no other side.)
      const others = this.mentionsIn(this.a, this.reportingTail()).filter((m) => m.actor.country && !sources.some((x) => x.actor.country === m.actor.country));
      if (others.length === 0) {
        const c = sources[0].actor.country!;
        targetParts = [{ actor: { code: root === '14' ? `${c}GOV` : c, country: c, text: '' }, mention: sources[0] }];
        how = `${how} domestic-target`.trim();
      }
    }
    if (!targetParts.length && !pattern.notarget && !(pattern.recip && sources.length > 1)) {
      // A meeting needs its other side named: no guessing one from the rest of the sentence.
      let found = pattern.mutual ? null : this.implicitTarget(sources, particlesEnd, clause, code);
      if (found && addressee >= 0 && found.tokenStart > addressee && found.tokenEnd <= clauseOf(this.clauses, addressee + 1).end) found = null;
      const implicit = found && (found.via !== 'place' || placeTarget(found)) ? found : null;
      // A reported act need not name whom it is aimed at (`Y must release the hostages`): the report is the event.
      const reported = reading.reportedBy !== null && reading.modality !== 'asserted';
      if (!implicit && !reported) return null;
      if (implicit) {
        targetParts = [participant(implicit)];
        how = `${how} implicit-target`.trim();
      }
    }
    // `Peru blamed opposition leaders for violence in Chilean cities`: after an object that names no actor, the
    // `for` phrase of a disapproval gives the reason, and an actor in it is no target (the target goes unnamed).
    if (root === '11' && targetParts.length) {
      const reason = this.reasonFor(particlesEnd, clause);
      if (reason !== null) {
        targetParts = targetParts.filter((p) => p.mention.tokenStart < reason);
        if (!targetParts.length) return null;
      }
    }
    // `Chile backed the opposition against the Bolivian government`: whom a side is helped or joined against is the
    // side opposed, never the one cooperated with. (PETRARCH takes it: its mode keeps that.)
    if (COOPERATIVE_ROOTS.has(root) && targetParts.length && !this.petrarch) {
      const kept = targetParts.filter((p) => p.mention === sources[0] || this.ppOf(p.mention, particlesEnd) !== 'against');
      if (!kept.length) return null;
      targetParts = kept;
    }
    // `sent X to meet Y`: a visit by X's side, not a meeting both sides sought.
    if (this.sent[clause.index] && pattern.code.startsWith('04')) {
      return {
        sentence: this.s, pattern: { ...pattern, recip: false, mutual: false }, code: '042', trigger, sources: sources.map(participant),
        targets: targetParts, modality: reading.modality, nominal: false, how: `${how} sent-visit`.trim(), reading,
      };
    }
    // `decided to lift the curfew`: the decision lifted it.
    const decided = reading.modality === 'hypothetical' && !!reading.cue && DECISION.has(reading.cue.replace(/ to$/, '')) && decidedAct(code);
    return {
      sentence: this.s, pattern, code, trigger, sources: sources.map(participant), targets: targetParts,
      modality: decided ? 'asserted' : reading.modality, nominal: false, how: decided ? `${how} decided`.trim() : how, reading,
    };
  }

  /** Where the `for` of `blamed <object> for …` stands, when the object before it names no actor (else null). */
  private reasonFor(from: number, clause: Clause): number | null {
    let nouns = 0;
    for (let i = from; i < clause.end; i++) {
      const t = this.tokens[i];
      if (t.lower === 'for') return nouns > 0 ? i : null;
      if (this.mentionAt[i] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null;
      if (t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN') nouns++;
    }
    return null;
  }

  /**
   * `X said Y must V`, `X declared that Y should V`: whatever the act, a speaker's saying that another actor must
   * do it is a demand on that actor (for acts the patterns code, withSpeechAct gives the specific demand).
   */
  private readObligation(v: number): Reading | null {
    if (this.petrarch) return null; // a speech act of dyad's own
    let m = v - 1;
    while (m > this.a && this.tokens[m].pos === 'ADV') m--;
    const modal = this.tokens[m];
    if (!modal || m < this.a || modal.pos !== 'AUX' || !this.cues.obligation.has(modal.lower)) return null;
    const clause = clauseOf(this.clauses, v);
    if (clauseOf(this.clauses, m) !== clause) return null;
    const reading = modalityAt(this.tokens, this.clauses, clause.index, v, this.cues);
    if (reading.modality !== 'hypothetical' || reading.reportedBy === null || !this.cues.obligation.has(reading.cue ?? '')) return null;
    const addressee = this.subjectOf(clause, v);
    const speaker = this.subjectOf(clauseOf(this.clauses, reading.reportedBy), reading.reportedBy);
    if (!addressee.length || !speaker.length) return null;
    // `Johnson stated that Britain must leave`: an actor speaking of its own country states a policy, not a demand.
    if (addressee.some((a) => speaker.some((b) => a === b || a.actor.code === b.actor.code || a.actor.code === b.actor.country))) return null;
    const t = this.tokens[v];
    const pattern: Pattern = {
      kind: 'v', head: t.lemma, particles: [], pre: [], seq: null, layer: 0, code: '100', require: [], forbid: [], targetPreps: [], recip: false,
      mutual: false, reverseCode: null, notarget: false, poss: false, say: false, obj: false, origin: 'coder:obligation',
    };
    return {
      sentence: this.s, pattern, code: '100', trigger: [modal, t], sources: speaker.map(participant),
      targets: addressee.map(participant), modality: 'asserted', nominal: false, how: `reported ${modal.lower} demand`,
    };
  }

  /**
   * What saying the act amounts to, beside the act itself: an act announced by its own actor is an intent
   * (`X will send troops`, `X is ready to mediate`); an act a speaker says another must do is a demand
   * (`X said Y must withdraw`); an act its actor says it will not do is a refusal (`X will not accept Y`).
   */
  private withSpeechAct(r: Reading): Reading[] {
    const m = r.reading;
    if (!m || r.modality === 'asserted' || this.petrarch) return [r];
    if (this.insideComplementOfAct(r)) return [r];
    const cue = m.cue ?? '';
    const word = cue.split(' ')[0];
    const speaker = m.reportedBy !== null ? this.subjectOf(clauseOf(this.clauses, m.reportedBy), m.reportedBy) : [];
    const same = speaker.length === 0 || speaker.some((a) => r.sources.some((b) => b.actor.code === a.actor.code || b.mention === a));
    let act: 'intent' | 'demand' | 'refusal' | null = null;
    // `X may halt mediation if Y …`: an act made to hang on the other side's conduct is a threat or a promise.
    const conditioned = r.modality === 'hypothetical' && CONDITIONAL_MODALS.has(cue) && this.hasCondition(clauseOf(this.clauses, r.trigger[0].i));
    if (r.modality === 'future' || conditioned || (r.modality === 'hypothetical' && (this.cues.ready.has(word) || (cue === 'would' && m.reportedBy !== null)))) {
      act = same ? 'intent' : null;
    } else if (r.modality === 'hypothetical' && this.cues.obligation.has(word) && m.reportedBy !== null && !same) {
      act = 'demand';
    } else if (r.modality === 'negated' && (m.future || (this.cues.refusal.has(word) && (!NOT_REFUSING.has(word) || r.pattern.mutual || r.pattern.recip))) && (same || m.reportedBy === null)) {
      act = 'refusal';
    }
    if (!act) return [r];
    // `The Ruritanian army prepared to resume shelling Y`, `troops were poised to attack`: readying force is a force
    // posture (150), not a threat in words (unlike `X said it is prepared to attack`, `X is prepared to V`).
    const posture = act === 'intent' && m.reportedBy === null && /^(18|19|20)/.test(r.code) && this.readying(r);
    const code = posture ? '150' : speechActCode(this.acts, r.code, act);
    if (act === 'demand') {
      // Saying Y must meet Z is a demand on Y: Y has demanded nothing back (no mutual event).
      return [r, {
        ...r, pattern: { ...r.pattern, mutual: false, recip: false }, code, sources: speaker.map(participant), targets: r.sources,
        modality: 'asserted', how: `${r.how} demand`.trim(),
      }];
    }
    // Saying one will meet Y is one side's intent: Y has said nothing (no mutual event back).
    return [r, { ...r, pattern: { ...r.pattern, mutual: false }, code, modality: 'asserted', how: `${r.how} ${act}`.trim() }];
  }

  /** Whether the act is an infinitive governed by a verb of readying (`prepared to V` as a verb, `poised to V`). */
  private readying(r: Reading): boolean {
    const c = clauseOf(this.clauses, r.trigger[0].i);
    if (c.kind !== 'inf' || c.parent === null) return false;
    let g = c.start - 1;
    while (g > this.a && this.tokens[g].pos === 'ADV') g--;
    const gov = this.tokens[g];
    if (gov.lower === 'poised') return true;
    if (gov.lemma !== 'prepare' || gov.lower === 'prepare') return false;
    // `is prepared to`, `was preparing to`… after a form of `be` only `preparing` readies anything.
    let b = g - 1;
    while (b > this.a && this.tokens[b].pos === 'ADV') b--;
    return this.tokens[b].lemma !== 'be' || gov.lower === 'preparing';
  }

  /** Whether the act sits in a `that` clause governed by a verb other than one of saying (`demanded that X …`). */
  private insideComplementOfAct(r: Reading): boolean {
    let c: Clause | undefined = clauseOf(this.clauses, r.trigger[0].i);
    for (let guard = 0; c && guard < 8; guard++) {
      if (c.kind === 'rel' && c.marker === 'that' && c.parent !== null) {
        const gov = this.lastVerb(this.clauses[c.parent]);
        // `issued a reminder to Y that it must V`: a noun of saying reports the clause as a verb of saying does.
        const by = r.reading?.reportedBy ?? null;
        if (by !== null && this.tokens[by].pos === 'NOUN' && clauseOf(this.clauses, by) === this.clauses[c.parent]) return false;
        return gov !== null && !this.cues.speech.has(this.tokens[gov].lemma);
      }
      c = c.parent !== null ? this.clauses[c.parent] : undefined;
    }
    return false;
  }

  /**
   * A target named in the clause the verb governs: the subject of a `that` clause (`demanded that Y end …`),
   * or the object of an infinitive (`agreed to meet Y`).
   */
  private complementTarget(clause: Clause, v: number, sources: Mention[], protest = false, threat = false): Mention[] {
    for (const c of this.clauses) {
      if (c.parent !== clause.index || c.start < v) continue;
      if (c.kind === 'rel' && c.marker === 'that') {
        const cv = this.firstVerb(c);
        const subj = this.mentionsIn(c.start + 1, cv ?? c.end).filter((m) => !sources.includes(m) && this.heads(m));
        // `X warned that Chile could attack Y`: a warning of what another country may do threatens no one — least
        // of all that country (`X warned that its troops would …` is X's own threat).
        if (threat && subj.length && !sources.some((x) => ownSide(x.actor, subj[0].actor))) return [];
        if (subj.length) return this.withConjuncts(subj[0], 'right');
      } else if (c.kind === 'inf') {
        const iv = this.firstVerb(c);
        if (iv === null) continue;
        // `prevented the rally staged by students to protest X`: the purpose is the participle's, not the verb's.
        if (this.participleGoverning(clause, c.start) !== null) break;
        // The infinitive's own default pattern (dyad's, not an imported sequence), for where its object stands.
        const p = this.verbPatterns(this.tokens[iv])?.filter((x) => x.layer === 0 && !x.seq).pop();
        // A protest's purpose (`to show disapproval of the United States' policies`) is aimed at the owner too.
        const possessive = (m: Mention) => this.tokens.slice(m.tokenStart + 1, m.tokenEnd + 1).some((t) => /^['’]s?$/.test(t.text));
        const free = (m: Mention) => !m.modifier || (protest && possessive(m));
        const found = p ? this.objectOf(iv + 1, c, p) : this.mentionsIn(iv + 1, c.end).filter(free).slice(0, 1);
        const out = found.filter((m) => !sources.some((x) => x === m || x.actor.code === m.actor.code));
        if (out.length) return out;
        // `X threatened to impose a curfew in Y`: a threatened act placed in a country, with no one named, is aimed at
        // that country, as the act itself would be (`X imposed a curfew in Y`).
        const place = threat && !found.length ? this.placeCountry(iv, c) : null;
        if (place && !sources.includes(place)) return [place];
      }
      break;
    }
    return [];
  }

  /**
   * Whether a noun phrase of no actor stands between a verb (ending at `from`) and a `to`-infinitive: the verb's object,
   * who is to do the infinitive's act (`urged the counterpart to sign`, `asked donors to help`); `to`'s index, or -1.
   */
  private unnamedAddressee(from: number, clause: Clause): number {
    let i = from;
    while (i < clause.end && !this.inTime(i) && this.mentionAt[i] < 0 && PP_INNER.has(this.tokens[i].pos) && this.tokens[i].lower !== 'to') i++;
    const np = i > from && ['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(this.tokens[from].pos)
      && this.tokens.slice(from, i).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && t.lower !== 'it'));
    return np && i + 1 < this.b && this.tokens[i].lower === 'to' && this.tokens[i + 1].pos === 'VERB' ? i : -1;
  }

  private firstVerb(c: Clause): number | null {
    for (let i = c.start; i < c.end; i++) if (this.tokens[i].pos === 'VERB' && this.mentionAt[i] < 0) return i;
    return null;
  }

  /**
   * Where the words a verb governs end: its clause and the infinitives hanging from it (`threatened to stop
   * negotiations`, `agreed to send troops`), whose words decide the code.
   */
  private governedEnd(clause: Clause): number {
    let end = clause.end;
    let head = clause.index;
    for (let c = clause.index + 1; c < this.clauses.length; c++) {
      const k = this.clauses[c];
      if (k.kind !== 'inf' || k.parent !== head || k.start !== end) break;
      end = k.end;
      head = k.index;
    }
    return end;
  }

  /**
   * Whether the verb at `v` is a past participle modifying the noun before it (a reduced relative clause: `Africans
   * ordered out of Nigeria`, `the curfew imposed in May`, `property seized by the army`), not the clause's verb: it
   * follows a noun that itself comes after the clause's own verb, and no object follows it.
   */
  private reducedRelative(v: number, after: number, clause: Clause): boolean {
    const t = this.tokens[v];
    if (t.lower === t.lemma || /(ing|s)$/.test(t.lower) && !/ed$/.test(t.lower)) return false;
    const prev = this.tokens[v - 1];
    if (!prev || v - 1 < clause.start || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || this.mentionAt[v - 1] >= 0)) return false;
    if (prev.pos === 'PRON') return false;
    // What follows: a preposition, punctuation, the end or a time — not a direct object (`the army killed 40`).
    let j = after;
    while (j < clause.end && (this.tokens[j].pos === 'ADV' || PARTICLES.has(this.tokens[j].lower) && this.tokens[j + 1]?.pos === 'ADP')) j++;
    const next = this.tokens[j];
    if (j < clause.end && next.pos !== 'ADP' && next.pos !== 'PUNCT' && !this.inTime(j) && next.pos !== 'SCONJ' && next.pos !== 'CCONJ') return false;
    // The noun before is itself governed by a verb of this clause (not a verb of saying or thinking, whose
    // complement may be a new clause: `said the army seized X`), with no coordinator in between.
    for (let i = v - 2; i >= clause.start; i--) {
      const w = this.tokens[i];
      if (w.pos === 'CCONJ' || w.lower === ',' && i === v - 2) return false;
      if (w.pos === 'VERB' || w.pos === 'AUX') return !this.cues.speech.has(w.lemma) && !THINKING.has(w.lemma);
    }
    return false;
  }

  private isPassive(v: number, clause: Clause): boolean {
    const t = this.tokens[v];
    if (/ing$/.test(t.lower) || t.lower === t.lemma) {
      if (!(t.lower === t.lemma && /(t|d)$/.test(t.lower))) return false; // `hit`, `shed`: same form as the lemma
    }
    // `is opposed to`, `is committed to`: a state, not a passive.
    if (this.tokens[v + 1]?.lower === 'to' && v + 1 < this.b) return false;
    for (let i = v - 1; i >= Math.max(clause.start, v - 4); i--) {
      const w = this.tokens[i];
      if (w.pos === 'ADV' || w.lower === 'not' || w.lower === "n't" || (w.lower === 'and' && this.tokens[i - 1]?.pos === 'ADV')) continue;
      if (w.lemma === 'be' || w.lemma === 'get') return true;
      return false;
    }
    return false;
  }

  // ------------------------------------------------------------ nouns (nominal events)

  private readNoun(n: number): Reading | null {
    const t = this.tokens[n];
    const candidates = this.book.nouns.get(t.lemma) ?? this.book.nouns.get(t.lower);
    if (!candidates) return null;
    // The noun must head its phrase: the next word is not another noun of the same compound.
    const next = this.tokens[n + 1];
    if (next && n + 1 < this.b && (next.pos === 'NOUN') && this.mentionAt[n + 1] < 0 && !this.inTime(n + 1)) return null;
    const clause = clauseOf(this.clauses, n);
    const ctx = this.context(Math.max(clause.start, n - 4), clause.end);
    const pattern = choosePattern(candidates, ctx, (p) => {
      let j = n - p.particles.length;
      if (j < this.a) return false;
      for (const part of p.particles) {
        if (this.tokens[j].lemma !== part && this.tokens[j].lower !== part) return false;
        j++;
      }
      return true;
    });
    if (!pattern) return null;
    const start = n - pattern.particles.length;
    const trigger = this.tokens.slice(start, n + 1);

    // Where the phrase begins: back over modifiers (`Moscow's 2022`, `a January 12`, `Israeli`).
    let np = start;
    while (np - 1 >= clause.start && (PP_INNER.has(this.tokens[np - 1].pos) || this.mentionAt[np - 1] >= 0) && !this.isPrep(np - 1)) np--;
    const prep = np - 1 >= this.a && this.isPrep(np - 1) ? this.tokens[np - 1].lower : null;

    let how = 'nominal';
    let sources: Mention[] = [];
    // `Moscow's invasion`, `Israeli strikes`: an actor modifying the noun is its agent.
    for (let i = start - 1; i >= np; i--) {
      const k = this.mentionAt[i];
      if (k >= 0) { sources = this.withConjuncts(this.doc.mentions[k], 'left'); break; }
    }
    const helpLike = prep === 'with' && (t.lemma === 'help' || t.lemma === 'assistance' || t.lemma === 'support' || t.lemma === 'backing' || t.lemma === 'aid');
    let targets: Mention[] = [];
    if (!sources.length) {
      const by = this.prepObject(n + 1, Math.min(clause.end, n + 6), helpLike ? ['of', 'from'] : ['by']);
      if (by) sources = this.withConjuncts(by, 'right');
    }
    if (helpLike) {
      // `X, with Y's help, did Z`: Y helps X.
      targets = this.subjectOf(clause, this.nextVerb(n, clause) ?? clause.end, true);
      how = 'nominal with-help';
    } else {
      const obj = this.prepObject(n + 1, clause.end, pattern.targetPreps.length ? pattern.targetPreps : ['of', 'on', 'against', 'with', 'to']);
      if (obj) targets = this.withConjuncts(obj, 'right');
    }

    if (!targets.length && this.cues.mandative.has(t.lemma)) {
      // `its demand that Y ease …`, `a call today for … that Y …`: the subject of the demanded act.
      const that = this.clauses.find((c) => c.kind === 'rel' && c.marker === 'that' && c.start > n && c.start <= n + 3);
      if (that && this.clauses[that.parent ?? -1] === clause) {
        const cv = this.firstVerb(that);
        const subj = this.mentionsIn(that.start + 1, cv ?? that.end).filter((m) => this.heads(m));
        if (subj.length) targets = this.withConjuncts(subj[0], 'right');
      }
    }
    // Realised? Dated, in a temporal phrase, the subject of an occurrence verb, or help given.
    const dated = this.doc.times.some((x) => x.charEnd <= t.start && x.charStart >= this.tokens[np].start);
    const temporal = prep !== null && this.cues.temporalPrep.has(prep);
    const occurs = this.occurrenceVerbAfter(n, clause);
    // `X completed its withdrawal`, `X launched an offensive`: the object of a verb of doing; X is the agent.
    const doneBy = !dated && !temporal && !occurs ? this.doingVerbBefore(np, clause) : null;
    if (doneBy !== null && !sources.length) {
      sources = this.subjectOf(clause, doneBy);
      how += ' done';
    }
    if (!(dated || temporal || occurs || helpLike || doneBy !== null)) return null;
    // `After a demonstration, the authorities imposed a curfew`: whoever acts after or because of an event did not do
    // it — except a meeting, whose sides go on to act (`After talks with Y, X said …`).
    const prior = prep !== null && PRIOR_PREPS.has(prep) && !pattern.mutual && !pattern.recip;
    // `pointing to the December 31 attack on X`: a dated event inside another phrase is not the subject's either.
    const inOther = prep !== null && !temporal;
    if (!sources.length && (temporal || dated) && !prior && !inOther) {
      // `During a meeting with Y, X condemned …`: the agent of the phrase is the subject of the clause.
      const v = this.nextVerb(n, clause);
      if (v !== null) sources = this.subjectOf(clause, v);
      how += ' clause-subject';
    }
    let sourceParts = sources.map(participant);
    let targetParts = targets.map(participant);
    const root = pattern.code.slice(0, 2);
    if (!sourceParts.length && root === '14') {
      // Protest in a country with no named protester: the country's opposition against its government.
      const place = this.placeCountry(n, clause);
      if (!place) return null;
      // `The Peruvian president stirred controversy at a rally in Arequipa`: a rally the clause's subject, the
      // government of that country, attends is its own (campaigning, see `emit`), not its opposition's protest.
      const before = this.firstVerb(clause);
      if (before !== null && before < np
        && this.subjectOf(clause, before).some((m) => m.actor.country === place.actor.country && m.actor.code.slice(3, 6) === 'GOV')) return null;
      sourceParts = [{ actor: { code: `${place.actor.country}OPP`, country: place.actor.country, text: '' }, mention: place }];
      targetParts = [{ actor: { code: `${place.actor.country}GOV`, country: place.actor.country, text: place.text }, mention: place }];
      how += ' place';
    }
    if (!sourceParts.length) return null;
    if (!targetParts.length && !pattern.notarget && !(pattern.recip && sourceParts.length > 1)) return null;
    const reading = modalityAt(this.tokens, this.clauses, clause.index, n, this.cues);
    return {
      sentence: this.s, pattern, code: pattern.code, trigger, sources: sourceParts, targets: targetParts,
      modality: reading.modality, nominal: true, how,
    };
  }

  /**
   * `X has been accused of fraud, much of it hidden abroad, by Y.`: a by-phrase set off by a comma that ends the
   * sentence, after the main clause, is the agent of that clause's passive.
   */
  private detachedAgent(clause: Clause): Mention | null {
    if (clause.kind !== 'main') return null;
    let last = this.b - 1;
    while (last > this.a && this.tokens[last].pos === 'PUNCT') last--;
    for (let k = clause.end; k < last; k++) {
      if (this.tokens[k].lower !== 'by' || this.tokens[k - 1].text !== ',') continue;
      const m = this.prepObject(k, this.b, ['by']);
      return m && m.tokenEnd - 1 === last ? m : null;
    }
    return null;
  }

  /** The verb of doing (`complete`, `launch`, `stage`) whose object the phrase starting at `np` is, if any. */
  private doingVerbBefore(np: number, clause: Clause): number | null {
    for (let i = np - 1; i >= clause.start; i--) {
      const t = this.tokens[i];
      if (t.pos === 'ADV' || t.pos === 'PART' || PARTICLES.has(t.lower)) continue;
      if (t.pos === 'VERB' && this.mentionAt[i] < 0) {
        const next = this.tokens[i + 1];
        const two = next ? `${t.lemma}_${next.lower}` : '';
        return this.cues.doing.has(t.lemma) || this.cues.doing.has(two) ? i : null;
      }
      return null;
    }
    return null;
  }

  private occurrenceVerbAfter(n: number, clause: Clause): boolean {
    // Over the rest of the subject (`riots against X's policies are continuing`) to its verb.
    for (let i = n + 1; i < clause.end; i++) {
      const t = this.tokens[i];
      if (t.pos === 'AUX' || t.pos === 'ADV' || (t.pos !== 'VERB' && PP_INNER.has(t.pos)) || this.isPrep(i)) continue;
      if (t.pos === 'VERB') {
        const next = this.tokens[i + 1];
        const two = next ? `${t.lemma}_${next.lower}` : '';
        return this.cues.occur.has(t.lemma) || this.cues.occur.has(two);
      }
      return false;
    }
    return false;
  }

  /** Whether a place is named as the owner of a thing (`the proclamation of X`), not as a place (`the town of X`). */
  private ownedByPlace(m: Mention): boolean {
    let i = m.tokenStart - 1;
    while (i > this.a && (this.tokens[i].pos === 'DET' || this.tokens[i].pos === 'ADJ')) i--;
    return this.tokens[i]?.lower === 'of' && i > this.a && !SETTLEMENT.test(this.tokens[i - 1].lower);
  }

  /**
   * A demonym in the frame of a superlative (`the worst convention in Peruvian history`): what the act is compared
   * with, neither where it happened nor whom it is aimed at.
   */
  private frameOfComparison(m: Mention): boolean {
    return m.modifier && FRAME_NOUNS.has(this.tokens[m.tokenEnd]?.lemma ?? '');
  }

  /** The country a phrase takes place in: `in X`, `throughout the country` (the last country named before). */
  private placeCountry(n: number, clause: Clause): Mention | null {
    for (let i = n + 1; i < clause.end; i++) {
      if (!this.isPrep(i) || !['in', 'throughout', 'across', 'around', 'near', 'outside'].includes(this.tokens[i].lower)) continue;
      // `in X`, `in northern X`, `in the capital X`, `in the northern city of X`: a place named within the phrase.
      let j = i + 1;
      while (j < clause.end && j < i + 6 && this.mentionAt[j] < 0 && (PP_INNER.has(this.tokens[j].pos) || this.tokens[j].lower === 'of' || this.hyphenated(j))) j++;
      const k = j < clause.end ? this.mentionAt[j] : -1;
      const m = k >= 0 ? this.doc.mentions[k] : null;
      // `near`/`outside` a town or region (`clashed near Samarra`), not a country's border or positions.
      const near = this.tokens[i].lower === 'near' || this.tokens[i].lower === 'outside';
      if (m && this.frameOfComparison(m)) continue;
      if (m && m.actor.country && (!m.modifier || j <= i + 2) && (!near || (!m.modifier && m.via === 'place'))) {
        // A capital named as the place (`in the capital Kabul`) is the country, not its government.
        return m.via === 'metonym' && m.actor.country !== 'IGO' ? { ...m, actor: { ...m.actor, code: m.actor.country } } : m;
      }
      if (this.tokens[i + 2]?.lower === 'country' && this.tokens[i + 1]?.lower === 'the') {
        const before = this.doc.mentions.filter((m) => m.end <= this.tokens[i].start && m.actor.country && m.actor.country !== 'IGO');
        return before.length ? before[before.length - 1] : null;
      }
    }
    return null;
  }

  // ------------------------------------------------------------ arguments

  private isPrep(i: number): boolean {
    const t = this.tokens[i];
    return t.pos === 'ADP' || (t.pos === 'SCONJ' && ['after', 'before', 'since', 'during'].includes(t.lower));
  }

  /** The preposition whose object the mention is, if it sits in a prepositional phrase. */
  private ppOf(m: Mention, floor: number): string | null {
    // Nominative pronouns are never objects of a preposition (`on May 5 he said`).
    if (m.tokenEnd - m.tokenStart === 1 && NOMINATIVE.has(this.tokens[m.tokenStart].lower)) return null;
    for (let i = m.tokenStart - 1; i >= floor; i--) {
      const t = this.tokens[i];
      if (this.isPrep(i)) {
        // `up to 1,000 X`, `about 200 X`: a number, not a prepositional phrase.
        if (this.tokens[i + 1]?.pos === 'NUM') return null;
        // `a group of X`, `members of X`: X heads the phrase.
        if (t.lower === 'of' && i > floor && this.quantity(this.tokens[i - 1])) return null;
        // `activists from X`, `delegates from X`: people from a place or party are its own.
        if (t.lower === 'from' && i > floor && this.tokens[i - 1].pos === 'NOUN' && /s$/.test(this.tokens[i - 1].lower)) return null;
        // `workers affiliated with X`, `gunmen belonging to X`: members of X act for it.
        if (i > floor && MEMBERSHIP.has(`${this.tokens[i - 1].lower} ${t.lower}`)) return null;
        // `the Minister for Interior X`, `Secretary for Home Affairs X`: a capitalised title written before the name.
        if ((t.lower === 'for' || t.lower === 'of') && i > floor && this.titleWords(i - 1, i - 1) && this.titleWords(i + 1, m.tokenStart - 1)) return null;
        return t.lower;
      }
      if (PP_INNER.has(t.pos) || this.mentionAt[i] >= 0) continue;
      return null;
    }
    return null;
  }

  /** Whether tokens [from, to] are all capitalised words that name no actor (`Minister`, `Home Affairs`). */
  private titleWords(from: number, to: number): boolean {
    if (to < from) return false;
    for (let i = from; i <= to; i++) {
      const t = this.tokens[i];
      if (this.mentionAt[i] >= 0 || !(t.pos === 'PROPN' || t.pos === 'NOUN') || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
    }
    return true;
  }

  private mentionsIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    let last = -1;
    for (let i = Math.max(from, this.a); i < Math.min(to, this.b); i++) {
      const k = this.mentionAt[i];
      if (k >= 0 && k !== last) { out.push(this.doc.mentions[k]); last = k; }
    }
    return out;
  }

  /**
   * The subject of the verb at `v` in `clause` (with its conjuncts), inheriting across clauses where needed. A city or
   * region (`Basra said …`, `Mosul welcomed …`) neither acts nor speaks: it is a subject only as the patient of a
   * passive (`Mosul was shelled`). (Coding the place's country as the source, as some datasets do, is not copied.)
   */
  private subjectOf(clause: Clause, v: number, patient = false): Mention[] {
    const ms = this.subjectAt(clause, v, patient);
    return patient ? ms : ms.filter((m) => m.via !== 'place');
  }

  private subjectAt(clause: Clause, v: number, patient: boolean): Mention[] {
    const inClause = this.mentionsIn(clause.start, v).filter((m) => m.tokenEnd <= v);
    // A participle right after an actor (`with X labelling Y`) takes that actor as its subject — not a place or
    // thing in another prepositional phrase (`rallied outside the embassy in Lima demanding Z`: the embassy demands
    // nothing).
    const last = inClause[inClause.length - 1];
    const lastPrep = last ? this.ppOf(last, bodyStart(clause)) : null;
    if (last && v < this.b && /ing$/.test(this.tokens[v].lower) && this.adjacent(last.tokenEnd, v) && !last.modifier
      && (lastPrep === null || lastPrep === 'with' || lastPrep === 'without')) {
      return this.withConjuncts(last, 'left');
    }
    // (Not the object of a gerund: `denying Samoans citizenship violated the law` — the denying did.)
    // `Officials confirmed the virus has killed three people`: a verb of saying, then a noun phrase no dictionary knows
    // and the verb — that noun phrase is the subject; whoever spoke is not (no `that` split the clause).
    const said = this.bareComplement(clause, v);
    const free = inClause.filter((m) => (patient || m.via !== 'place') && this.heads(m) && this.ppOf(m, bodyStart(clause)) === null && !this.gerundObject(m, clause)
      && !this.inParticipleAside(m, v)
      && (said === null || m.tokenStart > said));
    if (free.length) {
      let pick = free.length - 1;
      // `X, a key ally of Y, refused …`: skip the appositive back to X.
      while (pick > 0 && this.appositive(free[pick - 1], free[pick])) pick--;
      // `Kenzo Oshima, the United Nations relief coordinator, …`: someone out of (known) office speaks in the
      // role the appositive gives him.
      const chosen = free[pick];
      if (chosen.actor.code.endsWith('ELI')) {
        const role = inClause.find((m) => m.tokenStart > chosen.tokenEnd && this.appositive(chosen, m));
        if (role) return [role];
      }
      const left = this.withConjuncts(chosen, 'left');
      // `the ambassadors of X, Y and Z met …`: the list goes on after the phrase the subject is found in.
      const right = this.withConjuncts(chosen, 'right').slice(1).filter((m) => m.tokenEnd <= v && m.via === 'agent' && m.actor.code !== chosen.actor.code);
      return right.length ? [...left, ...right] : left;
    }
    // PETRARCH: the owner of the subject acts for it (`X's new mayor left`, `X's death toll has risen`).
    if (this.petrarch) {
      const owner = inClause.filter((m) => m.modifier && m.via !== 'pronoun' && this.ppOf(m, bodyStart(clause)) === null).pop();
      if (owner) return [owner];
    }
    const described = this.describedBy(inClause, v);
    if (described) return [described];
    return this.inheritedSubject(clause);
  }

  /**
   * `Salaheddine Sidhoum, Algeria's leading rights activist, staged …`: a person the dictionaries do not know,
   * described in an appositive as a country's, acts for that country.
   */
  private describedBy(inClause: Mention[], v: number): Mention | null {
    for (const m of inClause) {
      if (!m.modifier || !m.actor.country || !/^['’]s?$/.test(this.tokens[m.tokenEnd]?.text ?? '')) continue;
      if (this.tokens[m.tokenStart - 1]?.lower !== ',' || this.tokens[m.tokenStart - 2]?.pos !== 'PROPN' || this.mentionAt[m.tokenStart - 2] >= 0) continue;
      let j = m.tokenEnd + 1;
      const describing = (t: Token) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower));
      while (j < v && (describing(this.tokens[j]) || this.hyphenated(j))) j++;
      if (j > m.tokenEnd + 1 && j < v && this.tokens[j].lower === ',' && (j + 1 === v || this.tokens[j + 1].pos === 'ADV' || this.tokens[j + 1].pos === 'AUX')) return m;
    }
    return null;
  }

  /**
   * Whether a mention heads a noun phrase that can act: a standalone actor, or a demonym before a noun
   * (`Egyptian demonstrators`, `the Turkish and Greek sides`), not a possessive (`Russia's reliance`).
   */
  private heads(m: Mention): boolean {
    if (!m.modifier) return true;
    if (this.allied(m)) return false;
    const next = this.tokens[m.tokenEnd];
    if (next && /^['’]s$/.test(next.text)) return false; // possessive: `Russia's reliance`
    // `the Peruvian Teachers' Union`, `Chilean farmers' associations`: an organisation of the people named is theirs.
    if (next && /^['’]$/.test(next.text) && /s$/i.test(this.tokens[m.tokenEnd - 1].text)) {
      const head = this.tokens[m.tokenEnd + 1];
      return !!head && ORGANISATIONS.has(head.lemma);
    }
    if (m.via === 'pronoun') return false;
    // `the Mosul offensive`, `Basra residents' anger`: a city or region before a noun is where, not who.
    if (m.via === 'place') return false;
    if (this.borderOf(m)) return false; // `the Thai border` is a place, not the Thai side
    if (m.via === 'metonym') {
      // `a Kabul car bombing`, `the Moscow talks`: a city before an event noun is where it happened.
      for (let i = m.tokenEnd; i < Math.min(this.b, m.tokenEnd + 3); i++) {
        const t = this.tokens[i];
        if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
        if (this.book.nouns.has(t.lemma)) return false;
      }
    }
    // `Vietnamese-led forces`: the leader's country heads the phrase.
    if (next?.text === '-' && this.tokens[m.tokenEnd + 1]?.lower === 'led') {
      const head = this.tokens[m.tokenEnd + 2];
      return !!head && (head.pos === 'NOUN' || head.pos === 'PROPN');
    }
    return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.lower === 'and' || next.lower === 'or');
  }

  /**
   * The verb of saying or thinking in the clause whose bare complement (`confirmed the virus has killed`, `said the
   * storm destroyed`) has the verb at `v` as its predicate and a noun phrase of no actor as subject; null when there is
   * none, or when the subject is a pronoun that may stand for the speaker or the speaker's own (`said it would`,
   * `said its troops had`).
   */
  private bareComplement(clause: Clause, v: number): number | null {
    for (let s = v - 2; s >= clause.start; s--) {
      const t = this.tokens[s];
      if (t.pos !== 'VERB' || this.mentionAt[s] >= 0) continue;
      if (!this.cues.speech.has(t.lemma) && !THINKING.has(t.lemma)) return null;
      let i = s + 1;
      let noun = false;
      let owned = false;
      for (; i < v; i++) {
        const w = this.tokens[i];
        if (this.inTime(i) || this.mentionAt[i] >= 0) return null;
        if (w.pos === 'PRON' && /^(its|their|our|his|her)$/.test(w.lower)) owned = true;
        // `officials confirmed it has killed …`: `it` is not a plural speaker.
        else if (w.pos === 'PRON' && w.lower === 'it' && i === s + 1) {
          const speaker = this.mentionsIn(clause.start, s).pop();
          noun = !!speaker && speaker.via === 'agent' && /s$/i.test(speaker.text);
        }
        else if (w.pos === 'NOUN' || w.pos === 'PROPN') noun = true;
        else if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NUM') break;
      }
      while (i < v && (this.tokens[i].pos === 'AUX' || this.tokens[i].pos === 'ADV' || this.tokens[i].lower === 'not')) i++;
      return i === v && noun && !owned ? s : null;
    }
    return null;
  }

  /** Whether a mention is the object of a gerund before it in the clause (`denying X citizenship`, `blocking the Y`). */
  private gerundObject(m: Mention, clause: Clause): boolean {
    let i = m.tokenStart - 1;
    while (i >= clause.start && (this.tokens[i].pos === 'DET' || this.tokens[i].pos === 'ADJ' || this.tokens[i].pos === 'NUM'
      || (this.mentionAt[i] >= 0 && this.doc.mentions[this.mentionAt[i]].modifier))) i--;
    const t = this.tokens[i];
    // (`saying X will …`, `meaning X has …`: a verb of saying or thinking takes a clause, whose subject X is.)
    return i >= clause.start && t.pos === 'VERB' && this.mentionAt[i] < 0 && /ing$/.test(t.lower)
      && !this.cues.speech.has(t.lemma) && !THINKING.has(t.lemma) && !CLAUSE_TAKING.has(t.lemma);
  }

  /**
   * Whether a mention lies in a participial phrase set off by commas between the subject and its verb (`Protesters,
   * carrying placards and Peruvian flags, marched …`, `Troops, backed by Chilean tanks, …`): it is the participle's
   * object or agent, not the subject.
   */
  private inParticipleAside(m: Mention, v: number): boolean {
    let open = -1;
    // (From the sentence's start: a clause may start inside the aside, at `and` in `carrying X and Y flags, marched`.)
    for (let i = m.tokenStart - 1; i > this.a; i--) {
      if (this.tokens[i].lower !== ',') continue;
      const p = this.tokens[i + 1];
      if (p.pos === 'VERB' && this.mentionAt[i + 1] < 0 && /(ing|ed)$/.test(p.lower)) open = i;
      break;
    }
    if (open < 0) return false;
    for (let i = m.tokenEnd; i < v; i++) if (this.tokens[i].lower === ',') return true;
    return false;
  }

  /**
   * Whether a mention names whose ally or proxy the phrase is (`Chile's allies`, `Israel's militia ally`, `US
   * allies`): the ally is someone else, neither acting for the mention nor hit in its place. (Not `partners`: `its
   * EU partners` are fellow members.)
   */
  private allied(m: Mention): boolean {
    let i = m.tokenEnd;
    while (i < this.b && (/^['’]s?$/.test(this.tokens[i].text) || this.tokens[i].pos === 'ADJ') && this.mentionAt[i] < 0) i++;
    return i < this.b && ALLIES.has(this.tokens[i].lower);
  }

  /** Whether `later` sits in an appositive after `earlier` (`earlier, a|an|the … later …,`). */
  private appositive(earlier: Mention, later: Mention): boolean {
    const comma = this.tokens[earlier.tokenEnd];
    const det = this.tokens[earlier.tokenEnd + 1];
    if (!comma || comma.lower !== ',' || !det || det.pos !== 'DET') return false;
    for (let i = earlier.tokenEnd + 1; i < later.tokenStart; i++) if (this.tokens[i].lower === ',' || this.tokens[i].pos === 'VERB') return false;
    return true;
  }

  /** Whether the clause names a subject of its own before the verb. */
  private ownSubject(clause: Clause, v: number): boolean {
    return this.mentionsIn(clause.start, v).some((m) => !m.modifier && this.ppOf(m, bodyStart(clause)) === null);
  }

  private inheritedSubject(clause: Clause): Mention[] {
    const cached = this.subjects[clause.index];
    if (cached) return cached;
    let out: Mention[] = [];
    if (clause.kind === 'rel') {
      const ante = this.antecedent(clause);
      // `an admission by X that secret police units murdered Y`: a `that` clause with a subject of its own, one the
      // dictionaries do not know, says what X admits; X is not its subject.
      if (clause.marker === 'that' && this.unknownSubject(clause)) out = [];
      else if (ante) out = this.withConjuncts(ante, 'left');
      else if (clause.marker === 'that' && clause.parent !== null && this.pronounSubject(clause)) {
        // `X announced that it is prepared to …`: the pronoun is the speaker.
        const parent = this.clauses[clause.parent];
        const pv = this.lastVerb(parent);
        if (pv !== null && this.cues.speech.has(this.tokens[pv].lemma)) out = this.subjectOf(parent, pv);
      }
    } else if (clause.parent !== null && (clause.kind === 'coord' || clause.kind === 'part' || clause.kind === 'inf' || clause.kind === 'resume')) {
      const parent = this.clauses[clause.parent];
      if (clause.kind === 'resume') {
        const rel = this.clauses[clause.index - 1];
        const ante = rel ? this.antecedent(rel) : null;
        out = ante ? this.withConjuncts(ante, 'left') : [];
      } else if (clause.kind === 'inf' && this.sendsObject(parent, clause.start)) {
        out = this.sendsObject(parent, clause.start)!;
        this.sent[clause.index] = true;
      } else if (clause.kind === 'inf' && this.directsObject(parent, clause.start)) {
        // `Peru urged Chile to withdraw`: the one urged is to act (the act is wanted: see modality).
        out = this.directsObject(parent, clause.start)!;
      } else if (clause.kind === 'inf' && this.participleGoverning(parent, clause.start) !== null) {
        // `police broke up the rally staged by students to protest X`: whoever staged it protests (an actor only
        // when the by-phrase names one).
        const pv = this.participleGoverning(parent, clause.start)!;
        const agent = this.prepObject(pv + 1, clause.start, ['by']);
        out = agent ? this.withConjuncts(agent, 'right') : [];
      } else {
        const pv = this.lastVerb(parent);
        out = pv !== null ? this.subjectOf(parent, pv) : this.subjectOf(parent, parent.end);
      }
    }
    this.subjects[clause.index] = out;
    return out;
  }

  /**
   * The reduced relative participle (`the rally staged by students`) that ends the clause `c` right before an
   * infinitive starting at `infStart`, if any: the infinitive is that participle's purpose (`… to protest X`).
   */
  private participleGoverning(c: Clause, infStart: number): number | null {
    if (c.end !== infStart) return null;
    const pv = this.lastVerb(c);
    if (pv === null || this.tokens[pv + 1]?.lower !== 'by') return null;
    return this.reducedRelative(pv, pv + 1, c) ? pv : null;
  }

  /** Whether a noun stands between the word opening the clause and its first verb (a time aside). */
  private unknownSubject(clause: Clause): boolean {
    for (let i = clause.start + 1; i < clause.end; i++) {
      const t = this.tokens[i];
      if (t.pos === 'VERB' || t.pos === 'AUX') return false;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !this.inTime(i)) return true;
    }
    return false;
  }

  /** Whether an `if`/`unless` clause hangs on this clause or the infinitives it governs. */
  private hasCondition(clause: Clause): boolean {
    const end = this.governedEnd(clause);
    return this.clauses.some((c) => c.start > clause.start && c.start <= end + 1 && c.kind === 'sub' && !!c.marker && this.cues.condition.has(c.marker));
  }

  /** The subject of an `if`/`unless` clause depending on this clause or the infinitives it governs. */
  private conditionSubject(clause: Clause): Mention[] {
    const end = this.governedEnd(clause);
    for (const c of this.clauses) {
      if (c.start < clause.start || c.kind !== 'sub' || !c.marker || !this.cues.condition.has(c.marker)) continue;
      if (c.start > end + 1) break;
      const v = this.firstVerb(c);
      const m = this.mentionsIn(c.start + 1, v ?? c.end).filter((x) => this.heads(x));
      if (m.length) return this.withConjuncts(m[m.length - 1], 'left');
    }
    return [];
  }

  /** Whether a `that` clause's subject is a bare pronoun (`that it …`, `that they …`). */
  private pronounSubject(c: Clause): boolean {
    const t = this.tokens[c.start + 1];
    return !!t && t.pos === 'PRON' && ['it', 'they', 'he', 'she', 'we'].includes(t.lower);
  }

  /** `sent X to V`: the object of a sending verb is the subject of the infinitive. */
  /** The actor object of a verb of asking or pressing right before an infinitive (`pressed Chile to V`), if any. */
  private directsObject(parent: Clause, end: number): Mention[] | null {
    for (let i = end - 1; i >= parent.start; i--) {
      const t = this.tokens[i];
      if (t.pos === 'VERB') {
        if (!DIRECTIVE.has(t.lemma)) return null;
        const objs = this.mentionsIn(i + 1, end).filter((m) => !m.modifier);
        return objs.length ? this.withConjuncts(objs[0], 'right') : null;
      }
    }
    return null;
  }

  private sendsObject(parent: Clause, end: number): Mention[] | null {
    for (let i = end - 1; i >= parent.start; i--) {
      const t = this.tokens[i];
      if (t.pos === 'VERB') {
        if (!this.cues.send.has(t.lemma)) return null;
        const objs = this.mentionsIn(i + 1, end).filter((m) => !m.modifier);
        return objs.length ? [objs[0]] : null;
      }
    }
    return null;
  }

  private antecedent(rel: Clause): Mention | null {
    for (let i = rel.start - 1; i >= Math.max(this.a, rel.start - 3); i--) {
      const k = this.mentionAt[i];
      if (k >= 0) return this.doc.mentions[k];
      if (this.tokens[i].pos !== 'PUNCT') return null;
    }
    return null;
  }

  private lastVerb(c: Clause): number | null {
    let gerund: number | null = null;
    for (let i = c.end - 1; i >= c.start; i--) {
      if (this.tokens[i].pos !== 'VERB' || this.mentionAt[i] >= 0) continue;
      // `rejected a proposal for signing X`: a gerund after a preposition is no predicate of the clause.
      if (/ing$/.test(this.tokens[i].lower) && i > c.start && (this.isPrep(i - 1) || GERUND_PREPS.has(this.tokens[i - 1].lower))) {
        gerund = i;
        continue;
      }
      return i;
    }
    if (gerund === null) return null;
    // `X was forceful in blaming Y`: the copula or auxiliary before the gerund is the predicate.
    for (let i = c.start; i < gerund; i++) if (this.tokens[i].pos === 'AUX' && this.mentionAt[i] < 0) return i;
    return gerund;
  }

  private nextVerb(n: number, c: Clause): number | null {
    for (let i = n + 1; i < this.b; i++) if (this.tokens[i].pos === 'VERB' && this.mentionAt[i] < 0) return i;
    return null;
  }

  private adjacent(end: number, v: number): boolean {
    for (let i = end; i < v; i++) if (this.tokens[i].pos !== 'ADV' && !/^["“”'‘’]$/.test(this.tokens[i].text)) return false;
    return true;
  }

  /** Whether token `i` is part of a time expression. */
  private inTime(i: number): boolean {
    return this.timeMark[i] === 1;
  }

  /** The target of a verb: its direct object, else the object of a target preposition, within the clause. */
  private objectOf(from: number, clause: Clause, p: Pattern, sources: readonly Mention[] = []): Mention[] {
    const end = clause.end;
    const root = p.code.slice(0, 2);
    // The owner of the object may be the target (`rejected the UN's appeal`), except for meetings and offers,
    // whose object is what is met or offered.
    const owned = p.poss || !OWNERLESS_ROOTS.has(root);
    // Direct object: the first noun phrase after the verb.
    const i = this.objectStart(from, end);
    const direct = this.directObject(from, clause, owned);
    if (direct.length) return direct;
    // `expelled inspectors of the IAEA`: the owner named in an `of` phrase of the object.
    // `demanded an admission by X`, `violated a ban by X`: the agent of an act named by the object is the target.
    if (i < end && this.mentionAt[i] < 0) {
      let j = i;
      while (j < end && (PP_INNER.has(this.tokens[j].pos) || this.hyphenated(j)) && this.mentionAt[j] < 0) j++;
      const w = j < end ? this.tokens[j].lower : '';
      // `protested the arrest of X by Y`: the act's doer, named or not, is the target — never its victim.
      if (w === 'of' && AT_THE_DOER.has(root) && this.doneTo(j)) {
        const doer = this.prepObject(j + 1, end, ['by']);
        return doer ? this.withConjuncts(doer, 'right') : [];
      }
      if ((w === 'of' && owned) || (w === 'by' && j > i && this.tokens[j - 1].pos === 'NOUN')) {
        const m = this.prepObject(j, Math.min(end, j + 6), [w], true);
        if (m) return this.withConjuncts(m, 'right');
      }
    }
    const preps = [...p.targetPreps, ...DEFAULT_TARGET_PREPS.filter((x) => !p.targetPreps.includes(x))];
    for (const prep of preps) {
      const m = this.prepObject(from, end, [prep], owned, sources);
      if (m) return prep === 'between' ? this.sides(m) : this.withConjuncts(m, 'right');
    }
    return [];
  }

  /** Where the verb's object may start: after adverbs, particles, quotes, a time (`rejected Thursday a …`) and a
   * complementizer (`demanded that Y …`). */
  private objectStart(from: number, end: number): number {
    let i = from;
    for (; i < end; i++) {
      const t = this.tokens[i];
      // `denounced as an ugly crime X's crackdown`: a predicate (`as` and a phrase naming no actor) put before a
      // long object; the object follows it.
      if (t.lower === 'as') {
        let j = i + 1;
        if (j < end && this.tokens[j].pos === 'DET') j++;
        const head = j;
        while (j < end && this.mentionAt[j] < 0 && ['ADJ', 'NOUN', 'NUM'].includes(this.tokens[j].pos)) j++;
        const det = j < end && this.tokens[j].pos === 'DET' ? 1 : 0;
        if (j > head && j + det < end && this.mentionAt[j + det] >= 0) return j;
      }
      if (!(t.pos === 'ADV' || t.pos === 'PART' || /^["“”'‘’]$/.test(t.text) || (t.lower === 'that' && t.pos !== 'DET') || this.inTime(i))) break;
    }
    return i;
  }

  /**
   * The actor the verb's direct object names (`released the ambassador`, `attacked its neighbour X`), with its
   * conjuncts; its owner (`rejected the UN's appeal`) only when `owned`.
   */
  private directObject(from: number, clause: Clause, owned: boolean): Mention[] {
    const end = clause.end;
    const i = this.objectStart(from, end);
    const first = i < end ? this.mentionAt[i] : -1;
    if (first >= 0) {
      const m = this.doc.mentions[first];
      if ((!m.modifier || owned || this.heads(m)) && !this.allied(m)) return this.withConjuncts(m, 'right');
    } else {
      // A determiner or adjective may come first (`the regime in X`, `its neighbour`): look within the phrase.
      let j = i;
      while (j < end && (this.tokens[j].pos === 'DET' || this.tokens[j].pos === 'ADJ' || this.tokens[j].pos === 'NUM' || this.tokens[j].pos === 'PRON') && this.mentionAt[j] < 0) j++;
      const k = j < end ? this.mentionAt[j] : -1;
      if (k >= 0) {
        const m = this.doc.mentions[k];
        if ((!m.modifier || owned) && !this.allied(m)) return this.withConjuncts(m, 'right');
      }
    }
    return [];
  }

  /**
   * The sides named after `between`, the first at `m`: its conjuncts, or, when the first is a noun phrase an actor
   * modifies, the actor after `and` (`a meeting between an Israeli peace group and the PLO`).
   */
  private sides(m: Mention): Mention[] {
    const out = this.withConjuncts(m, 'right');
    if (out.length > 1 || !m.modifier || !this.heads(m)) return out;
    let i = m.tokenEnd;
    while (i < this.b && this.mentionAt[i] < 0 && (this.tokens[i].pos === 'NOUN' || this.tokens[i].pos === 'ADJ')) i++;
    if (i === m.tokenEnd || this.tokens[i]?.lower !== 'and') return out;
    i++;
    while (i < this.b && this.mentionAt[i] < 0 && (this.tokens[i].pos === 'DET' || this.tokens[i].pos === 'ADJ')) i++;
    const k = i < this.b ? this.mentionAt[i] : -1;
    const other = k >= 0 ? this.doc.mentions[k] : null;
    return other && (!other.modifier || this.heads(other)) ? [m, ...this.withConjuncts(other, 'right')] : out;
  }

  /** PETRARCH's and TABARI's target: the first actor after the verb in its clause, whatever the preposition. */
  private firstActorAfter(from: number, clause: Clause): Mention[] {
    const first = this.mentionsIn(from, clause.end)[0];
    return first ? this.withConjuncts(first, 'right') : [];
  }

  /** The first actor that is the object of one of `preps` between `from` and `to`. */
  private prepObject(from: number, to: number, preps: string[], owned = false, sources: readonly Mention[] = []): Mention | null {
    for (let i = from; i < Math.min(to, this.b); i++) {
      if (!this.isPrep(i) || !preps.includes(this.tokens[i].lower)) continue;
      let modifier: Mention | null = null;
      for (let j = i + 1; j < Math.min(to, this.b); j++) {
        const k = this.mentionAt[j];
        if (k >= 0) {
          const m = this.doc.mentions[k];
          if (!m.modifier || this.heads(m)) return m;
          // `seized a rebel base on the Ruritanian border`: a border is shared by two countries; the one that names
          // it places the act and is no owner standing in for the object (unlike `on Iran's nuclear programme`).
          if (this.borderOf(m)) { j = m.tokenEnd - 1; continue; }
          if (!this.allied(m)) modifier ??= m;
          j = m.tokenEnd - 1;
          continue;
        }
        // `by members of X`: the members act for X; `into north-eastern X`: a hyphenated modifier.
        if (this.tokens[j].lower === 'of' && j > i + 1 && this.quantity(this.tokens[j - 1])) continue;
        if (this.tokens[j].text === '-' || this.tokens[j].pos === 'ADV' || this.hyphenated(j)) continue;
        // `into crimes committed by X`: a participle between the noun and its by-agent.
        if (this.tokens[j].pos === 'VERB' && /ed$/.test(this.tokens[j].lower) && this.tokens[j - 1].pos === 'NOUN' && this.tokens[j + 1]?.lower === 'by') continue;
        // `against violations by X`: the agent of the act the phrase names stands for it.
        const named = this.tokens[j - 1].pos === 'NOUN' || (this.tokens[j - 1].pos === 'VERB' && this.tokens[j - 2]?.pos === 'NOUN');
        if (this.tokens[j].lower === 'by' && !preps.includes('by') && named && j > i + 1) {
          const k = this.mentionAt[j + 1] >= 0 ? this.mentionAt[j + 1] : (this.tokens[j + 1]?.pos === 'DET' && j + 2 < to ? this.mentionAt[j + 2] : -1);
          if (k >= 0 && (!this.doc.mentions[k].modifier || this.heads(this.doc.mentions[k]))) return this.doc.mentions[k];
        }
        if (!PP_INNER.has(this.tokens[j].pos)) break;
      }
      // `on Iran's nuclear programme`: the owner stands in for the object where ownership counts.
      // (Not the subject's own pronoun: `reneged on his commitment to X` is aimed at X, not at himself.)
      const own = !!modifier && modifier.via === 'pronoun' && sources.some((x) => x.actor.code === modifier!.actor.code);
      if (modifier && owned && modifier.tokenStart > i && !own) return modifier;
    }
    return null;
  }

  /** Whether the `of` at `i` follows a noun of an act done to its object (`the killing of`, `arrests of`). */
  private doneTo(i: number): boolean {
    const t = this.tokens[i - 1];
    return this.tokens[i]?.lower === 'of' && !!t && t.pos === 'NOUN' && (DONE_TO.has(t.lemma) || DONE_TO.has(t.lower));
  }

  /** Whether the mention is the victim in `the killing of X` (determiners and adjectives may come between). */
  private victim(m: Mention): boolean {
    let i = m.tokenStart - 1;
    while (i > this.a && ['DET', 'ADJ', 'NUM'].includes(this.tokens[i].pos) && this.mentionAt[i] < 0) i--;
    return this.doneTo(i);
  }

  /** Whether the mention modifies a border noun that ends its phrase (`the Thai border`, not `a Syrian border post`). */
  private borderOf(m: Mention): boolean {
    let k = m.tokenEnd;
    if (this.tokens[k] && /^['’]s?$/.test(this.tokens[k].text)) k++;
    const next = this.tokens[k + 1];
    return k < this.b && BORDERS.has(this.tokens[k].lemma) && !(k + 1 < this.b && (next.pos === 'NOUN' || next.pos === 'PROPN'));
  }

  /** A noun of quantity or membership (`thousands of`, `members of`), by lemma or form (the lemmatiser may give `thousand`). */
  private quantity(t: Token): boolean {
    return this.cues.quantity.has(t.lemma) || this.cues.quantity.has(t.lower);
  }

  /** Whether token `i` is a hyphen inside a word, or the word after one (`long-threatened`, `Iranian-backed`). */
  private hyphenated(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (t.text === '-') return !!prev && !!next && prev.end === t.start && next.start === t.end;
    return !!prev && prev.text === '-' && prev.end === t.start && i - 1 > this.a && this.tokens[i - 2].end === prev.start;
  }

  /** A mention with its coordinated neighbours (`X and Y`, `the Israeli and then American militaries`). */
  private withConjuncts(m: Mention, dir: 'left' | 'right'): Mention[] {
    const out = [m];
    const mentions = this.doc.mentions;
    let cur = m;
    let linked = false; // a bare comma links conjuncts only in a list closed by `and`/`or` (`X, Y and Z`)
    for (;;) {
      let i = dir === 'left' ? cur.tokenStart - 1 : cur.tokenEnd;
      let sawConj = false;
      let sawComma = false;
      // Determiners and adjectives may stand before a conjunct (`X and the embattled Y`).
      while (i >= this.a && i < this.b && this.mentionAt[i] < 0 && (CONJ.has(this.tokens[i].lower) || this.tokens[i].pos === 'DET' || this.tokens[i].pos === 'ADJ')) {
        if (this.tokens[i].lower === ',') sawComma = true;
        else if (this.tokens[i].pos !== 'DET' && this.tokens[i].pos !== 'ADJ') sawConj = true;
        i += dir === 'left' ? -1 : 1;
      }
      if (!sawConj && sawComma && dir === 'left' && linked) sawConj = true;
      // Rightwards, `X, Y, Z and W`: a comma links when the list goes on after the next item.
      if (!sawConj && sawComma && dir === 'right') {
        const k0 = i >= this.a && i < this.b ? this.mentionAt[i] : -1;
        const after = k0 >= 0 ? this.tokens[mentions[k0].tokenEnd] : undefined;
        if (after && (after.lower === ',' || after.lower === 'and' || after.lower === 'or')) sawConj = true;
      }
      if (sawConj) linked = true;
      const k = i >= this.a && i < this.b ? this.mentionAt[i] : -1;
      if (k < 0 || !sawConj) break;
      const next = mentions[k];
      // `X and Y leaders`: a modifier that heads its phrase is a conjunct too.
      // `U.S. and Russian negotiators`: a country's name shares the noun the demonym after it heads.
      const shared = dir === 'left' && m.modifier && !next.modifier && next.actor.kind === 'country' && this.heads(m)
        && next.tokenEnd + 1 === cur.tokenStart && ['and', 'or'].includes(this.tokens[next.tokenEnd].lower);
      if (next === cur || next.modifier !== m.modifier && !(dir === 'left' && next.modifier) && !(dir === 'right' && next.modifier && this.heads(next)) && !shared) break;
      // `defeated ISIS and Turkey would be moving …`: a conjunct that opens a new clause is its subject — unless
      // the list itself is the subject of a clause a verb of saying or thinking takes (`believes X and Y can cope`).
      if (dir === 'right' && !next.modifier && next.tokenEnd < this.b && this.tokens[next.tokenEnd].pos === 'AUX'
        && !this.afterSaying(m.tokenStart)) break;
      out.push(next);
      cur = next;
    }
    return out;
  }

  /** Whether the word before token i (past a `that`) is a verb of saying or thinking. */
  private afterSaying(i: number): boolean {
    let k = i - 1;
    if (k >= this.a && this.tokens[k].lower === 'that') k--;
    if (k < this.a) return false;
    const t = this.tokens[k];
    return t.pos === 'VERB' && (this.cues.speech.has(t.lemma) || THINKING.has(t.lemma));
  }

  /** For an event with no target in its clause: the one other country named after it in the sentence, if unambiguous. */
  private implicitTarget(sources: Mention[], after: number, clause: Clause, code = ''): Mention | null {
    const own = new Set(sources.map((m) => m.actor.country));
    // The trigger's clause, then the predicates coordinated with it (`threatened intervention and urged Y …`).
    let end = clause.end;
    for (let c = clause.index + 1; c < this.clauses.length; c++) {
      const k = this.clauses[c];
      if (k.kind === 'coord' && (k.parent === clause.index || k.parent === clause.parent)) end = k.end;
      else if (k.kind !== 'inf' || end !== k.start || this.participleGoverning(this.clauses[c - 1], k.start) !== null) break;
      else end = k.end;
    }
    // `…, a member of the Chadian team has said.`, `…, according to X`: the sentence's reporting tail names who tells
    // of the act, not whom it is aimed at.
    let tail = this.reportingTail();
    // `opened its borders to Africans ordered out of X`: an actor inside a reduced relative modifies the object; the
    // act is not aimed at it.
    for (let i = after; i < Math.min(clause.end, tail); i++) {
      if (this.tokens[i].pos === 'VERB' && this.mentionAt[i] < 0 && this.reducedRelative(i, i + 1, clause)) { tail = i; break; }
    }
    for (const stop of end > clause.end ? [clause.end, end] : [clause.end]) {
      // (`captured a stronghold on the Thai border`: the country naming a border places the act; see `borderOf`.)
      // (`protested the killing of X`: X suffered the act protested; see DONE_TO.)
      const inWindow = this.mentionsIn(after, Math.min(stop, tail));
      const others = inWindow.filter((m) => m.actor.country && !own.has(m.actor.country) && !this.allied(m) && !this.borderOf(m)
        && !(AT_THE_DOER.has(code.slice(0, 2)) && this.victim(m)) && !this.frameOfComparison(m));
      const countries = new Set(others.map((m) => m.actor.country));
      // `rejected an invitation to a meeting of Palestinian factions on independence from Israel`: an actor of the
      // subject's own country named before the foreign one may be whom the act is aimed at — no unambiguous guess.
      const homeFirst = others.length > 0 && inWindow.some((m) => m.via !== 'pronoun' && !sources.includes(m) && m.actor.country
        && own.has(m.actor.country) && m.tokenStart < others[0].tokenStart);
      if (countries.size === 1 && !homeFirst) return others[0];
      if (homeFirst) return null;
      if (countries.size > 1) return null;
    }
    return null;
  }

  /**
   * Where the sentence's reporting tail starts: the last comma before a sentence-final verb of saying (`…, X said on
   * Tuesday.`) or before `according to`; the sentence's end when there is none.
   */
  private reportingTail(): number {
    let last = this.b - 1;
    while (last > this.a && (this.tokens[last].pos === 'PUNCT' || this.inTime(last) || this.tokens[last].pos === 'ADV')) last--;
    let from = -1;
    if (this.tokens[last]?.pos === 'VERB' && this.cues.speech.has(this.tokens[last].lemma)) from = last;
    for (let i = this.a; i + 1 < this.b && from < 0; i++) {
      if (this.tokens[i].lower === 'according' && this.tokens[i + 1].lower === 'to') from = i;
    }
    if (from < 0) return this.b;
    for (let i = from - 1; i > this.a; i--) if (this.tokens[i].text === ',') return i;
    return this.b;
  }

  /** The words of the sentence that sequences need, marked on first use (in the coder's one SentenceWords). */
  private words(): SentenceWords {
    if (!this.wordsMarked) {
      this.makeLists();
      this.sentenceWords.mark(this.lemmas!, this.lowers!);
      this.wordsMarked = true;
    }
    return this.sentenceWords;
  }

  private context(from: number, to: number): Context {
    this.makeLists();
    return new Context(this.lemmas!, this.lowers!, Math.max(from, this.a) - this.a, Math.min(to, this.b) - this.a);
  }

  /** The sentence's lemmas and lower-cased forms, as lists. */
  private makeLists(): void {
    if (!this.lemmas) {
      this.lemmas = [];
      this.lowers = [];
      for (let i = this.a; i < this.b; i++) {
        this.lemmas.push(this.tokens[i].lemma);
        this.lowers.push(this.tokens[i].lower);
      }
    }
  }

}

let shared: EventCoder | null = null;
const coders = new WeakMap<object, Map<DiscardLists | null, [EventCoder?, EventCoder?]>>();
const DEFAULT_BOOK = {};

/** The coder for a set of options: made once per pattern book, discard lists and convention. */
export function coderFor(opts: EventCoderOptions = {}): EventCoder {
  if (!opts.patterns && !opts.discards && !opts.petrarch) return (shared ??= new EventCoder());
  const bookKey = opts.patterns ?? DEFAULT_BOOK;
  let byDiscards = coders.get(bookKey);
  if (!byDiscards) { byDiscards = new Map(); coders.set(bookKey, byDiscards); }
  const slot = byDiscards.get(opts.discards ?? null) ?? [];
  byDiscards.set(opts.discards ?? null, slot);
  const k = opts.petrarch ? 1 : 0;
  return (slot[k] ??= new EventCoder({
    ...(opts.patterns ? { patterns: opts.patterns } : {}),
    ...(opts.discards ? { discards: opts.discards } : {}),
    petrarch: Boolean(opts.petrarch),
  }));
}

/** Codes a doc's events with the default dictionaries. */
export function codeEvents(doc: Doc): CodedEvent[] {
  return coderFor().code(doc);
}
