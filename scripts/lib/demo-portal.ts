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

/** The portal on the demo data, and a published record of each kind to load. */
export type DemoPortal = Topology & {
  innovation: string;
  organisation: string;
  theme: string;
  resource: string;
  call: string;
  reviewYear: number;
};

export async function startDemoPortal(name: string, processes = 1): Promise<DemoPortal> {
  const database = await startTestPostgres(name);
  try {
    await migrate(database.url);
    const db = createPrismaClient(database.url);
    await seed(db);
    const published = { where: { publication: "PUBLISHED" as const }, orderBy: { slug: "asc" as const } };
    const [innovation, organisation, theme, resource, call, review] = await Promise.all([
      db.innovation.findFirstOrThrow(published),
      db.organisation.findFirstOrThrow(published),
      db.term.findFirstOrThrow({ where: { vocabulary: "THEME" }, orderBy: { key: "asc" } }),
      db.resource.findFirstOrThrow(published),
      db.fundingCall.findFirstOrThrow(published),
      db.annualReview.findFirstOrThrow({ where: { publication: "PUBLISHED" }, orderBy: { year: "desc" } }),
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
      resource: resource.slug,
      call: call.slug,
      reviewYear: review.year,
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
