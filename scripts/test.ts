// `npm test`: every layer, in order — unit, integration (own PostgreSQL),
// end-to-end (own PostgreSQL, production build, Debian Chromium), security
// probe (own PostgreSQL, the same build). Ends with one "N passed, N failed,
// N skipped" line over all layers.
//   --only unit|integration|e2e|security   run one layer
//   tests/e2e/x.spec.ts …         only these Playwright files
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { seed } from "../prisma/seed/run";
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { compressStatic } from "./compress-static";
import { migrate } from "./lib/migrate";
import { spawnWebServer } from "./lib/web-server";

const root = path.resolve(import.meta.dirname, "..");
const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
// e.g. `npm run test:e2e -- tests/e2e/auth.spec.ts`: run only these Playwright files.
const specs = process.argv.slice(2).filter((arg) => arg.endsWith(".spec.ts"));
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(process.execPath, [cmd, ...args], { cwd: root, stdio: "inherit", env });
  return r.status ?? 1;
}

function tallyVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function tallyPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  total.passed += stats.expected + stats.flaky;
  total.failed += stats.unexpected;
  total.skipped += stats.skipped;
}

function vitest(project: "unit" | "integration") {
  const out = path.join(results, `${project}.json`);
  fs.rmSync(out, { force: true });
  const code = run(bin("vitest", "vitest.mjs"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  tallyVitest(out);
  if (code !== 0) exitCode = code;
}

async function e2e() {
  const out = path.join(results, "e2e.json");
  fs.rmSync(out, { force: true });
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium) && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    // a fresh Debian machine: the browser comes from Debian, never from a download
    console.log("installing Debian's chromium for the end-to-end tests (apt-get install -y chromium)");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  if (!fs.existsSync(chromium)) {
    console.error(`end-to-end tests need Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    total.failed += 1;
    exitCode = 1;
    return;
  }
  const portal = await startPortal("e2e", {
    // the specs play the reverse proxy: each gives itself a client address in
    // X-Forwarded-For, so per-address limits never carry over between tests
    TRUSTED_PROXY_HOPS: "1",
  });
  try {
    const code = run(bin("@playwright/test", "cli.js"), ["test", ...specs], {
      ...portal.env,
      PLAYWRIGHT_BASE_URL: portal.baseUrl,
      CHROMIUM_PATH: chromium,
      E2E_DATA_DIR: portal.env.DATA_DIR,
    });
    tallyPlaywright(out);
    if (code !== 0) exitCode = code;
  } finally {
    await portal.stop();
  }
}

/**
 * The security probe (tests/security, npm run test:security): injection
 * payloads against every public form and API of a production build on its own
 * database, served as `npm start` serves it (no proxy in front: the client
 * address is the socket's, whatever X-Forwarded-For says).
 */
async function security() {
  const out = path.join(results, "security.json");
  fs.rmSync(out, { force: true });
  const portal = await startPortal("security", {});
  try {
    const code = run(bin("@playwright/test", "cli.js"), ["test", "--config", "playwright.security.config.ts"], {
      ...portal.env,
      PLAYWRIGHT_BASE_URL: portal.baseUrl,
    });
    tallyPlaywright(out);
    if (code !== 0) exitCode = code;
  } finally {
    await portal.stop();
  }
}

let built = false;

/**
 * A production build (made once per run) served on a free port against a
 * PostgreSQL of its own, migrated and seeded, with the job worker beside it
 * as `npm start` runs it (queued mail becomes .eml files in DATA_DIR/mail).
 */
async function startPortal(name: string, extraEnv: NodeJS.ProcessEnv) {
  const pg = await startTestPostgres(name);
  const server: { proc?: ReturnType<typeof spawn>; worker?: ReturnType<typeof spawn> } = {};
  const stop = async () => {
    server.proc?.kill("SIGTERM");
    server.worker?.kill("SIGTERM");
    await pg.stop();
  };
  try {
    await migrate(pg.url);
    const db = createPrismaClient(pg.url);
    await seed(db);
    await db.$disconnect();
    const port = await freePort();
    // Not bound with -H: Next ≥ 16.2.6 turns next-intl's rewrites into
    // self-redirects when the server's hostname is not localhost (vercel/next.js#94342).
    const baseUrl = `http://localhost:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      DATA_DIR: path.join(root, ".test-data", `${name}-files-${process.pid}`),
      PUBLIC_URL: baseUrl,
      ...extraEnv,
    };
    if (!built) {
      if (run(bin("next", "dist/bin/next"), ["build"], env) !== 0) throw new Error("next build failed");
      await compressStatic(root);
      built = true;
    }
    server.proc = spawnWebServer(port, env, ["ignore", "ignore", "inherit"]);
    server.worker = spawn(
      process.execPath,
      [bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"],
      {
        cwd: root,
        env: { ...env, PORT: String(port) },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    await waitForHttp(`${baseUrl}/api/health`);
    return { baseUrl, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHttp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

try {
  if (!only || only === "unit") vitest("unit");
  if (!only || only === "integration") vitest("integration");
  if (!only || only === "e2e") await e2e();
  if (!only || only === "security") await security();
} catch (error) {
  console.error(error);
  exitCode = 1;
  total.failed += 1;
}
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(exitCode);
