// The background worker: mail delivery, CSV imports and scheduled clean-ups. Runs in its
// own process (scripts/worker.ts); web processes only enqueue.
import { startImportWorker } from "@/lib/import/jobs";
import { configureBoss, getBoss, stopBoss } from "./boss";
import { startMailWorker } from "./mail";
import { startRetentionWorker } from "./retention";

export async function startWorkers(
  options: { pollingIntervalSeconds?: number } = {},
): Promise<{ stop: () => Promise<void> }> {
  configureBoss({ worker: true });
  const boss = await getBoss();
  await startMailWorker(boss, options);
  await startRetentionWorker(boss, options);
  await startImportWorker(boss, options);
  return { stop: () => stopBoss({ graceful: true }) };
}
