// `npm run worker` (also started by `npm start` / `npm run dev`): the job
// queue's handlers (mail, CSV import, search-index updates, retention).
// Started with the react-server condition so lib/ modules marked
// "server-only" load.
import { startWorkers } from "@/lib/jobs/worker";

const worker = await startWorkers();
console.log(
  `worker: mail.send, import.run, search.index and search.settings (${worker.searchEngine}), consultations.retention running`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`worker: ${signal}, finishing active jobs`);
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
