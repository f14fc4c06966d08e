// The transaction client type of *our* db (with its global `omit`), which
// Prisma.TransactionClient is not.
import type { Db } from "@/lib/db";

export type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];

/** Many public submissions may queue for a pooled connection at once: wait, don't fail. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export const CLOSED_STATUSES = ["COMPLETED", "REFERRED", "CANCELLED"] as const;
