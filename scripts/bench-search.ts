// `npm run bench:search`: search latency on a synthetic corpus of 10 000 and
// 100 000 innovations in a PostgreSQL of its own. For a fixed, seeded mix of
// 200 queries it measures the engine's search() (facet counts included), the
// open-data API over HTTP with 10 concurrent clients (when a production build
// exists), and one hand-written SQL statement per query (page + total, no
// facets, no typo expansion) as the floor. Prints a table, writes bench/results/*.json.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { Prisma } from "../generated/prisma/client";
import type { SearchQuery } from "../lib/search/engine";
import { toSearchParams } from "../lib/search/params";
import { createPostgresEngine } from "../lib/search/postgres";
import { seedOrganisations } from "../prisma/seed/records";
import { seedVocabularies } from "../prisma/seed/vocabularies";
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { FOR_WHOM, insertCorpus, rng, WHAT, WHERE, WHY, type Rng, type Vocab } from "./lib/bench-corpus";
import { migrate } from "./lib/migrate";

const root = path.resolve(import.meta.dirname, "..");
const SIZES = [10_000, 100_000];
const QUERIES = 200;
const CONCURRENCY = 10;

type Stats = { p50: number; p95: number; p99: number; mean: number; n: number };
const stats = (ms: number[]): Stats => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99), mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10, n: s.length };
};

const stripDiacritics = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
function textQuery(r: Rng): string {
  const phrase = r.pick([...WHAT, ...FOR_WHOM, ...WHERE, ...WHY])[r.int(2)]!;
  const words = phrase.split(" ").filter((w) => w.length > 3);
  let q = r.some(words.length ? words : [phrase], 1, 2).join(" ");
  const roll = r.next();
  if (roll < 0.3) q = stripDiacritics(q);
  else if (roll < 0.5 && q.length > 6) q = q.slice(0, 3) + q[4] + q[3] + q.slice(5); // one swapped pair: a typo
  else if (roll < 0.7) q = q.slice(0, Math.max(3, q.length - 3)); // still typing
  return q.toLowerCase();
}

function queryMix(vocab: Vocab, supporters: string[]): SearchQuery[] {
  const r = rng(20261123);
  const facets = () => ({
    stage: r.some(vocab.stages, 1, 2), theme: r.some(vocab.themes, 1, 2), targetGroup: r.some(vocab.targetGroups, 1, 2),
    region: r.some(vocab.regions, 1, 2), status: r.some(vocab.statuses, 1, 2), implementerType: r.some(vocab.orgTypes, 1, 3),
    supporter: r.some(supporters, 1, 3), startYear: r.some(Array.from({ length: 21 }, (_, i) => String(2005 + i)), 2, 6),
  });
  const base = (): SearchQuery => ({ q: "", filters: {}, sort: r.pick(["relevance", "relevance", "newest", "title"] as const), page: 1 + (r.next() < 0.2 ? r.int(5) : 0), pageSize: 20, locale: "lv" });
  const pickFacets = (n: number) => {
    const all = facets();
    const keys = r.some(Object.keys(all) as (keyof typeof all)[], n, n);
    return Object.fromEntries(keys.map((k) => [k, all[k]]));
  };
  const out: SearchQuery[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const kind = i % 4;
    const q = base();
    if (kind === 0) q.q = textQuery(r);
    if (kind === 1) q.filters = pickFacets(1 + r.int(2));
    if (kind === 2) Object.assign(q, { q: textQuery(r), filters: pickFacets(3) });
    if (kind === 3) q.filters = facets();
    out.push(q);
  }
  return out;
}

