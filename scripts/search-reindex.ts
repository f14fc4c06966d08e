// `npm run search:reindex`: rebuilds the configured engine's index from
// PostgreSQL (Meilisearch: a fresh index swapped in; PostgreSQL: recomputes
// the trigger-maintained search columns and the typo lexicon).
import { createPrismaClient } from "../lib/db-client";
import { createConfiguredEngine } from "../lib/search/factory";

const db = createPrismaClient();
try {
  const engine = createConfiguredEngine(db);
  const started = performance.now();
  const count = await engine.reindexAll();
  console.log(
    `search:reindex: ${count} innovations indexed by ${engine.name} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`search:reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
