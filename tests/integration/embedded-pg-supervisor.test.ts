// `npm start` restarts the embedded PostgreSQL when it dies: a killed server
// is back, with a log line, and its committed data with it.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { superviseEmbeddedPostgres } from "@/scripts/lib/embedded-pg";
import { until } from "../support/consultations";
import { startTestPostgres } from "../support/test-postgres";

const server = await startTestPostgres("supervised");
const lines: string[] = [];
const supervisor = superviseEmbeddedPostgres(server, { log: (line) => lines.push(line), intervalMs: 200 });

afterAll(async () => {
  supervisor.stop();
  await server.stop();
});

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL supervisor", () => {
  it("starts a killed server again and says so", async () => {
    await query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('committed before the crash')");
    // the test cluster runs with synchronous_commit off: flush the commit out of the server's memory first
    await query("CHECKPOINT");
    const pid = server.runningPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, "SIGKILL");

    await until(async () => lines.some((l) => /restarted/.test(l)), 60_000, 200);
    expect(lines[0]).toMatch(new RegExp(`PostgreSQL \\(pid ${pid}\\) stopped unexpectedly; restarting it`));
    expect(lines.find((l) => /restarted/.test(l))).toMatch(/^PostgreSQL restarted \(pid \d+\) in \d+ ms$/);
    expect(server.runningPid()).not.toBe(pid);
    expect(await query<{ v: string }>("SELECT v FROM kept")).toEqual([{ v: "committed before the crash" }]);
  }, 90_000);

  it("leaves the server alone once supervision has stopped (npm start's own shutdown)", async () => {
    supervisor.stop();
    const before = lines.length;
    process.kill(server.runningPid()!, "SIGKILL");
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.runningPid()).toBeUndefined();
    expect(lines).toHaveLength(before);
  });
});
