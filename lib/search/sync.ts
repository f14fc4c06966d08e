// Search-index sync through the SearchOutbox table. Writers enqueue inside
// their own transaction (so an index update exists exactly when the data
// change committed); the worker drains rows into the engine with retries.
// Not "server-only": the job worker (scripts/worker.ts) runs it with its own client.
import type { createPrismaClient } from "@/lib/db-client";
import type { OutboxOp, Prisma } from "@/generated/prisma/client";
import type { SearchEngine } from "./engine";

export const INNOVATION_ENTITY = "Innovation";
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 60 * 60 * 1_000;

type Tx = Pick<Prisma.TransactionClient, "searchOutbox" | "$executeRaw">;
type Db = ReturnType<typeof createPrismaClient>;

export async function enqueueInnovation(tx: Tx, innovationId: string, op: OutboxOp = "UPSERT"): Promise<void> {
  await tx.searchOutbox.create({ data: { entityType: INNOVATION_ENTITY, entityId: innovationId, op } });
}

export async function enqueueInnovations(tx: Tx, innovationIds: string[], op: OutboxOp = "UPSERT"): Promise<void> {
  if (innovationIds.length === 0) return;
  await tx.searchOutbox.createMany({
    data: [...new Set(innovationIds)].map((entityId) => ({ entityType: INNOVATION_ENTITY, entityId, op })),
  });
}

/** An organisation's name, slug or type is shown in (and faceted on) every innovation linked to it. */
export async function enqueueOrganisationInnovations(tx: Tx, organisationId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "SearchOutbox" ("entityType", "entityId", "op")
    SELECT DISTINCT ${INNOVATION_ENTITY}, io."innovationId", 'UPSERT'::"OutboxOp"
    FROM "InnovationOrganisation" io WHERE io."organisationId" = ${organisationId}`;
}

/** 1 s, 2 s, 4 s … capped at an hour. */
export const backoffMs = (attempts: number) =>
  Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);

export type DrainResult = { claimed: number; processed: number; failed: number };

type Claimed = { id: bigint; entityType: string; entityId: string; op: OutboxOp; attempts: number };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Claims due rows with FOR UPDATE SKIP LOCKED (several workers never take the
 * same row), applies them to the engine and marks them processed; a failed
 * group gets attempts+1, lastError and an exponentially later availableAt.
 */
export async function drainOutbox(options: { db: Db; engine: SearchEngine; batchSize?: number }): Promise<DrainResult> {
  const { db, engine, batchSize = 100 } = options;
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT "id", "entityType", "entityId", "op", "attempts" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND "availableAt" <= now()
        ORDER BY "id" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { claimed: 0, processed: 0, failed: 0 };

      // The newest row per entity decides (an upsert after a delete re-adds).
      const latest = new Map<string, Claimed>();
      for (const row of rows) if (row.entityType === INNOVATION_ENTITY) latest.set(row.entityId, row);
      const upserts = [...latest.values()].filter((r) => r.op === "UPSERT").map((r) => r.entityId);
      const deletes = [...latest.values()].filter((r) => r.op === "DELETE").map((r) => r.entityId);

      const failures = new Map<string, string>();
      const apply = async (ids: string[], run: (ids: string[]) => Promise<void>) => {
        if (ids.length === 0) return;
        try {
          await run(ids);
        } catch (error) {
          for (const id of ids) failures.set(id, describe(error));
        }
      };
      await apply(upserts, (ids) => engine.upsert(ids));
      await apply(deletes, (ids) => engine.remove(ids));

      const failed = rows.filter((r) => failures.has(r.entityId));
      const done = rows.filter((r) => !failures.has(r.entityId)).map((r) => r.id);
      if (done.length) {
        await tx.$executeRaw`UPDATE "SearchOutbox" SET "processedAt" = now() WHERE "id" = ANY(${done}::bigint[])`;
      }
      for (const row of failed) {
        const delay = backoffMs(row.attempts + 1);
        await tx.$executeRaw`
          UPDATE "SearchOutbox" SET "attempts" = "attempts" + 1, "lastError" = ${failures.get(row.entityId) ?? null},
            "availableAt" = now() + ${delay} * interval '1 millisecond'
          WHERE "id" = ${row.id}`;
      }
      return { claimed: rows.length, processed: done.length, failed: failed.length };
    },
    // Meilisearch calls wait for their tasks; the claim must outlive them.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
