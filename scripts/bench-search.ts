// `npm run bench:search`: search latency on a synthetic corpus of 10 000 and
// 100 000 innovations in a PostgreSQL of its own. For a fixed, seeded mix of
// 200 queries it times, query by query in turn, the engine's search() (word
// forms, typos, synonyms, facet counts), the floor: one hand-written SQL
// statement per query (page + total, no facets, no typo expansion), and the
// same one-statement facet query the engine runs but with a plain tsquery
// (what the text layer costs on top); then the open-data API over HTTP with
// 10 concurrent clients (when a production build exists), GET /api/health
// under the same clients as the web stack's own cost, and the web process's
// resident memory after that load. Prints a table, writes bench/results/*.json.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import type { SearchQuery } from "../lib/search/engine";
import { toSearchParams } from "../lib/search/params";
import { createPostgresEngine } from "../lib/search/postgres";
import { searchSettings } from "../lib/search/postgres-sql";
import type { Prisma } from "../generated/prisma/client";
import { seedOrganisations } from "../prisma/seed/records";
import { seedVocabularies } from "../prisma/seed/vocabularies";
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { insertCorpus, rng, type Vocab } from "./lib/bench-corpus";
import { closedLoop } from "./lib/bench-http";
import { floorFacetsSql, floorSql, queryMix } from "./lib/bench-queries";
import { migrate } from "./lib/migrate";
import { spawnWebServer } from "./lib/web-server";

const root = path.resolve(import.meta.dirname, "..");
// `npm run bench:search -- --sizes 10000` measures fewer sizes
const sizesArg = process.argv.indexOf("--sizes");
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(",").map(Number) : [10_000, 100_000];
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

/**
 * Times each runner on every item, the runners taking turns per item (in a
 * rotating order), so a machine whose speed drifts during the run weighs on
 * all of them alike and their ratio stays meaningful.
 */
async function timeInTurn<T>(items: T[], runners: ((item: T) => Promise<unknown>)[]): Promise<number[][]> {
  for (const item of items.slice(0, 20)) for (const run of runners) await run(item); // warm caches and plans
  const ms = runners.map(() => [] as number[]);
  for (const [i, item] of items.entries()) {
    for (let k = 0; k < runners.length; k++) {
      const r = (i + k) % runners.length;
      const t = performance.now();
      await runners[r]!(item);
      ms[r]!.push(performance.now() - t);
    }
  }
  return ms;
}

/** Resident memory (MB) of a process and of each of its children (the cluster's web processes). */
function residentMb(pid: number): { primary: number; web: number[] } {
  const rss = (p: number) =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const children = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
  const round = (mb: number) => Math.round(mb * 10) / 10;
  return { primary: round(rss(pid)), web: children.map((c) => round(rss(c))) };
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
    // the floors run with the engine's planner settings (searchSettings), so only the work differs
    const floor = (q: SearchQuery, statement: Prisma.Sql) =>
      db.$transaction([db.$queryRaw(searchSettings(q.q.trim() !== "")), db.$queryRaw(statement)]);
    const [engineMs, floorMs, floorFacetsMs] = await timeInTurn(queries, [
      (q) => engine.search(q),
      (q) => floor(q, floorSql(q)),
      (q) => floor(q, floorFacetsSql(q)),
    ]);
    const started = await startServer(pgdb.url);
    let http: Stats | { skipped: string };
    let httpFloor: Stats | { skipped: string };
    let memory: ReturnType<typeof residentMb> | { skipped: string };
    if (typeof started === "string") http = httpFloor = memory = { skipped: started };
    else {
      server.proc = started.proc;
      const measured = await httpBench(started.base, queries);
      http = stats(measured.api);
      httpFloor = stats(measured.health);
      memory = residentMb(started.proc.pid!);
      started.proc.kill("SIGTERM");
      server.proc = undefined;
    }
    const load = [loadBefore, os.loadavg()[0]!].map((l) => Math.round(l * 100) / 100);
    const engineStats = stats(engineMs!);
    const floorStats = stats(floorMs!);
    results.push({
      size,
      load1m: load,
      engine: engineStats,
      floorSql: floorStats,
      floorFacetsSql: stats(floorFacetsMs!),
      ratioP95: Math.round((engineStats.p95 / floorStats.p95) * 100) / 100,
      http,
      httpFloor,
      webProcessMb: memory,
    });
  }
  await client.end();
  await db.$disconnect();

  console.log(`\n${QUERIES} queries (text only, facets only, text + 3 facets, empty query with all facets), ms`);
  console.log("corpus    measured                            p50     p95     p99    mean");
  for (const r of results) {
    const memory = r.webProcessMb as ReturnType<typeof residentMb> | { skipped: string };
    console.log(
      `${String(r.size).padEnd(9)} load average (1 min) before/after: ${(r.load1m as number[]).join(" / ")}; ` +
        `engine p95 / floor p95 = ${r.ratioP95}; web process resident memory after the HTTP load: ` +
        ("skipped" in memory ? memory.skipped : `${memory.web.join(", ")} MB (primary ${memory.primary} MB)`),
    );
    for (const [label, s] of [
      ["engine search() incl. facets", r.engine],
      ["floor: one SQL, page + total", r.floorSql],
      ["one SQL with facets, plain tsquery", r.floorFacetsSql],
      ["HTTP /api/v1, 10 clients", r.http],
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
        targets: { engineP95At10k: 50, engineToFloorP95: 2, httpP95: 100 },
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
