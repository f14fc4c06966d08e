// Drains the search outbox about once a second until stopped; a full batch is
// followed at once by the next. Also prunes the search change log now and
// then. Run by the job worker (scripts/worker.ts).
import { setTimeout as sleep } from "node:timers/promises";
import type { SearchEngine } from "./engine";
import { pruneChangeLog } from "./change-log";
import { drainOutbox } from "./sync";

/** The change log of search versions is pruned this often. */
const PRUNE_EVERY_MS = 10 * 60_000;

type Db = Parameters<typeof drainOutbox>[0]["db"];

export function startOutboxLoop(options: {
  db: Db;
  engine: SearchEngine;
  intervalMs?: number;
  batchSize?: number;
  log?: (l: string) => void;
}) {
  const { db, engine, intervalMs = 1_000, batchSize = 100, log = console.log } = options;
  const stop = new AbortController();
  let prunedAt = 0;
  const done = (async () => {
    while (!stop.signal.aborted) {
      try {
        if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
          prunedAt = Date.now();
          await pruneChangeLog(db);
        }
        const result = await drainOutbox({ db, engine, batchSize });
        if (result.claimed > 0) log(`search outbox: ${result.processed} applied, ${result.failed} to retry`);
        if (result.claimed === batchSize) continue;
      } catch (error) {
        log(`search outbox: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
      await sleep(intervalMs, undefined, { signal: stop.signal }).catch(() => undefined);
    }
  })();
  return {
    stop: async () => {
      stop.abort();
      await done;
    },
  };
}
