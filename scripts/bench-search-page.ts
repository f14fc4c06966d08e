// `npm run bench:page`: the public search page (/innovations) on a synthetic
// corpus of 10 000 innovations in a PostgreSQL of its own, served as in
// production (standalone build behind deploy/'s nginx, `--processes N` Next
// processes, default 1) and loaded by autocannon (scripts/lib/load.ts) with 200
// page URLs of the same mix as bench:search. Beside it, under the same load:
// the open-data API on the same searches, GET /api/health, the not-found page
// (rendered per request, reads nothing) and a prerendered page; and the floor,
// the bare Next.js app's dynamic and static pages, measured before and after
// the portal (their mean is the floor; the two runs show the machine's drift).
//   npm run bench:page [-- --processes 2]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { seedOrganisations } from "../prisma/seed/records";
import { seedVocabularies } from "../prisma/seed/vocabularies";
import { startTestPostgres } from "../tests/support/test-postgres";
import { buildIfStale, standaloneDir } from "./build";
import { FOR_WHOM, insertCorpus, rng, WHAT, type Vocab } from "./lib/bench-corpus";
import { FLOOR_PATHS, startFloorApp } from "./lib/floor-app";
import { meanLoad, measure, printTable, summary, type Row } from "./lib/load";
import { startTopology, type Topology } from "./lib/topology";

const root = path.resolve(import.meta.dirname, "..");
const SIZE = 10_000;
const URLS = 200;
const argv = process.argv.slice(2);
const processes = argv.includes("--processes") ? Number(argv[argv.indexOf("--processes") + 1]) : 1;

async function corpus(url: string): Promise<Vocab> {
  const db = createPrismaClient(url);
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
  const orgs = await db.organisation.findMany({ select: { id: true } });
  await db.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
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
  return vocab;
}

/** 200 search-page queries: text, 1–2 facets, text + 3 facets, all facets; half in English. */
function searchPaths(vocab: Vocab): string[] {
  const r = rng(20261123);
  const words = [...WHAT, ...FOR_WHOM].flatMap(([lv]) => lv.split(" ").filter((w) => w.length > 3));
  const facets: [string, string[]][] = [
    ["stage", vocab.stages],
    ["theme", vocab.themes],
    ["targetGroup", vocab.targetGroups],
    ["region", vocab.regions],
    ["status", vocab.statuses],
    ["implementerType", vocab.orgTypes],
  ];
  return Array.from({ length: URLS }, (_, i) => {
    const p = new URLSearchParams();
    const kind = i % 4;
    if (kind === 0 || kind === 2)
      p.set(
        "q",
        r
          .some(words, 1, 2)
          .join(" ")
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, ""),
      );
    const chosen = kind === 1 ? r.some(facets, 1, 2) : kind === 2 ? r.some(facets, 3, 3) : kind === 3 ? facets : [];
    for (const [name, values] of chosen) for (const v of r.some(values, 1, 2)) p.append(name, v);
    if (r.next() < 0.25) p.set("sort", r.pick(["newest", "title"] as const));
    return `/${i % 2 ? "en/" : ""}innovations?${p}`;
  });
}

const database = await startTestPostgres("bench-page");
const started: Topology[] = [];
try {
  await buildIfStale();
  const vocab = await corpus(database.url);
  const paths = searchPaths(vocab);

  const floorApp = await startFloorApp();
  started.push(floorApp);
  const portal = await startTopology({
    standalone: standaloneDir,
    processes,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      MEILI_URL: "",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      DATA_DIR: path.join(root, ".test-data", `bench-page-files-${process.pid}`),
    },
    readyPath: "/api/health",
    stdio: "ignore",
  });
  started.push(portal);
  // the first search of each process reads the search index into memory
  for (const backend of portal.backends) await fetch(`${backend}/api/v1/innovations?pageSize=1`).then((r) => r.text());

  const load1m = [os.loadavg()[0]!];
  const floorDynamic1 = await measure("floor: bare dynamic page", floorApp.url, [FLOOR_PATHS.dynamic]);
  const floorStatic1 = await measure("floor: bare static page", floorApp.url, [FLOOR_PATHS.static]);
  const page = await measure(`search page, ${SIZE} innovations`, portal.url, paths);
  const api = await measure(
    "API, same searches",
    portal.url,
    paths.map((p) => p.replace(/^\/(en\/)?innovations\?/, "/api/v1/innovations?")),
  );
  const health = await measure("GET /api/health", portal.url, ["/api/health"]);
  const notFound = await measure("not-found page (reads nothing)", portal.url, ["/en/no-such-page"], 404);
  const prerendered = await measure("prerendered page (/en/accessibility)", portal.url, ["/en/accessibility"]);
  const floorDynamic2 = await measure("floor: bare dynamic page", floorApp.url, [FLOOR_PATHS.dynamic]);
  const floorStatic2 = await measure("floor: bare static page", floorApp.url, [FLOOR_PATHS.static]);
  load1m.push(os.loadavg()[0]!);
  const dynamicFloor = meanLoad(floorDynamic1, floorDynamic2);
  const staticFloor = meanLoad(floorStatic1, floorStatic2);

  const rows: Row[] = [
    { ...dynamicFloor, floor: dynamicFloor },
    { ...staticFloor, floor: staticFloor },
    {
      ...page,
      floor: dynamicFloor,
      target: { text: "≥ 50% req/s, p95 ≤ 2×", met: (r, f) => r.rps >= 0.5 * f.rps && r.p95 <= 2 * f.p95 },
    },
    { ...notFound, floor: dynamicFloor, target: { text: "≥ 70% req/s", met: (r, f) => r.rps >= 0.7 * f.rps } },
    { ...prerendered, floor: staticFloor, target: { text: "≥ 70% req/s", met: (r, f) => r.rps >= 0.7 * f.rps } },
    { ...health, floor: dynamicFloor },
    { ...api, floor: health, target: { text: "≥ 50% req/s", met: (r, f) => r.rps >= 0.5 * f.rps } },
  ];
  printTable(
    `${SIZE} innovations, ${processes} Next process(es) behind nginx, autocannon 10 connections × 10 s; load average (1 min) ${load1m.map((l) => l.toFixed(2)).join(" → ")}\n` +
      `floor runs before/after the portal: dynamic ${floorDynamic1.rps.toFixed(0)} / ${floorDynamic2.rps.toFixed(0)} req/s, static ${floorStatic1.rps.toFixed(0)} / ${floorStatic2.rps.toFixed(0)} req/s`,
    rows,
  );
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `page-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ size: SIZE, processes, load1m, rows: summary(rows) }, null, 2));
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  for (const t of started) await t.stop();
  await database.stop();
}
