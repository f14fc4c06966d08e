// Builds the configured engine for any Prisma client: Meilisearch when
// MEILI_URL is set, else PostgreSQL. Used by lib/search/index.ts (the app)
// and by scripts (reindex, worker), which cannot import "server-only" modules.
import type { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { SearchEngine } from "./engine";
import { createMeilisearchEngine } from "./meilisearch";
import { createPostgresEngine } from "./postgres";

type Db = ReturnType<typeof createPrismaClient>;

export function createConfiguredEngine(db: Db): SearchEngine {
  if (env.MEILI_URL) {
    return createMeilisearchEngine(db, { url: env.MEILI_URL, key: env.MEILI_KEY, indexPrefix: env.MEILI_INDEX_PREFIX });
  }
  return createPostgresEngine(db);
}
