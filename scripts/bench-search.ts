// `npm run bench:search`: search latency on a synthetic corpus of 10 000 and
// 100 000 innovations in a PostgreSQL of its own. For a fixed, seeded mix of
// 200 queries it measures the engine's search() (facet counts included) and
// one hand-written SQL statement per query (page + total, no facets, no typo
// expansion) as the floor; and, when a production build exists, the open-data
// API over HTTP as production serves it (scripts/lib/topology.ts) under
// autocannon's 10 connections, beside GET /api/health (a route handler with two
// small queries and no search) and the bare Next.js app's dynamic page.
// Prints a table, writes bench/results/*.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import type { SearchQuery } from "../lib/search/engine";
import { toSearchParams } from "../lib/search/params";
import { createPostgresEngine } from "../lib/search/postgres";
import { seedOrganisations } from "../prisma/seed/records";
import { seedVocabularies } from "../prisma/seed/vocabularies";
import { startTestPostgres } from "../tests/support/test-postgres";
import { standaloneDir } from "./build";
import { insertCorpus, rng, type Vocab } from "./lib/bench-corpus";
import { FLOOR_PATHS, startFloorApp } from "./lib/floor-app";
import { measure, printTable, summary, type Row } from "./lib/load";
import { floorSql, queryMix } from "./lib/bench-queries";
import { migrate } from "./lib/migrate";
import { startTopology, type Topology } from "./lib/topology";

const root = path.resolve(import.meta.dirname, "..");
const SIZES = [10_000, 100_000];
const QUERIES = 200;
const CONCURRENCY = 10;

type Stats = { p50: number; p95: number; p99: number; mean: number; n: number };
const stats = (ms: number[]): Stats => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10,
    n: s.length,
  };
};

async function timeEach<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  for (const item of items.slice(0, 20)) await run(item); // warm caches and plans
  const ms: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    ms.push(performance.now() - t);
  }
  return ms;
}

/** The production topology (standalone build behind nginx, one Next process) on this database. */
async function startPortal(url: string): Promise<Topology | string> {
  if (!fs.existsSync(path.join(standaloneDir, "server.js")))
    return "no production build (.next/standalone); run `npm run build` first";
  return startTopology({
    standalone: standaloneDir,
    env: {
      ...process.env,
      DATABASE_URL: url,
      MEILI_URL: "",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      DATA_DIR: path.join(root, ".test-data", `bench-files-${process.pid}`),
    },
    readyPath: "/api/health",
    stdio: "ignore",
  });
}

/**
 * The open-data API on the query mix (autocannon, 10 connections), beside GET /api/health (a
 * route handler with no search) and the bare Next.js app's dynamic page, under the same load.
 */
async function httpBench(portal: Topology, floorApp: Topology, queries: SearchQuery[]): Promise<Row[]> {
  for (const backend of portal.backends) await fetch(`${backend}/api/v1/innovations?pageSize=1`).then((r) => r.text());
  const paths = queries.map((q) => `/api/v1/innovations?${toSearchParams(q).toString()}`);
  const floor = await measure("floor: bare dynamic page", floorApp.url, [FLOOR_PATHS.dynamic]);
  const health = await measure("GET /api/health", portal.url, ["/api/health"]);
  const api = await measure("GET /api/v1/innovations", portal.url, paths);
  return [
    { ...floor, floor },
    { ...health, floor },
    { ...api, floor: health, target: { text: "≥ 50% req/s", met: (r, f) => r.rps >= 0.5 * f.rps } },
  ];
}

