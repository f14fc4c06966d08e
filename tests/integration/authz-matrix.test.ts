// Walks every registered staff action and admin route handler as anonymous,
// CONSULTANT, EDITOR and ADMIN (each feature's lib/<feature>/authz.ts, shaped
// by lib/auth/registry.ts), and fails when one is not registered, so a new
// action cannot ship without an authorization check.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "@/lib/auth/roles";
import type { ActionEntry, AuthzFixtures, HandlerEntry } from "@/lib/auth/registry";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { signInAs } from "../support/actions";

// Every feature's registry file, found by name so adding one needs no edit here.
const registries = Object.values(
  import.meta.glob<{ ACTIONS?: ActionEntry[]; HANDLERS?: HandlerEntry[] }>("/lib/**/authz.ts", { eager: true }),
);
const ACTIONS = registries.flatMap((r) => r.ACTIONS ?? []);
const HANDLERS = registries.flatMap((r) => r.HANDLERS ?? []);

const root = path.resolve(import.meta.dirname, "..", "..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string, match: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : walk(full, match);
    return match(full) ? [full] : [];
  });
}
const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");
const load = (file: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ path.join(root, file));

type Who = Role | "anonymous";
const WHO: Who[] = ["anonymous", ...ROLES];
const users: Partial<Record<Role, StaffUser>> = {};
let fx: AuthzFixtures;

beforeAll(async () => {
  const rows = await db.user.findMany({
    where: { email: { in: ["admin@sikc.test", "editor@sikc.test", "consultant@sikc.test"] } },
  });
  for (const r of rows) users[r.role] = { id: r.id, email: r.email, name: r.name, role: r.role };
  fx = { adminId: users.ADMIN!.id, editorId: users.EDITOR!.id, consultantId: users.CONSULTANT!.id };
});

const expected = (who: Who, permission: string) =>
  permission === "public"
    ? "allowed"
    : who === "anonymous"
      ? "unauthenticated"
      : can(who, permission as Parameters<typeof can>[1])
        ? "allowed"
        : "forbidden";

describe("registry covers every action and admin handler", () => {
  it("lists every export of lib/**/actions.ts", async () => {
    const files = walk(path.join(root, "lib"), (f) => path.basename(f) === "actions.ts").map(rel);
    expect(files.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of files) {
      const mod = await load(file);
      for (const name of Object.keys(mod)) {
        if (typeof mod[name] === "function" && !ACTIONS.some((a) => a.file === file && a.export === name))
          missing.push(`${file}#${name}`);
      }
    }
    expect(missing, "add these to lib/<feature>/authz.ts with the permission they check").toEqual([]);
  });

  it("lists every handler under app/api/admin/", async () => {
    const files = walk(path.join(root, "app", "api", "admin"), (f) => /^route\.tsx?$/.test(path.basename(f))).map(rel);
    const missing: string[] = [];
    for (const file of files) {
      const mod = await load(file);
      for (const method of HTTP_METHODS) {
        if (typeof mod[method] === "function" && !HANDLERS.some((h) => h.file === file && h.method === method))
          missing.push(`${method} ${file}`);
      }
    }
    expect(missing, "add these to lib/<feature>/authz.ts with the permission they check").toEqual([]);
  });

  it("has no stale entries", async () => {
    for (const a of ACTIONS) expect(typeof (await load(a.file))[a.export], `${a.file}#${a.export}`).toBe("function");
    for (const h of HANDLERS) expect(typeof (await load(h.file))[h.method], `${h.method} ${h.file}`).toBe("function");
  });

  it("keeps 'use server' to files named actions.ts (every export of such a file is a public endpoint)", () => {
    const sources = ["app", "lib", "components"].flatMap((d) => walk(path.join(root, d), (f) => /\.tsx?$/.test(f)));
    const offenders = sources
      .filter((f) => path.basename(f) !== "actions.ts" && /^\s*["']use server["']/m.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});

describe.each(WHO)("as %s", (who) => {
  beforeEach(async () => {
    await signInAs(who === "anonymous" ? null : users[who]!);
  });

  it.each(ACTIONS.map((a) => [`${a.file}#${a.export}`, a] as const))("action %s", async (_name, entry) => {
    const fn = (await load(entry.file))[entry.export] as (...args: unknown[]) => Promise<unknown>;
    const result = await fn(...(entry.args?.(fx) ?? []));
    const denied =
      typeof result === "object" &&
      result !== null &&
      "error" in result &&
      (result.error === "forbidden" || result.error === "unauthenticated");
    const outcome = denied ? (result as { error: string }).error : "allowed";
    expect(outcome).toBe(expected(who, entry.permission));
  });

  it.each(HANDLERS.map((h) => [`${h.method} ${h.file}`, h] as const))("handler %s", async (_name, entry) => {
    const handler = (await load(entry.file))[entry.method] as (
      req: Request,
      ctx: { params: Promise<Record<string, string>> },
    ) => Promise<Response>;
    const body = entry.body?.(fx);
    const request = new Request("http://localhost/api/admin", {
      method: entry.method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const response = await handler(request, { params: Promise.resolve(entry.params?.(fx) ?? {}) });
    const outcome = response.status === 401 ? "unauthenticated" : response.status === 403 ? "forbidden" : "allowed";
    expect(outcome).toBe(expected(who, entry.permission));
  });
});
