import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("seed", () => {
  // a fresh tsx process: a second of CPU, but many on a busy two-core machine
  it("refuses to run with NODE_ENV=production", { timeout: 30_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed/index.ts"],
      {
        cwd: root,
        // an address nothing listens on: the guard must stop it before any connection
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgresql://x:y@127.0.0.1:9/none" },
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to seed");
  });
});
