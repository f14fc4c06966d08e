// Starts the integration tests' own PostgreSQL once per run and prepares a
// template database (migrated and seeded). Each test file then works on its
// own copy (setup-database.ts), so files never see each other's writes.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db-client";
import { migrate } from "../../scripts/lib/migrate";
import { seed } from "../../prisma/seed/run";
import { startTestPostgres } from "../support/test-postgres";

export const TEMPLATE = "sikc_template";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startTestPostgres("integration", TEMPLATE);
  await migrate(pg.url);
  const db = createPrismaClient(pg.url);
  await seed(db);
  await db.$disconnect();
  project.provide("templateUrl", pg.url);
  return async () => {
    await pg.stop();
  };
}
