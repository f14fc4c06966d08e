import "server-only";
import { createPrismaClient } from "@/lib/db-client";

export type Db = ReturnType<typeof createPrismaClient>;

// One client per process; Next's dev server re-evaluates modules on every
// change, so the instance is kept on globalThis to avoid leaking pools.
const globalForDb = globalThis as unknown as { sikcDb?: Db };

export const db: Db = globalForDb.sikcDb ?? createPrismaClient();
globalForDb.sikcDb = db;
