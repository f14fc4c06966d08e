// Time to first byte of the public search page (/innovations) on a synthetic
// corpus of 10 000 innovations in a PostgreSQL of its own: 200 page URLs of
// the same mix as bench:search (text, facets, text + 3 facets, all facets),
// 10 concurrent clients, against the production build (`npm run build` first) served by scripts/server.ts.
// Under the same load it also times the API on the same searches, a page
// prerendered at build time and a page rendered per request without search
// (the not-found page): what this machine gives any page before the search.
// Usage: npx tsx scripts/bench-search-page.ts [webPort=3450] [pgPort=3451]
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { seedOrganisations } from "../prisma/seed/records";
import { seedVocabularies } from "../prisma/seed/vocabularies";
import { TEST_DATA_DIR } from "../tests/support/test-postgres";
import { FOR_WHOM, insertCorpus, rng, WHAT, type Vocab } from "./lib/bench-corpus";
import { closedLoop, percentile, type LoadResult } from "./lib/bench-http";
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { migrate } from "./lib/migrate";
import { spawnWebServer } from "./lib/web-server";

const root = path.resolve(import.meta.dirname, "..");
const SIZE = 10_000;
const REQUESTS = 200;
const CONCURRENCY = 10;
const [webPort = 3450, pgPort = 3451] = process.argv.slice(2).map(Number);

const dataDir = path.join(TEST_DATA_DIR, `bench-page-${process.pid}`);
const db0 = await startEmbeddedPostgres({
  dataDir,
  port: pgPort,
  user: "sikc",
  password: "sikc",
  database: "sikc",
  fast: true,
});
let server: ChildProcess | undefined;
try {
  await migrate(db0.url);
  const db = createPrismaClient(db0.url);
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
  const client = new pg.Client({ connectionString: db0.url });
  await client.connect();
  const orgs = await db.organisation.findMany({ select: { id: true, slug: true } });
  await insertCorpus(
    client,
    rng(42),
    vocab,
    orgs.map((o) => o.id),
    0,
    SIZE,
  );
  await client.query("VACUUM ANALYZE");
  await client.end();
  await db.$disconnect();

  const r = rng(20261123);
  const words = [...WHAT, ...FOR_WHOM].flatMap(([lv]) => lv.split(" ").filter((w) => w.length > 3));
  const some = (list: string[], max: number) => r.some(list, 1, max);
  const urls = Array.from({ length: REQUESTS }, (_, i) => {
    const p = new URLSearchParams();
    const kind = i % 4;
    if (kind === 0 || kind === 2)
      p.set(
        "q",
        some(words, 2)
          .join(" ")
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, ""),
      );
    const facets: [string, string[]][] = [
      ["stage", vocab.stages],
      ["theme", vocab.themes],
      ["targetGroup", vocab.targetGroups],
      ["region", vocab.regions],
      ["status", vocab.statuses],
      ["implementerType", vocab.orgTypes],
    ];
    const chosen = kind === 1 ? r.some(facets, 1, 2) : kind === 2 ? r.some(facets, 3, 3) : kind === 3 ? facets : [];
    for (const [name, values] of chosen) for (const v of some(values, 2)) p.append(name, v);
    if (r.next() < 0.25) p.set("sort", r.pick(["newest", "title"] as const));
    return `http://127.0.0.1:${webPort}/${i % 2 ? "en/" : ""}innovations?${p}`;
  });

  server = spawnWebServer(
    webPort,
    {
      ...process.env,
      DATABASE_URL: db0.url,
      MEILI_URL: "",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      NODE_ENV: "production",
    },
    "ignore",
  );
  for (let i = 0; ; i++) {
    if (
      await fetch(`http://127.0.0.1:${webPort}/api/health`).then(
        (res) => res.ok,
        () => false,
      )
    )
      break;
    if (i > 120) throw new Error("the production server (scripts/server.ts) did not answer");
    await new Promise((res) => setTimeout(res, 250));
  }
  const line = (label: string, ms: number[]) =>
    console.log(
      `${label.padEnd(58)} p50 ${percentile(ms, 50)} ms  p95 ${percentile(ms, 95)} ms  p99 ${percentile(ms, 99)} ms  (n=${ms.length})`,
    );
  // The open-data API runs the same search() without rendering: the floor under the page.
  const api = await closedLoop(
    urls.map((u) => u.replace(/\/(en\/)?innovations\?/, "/api/v1/innovations?")),
    CONCURRENCY,
    (s, b) => s === 200 && b.includes('"total"'),
  );
  const page = await closedLoop(urls, CONCURRENCY, (s, b) => s === 200 && b.includes("data-total="));
  // What this machine and Next give any page under the same load, without search:
  // a page prerendered at build time, and one rendered per request with the
  // portal's layout (the not-found page, which reads nothing from the database).
  const base = `http://127.0.0.1:${webPort}`;
  const staticPage = await closedLoop(Array(REQUESTS).fill(`${base}/en/accessibility`), CONCURRENCY);
  const renderedPage = await closedLoop(Array(REQUESTS).fill(`${base}/en/no-such-page`), CONCURRENCY, (s) => s === 404);
  // Other work on the machine inflates every number: report it with them.
  const load = os.loadavg()[0]!.toFixed(2);
  console.log(`${SIZE} innovations, ${REQUESTS} requests, ${CONCURRENCY} concurrent, load average (1 min) ${load}`);
  line(`page: first byte (${page.rps.toFixed(1)} req/s)`, page.first);
  line("page: whole response", page.total);
  line(`API, same search: first byte (${api.rps.toFixed(1)} req/s)`, api.first);
  line(`floor: prerendered page, first byte (${staticPage.rps.toFixed(1)} req/s)`, staticPage.first);
  line(`floor: page rendered without search (${renderedPage.rps.toFixed(1)} req/s)`, renderedPage.first);
  const summary = (r: LoadResult) => ({
    rps: Math.round(r.rps * 10) / 10,
    p50: percentile(r.first, 50),
    p95: percentile(r.first, 95),
    p99: percentile(r.first, 99),
  });
  fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench", "results", `search-page-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify(
      {
        size: SIZE,
        load1m: Number(load),
        requests: REQUESTS,
        concurrency: CONCURRENCY,
        ttfb: summary(page),
        full: { p50: percentile(page.total, 50), p95: percentile(page.total, 95) },
        apiFirstByte: summary(api),
        floorPrerendered: summary(staticPage),
        floorRenderedNoSearch: summary(renderedPage),
      },
      null,
      2,
    ),
  );
} finally {
  server?.kill("SIGTERM");
  await db0.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
