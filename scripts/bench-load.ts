// `npm run bench:load`: every kind of public page on the demo data (what
// `npm start` loads), served as in production (standalone build behind
// deploy/'s nginx, `--processes N` Next processes, default 1) and loaded by
// autocannon (scripts/lib/load.ts), one page at a time and then all of them
// mixed; each beside the bare Next.js app (bench/floor-app) measured before
// and after the portal in the same run.
//   npm run bench:load [-- --processes 2]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startDemoPortal } from "./lib/demo-portal";
import { FLOOR_PATHS, startFloorApp } from "./lib/floor-app";
import { meanLoad, measure, printTable, summary, type Load, type Row } from "./lib/load";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const processes = argv.includes("--processes") ? Number(argv[argv.indexOf("--processes") + 1]) : 1;

const started: { stop: () => Promise<void> }[] = [];
try {
  const portal = await startDemoPortal("bench-load", processes);
  started.push(portal);
  const floorApp = await startFloorApp();
  started.push(floorApp);
  const { innovation, organisation, theme, resource, call, reviewYear } = portal;

  // [label, path, status, the floor it is read against]. Pages that are the same for every
  // visitor (their data from the public data cache, lib/cache) are read against the static
  // page, as issue 18 asks; searches against the dynamic one.
  const pages: [string, string, number, "dynamic" | "static"][] = [
    ["home (cached data)", "/en", 200, "static"],
    ["search page, no filter", "/en/innovations", 200, "dynamic"],
    ["search page, one theme", `/en/innovations?theme=${theme}`, 200, "dynamic"],
    ["an innovation (cached data)", `/en/innovations/${innovation}`, 200, "static"],
    ["organisations", "/en/organisations", 200, "dynamic"],
    ["an organisation (cached data)", `/en/organisations/${organisation}`, 200, "static"],
    ["a toolkit item (cached data)", `/en/toolkit/${resource}`, 200, "static"],
    ["a funding call (cached data)", `/en/funding/${call}`, 200, "static"],
    ["funding programmes (cached data)", "/en/funding/programmes", 200, "static"],
    ["the review (cached data)", `/en/review/${reviewYear}`, 200, "static"],
    ["regions (cached data)", "/en/regions", 200, "static"],
    ["consultations", "/en/consultations", 200, "dynamic"],
    ["not-found page (reads nothing)", "/en/no-such-page", 404, "dynamic"],
    ["accessibility (text only)", "/en/accessibility", 200, "static"],
    ["GET /api/health", "/api/health", 200, "dynamic"],
    ["GET /api/v1/innovations?theme=…", `/api/v1/innovations?theme=${theme}`, 200, "dynamic"],
  ];
  const load1m = [os.loadavg()[0]!];
  const floorRuns: Load[][] = [[], []];
  const floors = async (run: number) => {
    floorRuns[run]!.push(await measure("floor: bare dynamic page", floorApp.url, [FLOOR_PATHS.dynamic]));
    floorRuns[run]!.push(await measure("floor: bare static page", floorApp.url, [FLOOR_PATHS.static]));
  };
  await floors(0);
  const measured: Load[] = [];
  for (const [label, pathname, status] of pages) measured.push(await measure(label, portal.url, [pathname], status));
  const mixedPaths = pages.filter(([, , status]) => status === 200).map(([, p]) => p);
  const mixed = await measure("all of the above (200s), mixed", portal.url, mixedPaths);
  await floors(1);
  load1m.push(os.loadavg()[0]!);
  const dynamicFloor = meanLoad(floorRuns[0]![0]!, floorRuns[1]![0]!);
  const staticFloor = meanLoad(floorRuns[0]![1]!, floorRuns[1]![1]!);

  const seventy = { text: "≥ 70% req/s", met: (r: Load, f: Load) => r.rps >= 0.7 * f.rps };
  const rows: Row[] = [
    { ...dynamicFloor, floor: dynamicFloor },
    { ...staticFloor, floor: staticFloor },
    ...measured.map((m, i) => {
      const [label, , , floor] = pages[i]!;
      const target = label.startsWith("not-found") || floor === "static" ? seventy : undefined;
      return { ...m, floor: floor === "static" ? staticFloor : dynamicFloor, target };
    }),
    { ...mixed, floor: dynamicFloor },
  ];
  printTable(
    `demo data, ${processes} Next process(es) behind nginx, autocannon 10 connections × 10 s; load average (1 min) ${load1m.map((l) => l.toFixed(2)).join(" → ")}\n` +
      `floor runs before/after the portal: dynamic ${floorRuns.map((r) => r[0]!.rps.toFixed(0)).join(" / ")} req/s, static ${floorRuns.map((r) => r[1]!.rps.toFixed(0)).join(" / ")} req/s`,
    rows,
  );
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ processes, load1m, rows: summary(rows) }, null, 2));
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  for (const t of started) await t.stop();
}
