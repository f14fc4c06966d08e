// The audit log as staff read it: one record's history, the filtered log and
// its export (only for administrators, itself recorded).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { signInAs } from "../support/actions";
import { parseAuditQueryLenient, parseAuditQueryStrict } from "@/lib/audit/filters";
import { listAuditLog, listEntityHistory } from "@/lib/audit/queries";
import { writeAudit } from "@/lib/audit/write";

let admin: StaffUser;
let editor: StaffUser;
const entityId = `inno-${Date.now()}`;

beforeAll(async () => {
  const rows = await db.user.findMany({ where: { email: { in: ["admin@sikc.test", "editor@sikc.test"] } } });
  const as = (email: string) => {
    const u = rows.find((r) => r.email === email)!;
    return { id: u.id, email: u.email, name: u.name, role: u.role };
  };
  admin = as("admin@sikc.test");
  editor = as("editor@sikc.test");
  // Riga is UTC+2 in March: 2026-03-10 00:30 Riga is 2026-03-09 22:30 UTC.
  await db.auditLog.createMany({
    data: [
      {
        at: new Date("2026-03-09T22:30:00Z"),
        action: "create",
        entityType: "Innovation",
        entityId,
        actorId: editor.id,
        actorEmail: editor.email,
        changes: { titleLv: [null, "Kopienas darbnīca"] },
      },
      {
        at: new Date("2026-03-11T09:00:00Z"),
        action: "update",
        entityType: "Innovation",
        entityId,
        actorId: editor.id,
        actorEmail: editor.email,
        changes: { titleLv: ["Kopienas darbnīca", "Kopienas darbnīcas tīkls"], themes: [["a"], ["a", "b"]] },
      },
      {
        at: new Date("2026-03-12T09:00:00Z"),
        action: "publish",
        entityType: "Innovation",
        entityId,
        actorId: admin.id,
        actorEmail: admin.email,
        changes: { publication: ["DRAFT", "PUBLISHED"] },
      },
      {
        at: new Date("2026-03-12T10:00:00Z"),
        action: "update",
        entityType: "Organisation",
        entityId: "org-1",
        actorId: editor.id,
        actorEmail: editor.email,
        changes: { nameLv: ["A", "B"] },
      },
    ],
  });
});

beforeEach(async () => {
  await signInAs(admin);
});

describe("entity history", () => {
  it("lists one record's entries newest first with before → after", async () => {
    const history = await listEntityHistory("Innovation", entityId);
    expect(history.total).toBe(3);
    expect(history.rows.map((r) => r.action)).toEqual(["publish", "update", "create"]);
    expect(history.rows[1]).toMatchObject({
      actorEmail: editor.email,
      changes: { titleLv: ["Kopienas darbnīca", "Kopienas darbnīcas tīkls"] },
    });
  });

  it("pages", async () => {
    const second = await listEntityHistory("Innovation", entityId, 2, 2);
    expect(second).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => r.action)).toEqual(["create"]);
  });
});

describe("audit log filters", () => {
  const filtered = async (query: Record<string, string>) =>
    (await listAuditLog(parseAuditQueryLenient(query).filters)).rows;

  it("filter by action, entity type and id, and actor (e-mail part, any case)", async () => {
    expect((await filtered({ entityType: "Innovation", entityId })).map((r) => r.action)).toEqual([
      "publish",
      "update",
      "create",
    ]);
    expect((await filtered({ entityId, action: "update" })).map((r) => r.action)).toEqual(["update"]);
    const byEditor = await filtered({ actor: "EDITOR@sikc", from: "2026-03-01", to: "2026-03-31" });
    expect(byEditor.map((r) => r.entityType)).toEqual(["Organisation", "Innovation", "Innovation"]);
  });

  it("date range is whole days in Riga time, `to` inclusive", async () => {
    expect((await filtered({ entityId, from: "2026-03-10", to: "2026-03-10" })).map((r) => r.action)).toEqual([
      "create",
    ]);
    expect((await filtered({ entityId, from: "2026-03-11", to: "2026-03-12" })).map((r) => r.action)).toEqual([
      "publish",
      "update",
    ]);
  });

  it("pages ignore a bad filter value; the API names it", async () => {
    const lenient = parseAuditQueryLenient({ action: "drop table", from: "2026-13-45", entityId });
    expect(lenient.filters).toEqual({ entityId });
    expect(lenient.values.action).toBe("");
    expect(parseAuditQueryStrict(new URLSearchParams("from=2026-02-30"))).toEqual({ ok: false, parameter: "from" });
    expect(parseAuditQueryStrict(new URLSearchParams("action=nope"))).toEqual({ ok: false, parameter: "action" });
  });
});

describe("export", () => {
  // The request as `npm start` hands it on: scripts/peer-address.mjs stamps the socket's address into a
  // header of its own and marks the process (no proxy is trusted by default, so X-Forwarded-For is not read).
  const PEER_MARK = Symbol.for("sikc.peer-address-header");
  beforeAll(() => void ((globalThis as Record<symbol, unknown>)[PEER_MARK] = "x-sikc-peer-address"));
  afterAll(() => void delete (globalThis as Record<symbol, unknown>)[PEER_MARK]);
  const call = async (query: string) => {
    const { GET } = await import("@/app/api/admin/audit/export/route");
    return GET(
      new Request(`http://localhost/api/admin/audit/export?${query}`, {
        headers: { "x-sikc-peer-address": "10.9.9.9", "x-forwarded-for": "203.0.113.66" },
      }),
    );
  };

  it("gives administrators the filtered log as CSV with BOM and records the export", async () => {
    const response = await call(`format=csv&entityId=${entityId}`);
    expect(response.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFFat,actor,actorEmail,action")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 3); // a change cell with two fields is one quoted cell with a line feed inside
    expect(text).toContain("titleLv: Kopienas darbnīca → Kopienas darbnīcas tīkls");
    const exported = await db.auditLog.findFirst({
      where: { action: "export", actorId: admin.id },
      orderBy: { at: "desc" },
    });
    expect(exported).toMatchObject({
      entityType: "AuditLog",
      ip: "10.9.9.9",
      changes: { format: "csv", filters: { entityId } },
    });
  });

  it("JSON export keeps changes structured and hides secret fields", async () => {
    await writeAudit({
      action: "update",
      entityType: "Probe",
      entityId: "p1",
      changes: { passwordHash: ["old", "new"], name: ["a", "b"] },
    });
    const response = await call("format=json&entityType=Probe");
    const body = (await response.json()) as { changes: Record<string, unknown> }[];
    expect(body).toHaveLength(1);
    expect(body[0]!.changes).toEqual({ passwordHash: ["••••", "••••"], name: ["a", "b"] });
  });

  it("refuses bad parameters with their name, and anyone but an administrator", async () => {
    expect(await (await call("format=xml")).json()).toEqual({ error: "invalid_parameter", parameter: "format" });
    expect((await call("format=csv&to=yesterday")).status).toBe(400);
    await signInAs(editor);
    expect((await call("format=csv")).status).toBe(403);
    await signInAs(null);
    expect((await call("format=csv")).status).toBe(401);
  });
});
