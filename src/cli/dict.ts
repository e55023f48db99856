// `dyad dict check FILE`: what a user's actor file (dyad's JSON format) would change in the default dictionary.
// `dyad dict check --verbs FILE…`: what of a PETRARCH/TABARI verb dictionary dyad reads, and what it leaves out.
import { Command } from 'commander';
import { dictionary } from '../actors/dictionary.js';
import { checkUserDictionary, formatConflict } from '../actors/user.js';
import { patternsFromVerbFiles } from './dictionaries.js';

export function dictCommand(): Command {
  const dict = new Command('dict').description('work with actor and verb dictionaries');
  dict.addCommand(new Command('check')
    .description('list the names in a user actor file (JSON) that the default dictionary codes differently; with --verbs, the lines of PETRARCH verb files dyad leaves out')
    .argument('<files...>', 'your actors, in dyad\'s JSON format (see src/actors/user.ts); with --verbs, PETRARCH/TABARI verb dictionaries')
    .option('--verbs', 'the files are PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt format)')
    .option('--json', 'the findings as JSON on standard output')
    .action((files: string[], o: { json?: boolean; verbs?: boolean }) => {
      if (o.verbs) {
        const problems: string[] = [];
        const book = patternsFromVerbFiles(files, (m) => problems.push(m));
        let patterns = 0;
        const seen = new Set<unknown>();
        for (const list of book.verbs.values()) for (const p of list) if (!seen.has(p)) { seen.add(p); patterns++; }
        if (o.json) process.stdout.write(`${JSON.stringify({ files, verbs: book.verbs.size, patterns, problems })}\n`);
        else {
          for (const m of problems) process.stdout.write(`${m}\n`);
          process.stdout.write(`${files.join(', ')}: ${book.verbs.size} verbs, ${patterns} patterns read; ${problems.length} lines or patterns left out\n`);
        }
        if (problems.length) process.exitCode = 1;
        return;
      }
      if (files.length !== 1) throw new Error('dict check takes one actor file (or several verb files with --verbs)');
      const file = files[0];
      const conflicts = checkUserDictionary(dictionary(), file);
      if (o.json) process.stdout.write(`${JSON.stringify({ file, conflicts })}\n`);
      else if (conflicts.length === 0) process.stdout.write(`${file}: no conflicts with the default dictionary\n`);
      else for (const c of conflicts) process.stdout.write(`${formatConflict(c, file)}\n`);
      if (conflicts.length) process.exitCode = 1;
    }));
  return dict;
}
