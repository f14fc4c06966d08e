// `npm test`: every layer, in order — unit, integration (own PostgreSQL),
// end-to-end (own PostgreSQL, production build behind nginx, Debian
// Chromium), security probe (own PostgreSQL, the same build served as
// `npm start` serves it and as production does). Ends with one "N passed,
// N failed, N skipped" line over all layers.
//   --only unit|integration|e2e|security   run one layer
//   tests/e2e/x.spec.ts …                  only these Playwright files
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { seed } from "../prisma/seed/run";
import { freePort, startTestPostgres } from "../tests/support/test-postgres";
import { buildIfStale, standaloneDir } from "./build";
import { migrate } from "./lib/migrate";
import { NGINX_INSTALL, nginxMissing, startTopology, waitForHttp, type Topology } from "./lib/topology";
import { spawnNext } from "./lib/web-server";

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

/** Debian's Chromium, installed when missing and we may; undefined (with the failure counted) when there is none. */
function chromiumPath(layer: string): string | undefined {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  // a fresh Debian machine: the browser comes from Debian, never from a download
  if (!fs.existsSync(chromium)) aptInstall(`Debian's chromium for the ${layer}`, ["chromium"]);
  if (fs.existsSync(chromium)) return chromium;
  console.error(`the ${layer} need Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  total.failed += 1;
  exitCode = 1;
  return undefined;
}

/** Why nginx cannot serve the portal here, after installing it when missing and we may. */
function nginxUnavailable(): string | undefined {
  if (nginxMissing())
    aptInstall(
      "nginx with the brotli modules, which serves the portal in production",
      NGINX_INSTALL.split(" ").slice(3),
    );
  return nginxMissing();
}

type Portal = {
  env: NodeJS.ProcessEnv;
  /** `next start` answering browsers itself, as `npm start` runs it (TRUSTED_PROXY_HOPS=0). */
  direct?: string;
  /** The standalone build behind nginx (deploy/nginx/sikc.conf), as production runs it. */
  nginx?: string;
  stop: () => Promise<void>;
};

/**
 * A production build (rebuilt only when stale) against a PostgreSQL of its
 * own, migrated and seeded, served as asked — `direct` (next start), `nginx`
 * (standalone processes behind nginx, trusting `nginxHops` proxies) or both on
 * the same database — with the job worker beside it as `npm start` runs it
 * (queued mail becomes .eml files in DATA_DIR/mail).
 */
async function startPortal(
  name: string,
  serve: { direct?: { hops: number }; nginx?: { hops: number } },
): Promise<Portal> {
  const pg = await startTestPostgres(name);
  const children: ReturnType<typeof spawn>[] = [];
  let topology: Topology | undefined;
  const stop = async () => {
    for (const child of children) child.kill("SIGTERM");
    await topology?.stop();
    await pg.stop();
  };
  try {
    await migrate(pg.url);
    const db = createPrismaClient(pg.url);
    await seed(db);
    await db.$disconnect();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: pg.url,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      DATA_DIR: path.join(root, ".test-data", `${name}-files-${process.pid}`),
    };
    await buildIfStale(console.log, env);
    const portal: Portal = { env, stop };
    // each way of serving has its own PUBLIC_URL (its links and redirects); the worker's mails use the first
    const ports = { direct: serve.direct && (await freePort()), nginx: serve.nginx && (await freePort()) };
    const publicUrl = (port: number | undefined) => `http://localhost:${port}`;
    env.PUBLIC_URL = publicUrl(ports.direct ?? ports.nginx);
    if (serve.nginx) {
      topology = await startTopology({
        standalone: standaloneDir,
        port: ports.nginx,
        // two Next processes, as production runs them: what staff write through one must show
        // on the pages the other serves (the public data cache's shared tag expiry, lib/cache)
        processes: 2,
        env: { ...env, PUBLIC_URL: publicUrl(ports.nginx), TRUSTED_PROXY_HOPS: String(serve.nginx.hops) },
        readyPath: "/api/health",
        stdio: "ignore",
      });
      portal.nginx = topology.url;
    }
    if (serve.direct) {
      const url = publicUrl(ports.direct);
      children.push(
        spawnNext("start", ports.direct!, { ...env, PUBLIC_URL: url, TRUSTED_PROXY_HOPS: String(serve.direct.hops) }, [
          "ignore",
          "ignore",
          "inherit",
        ]),
      );
      await waitForHttp(`${url}/api/health`);
      portal.direct = url;
    }
    children.push(
      spawn(process.execPath, [bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/worker.ts"], {
        cwd: root,
        env,
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
    return portal;
  } catch (error) {
    await stop();
    throw error;
  }
}

async function e2e() {
  const out = path.join(results, "e2e.json");
  fs.rmSync(out, { force: true });
  const chromium = chromiumPath("end-to-end tests");
  if (!chromium) return;
  const noNginx = nginxUnavailable();
  if (noNginx)
    console.warn(
      `\n*** ${noNginx}\n*** The end-to-end tests run against \`next start\` instead, and the specs of what nginx does (compression, static files) are skipped.\n`,
    );
  // Production behind nginx trusts exactly nginx's hop (TRUSTED_PROXY_HOPS=1, the topology's
  // default). The specs add one: each test sends its own client address in X-Forwarded-For,
  // standing for a load balancer in front of nginx, so that the per-address limits of one test
  // (five forms an hour, sign-in failures) do not spend another's — two trusted hops behind nginx,
  // one without. That forged addresses buy nothing when only nginx is trusted is the security
  // probe's job (tests/security/xff.spec.ts, against both ways of serving).
  const portal = await startPortal("e2e", noNginx ? { direct: { hops: 1 } } : { nginx: { hops: 2 } });
  try {
    const code = run(bin("@playwright/test", "cli.js"), ["test", ...specs], {
      ...portal.env,
      PLAYWRIGHT_BASE_URL: portal.nginx ?? portal.direct,
      CHROMIUM_PATH: chromium,
      E2E_DATA_DIR: portal.env.DATA_DIR,
      // the standalone directory nginx serves, for the static-file specs; unset without nginx
      E2E_NGINX_ROOT: noNginx ? "" : standaloneDir,
      E2E_NGINX_MISSING: noNginx ?? "",
    });
    tallyPlaywright(out);
    if (code !== 0) exitCode = code;
  } finally {
    await portal.stop();
  }
}

/**
 * The security probe (tests/security, `npm run test:security`): attacks on the
 * production build on its own database, served both ways an installation
 * serves it — `next start` answering clients itself (`npm start`, no proxy
 * trusted: the client address is the socket's, whatever X-Forwarded-For says)
 * and the standalone build behind nginx (production, TRUSTED_PROXY_HOPS=1 as
 * deploy/README.md sets it). Without nginx the second is skipped with the reason.
 */
async function security() {
  const out = path.join(results, "security.json");
  fs.rmSync(out, { force: true });
  const chromium = chromiumPath("security probe");
  if (!chromium) return;
  const noNginx = nginxUnavailable();
  const portal = await startPortal("security", { direct: { hops: 0 }, ...(noNginx ? {} : { nginx: { hops: 1 } }) });
  try {
    const code = run(
      bin("@playwright/test", "cli.js"),
      ["test", "--config", "playwright.security.config.ts", ...specs],
      {
        ...portal.env,
        PLAYWRIGHT_BASE_URL: portal.direct,
        SECURITY_NGINX_URL: portal.nginx ?? "",
        SECURITY_NGINX_MISSING: noNginx ?? "",
        CHROMIUM_PATH: chromium,
        E2E_DATA_DIR: portal.env.DATA_DIR,
      },
    );
    tallyPlaywright(out);
    if (code !== 0) exitCode = code;
  } finally {
    await portal.stop();
  }
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
