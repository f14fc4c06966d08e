// The dashboard's numbers against the seeded database plus records added here:
// each card counts what it says and nothing else.
import { addDays, subDays, subYears } from "date-fns";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  callsClosingSoon,
  loadDashboard,
  pendingSubmissions,
  searchIndexStatus,
  staleCounts,
} from "@/lib/dashboard/queries";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";

const now = new Date("2026-11-23T10:00:00Z");
let n = 0;
const slug = (p: string) => `${p}-dash-${Date.now()}-${++n}`;

async function call(closesAt: Date | null, publication: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  return db.fundingCall.create({ data: { slug: slug("call"), titleLv: `Konkurss ${n}`, closesAt, publication } });
}

async function backdate(table: "Innovation" | "Organisation" | "Resource" | "FundingCall", id: string, when: Date) {
  // updatedAt is maintained by Prisma on every update; raw SQL sets it as if nobody touched the row since.
  await db.$executeRawUnsafe(`UPDATE "${table}" SET "updatedAt" = $1 WHERE id = $2`, when, id);
}

describe("dashboard queries", () => {
  afterAll(() => stopBoss({ graceful: false }));

  it("pending submissions: counts PENDING only, newest first with the proposed title", async () => {
    const before = await pendingSubmissions();
    const base = { kind: "NEW_INNOVATION" as const, submitterName: "Ilze", submitterEmail: "ilze@example.lv" };
    await db.submission.create({
      data: { ...base, payload: { titleLv: "Vecāks" }, createdAt: subDays(new Date(), 2) },
    });
    await db.submission.create({ data: { ...base, payload: { titleLv: "Jaunākais" } } });
    await db.submission.create({ data: { ...base, status: "REJECTED", payload: { titleLv: "Noraidīts" } } });
    const after = await pendingSubmissions();
    expect(after.count).toBe(before.count + 2);
    expect(after.newest[0]).toMatchObject({ title: "Jaunākais", kind: "NEW_INNOVATION" });
    expect(after.newest.map((s) => s.title)).not.toContain("Noraidīts");
  });

  it("calls closing in the next 14 days: published, not past, soonest first", async () => {
    const before = await callsClosingSoon(now);
    const inTen = await call(addDays(now, 10));
    const inTwo = await call(addDays(now, 2));
    await call(addDays(now, 15));
    await call(subDays(now, 1));
    await call(addDays(now, 3), "DRAFT");
    await call(null);
    const after = await callsClosingSoon(now);
    expect(after.length).toBe(before.length + 2);
    const ids = after.map((c) => c.id);
    expect(ids.indexOf(inTwo.id)).toBeLessThan(ids.indexOf(inTen.id));
  });

  it("records not updated for a year, per type, archived ones left out", async () => {
    const before = await staleCounts(now);
    const old = subYears(now, 2);
    const org = await db.organisation.create({ data: { slug: slug("org"), nameLv: "Sena biedrība", type: "ngo" } });
    const archived = await db.organisation.create({
      data: { slug: slug("org"), nameLv: "Arhivēta", type: "ngo", publication: "ARCHIVED" },
    });
    const fresh = await db.organisation.create({ data: { slug: slug("org"), nameLv: "Jauna", type: "ngo" } });
    const inno = await db.innovation.create({
      data: { slug: slug("inno"), titleLv: "Sena inovācija", summaryLv: "x", stage: "idea", status: "active" },
    });
    const res = await db.resource.create({ data: { slug: slug("res"), titleLv: "Sens materiāls", type: "guide" } });
    const c = await call(null);
    await backdate("Organisation", org.id, old);
    await backdate("Organisation", archived.id, old);
    await backdate("Organisation", fresh.id, subDays(now, 300));
    await backdate("Innovation", inno.id, old);
    await backdate("Resource", res.id, old);
    await backdate("FundingCall", c.id, old);
    expect(await staleCounts(now)).toEqual({
      innovations: before.innovations + 1,
      organisations: before.organisations + 1,
      resources: before.resources + 1,
      calls: before.calls + 1,
    });
  });

  it("search index: backlog, failures with their error, last successful sync, word forms", async () => {
    const boss = await getBoss();
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name IN (${QUEUES.searchIndex}, ${QUEUES.searchSettings})`;
    const take = async () => {
      const [job] = await boss.fetch(QUEUES.searchIndex);
      return job!.id;
    };
    await boss.send(QUEUES.searchIndex, { ids: ["c"] });
    await boss.fail(QUEUES.searchIndex, await take(), { message: "connect ECONNREFUSED\nstack…" });
    await boss.send(QUEUES.searchIndex, { ids: ["a"] });
    await boss.complete(QUEUES.searchIndex, await take());
    await boss.send(QUEUES.searchIndex, { ids: ["b"] });
    const status = await searchIndexStatus();
    expect(status).toMatchObject({
      configured: "postgres",
      inUse: "postgres",
      fallbackActive: false,
      wordForms: "hunspell",
      pending: 2,
      failing: 1,
      lastError: "connect ECONNREFUSED",
    });
    expect(Date.now() - status.lastSyncAt!.getTime()).toBeLessThan(60_000);
    expect(status.oldestPendingAt).not.toBeNull();
  });

  it("new consultation requests only for roles that manage consultations", async () => {
    expect((await loadDashboard("EDITOR", now)).consultations).toBeNull();
    const before = (await loadDashboard("CONSULTANT", now)).consultations!;
    await db.consultationRequest.create({
      data: {
        reference: `K-2099-${Date.now() % 10000}`,
        name: "A",
        email: "a@example.lv",
        description: "x",
        format: "phone",
        language: "lv",
      },
    });
    await db.consultationRequest.create({
      data: {
        reference: `K-2098-${Date.now() % 10000}`,
        status: "COMPLETED",
        name: "B",
        email: "b@example.lv",
        description: "x",
        format: "phone",
        language: "lv",
      },
    });
    const after = (await loadDashboard("ADMIN", now)).consultations!;
    expect(after.count).toBe(before.count + 1);
    expect(after.newest[0]?.reference).toMatch(/^K-2099-/);
  });
});
