// `npm run search:reindex`: rebuilds the search from PostgreSQL's rows. Always
// the built-in engine's columns (every search vector, the synonyms' normal
// forms and the word list, with the Latvian dictionary if it is installed
// now), which the directory and the fallback use too; then, with MEILI_URL,
// a fresh Meilisearch index swapped in with the current synonyms.
import { createPrismaClient } from "../lib/db-client";
import { env } from "../lib/env";
import { createConfiguredEngine } from "../lib/search/factory";
import { createPostgresEngine } from "../lib/search/postgres";
import { searchWordForms } from "../lib/search/sync";

const db = createPrismaClient();
const timed = async (run: () => Promise<number>) => {
  const started = performance.now();
  const count = await run();
  return { count, ms: Math.round(performance.now() - started) };
};
try {
  const postgres = await timed(() => createPostgresEngine(db).reindexAll());
  console.log(
    `search:reindex: PostgreSQL search columns rebuilt, ${postgres.count} published innovations, ${postgres.ms} ms; ` +
      `Latvian word forms: ${(await searchWordForms(db)) === "hunspell" ? "Hunspell dictionary" : "off (no sikc_lv dictionary files; simple + unaccent)"}`,
  );
  if (env.MEILI_URL) {
    const meili = await timed(() => createConfiguredEngine(db).reindexAll());
    console.log(`search:reindex: Meilisearch index rebuilt, ${meili.count} innovations, ${meili.ms} ms`);
  }
} catch (error) {
  console.error(`search:reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