/** The floor: page and total in one plain statement, no facets and no typo expansion. */
function floorSql(q: SearchQuery): Prisma.Sql {
  const words = stripDiacritics(q.q.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const tsq = words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
  const conds = [Prisma.sql`i."publication" = 'PUBLISHED'`];
  if (tsq) conds.push(Prisma.sql`i."search_vector" @@ to_tsquery('simple', ${tsq})`);
  const f = q.filters;
  if (f.stage) conds.push(Prisma.sql`i."stage" = ANY(${f.stage}::text[])`);
  if (f.status) conds.push(Prisma.sql`i."status" = ANY(${f.status}::text[])`);
  if (f.region) conds.push(Prisma.sql`i."region" = ANY(${f.region}::text[])`);
  if (f.theme) conds.push(Prisma.sql`i."themes" && ${f.theme}::text[]`);
  if (f.targetGroup) conds.push(Prisma.sql`i."targetGroups" && ${f.targetGroup}::text[]`);
  if (f.implementerType) conds.push(Prisma.sql`i."search_implementer_types" && ${f.implementerType}::text[]`);
  if (f.supporter) conds.push(Prisma.sql`i."search_supporters" && ${f.supporter}::text[]`);
  if (f.startYear) conds.push(Prisma.sql`i."startYear" = ANY(${f.startYear.map(Number)}::int[])`);
  const order = q.sort === "title" ? Prisma.sql`i."titleLv" COLLATE public.sikc_lv, i."id"`
    : q.sort === "relevance" && tsq ? Prisma.sql`ts_rank(i."search_vector", to_tsquery('simple', ${tsq})) DESC, i."id"`
      : Prisma.sql`i."updatedAt" DESC, i."id"`;
  return Prisma.sql`SELECT i."id", i."slug", i."titleLv", count(*) OVER () AS total FROM "Innovation" i
    WHERE ${Prisma.join(conds, " AND ")} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
}

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
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return "no production build (.next/BUILD_ID); run `npm run build` first";
  if (!fs.existsSync(path.join(root, ".next", "server", "app", "api", "v1", "innovations", "route.js")))
    return "the production build predates /api/v1/innovations; run `npm run build` again";
  const port = await freePort();
  const proc = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root, stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url, MEILI_URL: "", AUTH_SECRET: "bench-secret-bench-secret-bench-secret" },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/v1/openapi.json`).then((r) => r.ok, () => false)) return { base, proc };
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill("SIGTERM");
  return "next start did not answer within 30 s";
}

async function httpBench(base: string, queries: SearchQuery[]): Promise<number[]> {
  const urls = queries.map((q) => `${base}/api/v1/innovations?${toSearchParams(q).toString()}`);
  const fetchOk = async (u: string) => {
    const res = await fetch(u);
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${u}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (const u of urls.slice(0, 20)) await fetchOk(u);
  const ms: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < urls.length) {
      const u = urls[next++]!;
      const t = performance.now();
      await fetchOk(u);
      ms.push(performance.now() - t);
    }
  }));
  return ms;
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
  const vocab: Vocab = { stages: keys("STAGE"), statuses: keys("STATUS"), themes: keys("THEME"), targetGroups: keys("TARGET_GROUP"), regions: keys("REGION"), orgTypes: keys("ORGANISATION_TYPE") };
  const client = new pg.Client({ connectionString: pgdb.url });
  await client.connect();
  // More organisations than the demo's 59, so the supporter facet has a realistic spread.
  await client.query(`INSERT INTO "Organisation" ("id","slug","nameLv","type","updatedAt")
    SELECT 'benchorg' || g, 'bench-org-' || g, 'Organizācija ' || g, ($1::text[])[1 + g % cardinality($1::text[])], now()
    FROM generate_series(1, 240) g`, [vocab.orgTypes]);
  const orgs = await db.organisation.findMany({ select: { id: true, slug: true } });
  const corpusRng = rng(42);
  const engine = createPostgresEngine(db);
  const queries = queryMix(vocab, orgs.map((o) => o.slug));
  const results: Record<string, unknown>[] = [];
  let loaded = 0;
  for (const size of SIZES) {
    const t = performance.now();
    await insertCorpus(client, corpusRng, vocab, orgs.map((o) => o.id), loaded, size - loaded);
    loaded = size;
    await client.query("VACUUM ANALYZE");
    console.log(`corpus: ${size} innovations loaded in ${Math.round(performance.now() - t)} ms`);
    const engineMs = await timeEach(queries, (q) => engine.search(q));
    const floorMs = await timeEach(queries, (q) => db.$queryRaw(floorSql(q)));
    const started = await startServer(pgdb.url);
    let http: Stats | { skipped: string };
    if (typeof started === "string") http = { skipped: started };
    else {
      server.proc = started.proc;
      http = stats(await httpBench(started.base, queries));
      started.proc.kill("SIGTERM");
      server.proc = undefined;
    }
    results.push({ size, engine: stats(engineMs), floorSql: stats(floorMs), http });
  }
  await client.end();
  await db.$disconnect();

  console.log(`\n${QUERIES} queries (text only, facets only, text + 3 facets, empty query with all facets), ms`);
  console.log("corpus    measured                        p50     p95     p99    mean");
  for (const r of results) {
    for (const [label, s] of [["engine search() incl. facets", r.engine], ["HTTP /api/v1, 10 clients", r.http], ["floor: one SQL, no facets", r.floorSql]] as const) {
      const st = s as Stats | { skipped: string };
      const line = "skipped" in st ? `skipped: ${st.skipped}` : [st.p50, st.p95, st.p99, st.mean].map((v) => v.toFixed(1).padStart(7)).join(" ");
      console.log(`${String(r.size).padEnd(9)} ${label.padEnd(30)} ${line}`);
    }
  }
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), queries: QUERIES, concurrency: CONCURRENCY, targets: { engineP95At100k: 50, httpP95: 100 }, results }, null, 2));
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  await stopAll();
}