const pgdb = await startTestPostgres("bench");
const servers: { portal?: Topology; floorApp?: Topology } = {};
const stopAll = async () => {
  await servers.portal?.stop();
  await servers.floorApp?.stop();
  await pgdb.stop();
};
process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
try {
  await migrate(pgdb.url);
  const db = createPrismaClient(pgdb.url);
  await seedVocabularies(db);
  await seedOrganisations(db);
  const terms = await db.term.findMany({ select: { vocabulary: true, key: true } });
  const keys = (v: string) => terms.filter((t) => t.vocabulary === v).map((t) => t.key);
  const vocab: Vocab = {
    stages: keys("STAGE"),
    statuses: keys("STATUS"),
    themes: keys("THEME"),
    targetGroups: keys("TARGET_GROUP"),
    regions: keys("REGION"),
    orgTypes: keys("ORGANISATION_TYPE"),
  };
  const client = new pg.Client({ connectionString: pgdb.url });
  await client.connect();
  // More organisations than the demo's 59, so the supporter facet has a realistic spread.
  await client.query(
    `INSERT INTO "Organisation" ("id","slug","nameLv","type","updatedAt")
    SELECT 'benchorg' || g, 'bench-org-' || g, 'Organizācija ' || g, ($1::text[])[1 + g % cardinality($1::text[])], now()
    FROM generate_series(1, 240) g`,
    [vocab.orgTypes],
  );
  const orgs = await db.organisation.findMany({ select: { id: true, slug: true } });
  const corpusRng = rng(42);
  const engine = createPostgresEngine(db);
  const queries = queryMix(
    vocab,
    orgs.map((o) => o.slug),
    QUERIES,
  );
  const results: Record<string, unknown>[] = [];
  const httpTables: [number, Row[]][] = [];
  let loaded = 0;
  for (const size of SIZES) {
    const t = performance.now();
    await insertCorpus(
      client,
      corpusRng,
      vocab,
      orgs.map((o) => o.id),
      loaded,
      size - loaded,
    );
    loaded = size;
    await client.query("VACUUM ANALYZE");
    console.log(`corpus: ${size} innovations loaded in ${Math.round(performance.now() - t)} ms`);
    const loadBefore = os.loadavg()[0]!;
    const first = performance.now();
    await engine.search(queries[0]!); // builds the in-memory facet index, as after any write
    const indexBuildMs = Math.round(performance.now() - first);
    // An editor's save: the next search patches the copy with the changed row instead of reading it all
    // (a relevance-sorted one: the first title sort after a write also re-reads the collated title order).
    await client.query(
      `UPDATE "Innovation" SET "summaryLv" = "summaryLv" || ' ' WHERE "id" = (SELECT min("id") FROM "Innovation")`,
    );
    const patchStart = performance.now();
    await engine.search(queries.find((q) => q.sort === "relevance")!);
    const afterWriteMs = Math.round(performance.now() - patchStart);
    const engineMs = await timeEach(queries, (q) => engine.search(q));
    const floorMs = await timeEach(queries, (q) => db.$queryRaw(floorSql(q)));
    const started = await startPortal(pgdb.url);
    let http: Row[] | { skipped: string };
    if (typeof started === "string") http = { skipped: started };
    else {
      servers.portal = started;
      servers.floorApp ??= await startFloorApp();
      http = await httpBench(started, servers.floorApp, queries);
      await started.stop();
      servers.portal = undefined;
    }
    const load = [loadBefore, os.loadavg()[0]!].map((l) => Math.round(l * 100) / 100);
    results.push({
      size,
      load1m: load,
      indexBuildMs,
      afterWriteMs,
      engine: stats(engineMs),
      floorSql: stats(floorMs),
      http: "skipped" in http ? http : summary(http),
    });
    if (!("skipped" in http)) httpTables.push([size, http]);
  }
  await client.end();
  await db.$disconnect();

  console.log(`\n${QUERIES} queries (text only, facets only, text + 3 facets, empty query with all facets), ms`);
  console.log("corpus    measured                            p50     p95     p99    mean");
  for (const r of results) {
    console.log(
      `${String(r.size).padEnd(9)} load average (1 min) before/after: ${(r.load1m as number[]).join(" / ")}, index read ${r.indexBuildMs} ms, first search after a one-row write ${r.afterWriteMs} ms`,
    );
    for (const [label, s] of [
      ["engine search() incl. facets", r.engine],
      ["floor: one SQL, no facets", r.floorSql],
    ] as const) {
      const st = s as Stats;
      console.log(
        `${String(r.size).padEnd(9)} ${label.padEnd(34)} ${[st.p50, st.p95, st.p99, st.mean].map((v) => v.toFixed(1).padStart(7)).join(" ")}`,
      );
    }
    const http = r.http as { skipped?: string };
    if (http.skipped) console.log(`${String(r.size).padEnd(9)} HTTP skipped: ${http.skipped}`);
  }
  for (const [size, rows] of httpTables)
    printTable(`${size} innovations over HTTP (nginx, one Next process; autocannon 10 connections × 10 s)`, rows);
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        queries: QUERIES,
        concurrency: CONCURRENCY,
        targets: { engineP95At100k: 50, httpP95: 100 },
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  await stopAll();
}
