// `npm run worker`: runs the job queue's handlers (mail, retention). Started
// with the react-server condition so lib/ modules marked "server-only" load.
import { startWorkers } from "@/lib/jobs/worker";

const worker = await startWorkers();
console.log("worker: mail.send and consultations.retention running");

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
