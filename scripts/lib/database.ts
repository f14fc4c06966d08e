// Brings the database up for a start or a test run: the embedded PostgreSQL
// when DATABASE_URL is unset (created, migrated and seeded when empty), or
// the given database (migrated; never seeded, never started).
import { embeddedPg, env } from "../../lib/env";
import { createPrismaClient } from "../../lib/db-client";
import { seed } from "../../prisma/seed/run";
import { seedDemoSlots } from "../../prisma/seed/slots";
import { startEmbeddedPostgres, superviseEmbeddedPostgres } from "./embedded-pg";
import { migrate } from "./migrate";
import pg from "pg";

/** Says at every start when search runs without the Latvian dictionary (the migration's notice is said once). */
async function reportWordForms(url: string, log: (l: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ mode: string }>("SELECT public.search_word_forms() AS mode");
    if (rows[0]?.mode !== "hunspell")
      log(
        "search: Latvian word forms are off (no sikc_lv dictionary in this PostgreSQL's tsearch_data); see the README, “External PostgreSQL”",
      );
  } finally {
    await client.end();
  }
}

export type Database = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  /** The embedded server only: restart it whenever it dies, until stop(). */
  supervise?: (log: (line: string) => void) => void;
};

export async function prepareDatabase(log: (l: string) => void): Promise<Database> {
  let url = env.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  let supervise: Database["supervise"];
  if (!url) {
    const pg = await startEmbeddedPostgres({ ...embeddedPg, log });
    let supervisor: { stop: () => void } | undefined;
    url = pg.url;
    supervise = (line) => (supervisor ??= superviseEmbeddedPostgres(pg, { log: line }));
    // a stop is not a crash: the supervisor lets go first
    stop = async () => {
      supervisor?.stop();
      await pg.stop();
    };
  } else {
    log("using DATABASE_URL; no embedded database is started");
  }
  try {
    const { applied } = await migrate(url, log);
    if (!applied.length) log("database schema is up to date");
    await reportWordForms(url, log);
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
  return { url, embedded: !env.DATABASE_URL, stop, supervise };
}
