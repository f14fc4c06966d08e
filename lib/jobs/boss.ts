// pg-boss: the job queue lives in the portal's own PostgreSQL (schema
// "pgboss"), so a job is as durable as the data that caused it and can be
// enqueued inside the very transaction that writes that data.
import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/env";

export const QUEUES = {
  mailSend: "mail.send",
  retention: "consultations.retention",
  importRun: "import.run",
  searchIndex: "search.index",
  searchSettings: "search.settings",
} as const;

// A mail server can be down for hours: ~10 tries spread over a day
// (30 s, 1 min, 2 min … doubling, with jitter) before a job is marked failed.
const MAIL_RETRY = { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } as const;
// Meilisearch can be down for a while too (reads fall back to PostgreSQL meanwhile). One search
// job at a time across all workers: each reads the innovations afresh, so jobs taken in turn
// can never leave an older copy in the index after a newer one.
const SEARCH_QUEUE = {
  policy: "singleton",
  retryLimit: 12,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 300,
} as const;

type BossMode = { worker: boolean };
type BossState = { boss: Promise<PgBoss> | null; mode: BossMode };

// Kept on globalThis like the Prisma client: Next's dev server re-evaluates
// modules, and one pool per process is enough.
const state: BossState = ((globalThis as unknown as { sikcBoss?: BossState }).sikcBoss ??= {
  boss: null,
  mode: { worker: false },
});

/** The worker calls this before getBoss(): only it runs maintenance and cron. */
export function configureBoss(mode: BossMode): void {
  if (state.boss) throw new Error("configureBoss must be called before the first getBoss()");
  state.mode = mode;
}

async function start(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl(),
    schema: "pgboss",
    max: state.mode.worker ? 4 : 2,
    // web processes only enqueue; maintenance and the cron clock belong to the worker
    supervise: state.mode.worker,
    schedule: state.mode.worker,
    // completed mail jobs hold addresses and text: keep them briefly
    deleteAfterDays: 7,
  });
  // the message only: pg errors carry the whole client object, credentials included
  boss.on("error", (error: unknown) =>
    console.error("pg-boss error:", error instanceof Error ? error.message : String(error)),
  );
  await boss.start();
  await boss.createQueue(QUEUES.mailSend, { name: QUEUES.mailSend, ...MAIL_RETRY });
  await boss.createQueue(QUEUES.retention, { name: QUEUES.retention, retryLimit: 3, retryDelay: 600 });
  // Never retried: a worker that died after the import's commit but before the job was marked
  // done would import the rows again (rows without a slug in the file would get new slugs). The
  // page reports the failure instead. The import's transaction may run 10 minutes, so the job may too.
  await boss.createQueue(QUEUES.importRun, { name: QUEUES.importRun, retryLimit: 0, expireInSeconds: 15 * 60 });
  await boss.createQueue(QUEUES.searchIndex, { name: QUEUES.searchIndex, ...SEARCH_QUEUE });
  await boss.createQueue(QUEUES.searchSettings, { name: QUEUES.searchSettings, ...SEARCH_QUEUE });
  return boss;
}

/** Started lazily on first use; safe to call from many places at once. */
export function getBoss(): Promise<PgBoss> {
  state.boss ??= start().catch((error: unknown) => {
    state.boss = null;
    throw error;
  });
  return state.boss;
}

export async function stopBoss(options: { graceful?: boolean } = {}): Promise<void> {
  const pending = state.boss;
  state.boss = null;
  if (pending) await (await pending).stop({ graceful: options.graceful ?? true, wait: true });
}

/** The part of a Prisma transaction client pg-boss needs. */
export type RawSqlClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/**
 * Lets pg-boss insert its job through an open Prisma transaction, so the job
 * exists exactly when the transaction commits: no lost mail if the process
 * dies after the commit, no mail about a request that was rolled back.
 */
export function transactionDb(tx: RawSqlClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      // pg would JSON-encode objects itself; Prisma's raw parameters need it done
      const params = values.map((v) =>
        v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v,
      );
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}
