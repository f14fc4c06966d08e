// The change log (SearchChange) lets search processes patch their in-memory
// index with the rows each data version changed (facet-index-load.ts). A
// process whose copy is older than what the log still holds reads everything
// again, so the log only needs to outlive a copy that is in use; it is pruned
// by the job worker (outbox-loop.ts).
import type { SearchDb } from "./postgres";

/** Drops entries older than `maxAgeHours` and raises the floor past them, in one statement. */
export async function pruneChangeLog(db: Pick<SearchDb, "$executeRaw">, maxAgeHours = 24): Promise<number> {
  return db.$executeRaw`
    WITH gone AS (
      DELETE FROM "SearchChange" WHERE "at" < now() - make_interval(hours => ${maxAgeHours}) RETURNING "version"
    )
    UPDATE "SearchState" SET "floor" = greatest("floor", (SELECT max("version") FROM gone))
    WHERE "id" = 1 AND EXISTS (SELECT 1 FROM gone)`;
}
