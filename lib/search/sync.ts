// Search-index updates for Meilisearch through pg-boss (lib/jobs/boss.ts). A
// write sends its job inside its own transaction, so an update exists exactly
// when the change committed; the worker reads the innovations afresh from
// PostgreSQL and sends them to the engine, with pg-boss's retries, and never
// holds a database transaction open while it waits for Meilisearch. The
// PostgreSQL engine needs none of this (triggers keep its columns in the
// same transaction), so its worker completes these jobs at once.
// Not "server-only": the job worker (scripts/worker.ts) runs the handlers.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { getBoss, QUEUES, transactionDb, type RawSqlClient } from "@/lib/jobs/boss";
import type { SearchEngine } from "./engine";

/** Ids per job: a bulk change (an import, a relabelled theme) becomes several bounded jobs. */
const IDS_PER_JOB = 500;

const ZIndexJob = z.object({ ids: z.array(z.string().min(1)).min(1).max(IDS_PER_JOB) });

/** Queues these innovations for the search index, in the caller's transaction. */
export async function enqueueInnovations(tx: RawSqlClient, innovationIds: string[]): Promise<number> {
  const ids = [...new Set(innovationIds)];
  if (ids.length === 0) return 0;
  const boss = await getBoss();
  for (let i = 0; i < ids.length; i += IDS_PER_JOB) {
    await boss.send(QUEUES.searchIndex, { ids: ids.slice(i, i + IDS_PER_JOB) }, { db: transactionDb(tx) });
  }
  return ids.length;
}

export const enqueueInnovation = (tx: RawSqlClient, innovationId: string) => enqueueInnovations(tx, [innovationId]);

/** An organisation's names, slug and type are shown on (and faceted by) every innovation linked to it, also through its experts. */
export async function enqueueOrganisationInnovations(tx: RawSqlClient, organisationId: string): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT io."innovationId" AS id FROM "InnovationOrganisation" io WHERE io."organisationId" = $1
     UNION
     SELECT e."innovationId" FROM "InnovationExpert" e JOIN "Contact" c ON c."id" = e."contactId" WHERE c."organisationId" = $1`,
    organisationId,
  );
  return enqueueInnovations(
    tx,
    rows.map((r) => r.id),
  );
}

/** The synonyms changed: the worker applies them to Meilisearch's settings. */
export async function enqueueSearchSettings(tx: RawSqlClient): Promise<void> {
  const boss = await getBoss();
  await boss.send(QUEUES.searchSettings, {}, { db: transactionDb(tx) });
}

export async function handleIndexJob(engine: SearchEngine, data: unknown): Promise<{ indexed: number }> {
  const { ids } = ZIndexJob.parse(data);
  if (engine.name === "postgres") return { indexed: 0 };
  // A throw fails the job: pg-boss retries it with backoff (lib/jobs/boss.ts).
  await engine.upsert(ids);
  return { indexed: ids.length };
}

export async function startSearchWorkers(
  boss: PgBoss,
  engine: SearchEngine,
  applySettings: () => Promise<void>,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  await boss.work(QUEUES.searchIndex, { batchSize: 1, pollingIntervalSeconds }, async ([job]) =>
    job ? handleIndexJob(engine, job.data) : undefined,
  );
  await boss.work(QUEUES.searchSettings, { batchSize: 1, pollingIntervalSeconds }, async () => {
    await applySettings();
  });
  // A fresh Meilisearch (or one reset) gets its index and the current synonyms without waiting for a change.
  if (engine.name === "meilisearch") await boss.send(QUEUES.searchSettings, {});
}

export type SearchQueueStatus = {
  /** Jobs waiting, running or waiting for a retry. */
  pending: number;
  /** Jobs that failed at least once and wait for a retry, or gave up (kept for pg-boss's retention). */
  failing: number;
  lastError: string | null;
  lastDoneAt: Date | null;
  oldestPendingAt: Date | null;
};

type StatusDb = { $queryRaw: <T>(query: TemplateStringsArray, ...values: unknown[]) => Promise<T> };

/** The search queues' state, for the dashboard and /api/health; pg-boss's schema exists once it has started. */
export async function searchQueueStatus(db: StatusDb): Promise<SearchQueueStatus> {
  await getBoss();
  const queues = [QUEUES.searchIndex, QUEUES.searchSettings];
  const [row] = await db.$queryRaw<
    { pending: number; failing: number; last_error: string | null; last_done: Date | null; oldest: Date | null }[]
  >`
    SELECT
      count(*) FILTER (WHERE j.state IN ('created', 'retry', 'active'))::int AS pending,
      count(*) FILTER (WHERE j.state IN ('retry', 'failed')
        OR (j.state IN ('created', 'active') AND j.retry_count > 0))::int AS failing,
      (SELECT coalesce(f.output->>'message', f.output::text) FROM pgboss.job f
        WHERE f.name = ANY(${queues}::text[]) AND f.state IN ('retry', 'failed') AND f.output IS NOT NULL
        ORDER BY f.created_on DESC LIMIT 1) AS last_error,
      max(j.completed_on) FILTER (WHERE j.state = 'completed') AS last_done,
      min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry', 'active')) AS oldest
    FROM pgboss.job j WHERE j.name = ANY(${queues}::text[])`;
  return {
    pending: row?.pending ?? 0,
    failing: row?.failing ?? 0,
    // Only the first line: an engine's error can carry connection details below it.
    lastError: row?.last_error?.split("\n")[0]?.slice(0, 200) ?? null,
    lastDoneAt: row?.last_done ?? null,
    oldestPendingAt: row?.oldest ?? null,
  };
}

/** How Latvian words are matched now (public.search_setup() decided at the last migration or reindex). */
export async function searchWordForms(db: StatusDb): Promise<"hunspell" | "simple"> {
  const [row] = await db.$queryRaw<{ mode: string }[]>`SELECT public.search_word_forms() AS mode`;
  return row?.mode === "hunspell" ? "hunspell" : "simple";
}
