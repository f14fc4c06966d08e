// `npm run bench:budget`: Lighthouse (npm lighthouse 12.2.3, its default mobile
// preset: emulated phone, simulated slow 4G and CPU) in Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium) on the public pages in both
// languages, served as in production (standalone behind deploy/'s nginx, demo
// data). Prints the four category scores, the first-load JavaScript (the
// compressed bytes of the scripts the page loaded), and every audit that cost a point, against the budget: performance
// ≥ 90, accessibility 100, best practices ≥ 95, SEO ≥ 95, ≤ 130 kB of
// JavaScript on any page and ≤ 120 kB on the search page. Exits 1 when a page
// misses it.
//   npm run bench:budget [-- --url http://localhost:8104]   (a running portal instead of its own)
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startDemoPortal, type DemoPortal } from "./lib/demo-portal";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const givenUrl = argv.includes("--url") ? argv[argv.indexOf("--url") + 1] : undefined;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const MINIMUM: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  "best-practices": 95,
  seo: 95,
};
const kB = 1024;

let portal: DemoPortal | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let failed = false;
try {
  let base = givenUrl;
  let innovation = "";
  if (!base) {
    portal = await startDemoPortal("bench-budget");
    base = portal.url;
    innovation = portal.innovation;
  } else {
    const res = await fetch(`${base}/api/v1/innovations?pageSize=1`);
    innovation = ((await res.json()) as { data: { slug: string }[] }).data[0]!.slug;
  }
  // [page, path without locale prefix, JavaScript budget]
  const pages: [string, string, number][] = [
    ["home", "/", 130 * kB],
    ["search", "/innovations", 120 * kB],
    ["an innovation", `/innovations/${innovation}`, 130 * kB],
    ["consultations", "/consultations", 130 * kB],
    ["toolkit", "/toolkit", 130 * kB],
    ["funding", "/funding", 130 * kB],
    ["review", "/review", 130 * kB],
    ["navigator", "/navigator", 130 * kB],
    ["about", "/about", 130 * kB],
  ];
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const rows: string[][] = [];
  const results: Record<string, unknown>[] = [];
  const findings: string[] = [];
  for (const [name, pathname, budget] of pages) {
    for (const locale of ["lv", "en"]) {
      const url = `${base}${locale === "lv" ? pathname : `/en${pathname === "/" ? "" : pathname}`}`;
      const run = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const requests = (lhr.audits["network-requests"]?.details as { items?: Record<string, unknown>[] }).items ?? [];
      // compressed bytes as nginx sends them (Lighthouse's transferSize adds each response's headers)
      const scripts = requests.filter((r) => r.resourceType === "Script").map((r) => String(r.url));
      const js = (await Promise.all(scripts.map(wireBytes))).reduce((a, b) => a + b, 0);
      const misses = [
        ...CATEGORIES.filter((c, i) => scores[i]! < MINIMUM[c]).map((c) => `${c} < ${MINIMUM[c]}`),
        ...(js > budget ? [`JavaScript > ${budget / kB} kB`] : []),
      ];
      if (misses.length) failed = true;
      rows.push([
        `${name} (${locale})`,
        ...scores.map(String),
        `${(js / kB).toFixed(1)} kB`,
        misses.length ? `MISSED: ${misses.join(", ")}` : "ok",
      ]);
      // every audit that cost a point in the three pass/fail categories, and the performance metrics
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= (c === "performance" ? 0.9 : 1))
            continue;
          findings.push(`${name} (${locale}) ${c}: ${audit.id} (${audit.displayValue ?? audit.title})`);
        }
      }
      results.push({ url, scores: Object.fromEntries(CATEGORIES.map((c, i) => [c, scores[i]])), js });
    }
  }
  const head = ["page", "perf", "a11y", "best pr.", "SEO", "first-load JS", "budget"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(
    `\nLighthouse ${lhVersion()} mobile, ${base}, load average (1 min) ${os.loadavg()[0]!.toFixed(2)}\n${fmt(head)}\n${rows.map(fmt).join("\n")}`,
  );
  if (findings.length) console.log(`\naudits that cost points:\n  ${findings.join("\n  ")}`);
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `budget-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ base, results, findings }, null, 2));
  console.log(`\nwritten ${path.relative(root, file)}`);
} finally {
  chrome?.kill();
  await portal?.stop();
}
process.exit(failed ? 1 : 0);

/** The body of a GET as a browser accepting br and gzip receives it, not decompressed. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve(bytes));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

function lhVersion(): string {
  const pkg = path.join(root, "node_modules", "lighthouse", "package.json");
  return (JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string }).version;
}
