// `dyad watch FEED… --every 15m`: polls feeds (or pages) and ingests only what is new. Each poll is a conditional GET
// with the validators kept from the last one (an unchanged feed costs a 304), and a feed item already stored is not
// read again: both live in the database, so a watch stopped and started again picks up where it was.
import { Command, Option } from 'commander';
import { expandArgs } from '../read/sources.js';
import { openStore } from '../store/index.js';
import { parseDuration, runIngest, stopOnSignal, summaryJson, summaryLine, withIngestOptions, type IngestFlags } from './ingest.js';
import { parsePositive } from './options.js';

interface WatchFlags extends IngestFlags {
  every: number;
  rounds?: number;
  once?: boolean;
}

/** Waits `ms`, or less if a stop is requested (checked every 200 ms). */
async function pause(ms: number, stop: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!stop() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, until - Date.now())));
  }
}

export function watchCommand(): Command {
  return withIngestOptions(
    new Command('watch')
      .description('poll RSS/Atom feeds (or pages) and ingest only new items; state is kept in the database')
      .argument('<feeds...>', 'http(s) URLs of feeds or pages (feed files are read again each round)')
      .addOption(new Option('--every <duration>', 'time between polls (30s, 15m, 2h)').argParser(parseDuration).default(15 * 60_000, '15m'))
      .option('--rounds <n>', 'stop after this many polls (default: until interrupted)', parsePositive)
      .option('--once', 'poll once and stop (same as --rounds 1)'),
  ).action(async (feeds: string[], o: WatchFlags) => {
    const rounds = o.once ? 1 : o.rounds ?? Infinity;
    const store = openStore(o.db);
    const signals = stopOnSignal();
    try {
      for (let round = 1; round <= rounds && !signals.requested(); round++) {
        const started = new Date();
        const s = await runIngest(store, await expandArgs(feeds), o, `watch round ${round}`, signals.requested);
        const totals = store.counts();
        if (o.json) process.stdout.write(`${JSON.stringify({ round, at: started.toISOString(), ...summaryJson(o.db, s, totals) })}\n`);
        else process.stderr.write(`${started.toISOString()} round ${round}: ${summaryLine(o.db, s, totals)}\n`);
        if (round < rounds) await pause(o.every, signals.requested);
      }
    } finally {
      signals.dispose();
      store.close();
    }
  });
}
