// What a command codes with, from its options: dyad's own dictionaries by default; a user's PETRARCH/TABARI files
// used as they are (`--actors F --agents F --verbs F --discards F`, PETRARCH style: a kind given replaces dyad's
// own of that kind); a user's actor additions in dyad's JSON format merged over either (`--dict F`); PETRARCH's
// coding conventions (`--petrarch`).
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { dictionary, type Dictionary } from '../actors/dictionary.js';
import { dictionaryFromFiles } from '../actors/petrarch.js';
import { loadUserDictionary } from '../actors/user.js';
import { dropUnknownCodes, emptyBook, ownPatterns, parsePatterns, type PatternBook } from '../events/patterns.js';
import { readDiscards, type DiscardLists } from '../events/petrarch/discards.js';
import { readVerbDictionary, toPatternText } from '../events/petrarch/verbs.js';
import type { CodingOptions } from '../pipeline.js';
import { fsCause } from '../read/files.js';

export interface DictionaryOptions {
  actors?: string[];
  agents?: string[];
  verbs?: string[];
  discards?: string[];
  dict?: string;
  petrarch?: boolean;
  /** false with `--no-cameo-verbs`: dyad's own patterns without the imported CAMEO 2.0 layer. */
  cameoVerbs?: boolean;
}

/** Adds the dictionary options to a command. */
export function withDictionaryOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--actors <files...>', 'PETRARCH/TABARI actor dictionaries, used instead of dyad\'s own'))
    .addOption(new Option('--agents <files...>', 'PETRARCH/TABARI agent dictionaries (with --actors)'))
    .addOption(new Option('--verbs <files...>', 'PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt format), used instead of dyad\'s own patterns'))
    .addOption(new Option('--no-cameo-verbs', 'code with dyad\'s own verb patterns only, without the imported CAMEO 2.0 verb dictionary'))
    .addOption(new Option('--discards <files...>', 'PETRARCH/TABARI discard lists: sentences (or, with +, stories) holding a phrase are not coded'))
    .addOption(new Option('--dict <file>', 'your own actors in dyad\'s JSON format, merged over the dictionary (conflicts are refused: see `dyad dict check`)'))
    .addOption(new Option('--petrarch', 'PETRARCH\'s conventions: announced, intended and imminent acts are coded as acts (asserted); no speech acts added'));
}

/** The actor dictionary the options ask for, or undefined for dyad's own. Errors name the file and line. */
export function dictionaryFor(o: DictionaryOptions): Dictionary | undefined {
  let d: Dictionary | undefined;
  if (o.actors?.length || o.agents?.length) {
    d = dictionaryFromFiles({ ...(o.actors ? { actors: o.actors } : {}), ...(o.agents ? { agents: o.agents } : {}) });
  }
  if (o.dict) d = loadUserDictionary(o.dict, d ?? dictionary());
  return d;
}

/**
 * Verb patterns from PETRARCH/TABARI verb dictionaries, in the order given (an earlier file's match wins).
 * Patterns PETRARCH would let pass but dyad cannot code — a malformed code (`[075A]`), or a code outside the CAMEO
 * codebook (`[212]`: dyad gives every event its Goldstein value, quad class and PLOVER type) — are left out, and
 * `warn` is told which, by file and line.
 */
export function patternsFromVerbFiles(files: string[], warn: (message: string) => void = () => {}): PatternBook {
  const book = emptyBook();
  for (const file of files) {
    // A malformed line is reported (file, line, fault) and left out, as PETRARCH does: CAMEO.2.0.txt itself has two.
    const problems: string[] = [];
    const dict = readVerbDictionary(readFile(file), file, { onError: (e) => problems.push(`${e.message}; line not used`) });
    // Another kind of file (an actor or agent list) yields no family at all: an error, not a stream of warnings.
    if (!dict.families.length) throw new Error(`${file}: no verb families (\`--- NAME [CODE] ---\`) found: not a PETRARCH/TABARI verb dictionary`);
    for (const m of problems) warn(m);
    for (const w of dict.warnings) warn(`${w.file}:${w.line}: ${w.message}`);
    parsePatterns(toPatternText(dict, file), file, book);
  }
  return dropUnknownCodes(book, warn);
}

/** Discard lists from PETRARCH/TABARI files, merged. */
export function discardsFromFiles(files: string[]): DiscardLists {
  const out: DiscardLists = { sentence: [], story: [] };
  for (const file of files) {
    const d = readDiscards(readFile(file), file);
    out.sentence.push(...d.sentence);
    out.story.push(...d.story);
  }
  return out;
}

/** Everything the options ask to code with. Errors name the file (and line, for a malformed entry). */
export function codingFor(o: DictionaryOptions): CodingOptions {
  const dict = dictionaryFor(o);
  return {
    ...(dict ? { dictionary: dict } : {}),
    ...(o.verbs?.length ? { patterns: patternsFromVerbFiles(o.verbs, (m) => process.stderr.write(`dyad: ${m}\n`)) }
      : o.cameoVerbs === false ? { patterns: ownPatterns() } : {}),
    ...(o.discards?.length ? { discards: discardsFromFiles(o.discards) } : {}),
    ...(o.petrarch ? { petrarch: true } : {}),
  };
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: ${fsCause(err)}`);
  }
}
