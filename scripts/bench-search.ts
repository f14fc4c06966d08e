// `npm run bench:search`: search latency on a synthetic corpus of 10 000 and
// 100 000 innovations in a PostgreSQL of its own. For a fixed, seeded mix of
// 200 queries it measures the engine's search() (facet counts included), the
// open-data API over HTTP with 10 concurrent clients (when a production build
// exists), and one hand-written SQL statement per query (page + total, no
// facets, no typo expansion) as the floor; under the API, GET /api/health
// (a route handler with two small queries and no search) under the same 10
// clients shows what the web stack costs on this machine before any search.
// Prints a table, writes bench/results/*.json.
import type { ChildProcess } from "node:child_process";
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
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { insertCorpus, rng, type Vocab } from "./lib/bench-corpus";
import { closedLoop } from "./lib/bench-http";
import { floorSql, queryMix } from "./lib/bench-queries";
import { migrate } from "./lib/migrate";
import { spawnWebServer } from "./lib/web-server";

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

async function startServer(url: string): Promise<{ base: string; proc: ChildProcess } | string> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
    return "no production build (.next/BUILD_ID); run `npm run build` first";
  if (!fs.existsSync(path.join(root, ".next", "server", "app", "api", "v1", "innovations", "route.js")))
    return "the production build predates /api/v1/innovations; run `npm run build` again";
  const port = await freePort();
  const proc = spawnWebServer(
    port,
    { ...process.env, DATABASE_URL: url, MEILI_URL: "", AUTH_SECRET: "bench-secret-bench-secret-bench-secret" },
    "ignore",
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/api/v1/openapi.json`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, proc };
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill("SIGTERM");
  return "the production server (scripts/server.ts) did not answer within 30 s";
}

/** The open-data API on the query mix, and GET /api/health (a route handler with no search) as the floor under it. */
async function httpBench(base: string, queries: SearchQuery[]): Promise<{ api: number[]; health: number[] }> {
  const urls = queries.map((q) => `${base}/api/v1/innovations?${toSearchParams(q).toString()}`);
  const api = await closedLoop(urls, CONCURRENCY);
  const health = await closedLoop(Array(urls.length).fill(`${base}/api/health`), CONCURRENCY);
  return { api: api.first, health: health.first };
}

const pgdb = await startTestPostgres("bench");
const server: { proc?: ChildProcess } = {};
const stopAll = async () => {
  server.proc?.kill("SIGTERM");
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
    const started = await startServer(pgdb.url);
    let http: Stats | { skipped: string };
    let httpFloor: Stats | { skipped: string };
    if (typeof started === "string") http = httpFloor = { skipped: started };
    else {
      server.proc = started.proc;
      const measured = await httpBench(started.base, queries);
      http = stats(measured.api);
      httpFloor = stats(measured.health);
      started.proc.kill("SIGTERM");
      server.proc = undefined;
    }
    const load = [loadBefore, os.loadavg()[0]!].map((l) => Math.round(l * 100) / 100);
    results.push({
      size,
      load1m: load,
      indexBuildMs,
      afterWriteMs,
      engine: stats(engineMs),
      floorSql: stats(floorMs),
      http,
      httpFloor,
    });
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
      ["HTTP /api/v1, 10 clients", r.http],
      ["floor: one SQL, no facets", r.floorSql],
      ["floor: HTTP /api/health, 10 cl.", r.httpFloor],
    ] as const) {
      const st = s as Stats | { skipped: string };
      const line =
        "skipped" in st
          ? `skipped: ${st.skipped}`
          : [st.p50, st.p95, st.p99, st.mean].map((v) => v.toFixed(1).padStart(7)).join(" ");
      console.log(`${String(r.size).padEnd(9)} ${label.padEnd(34)} ${line}`);
    }
  }
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
