// The background worker: mail delivery, CSV imports, search-index updates and
// scheduled clean-ups. Runs in its own process (scripts/worker.ts); web
// processes only enqueue.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { startImportWorker } from "@/lib/import/jobs";
import { createConfiguredEngine } from "@/lib/search/factory";
import { applyMeilisearchSettings } from "@/lib/search/meilisearch";
import { startSearchWorkers } from "@/lib/search/sync";
import { configureBoss, getBoss, stopBoss } from "./boss";
import { startMailWorker } from "./mail";
import { startRetentionWorker } from "./retention";

export async function startWorkers(
  options: { pollingIntervalSeconds?: number } = {},
): Promise<{ stop: () => Promise<void>; searchEngine: string }> {
  configureBoss({ worker: true });
  const boss = await getBoss();
  await startMailWorker(boss, options);
  await startRetentionWorker(boss, options);
  await startImportWorker(boss, options);
  const engine = createConfiguredEngine(db);
  const meili = env.MEILI_URL ? { url: env.MEILI_URL, key: env.MEILI_KEY, indexPrefix: env.MEILI_INDEX_PREFIX } : null;
  await startSearchWorkers(
    boss,
    engine,
    async () => (meili ? applyMeilisearchSettings(db, meili) : undefined),
    options,
  );
  return { stop: () => stopBoss({ graceful: true }), searchEngine: engine.name };
}
