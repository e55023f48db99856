// `dyad dict check FILE`: what a user's actor file (dyad's JSON format) would change in the default dictionary.
import { Command } from 'commander';
import { dictionary } from '../actors/dictionary.js';
import { checkUserDictionary, formatConflict } from '../actors/user.js';

export function dictCommand(): Command {
  const dict = new Command('dict').description('work with actor dictionaries');
  dict.addCommand(new Command('check')
    .description('list the names in a user actor file (JSON) that the default dictionary codes differently')
    .argument('<file>', 'your actors, in dyad\'s JSON format (see src/actors/user.ts)')
    .option('--json', 'the conflicts as JSON on standard output')
    .action((file: string, o: { json?: boolean }) => {
      const conflicts = checkUserDictionary(dictionary(), file);
      if (o.json) process.stdout.write(`${JSON.stringify({ file, conflicts })}\n`);
      else if (conflicts.length === 0) process.stdout.write(`${file}: no conflicts with the default dictionary\n`);
      else for (const c of conflicts) process.stdout.write(`${formatConflict(c, file)}\n`);
      if (conflicts.length) process.exitCode = 1;
    }));
  return dict;
}
