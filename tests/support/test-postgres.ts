// A PostgreSQL of the test run's own: embedded, in .test-data/<name>-<pid>/,
// on a free port, never the developer's database. Several runs can go at once;
// directories of runs that died are cleaned up by the next one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPg } from "../../scripts/lib/embedded-pg";
import { isAlive } from "../../scripts/lib/processes";

const TEST_DATA_DIR = path.resolve(import.meta.dirname, "..", "..", ".test-data");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function removeDeadRuns() {
  if (!fs.existsSync(TEST_DATA_DIR)) return;
  for (const entry of fs.readdirSync(TEST_DATA_DIR)) {
    const owner = Number(/-(\d+)$/.exec(entry)?.[1]);
    if (!owner || isAlive(owner)) continue;
    const dir = path.join(TEST_DATA_DIR, entry);
    const pidFile = path.join(dir, "postmaster.pid");
    if (fs.existsSync(pidFile)) {
      const pgPid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
      if (pgPid && isAlive(pgPid)) spawnSync("kill", ["-INT", String(pgPid)]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh cluster with durability off for speed; stop() also deletes it. */
export async function startTestPostgres(name: string, database = "sikc"): Promise<EmbeddedPg> {
  removeDeadRuns();
  const dataDir = path.join(TEST_DATA_DIR, `${name}-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    user: "sikc",
    password: "sikc",
    database,
    fast: true,
  });
  return {
    ...pg,
    stop: async () => {
      await pg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
