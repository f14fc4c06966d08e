import type { createPrismaClient } from "@/lib/db-client";

export type SeedDb = ReturnType<typeof createPrismaClient>;
