// Cue words (data/events/cues.txt) and the reported-intent map (data/events/intent.txt), loaded once.
import { readFileSync } from 'node:fs';
import type { CameoCode } from '../types.js';
import { PatternError } from './patterns.js';

const DATA = new URL('../../../data/events/', import.meta.url);

export interface Cues {
  negation: Set<string>;
  hypothetical: Set<string>;
  future: Set<string>;
  condition: Set<string>;
  wish: Set<string>;
  plan: Set<string>;
  refusal: Set<string>;
  realised: Set<string>;
  send: Set<string>;
  speech: Set<string>;
  speechNoun: Set<string>;
  subordinator: Set<string>;
  relative: Set<string>;
  coordinator: Set<string>;
  temporalPrep: Set<string>;
  occur: Set<string>;
  ready: Set<string>;
  obligation: Set<string>;
  quantity: Set<string>;
  expressive: Set<string>;
  doing: Set<string>;
  mandative: Set<string>;
  aimTo: Set<string>;
}

const CLASS_NAMES: Record<keyof Cues, string> = {
  negation: 'NEGATION', hypothetical: 'HYPOTHETICAL', future: 'FUTURE', condition: 'CONDITION', wish: 'WISH',
  plan: 'PLAN', refusal: 'REFUSAL', realised: 'REALISED', send: 'SEND', speech: 'SPEECH', speechNoun: 'SPEECH_NOUN',
  subordinator: 'SUBORDINATOR', relative: 'RELATIVE', coordinator: 'COORDINATOR', temporalPrep: 'TEMPORAL_PREP',
  occur: 'OCCUR', ready: 'READY', obligation: 'OBLIGATION', quantity: 'QUANTITY', expressive: 'EXPRESSIVE', doing: 'DOING', mandative: 'MANDATIVE',
  aimTo: 'AIM_TO',
};

/** Reads `@NAME word …` lines into sets; every class the coder needs must be present. */
export function parseCues(text: string, file = 'cues.txt'): Cues {
  const classes = new Map<string, Set<string>>();
  text.split('\n').forEach((line, k) => {
    const raw = line.replace(/#.*$/, '').trim();
    if (!raw) return;
    const [name, ...words] = raw.split(/\s+/);
    if (!name.startsWith('@') || words.length === 0) throw new PatternError(file, k + 1, `expected '@NAME word …'`);
    classes.set(name.slice(1), new Set(words.map((w) => w.toLowerCase())));
  });
  const out = {} as Cues;
  for (const [key, name] of Object.entries(CLASS_NAMES) as [keyof Cues, string][]) {
    const set = classes.get(name);
    if (!set) throw new PatternError(file, 0, `missing class @${name}`);
    out[key] = set;
  }
  return out;
}

/** Bits of the cue classes a loop over every token tests a word's lower case for (see cueBits). */
export const CUE = { relative: 1, subordinator: 2, coordinator: 4, negation: 8, future: 16, hypothetical: 32 } as const;

const bitsByCues = new WeakMap<Cues, Map<string, number>>();

/**
 * Which of the CUE classes each of their words is in: one look-up per token where a loop tests several classes
 * (most words are in none). Made once per set of cues; the sets are not changed once read.
 */
export function cueBits(cues: Cues): Map<string, number> {
  let bits = bitsByCues.get(cues);
  if (!bits) {
    bits = new Map();
    for (const [name, bit] of Object.entries(CUE) as [keyof typeof CUE, number][]) {
      for (const w of cues[name]) bits.set(w, (bits.get(w) ?? 0) | bit);
    }
    bitsByCues.set(cues, bits);
  }
  return bits;
}

export type SpeechAct = 'intent' | 'demand' | 'refusal';
export type SpeechActMap = Map<string, Record<SpeechAct, CameoCode>>;

/** Reads `PREFIX INTENT DEMAND REFUSAL` lines (data/events/speech-acts.txt). */
export function parseSpeechActs(text: string, file = 'speech-acts.txt'): SpeechActMap {
  const map: SpeechActMap = new Map();
  text.split('\n').forEach((line, k) => {
    const raw = line.replace(/#.*$/, '').trim();
    if (!raw) return;
    const f = raw.split(/\s+/);
    if (f.length !== 4 || !f.every((x) => /^\d{2,4}$/.test(x))) {
      throw new PatternError(file, k + 1, `expected 'PREFIX INTENT DEMAND REFUSAL' (CAMEO codes), got '${raw}'`);
    }
    map.set(f[0], { intent: f[1], demand: f[2], refusal: f[3] });
  });
  return map;
}

/** The code of what saying an act amounts to (`072` announced → `0332`; demanded → `1032`; refused → `1222`). */
export function speechActCode(map: SpeechActMap, code: CameoCode, act: SpeechAct): CameoCode {
  for (let n = code.length; n >= 2; n--) {
    const hit = map.get(code.slice(0, n));
    if (hit) return hit[act];
  }
  return code;
}

let cues: Cues | null = null;
let speechActs: SpeechActMap | null = null;

export function defaultCues(): Cues {
  return (cues ??= parseCues(readFileSync(new URL('cues.txt', DATA), 'utf8'), 'data/events/cues.txt'));
}

export function defaultSpeechActs(): SpeechActMap {
  return (speechActs ??= parseSpeechActs(readFileSync(new URL('speech-acts.txt', DATA), 'utf8'), 'data/events/speech-acts.txt'));
}
