// The portal on the demo data (what `npm start` loads) in a PostgreSQL of its
// own, served as in production (scripts/lib/topology.ts), for bench:load and
// bench:budget; with the records those benchmarks visit.
import path from "node:path";
import { createPrismaClient } from "../../lib/db-client";
import { seed } from "../../prisma/seed/run";
import { freePort, startTestPostgres } from "../../tests/support/test-postgres";
import { buildIfStale, standaloneDir } from "../build";
import { migrate } from "./migrate";
import { startTopology, type Topology } from "./topology";

const root = path.resolve(import.meta.dirname, "..", "..");

export type DemoPortal = Topology & { innovation: string; organisation: string; theme: string };

export async function startDemoPortal(name: string, processes = 1): Promise<DemoPortal> {
  const database = await startTestPostgres(name);
  try {
    await migrate(database.url);
    const db = createPrismaClient(database.url);
    await seed(db);
    const [innovation, organisation, theme] = await Promise.all([
      db.innovation.findFirstOrThrow({ where: { publication: "PUBLISHED" }, orderBy: { slug: "asc" } }),
      db.organisation.findFirstOrThrow({ orderBy: { slug: "asc" } }),
      db.term.findFirstOrThrow({ where: { vocabulary: "THEME" }, orderBy: { key: "asc" } }),
    ]);
    await db.$disconnect();
    await buildIfStale();
    // canonical and hreflang links name PUBLIC_URL: the address the benchmarks visit
    const port = await freePort();
    const portal = await startTopology({
      standalone: standaloneDir,
      processes,
      port,
      env: {
        ...process.env,
        PUBLIC_URL: `http://localhost:${port}`,
        DATABASE_URL: database.url,
        MEILI_URL: "",
        AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
        DATA_DIR: path.join(root, ".test-data", `${name}-files-${process.pid}`),
      },
      readyPath: "/api/health",
      stdio: "ignore",
    });
    // the first search of each process reads the search index into memory
    for (const backend of portal.backends)
      await fetch(`${backend}/api/v1/innovations?pageSize=1`).then((r) => r.text());
    return {
      ...portal,
      innovation: innovation.slug,
      organisation: organisation.slug,
      theme: theme.key,
      stop: async () => {
        await portal.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
