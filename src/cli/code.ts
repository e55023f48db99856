// `dyad code FILE…`: code articles and print their events (a table, or the JSON contract with --json).
import { Command } from 'commander';
import { contractDoc } from '../contract.js';
import type { Doc } from '../types.js';
import { parseDay } from './options.js';
import { eventTable } from './table.js';
import { runInputs } from './run.js';
import { codingFor, withDictionaryOptions, type DictionaryOptions } from './dictionaries.js';

export function codeCommand(): Command {
  return withDictionaryOptions(new Command('code'))
    .description('code articles (plain text or JSONL) and print their events')
    .argument('<files...>', 'plain-text articles or JSONL files ({id, text, title?, published?, url?, source?} per line)')
    .option('--json', 'one JSON document per article on standard output (the stable contract)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for plain text with no dateline', parseDay)
    .option('--asserted', 'in the table, show only asserted events (JSON always carries every modality)')
    .action(async (files: string[], o: { json?: boolean; published?: string; asserted?: boolean } & DictionaryOptions) => {
      const out = process.stdout;
      const summary = await runInputs(files, {
        ...(o.published ? { published: o.published } : {}),
        coding: codingFor(o),
        onDoc: (doc: Doc) => {
          if (o.json) out.write(`${JSON.stringify(contractDoc(doc))}\n`);
          else out.write(eventTable(doc, { assertedOnly: Boolean(o.asserted) }));
        },
      });
      if (summary.articles === 0) process.exitCode = 1;
    });
}
