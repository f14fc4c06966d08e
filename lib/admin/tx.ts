// The transaction client of our `db` (with its global `omit`), which
// Prisma.TransactionClient is not, and the one way to run a write in the
// caller's transaction or a new one (the CSV importer runs many in one).
import type { Db } from "@/lib/db";

export type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];

const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export async function inTransaction<T>(db: Db, tx: Tx | undefined, run: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? run(tx) : db.$transaction(run, TX_OPTIONS);
}
