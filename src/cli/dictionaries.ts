// The actor dictionary a command codes with, from its options: dyad's own by default; a user's PETRARCH/TABARI
// files used as they are (`--actors F --agents F`, PETRARCH style: only those); a user's additions in dyad's JSON
// format merged over either (`--dict F`).
import { Option } from 'commander';
import type { Command } from 'commander';
import { dictionary, type Dictionary } from '../actors/dictionary.js';
import { dictionaryFromFiles } from '../actors/petrarch.js';
import { loadUserDictionary } from '../actors/user.js';

export interface DictionaryOptions {
  actors?: string[];
  agents?: string[];
  dict?: string;
}

/** Adds `--actors`, `--agents` and `--dict` to a command. */
export function withDictionaryOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--actors <files...>', 'PETRARCH/TABARI actor dictionaries, used instead of dyad\'s own'))
    .addOption(new Option('--agents <files...>', 'PETRARCH/TABARI agent dictionaries (with --actors)'))
    .addOption(new Option('--dict <file>', 'your own actors in dyad\'s JSON format, merged over the dictionary (conflicts are refused: see `dyad dict check`)'));
}

/** The dictionary the options ask for, or undefined for dyad's own. Errors name the file and line. */
export function dictionaryFor(o: DictionaryOptions): Dictionary | undefined {
  let d: Dictionary | undefined;
  if (o.actors?.length || o.agents?.length) {
    d = dictionaryFromFiles({ ...(o.actors ? { actors: o.actors } : {}), ...(o.agents ? { agents: o.agents } : {}) });
  }
  if (o.dict) d = loadUserDictionary(o.dict, d ?? dictionary());
  return d;
}
