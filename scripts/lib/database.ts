// Brings the database up for a start or a test run: the embedded PostgreSQL
// when DATABASE_URL is unset (created, migrated and seeded when empty), or
// the given database (migrated; never seeded, never started).
import { embeddedPg, env } from "../../lib/env";
import { createPrismaClient } from "../../lib/db-client";
import { seed } from "../../prisma/seed/run";
import { seedDemoSlots } from "../../prisma/seed/slots";
import { startEmbeddedPostgres } from "./embedded-pg";
import { migrate } from "./migrate";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function prepareDatabase(log: (l: string) => void): Promise<Database> {
  let url = env.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!url) {
    const pg = await startEmbeddedPostgres({ ...embeddedPg, log });
    url = pg.url;
    stop = pg.stop;
  } else {
    log("using DATABASE_URL; no embedded database is started");
  }
  try {
    const { applied } = await migrate(url, log);
    if (!applied.length) log("database schema is up to date");
    if (!env.DATABASE_URL) {
      const db = createPrismaClient(url);
      try {
        if ((await db.term.count()) === 0) {
          log("empty database: loading vocabularies and demo data");
          log(`seeded ${JSON.stringify(await seed(db))}`);
        } else {
          // demo consultation times are relative to the day: top them up when they have run out
          const slots = await seedDemoSlots(db);
          if (slots) log(`added ${slots} demo consultation times for the next four weeks`);
        }
      } finally {
        await db.$disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, embedded: !env.DATABASE_URL, stop };
}
