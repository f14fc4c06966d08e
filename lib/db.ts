import "server-only";
import { createPrismaClient } from "@/lib/db-client";

export type Db = ReturnType<typeof createPrismaClient>;

// One client per process; Next's dev server re-evaluates modules on every
// change, so the instance is kept on globalThis to avoid leaking pools.
const globalForDb = globalThis as unknown as { sikcDb?: Db };

export const db: Db = globalForDb.sikcDb ?? createPrismaClient();
globalForDb.sikcDb = db;

/** The transaction client of our `db` (with its global `omit`), which Prisma.TransactionClient is not. */
export type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];

/** Many public submissions may queue for a pooled connection at once: wait, don't fail. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Runs `run` in the caller's transaction when given one (the CSV importer runs many writes in one), else in a new one. */
export async function inTransaction<T>(tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? run(tx) : db.$transaction(run, TX_OPTIONS);
}
