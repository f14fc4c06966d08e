import { afterAll, describe, expect, it } from "vitest";
import { subMonths } from "date-fns";
import { db } from "@/lib/db";
import { submitRequest } from "@/lib/consultations/booking";
import { ANONYMISED, eraseRequesterData, exportRequesterData } from "@/lib/consultations/privacy";
import { viewRequest } from "@/lib/consultations/self-service";
import { consultationStats } from "@/lib/consultations/stats";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import { startRetentionWorker } from "@/lib/jobs/retention";
import { consultantId, makeSlot, randomIp, requestInput, until } from "../support/consultations";

afterAll(() => stopBoss({ graceful: false }));

let seq = 0;
async function closedRequest(closedAt: Date, extra: { region?: string; topics?: string[] } = {}) {
  seq++;
  return db.consultationRequest.create({
    data: {
      reference: `K-2000-${String(seq).padStart(4, "0")}`,
      status: "COMPLETED",
      name: "Jānis Ozols",
      email: "janis.ozols@example.lv",
      phone: "+371 20000000",
      organisationName: "SIA Ozols",
      organisationType: "company",
      topics: extra.topics ?? ["impact"],
      stage: "scale",
      theme: "health",
      region: extra.region ?? "kurzeme",
      description: "Personīgs apraksts ar vārdu Jānis Ozols.",
      format: "phone",
      language: "lv",
      createdAt: subMonths(closedAt, 1),
      closedAt,
      events: { create: [{ kind: "note", body: "Jānis zvanīja no +371 20000000", createdAt: closedAt }] },
    },
  });
}

describe("retention and statistics", () => {
  it("anonymises a request closed 25 months ago through the job, and still counts it", async () => {
    const old = await closedRequest(subMonths(new Date(), 25), { region: "latgale", topics: ["legal-admin"] });
    const recent = await closedRequest(subMonths(new Date(), 1));
    const year = old.createdAt.getUTCFullYear();
    const before = await consultationStats(year, db);

    const boss = await getBoss();
    await startRetentionWorker(boss, { pollingIntervalSeconds: 0.5 });
    await boss.send(QUEUES.retention, {});
    const done = await until(async () => {
      const r = await db.consultationRequest.findUniqueOrThrow({ where: { id: old.id }, include: { events: true } });
      return r.anonymisedAt ? r : null;
    });
    expect(done).toMatchObject({
      name: ANONYMISED.name,
      email: ANONYMISED.email,
      phone: null,
      organisationName: null,
      description: ANONYMISED.description,
    });
    expect(done).toMatchObject({
      topics: ["legal-admin"],
      stage: "scale",
      theme: "health",
      region: "latgale",
      organisationType: "company",
      format: "phone",
      status: "COMPLETED",
    });
    expect(done.events.every((e) => e.body === null)).toBe(true);
    expect(await db.consultationRequest.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({
      anonymisedAt: null,
      name: "Jānis Ozols",
    });

    const after = await consultationStats(year, db);
    expect(after).toEqual(before);
    expect(after.byRegion).toContainEqual({ key: "latgale", count: 1 });
    expect(after.byTopic).toContainEqual({ key: "legal-admin", count: 1 });
    expect(after.byStatus).toContainEqual({ key: "COMPLETED", count: 1 });
  });

  it("counts by Riga month and groups every facet", async () => {
    const stats = await consultationStats(2031, db);
    expect(stats.total).toBe(0);
    await db.consultationRequest.create({
      // 31 Dec 2030 22:30 UTC is 1 January 2031 00:30 in Riga
      data: {
        reference: "K-2031-0001",
        name: "A",
        email: "a@example.lv",
        topics: ["funding", "scaling"],
        description: "x".repeat(20),
        format: "online",
        language: "en",
        createdAt: new Date("2030-12-31T22:30:00Z"),
      },
    });
    const next = await consultationStats(2031, db);
    expect(next.total).toBe(1);
    expect(next.byMonth[0]).toEqual({ month: 1, count: 1 });
    expect(next.byTopic).toEqual([
      { key: "funding", count: 1 },
      { key: "scaling", count: 1 },
    ]);
    expect(next.byStage).toEqual([{ key: "unknown", count: 1 }]);
    expect(next.byStatus).toEqual([{ key: "NEW", count: 1 }]);
  });
});

describe("requester's rights", () => {
  it("exports everything about one e-mail, then erases it and frees the booked slot", async () => {
    const staff = { id: await consultantId(), role: "CONSULTANT" as const };
    const email = "erase.me@example.lv";
    const slot = await makeSlot(60);
    const booked = await submitRequest(requestInput({ email, slotId: slot.id }), { ip: randomIp() });
    const other = await submitRequest(requestInput({ email }), { ip: randomIp() });
    if (!booked.ok || !other.ok) throw new Error("setup failed");

    const exported = await exportRequesterData(staff, email);
    const requests = exported.requests as { reference: string; events: unknown[] }[];
    expect(requests.map((r) => r.reference).sort()).toEqual([booked.reference, other.reference].sort());
    expect(requests.every((r) => r.events.length > 0)).toBe(true);

    expect(await eraseRequesterData(staff, email)).toEqual({ erased: 2, cancelled: 2 });
    expect(await db.consultationRequest.count({ where: { email } })).toBe(0);
    const erased = await db.consultationRequest.findUniqueOrThrow({ where: { id: booked.requestId } });
    expect(erased).toMatchObject({
      status: "CANCELLED",
      slotId: null,
      name: ANONYMISED.name,
      topics: ["funding", "scaling"],
    });
    expect(await viewRequest(booked.token)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "erase", actorId: staff.id } })).toBe(1);
    await expect(exportRequesterData({ id: "x", role: "EDITOR" }, email)).rejects.toThrow(/forbidden/);
  });
});
