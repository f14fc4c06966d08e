// `npm start` (production build, `next start`), `npm run dev` (hot reload) and
// `npm run start:nginx` (the production topology: standalone processes behind
// nginx with deploy/nginx/sikc.conf, on loopback): database up, then the web
// server and the job worker, until Ctrl-C / SIGTERM, which stop them all.
//   tsx scripts/start.ts [--dev | --nginx [--processes N]]
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataPath, env } from "../lib/env";
import { buildIfStale, standaloneDir } from "./build";
import { prepareDatabase } from "./lib/database";
import { killStale, remember } from "./lib/processes";
import { startTopology, waitForHttp, type Topology } from "./lib/topology";

const argv = process.argv.slice(2);
const mode = argv.includes("--dev") ? "dev" : argv.includes("--nginx") ? "nginx" : "start";
const processes = argv.includes("--processes") ? Number(argv[argv.indexOf("--processes") + 1]) : 1;
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

fs.mkdirSync(dataPath(), { recursive: true });
await killStale(runFile, log);
const database = await prepareDatabase(log);

// assigned once the database is up; shutdown() may read them before that
let server: ReturnType<typeof spawn> | undefined;
let topology: Topology | undefined;
// eslint-disable-next-line prefer-const -- assigned once the web server runs; shutdown() may read it before
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
  await Promise.all([stopChild(server), topology?.stop(), stopChild(worker)]);
  await database.stop().catch((e: Error) => log(`stopping PostgreSQL: ${e.message}`));
  fs.rmSync(runFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

// DATA_DIR absolute: the standalone server runs in .next/standalone
const childEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret(), DATA_DIR: dataPath() };
try {
  if (mode !== "dev") await buildIfStale(log);
  if (mode === "nginx") {
    topology = await startTopology({
      standalone: standaloneDir,
      processes,
      port: env.PORT,
      env: childEnv,
      readyPath: "/api/health",
    });
  } else {
    // `next start` without -H binds all interfaces; a hostname other than localhost makes
    // Next 16 loop on the locale rewrites (vercel/next.js#94342)
    server = spawn(process.execPath, [nextBin, mode, "-p", String(env.PORT)], {
      cwd: root,
      stdio: "inherit",
      env: childEnv,
    });
  }
} catch (error) {
  log((error as Error).message);
  await shutdown(1);
}

// The worker sends mail, runs imports, drains the search outbox and runs scheduled clean-ups.
worker = spawn(
  process.execPath,
  [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/worker.ts"],
  { cwd: root, stdio: "inherit", env: childEnv },
);
remember(runFile, [
  ...(server ? [{ pid: server.pid!, marker: "next" }] : []),
  ...(topology?.processes ?? []),
  { pid: worker.pid!, marker: "worker.ts" },
]);
const served =
  mode === "nginx" ? `nginx with ${processes} standalone process${processes > 1 ? "es" : ""}` : `next ${mode}`;
log(`portal starting on ${env.PUBLIC_URL} (${served}, ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
server?.on("exit", (code) => {
  if (!stopping) {
    log(`web server exited (${code ?? "signal"})`);
    void shutdown(code ?? 1);
  }
});
// The first search reads the search index into memory (seconds at 100 000 innovations): not in a visitor's request.
const backends = topology?.backends ?? [`http://127.0.0.1:${env.PORT}`];
void Promise.all(backends.map((b) => waitForHttp(`${b}/api/health`, 120_000)))
  .then(() =>
    Promise.all(backends.map((b) => fetch(`${b}/api/v1/innovations?pageSize=1`).then((r) => r.arrayBuffer()))),
  )
  .catch(() => undefined);
// A worker crash must not take the public site down; say so and keep serving.
worker.on("exit", (code) => {
  if (!stopping) log(`worker exited (${code ?? "signal"}); mail and index updates wait until the next start`);
});
