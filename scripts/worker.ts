// `npm run worker` (also started by `npm start` / `npm run dev`): the job
// queue's handlers (mail, CSV import, retention) and the search-outbox drain. Started with
// the react-server condition so lib/ modules marked "server-only" load.
import { createPrismaClient } from "@/lib/db-client";
import { startWorkers } from "@/lib/jobs/worker";
import { createConfiguredEngine } from "@/lib/search/factory";
import { startOutboxLoop } from "@/lib/search/outbox-loop";

const db = createPrismaClient();
const engine = createConfiguredEngine(db);
const worker = await startWorkers();
const outbox = startOutboxLoop({ db, engine, log: (l) => console.log(`worker: ${l}`) });
console.log(`worker: mail.send, import.run, consultations.retention and the search outbox (${engine.name}) running`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`worker: ${signal}, finishing active jobs`);
  await Promise.all([worker.stop(), outbox.stop()]);
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
