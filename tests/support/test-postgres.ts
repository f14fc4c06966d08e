// A PostgreSQL of the test run's own: embedded, in .test-data/, on a free
// port, never the developer's database. Used by the integration set-up and by
// the end-to-end runner.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPg } from "../../scripts/lib/embedded-pg";

export const TEST_DATA_DIR = path.resolve(import.meta.dirname, "..", "..", ".test-data");

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

/** A fresh cluster (the directory is wiped first) with durability off for speed. */
export async function startTestPostgres(name: string, database = "sikc"): Promise<EmbeddedPg> {
  const dataDir = path.join(TEST_DATA_DIR, name);
  const stale = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(stale)) {
    // a previous run was killed: stop its server before wiping the directory
    const old = await startEmbeddedPostgres({ dataDir, port: Number(fs.readFileSync(stale, "utf8").split("\n")[3]), user: "sikc", password: "sikc", database: "postgres", fast: true }).catch(() => undefined);
    await old?.stop().catch(() => undefined);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  return startEmbeddedPostgres({ dataDir, port: await freePort(), user: "sikc", password: "sikc", database, fast: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
