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
  subordinator: Set<string>;
  relative: Set<string>;
  coordinator: Set<string>;
  temporalPrep: Set<string>;
  occur: Set<string>;
}

const CLASS_NAMES: Record<keyof Cues, string> = {
  negation: 'NEGATION', hypothetical: 'HYPOTHETICAL', future: 'FUTURE', condition: 'CONDITION', wish: 'WISH',
  plan: 'PLAN', refusal: 'REFUSAL', realised: 'REALISED', send: 'SEND', speech: 'SPEECH',
  subordinator: 'SUBORDINATOR', relative: 'RELATIVE', coordinator: 'COORDINATOR', temporalPrep: 'TEMPORAL_PREP',
  occur: 'OCCUR',
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

/** Reads `PREFIX CODE` lines. */
export function parseIntentMap(text: string, file = 'intent.txt'): Map<string, CameoCode> {
  const map = new Map<string, CameoCode>();
  text.split('\n').forEach((line, k) => {
    const raw = line.replace(/#.*$/, '').trim();
    if (!raw) return;
    const [prefix, code] = raw.split(/\s+/);
    if (!/^\d{2,4}$/.test(prefix ?? '') || !/^\d{2,4}$/.test(code ?? '')) {
      throw new PatternError(file, k + 1, `expected 'PREFIX CODE', got '${raw}'`);
    }
    map.set(prefix, code);
  });
  return map;
}

/** The code of the intent or threat that reporting a future act expresses (`072` → `0332`). */
export function intentCode(map: Map<string, CameoCode>, code: CameoCode): CameoCode {
  for (let n = code.length; n >= 2; n--) {
    const hit = map.get(code.slice(0, n));
    if (hit) return hit;
  }
  return code;
}

let cues: Cues | null = null;
let intents: Map<string, CameoCode> | null = null;

export function defaultCues(): Cues {
  return (cues ??= parseCues(readFileSync(new URL('cues.txt', DATA), 'utf8'), 'data/events/cues.txt'));
}

export function defaultIntents(): Map<string, CameoCode> {
  return (intents ??= parseIntentMap(readFileSync(new URL('intent.txt', DATA), 'utf8'), 'data/events/intent.txt'));
}
