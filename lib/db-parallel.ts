import type { Db, Tx } from "@/lib/db";

/**
 * Runs independent reads in parallel on the pool, or one after another inside
 * an interactive transaction, whose single connection cannot run two queries
 * at once (pg deprecates queuing them). A transaction client has no $transaction.
 */
export async function readAll<T extends readonly unknown[]>(
  client: Db | Tx,
  reads: { [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  if ("$transaction" in client) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
