// Time to first byte of the public search page (/innovations) on a synthetic
// corpus of 10 000 innovations in a PostgreSQL of its own: 200 page URLs of
// the same mix as bench:search (text, facets, text + 3 facets, all facets),
// 10 concurrent clients, against the production build (`npm run build` first) served by scripts/server.ts.
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
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { migrate } from "./lib/migrate";
import { spawnWebServer } from "./lib/web-server";

const root = path.resolve(import.meta.dirname, "..");
const SIZE = 10_000;
const REQUESTS = 200;
const CONCURRENCY = 10;
const [webPort = 3450, pgPort = 3451] = process.argv.slice(2).map(Number);

const pct = (ms: number[], p: number) => {
  const s = [...ms].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
};

const dataDir = path.join(TEST_DATA_DIR, `bench-page-${process.pid}`);
const db0 = await startEmbeddedPostgres({ dataDir, port: pgPort, user: "sikc", password: "sikc", database: "sikc", fast: true });
let server: ChildProcess | undefined;
try {
  await migrate(db0.url);
  const db = createPrismaClient(db0.url);
  await seedVocabularies(db);
  await seedOrganisations(db);
  const terms = await db.term.findMany({ select: { vocabulary: true, key: true } });
  const keys = (v: string) => terms.filter((t) => t.vocabulary === v).map((t) => t.key);
  const vocab: Vocab = {
    stages: keys("STAGE"), statuses: keys("STATUS"), themes: keys("THEME"), targetGroups: keys("TARGET_GROUP"),
    regions: keys("REGION"), orgTypes: keys("ORGANISATION_TYPE"),
  };
  const client = new pg.Client({ connectionString: db0.url });
  await client.connect();
  const orgs = await db.organisation.findMany({ select: { id: true, slug: true } });
  await insertCorpus(client, rng(42), vocab, orgs.map((o) => o.id), 0, SIZE);
  await client.query("VACUUM ANALYZE");
  await client.end();
  await db.$disconnect();

  const r = rng(20261123);
  const words = [...WHAT, ...FOR_WHOM].flatMap(([lv]) => lv.split(" ").filter((w) => w.length > 3));
  const some = (list: string[], max: number) => r.some(list, 1, max);
  const urls = Array.from({ length: REQUESTS }, (_, i) => {
    const p = new URLSearchParams();
    const kind = i % 4;
    if (kind === 0 || kind === 2) p.set("q", some(words, 2).join(" ").normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));
    const facets: [string, string[]][] = [
      ["stage", vocab.stages], ["theme", vocab.themes], ["targetGroup", vocab.targetGroups],
      ["region", vocab.regions], ["status", vocab.statuses], ["implementerType", vocab.orgTypes],
    ];
    const chosen = kind === 1 ? r.some(facets, 1, 2) : kind === 2 ? r.some(facets, 3, 3) : kind === 3 ? facets : [];
    for (const [name, values] of chosen) for (const v of some(values, 2)) p.append(name, v);
    if (r.next() < 0.25) p.set("sort", r.pick(["newest", "title"] as const));
    return `http://127.0.0.1:${webPort}/${i % 2 ? "en/" : ""}innovations?${p}`;
  });

  server = spawnWebServer(webPort, { ...process.env, DATABASE_URL: db0.url, MEILI_URL: "", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", NODE_ENV: "production" }, "ignore");
  for (let i = 0; ; i++) {
    if (await fetch(`http://127.0.0.1:${webPort}/api/health`).then((res) => res.ok, () => false)) break;
    if (i > 120) throw new Error("the production server (scripts/server.ts) did not answer");
    await new Promise((res) => setTimeout(res, 250));
  }
  const run = async (list: string[], check: (body: string) => boolean) => {
    const fetchTimed = async (u: string) => {
      const t = performance.now();
      const res = await fetch(u, { redirect: "manual" });
      const first = performance.now() - t;
      const body = await res.text();
      if (res.status !== 200 || !check(body)) throw new Error(`HTTP ${res.status} for ${u}`);
      return { first, total: performance.now() - t };
    };
    for (const u of list.slice(0, 20)) await fetchTimed(u); // warm: compiled routes, plans, caches
    const first: number[] = [];
    const total: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < list.length) {
          const m = await fetchTimed(list[next++]!);
          first.push(m.first);
          total.push(m.total);
        }
      }),
    );
    return { first, total, rps: list.length / ((performance.now() - started) / 1000) };
  };
  const line = (label: string, ms: number[]) =>
    console.log(`${label.padEnd(34)} p50 ${pct(ms, 50)} ms  p95 ${pct(ms, 95)} ms  p99 ${pct(ms, 99)} ms  (n=${ms.length})`);
  // The open-data API runs the same search() without rendering: the floor under the page.
  const api = await run(urls.map((u) => u.replace(/\/(en\/)?innovations\?/, "/api/v1/innovations?")), (b) => b.includes('"total"'));
  const page = await run(urls, (b) => b.includes("data-total="));
  const ttfb = page.first;
  const full = page.total;
  // Other work on the machine inflates every number: report it with them.
  const load = os.loadavg()[0]!.toFixed(2);
  console.log(`${SIZE} innovations, ${REQUESTS} requests, ${CONCURRENCY} concurrent, load average (1 min) ${load}`);
  line(`page: first byte (${page.rps.toFixed(1)} req/s)`, ttfb);
  line("page: whole response", full);
  line(`API, same search: first byte (${api.rps.toFixed(1)} req/s)`, api.first);
  fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench", "results", `search-page-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify({ size: SIZE, load1m: Number(load), requests: REQUESTS, concurrency: CONCURRENCY, apiFirstByte: { p50: pct(api.first, 50), p95: pct(api.first, 95) }, ttfb: { p50: pct(ttfb, 50), p95: pct(ttfb, 95), p99: pct(ttfb, 99) }, full: { p50: pct(full, 50), p95: pct(full, 95) } }, null, 2),
  );
} finally {
  server?.kill("SIGTERM");
  await db0.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
