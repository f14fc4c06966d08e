import { spawnSync } from "node:child_process";
import path from "node:path";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const root = path.resolve(import.meta.dirname, "..", "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function run(args: string[], input: string) {
  return spawnSync(process.execPath, [tsx, "scripts/admin-create.ts", ...args], {
    cwd: root,
    env: process.env,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run admin:create", () => {
  it("refuses weak passwords and writes nothing", () => {
    for (const weak of ["short1!", "onlylowercaseletters", "anna.liepa-secret-1", "password1234"]) {
      const result = run(["--email", "anna.liepa@sif.gov.lv"], `${weak}\n`);
      expect(result.status, weak).toBe(1);
      expect(result.stderr).toContain("Refused");
    }
    return expect(db.user.findUnique({ where: { email: "anna.liepa@sif.gov.lv" } })).resolves.toBeNull();
  });

  it("refuses two different passwords and a bad e-mail", () => {
    expect(run(["--email", "anna.liepa@sif.gov.lv"], "first-password-1\nsecond-password-2\n").stderr).toContain(
      "do not match",
    );
    expect(run(["--email", "not-an-email"], "first-password-1\n").status).toBe(1);
  });

  it("creates an admin with a bcrypt hash and audits it without the password", async () => {
    const result = run(
      ["--email", "Anna.Liepa@sif.gov.lv", "--name", "Anna Liepa"],
      "zaļā ābele 2026\nzaļā ābele 2026\n",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const user = await db.user.findUniqueOrThrow({
      where: { email: "anna.liepa@sif.gov.lv" },
      omit: { passwordHash: false },
    });
    expect(user).toMatchObject({ role: "ADMIN", name: "Anna Liepa", active: true });
    expect(await bcrypt.compare("zaļā ābele 2026", user.passwordHash!)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "create" } });
    expect(JSON.stringify(audit.changes)).not.toContain("ābele");
  });

  it("updates an existing account: password, role, and ends its sessions", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
    const result = run(["--email", "editor@sikc.test", "--role", "CONSULTANT"], "fresh Pass for 2027\n");
    expect(result.status).toBe(0);
    const after = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
    expect(after.role).toBe("CONSULTANT");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: after.id, action: "update" } });
    expect(audit.changes).toMatchObject({ role: ["EDITOR", "CONSULTANT"] });
  });
});
