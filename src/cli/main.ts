#!/usr/bin/env -S node --max-old-space-size=1024
// dyad's command line: one file per command; this one only wires them together.
// The heap cap keeps a long run from growing its heap far beyond the ~100 MB it uses (V8 sizes old space by its
// limit, 4 GB here by default); `npm run bench` runs with the same setting.
import { Command } from 'commander';
import { codeCommand } from './code.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { failuresCommand } from './failures.js';
import { statusCommand } from './status.js';
import { watchCommand } from './watch.js';
import { dictCommand } from './dict.js';

const program = new Command();
program
  .name('dyad')
  .description('Political event data from news: who did what to whom, when — CAMEO/PLOVER-coded, dated, sourced.')
  .version('0.1.0')
  .showHelpAfterError();
program.addCommand(codeCommand());
program.addCommand(ingestCommand());
program.addCommand(eventsCommand());
program.addCommand(watchCommand());
program.addCommand(statusCommand());
program.addCommand(failuresCommand());
program.addCommand(dictCommand());

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`dyad: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
