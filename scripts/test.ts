// `npm test`: every layer, in order — unit, integration (own PostgreSQL),
// end-to-end (own PostgreSQL, production build, Debian Chromium). Ends with
// one "N passed, N failed, N skipped" line over all layers.
//   --only unit|integration|e2e   run one layer
//   tests/e2e/x.spec.ts …         only these Playwright files
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { seed } from "../prisma/seed/run";
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { buildIfStale, standaloneDir } from "./build";
import { migrate } from "./lib/migrate";
import { NGINX_INSTALL, nginxMissing, startTopology, waitForHttp, type Topology } from "./lib/topology";

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

/** Installs a Debian package set when it is missing and we may (root, apt): a fresh CI machine. */
function aptInstall(what: string, packages: string[]) {
  if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/apt-get")) return;
  console.log(`installing ${what} (apt-get install -y ${packages.join(" ")})`);
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", ...packages], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

async function e2e() {
  const out = path.join(results, "e2e.json");
  fs.rmSync(out, { force: true });
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  // a fresh Debian machine: the browser comes from Debian, never from a download
  if (!fs.existsSync(chromium)) aptInstall("Debian's chromium for the end-to-end tests", ["chromium"]);
  if (!fs.existsSync(chromium)) {
    console.error(`end-to-end tests need Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    total.failed += 1;
    exitCode = 1;
    return;
  }
  if (nginxMissing())
    aptInstall(
      "nginx with the brotli modules, which serves the portal in production",
      NGINX_INSTALL.split(" ").slice(3),
    );
  const noNginx = nginxMissing();
  if (noNginx)
    console.warn(
      `\n*** ${noNginx}\n*** The end-to-end tests run against \`next start\` instead, and the specs of what nginx does (compression, static files) are skipped.\n`,
    );
  const pg = await startTestPostgres("e2e");
  const server: { topology?: Topology; proc?: ReturnType<typeof spawn>; worker?: ReturnType<typeof spawn> } = {};
  try {
    await migrate(pg.url);
    const db = createPrismaClient(pg.url);
    await seed(db);
    await db.$disconnect();

    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      DATA_DIR: path.join(root, ".test-data", `e2e-files-${process.pid}`),
    };
    await buildIfStale(console.log, env);
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    if (noNginx) {
      // not bound with -H: Next 16 turns next-intl's rewrites into self-redirects when the
      // server's hostname is not localhost (vercel/next.js#94342)
      server.proc = spawn(process.execPath, [bin("next", "dist/bin/next"), "start", "-p", String(port)], {
        cwd: root,
        env: { ...env, PUBLIC_URL: baseUrl },
        stdio: ["ignore", "ignore", "inherit"],
      });
      await waitForHttp(`${baseUrl}/api/health`);
    } else {
      // as production runs it: the standalone build behind nginx (deploy/nginx/sikc.conf)
      server.topology = await startTopology({
        standalone: standaloneDir,
        port,
        // The specs give each test its own client address in X-Forwarded-For, standing for a load
        // balancer in front of nginx: two trusted hops, nginx's being the second
        env: { ...env, PUBLIC_URL: baseUrl, TRUSTED_PROXY_HOPS: "2" },
        readyPath: "/api/health",
        stdio: "ignore",
      });
    }
    // the job worker, as `npm start` runs it: queued mail becomes .eml files in DATA_DIR/mail for the specs to read
    server.worker = spawn(
      process.execPath,
      [bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"],
      {
        cwd: root,
        env: { ...env, PORT: String(port), PUBLIC_URL: baseUrl },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const code = run(bin("@playwright/test", "cli.js"), ["test", ...specs], {
      ...env,
      PLAYWRIGHT_BASE_URL: baseUrl,
      CHROMIUM_PATH: chromium,
      E2E_DATA_DIR: env.DATA_DIR,
      // the standalone directory nginx serves, for the static-file specs; unset without nginx
      E2E_NGINX_ROOT: noNginx ? "" : standaloneDir,
      E2E_NGINX_MISSING: noNginx ?? "",
    });
    tallyPlaywright(out);
    if (code !== 0) exitCode = code;
  } finally {
    server.proc?.kill("SIGTERM");
    server.worker?.kill("SIGTERM");
    await server.topology?.stop();
    await pg.stop();
  }
}

try {
  if (!only || only === "unit") vitest("unit");
  if (!only || only === "integration") vitest("integration");
  if (!only || only === "e2e") await e2e();
} catch (error) {
  console.error(error);
  exitCode = 1;
  total.failed += 1;
}
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(exitCode);
