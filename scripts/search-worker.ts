// Drains the search outbox into the configured engine about once a second
// until SIGINT/SIGTERM; a batch in progress is finished before exiting.
//   npx tsx scripts/search-worker.ts [--once]
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient } from "../lib/db-client";
import { createConfiguredEngine } from "../lib/search/factory";
import { drainOutbox } from "../lib/search/sync";

const INTERVAL_MS = 1_000;
const db = createPrismaClient();
const engine = createConfiguredEngine(db);
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());

console.log(`search worker: draining the outbox into ${engine.name}`);
while (!stop.signal.aborted) {
  try {
    const result = await drainOutbox({ db, engine, batchSize: 100 });
    if (result.claimed > 0) console.log(`search worker: ${result.processed} applied, ${result.failed} to retry`);
    // A full batch means more may be waiting: go again without pausing.
    if (result.claimed === 100) continue;
  } catch (error) {
    console.error(`search worker: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  if (process.argv.includes("--once")) break;
  await sleep(INTERVAL_MS, undefined, { signal: stop.signal }).catch(() => undefined);
}
await db.$disconnect();
console.log("search worker: stopped");
