// `npm start` (production build) and `npm run dev` (hot reload): database up,
// then the web server, until Ctrl-C / SIGTERM, which stop both cleanly.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataPath, env } from "../lib/env";
import { compressStatic } from "./compress-static";
import { prepareDatabase, type Database } from "./lib/database";
import { killStale, remember } from "./lib/processes";
import { spawnWebServer, withPeerAddress } from "./lib/web-server";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[sikc] ${line}`);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const runFile = dataPath("run.json");

/** AUTH_SECRET, or one generated once into .data/ for local use. */
function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = dataPath("auth-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`generated AUTH_SECRET into ${file} (set AUTH_SECRET in production)`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.js", "package-lock.json"];

function newestSource(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(full).map((e) => newestSource(path.join(entry, e))));
}

async function buildIfStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (!builtAt || Math.max(...SOURCES.map(newestSource)) > builtAt) {
    log(builtAt ? "sources changed since the last build: building" : "building the portal (first start)");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  // brotli copies of the static assets (skips those already up to date, e.g. after `npm run build`)
  const { written } = await compressStatic(root);
  if (written) log(`compressed ${written} static assets with brotli`);
}

/** The embedded PostgreSQL is restarted whenever it dies, with a log line; an external database is not ours to restart. */
function superviseDatabase(db: Database) {
  db.supervise?.(log);
}

fs.mkdirSync(dataPath(), { recursive: true });
await killStale(runFile, log);
const database = await prepareDatabase(log);
superviseDatabase(database);

// assigned once the database is up; shutdown() may read them before that
// eslint-disable-next-line prefer-const
let server: ReturnType<typeof spawn> | undefined;
// eslint-disable-next-line prefer-const
let worker: ReturnType<typeof spawn> | undefined;
let stopping = false;

async function stopChild(child: ReturnType<typeof spawn> | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all([stopChild(server), stopChild(worker)]);
  await database.stop().catch((e: Error) => log(`stopping PostgreSQL: ${e.message}`));
  fs.rmSync(runFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  if (!dev) await buildIfStale();
} catch (error) {
  log((error as Error).message);
  await shutdown(1);
}

const childEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret() };
// production: scripts/server.ts (Next's handler plus brotli static assets) in place of `next start`
server = dev
  ? spawn(process.execPath, [nextBin, "dev", "-p", String(env.PORT)], {
      cwd: root,
      stdio: "inherit",
      env: withPeerAddress(childEnv),
    })
  : spawnWebServer(env.PORT, childEnv);
// The worker sends mail, drains the search outbox and runs scheduled clean-ups.
worker = spawn(
  process.execPath,
  [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/worker.ts"],
  {
    cwd: root,
    stdio: "inherit",
    env: childEnv,
  },
);
remember(runFile, [
  { pid: server.pid!, marker: dev ? "next" : "scripts/server.ts" },
  { pid: worker.pid!, marker: "worker.ts" },
]);
log(
  `portal starting on ${env.PUBLIC_URL} (${dev ? "development" : "production build"}, ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`,
);
server.on("exit", (code) => {
  if (!stopping) {
    log(`web server exited (${code ?? "signal"})`);
    void shutdown(code ?? 1);
  }
});
// A worker crash must not take the public site down; say so and keep serving.
worker.on("exit", (code) => {
  if (!stopping) log(`worker exited (${code ?? "signal"}); mail and index updates wait until the next start`);
});
