// Builds a Prisma client on the pg driver adapter with the portal's safe
// defaults. Shared by the app (lib/db.ts), the seed and the tests, which must
// not import "server-only" modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

export function createPrismaClient(url: string = databaseUrl()) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    // A password hash is only ever read where a query asks for it explicitly.
    omit: { user: { passwordHash: true } },
  });
}
