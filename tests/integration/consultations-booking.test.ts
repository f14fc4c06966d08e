import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitRequest } from "@/lib/consultations/booking";
import { cancelRequest, moveRequest, viewRequest } from "@/lib/consultations/self-service";
import { listBookableSlots } from "@/lib/consultations/slots";
import { stopBoss } from "@/lib/jobs/boss";
import { makeSlot, randomIp, requestInput } from "../support/consultations";

// The seed's demo times (prisma/seed/slots.ts) would crowd the alternatives offered here: these tests make their own.
beforeAll(() => db.consultationSlot.deleteMany({ where: { request: null } }));
afterAll(() => stopBoss({ graceful: false }));

const mailJobs = () =>
  db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'`.then(
    (r) => r[0]?.n ?? 0,
  );

describe("booking a slot", () => {
  it("lets exactly one of 50 simultaneous bookings of a slot succeed", async () => {
    const slot = await makeSlot(72);
    const spare = await makeSlot(96);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => submitRequest(requestInput({ slotId: slot.id }), { ip: randomIp() })),
    );
    const ok = results.filter((r) => r.ok);
    const taken = results.filter((r) => !r.ok && r.code === "slotTaken");
    expect(ok).toHaveLength(1);
    expect(taken).toHaveLength(49);
    for (const r of taken) {
      if (r.ok || r.code !== "slotTaken") throw new Error("unreachable");
      expect(r.alternatives.map((a) => a.id)).toContain(spare.id);
      expect(r.alternatives.map((a) => a.id)).not.toContain(slot.id);
    }
    expect(await db.consultationRequest.count({ where: { slotId: slot.id } })).toBe(1);
    // the losers left nothing behind: one request, one reference number used
    expect(await db.consultationRequest.count({ where: { email: { endsWith: "@example.lv" } } })).toBe(1);
  });

  it("refuses past slots and slots less than 24 hours ahead", async () => {
    const past = await makeSlot(-2);
    const soon = await makeSlot(23);
    const blocked = await makeSlot(48, { status: "BLOCKED" });
    for (const slot of [past, soon]) {
      const r = await submitRequest(requestInput({ slotId: slot.id }), { ip: randomIp() });
      expect(r).toMatchObject({ ok: false, code: "slotUnavailable", reason: "tooSoon" });
    }
    expect(await submitRequest(requestInput({ slotId: blocked.id }), { ip: randomIp() })).toMatchObject({
      ok: false,
      reason: "blocked",
    });
    expect(await submitRequest(requestInput({ slotId: "nosuchslot" }), { ip: randomIp() })).toMatchObject({
      ok: false,
      reason: "notFound",
    });
  });

  it("stores the request and queues the mails in the same transaction", async () => {
    const before = await mailJobs();
    const slot = await makeSlot(50);
    const r = await submitRequest(requestInput({ slotId: slot.id }), { ip: randomIp() });
    if (!r.ok) throw new Error(`submit failed: ${r.code}`);
    expect(r.reference).toMatch(/^K-\d{4}-\d{4}$/);
    const stored = await db.consultationRequest.findUniqueOrThrow({
      where: { id: r.requestId },
      include: { events: true },
    });
    expect(stored.events.map((e) => e.kind).sort()).toEqual(["booked", "created"]);
    // confirmation + consultant notification
    expect((await mailJobs()) - before).toBe(2);
  });

  it("gives unique, sequential reference numbers under 20 concurrent submissions", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submitRequest(requestInput(), { ip: randomIp() })),
    );
    const refs = results.map((r) => (r.ok ? r.reference : `failed:${r.code}`));
    expect(new Set(refs).size).toBe(20);
    const numbers = refs.map((ref) => Number(/^K-\d{4}-(\d{4})$/.exec(ref)?.[1])).sort((a, b) => a - b);
    expect(numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)).toBe(true);
    const year = Number(refs[0]!.slice(2, 6));
    const counter = await db.consultationReferenceCounter.findUniqueOrThrow({ where: { year } });
    expect(counter.last).toBe(numbers.at(-1));
  });
});

describe("spam and abuse", () => {
  it("refuses a filled honeypot and a form sent too fast, without storing anything", async () => {
    const before = await db.consultationRequest.count();
    expect(await submitRequest(requestInput({ website: "http://spam.example" }), { ip: randomIp() })).toEqual({
      ok: false,
      code: "spam",
    });
    expect(await submitRequest(requestInput({ renderedAt: Date.now() - 500 }), { ip: randomIp() })).toEqual({
      ok: false,
      code: "tooFast",
    });
    expect(await db.consultationRequest.count()).toBe(before);
  });

  it("refuses the 6th submission from one e-mail within an hour", async () => {
    const email = "busy.person@example.lv";
    for (let i = 0; i < 5; i++)
      expect((await submitRequest(requestInput({ email }), { ip: randomIp() })).ok).toBe(true);
    const sixth = await submitRequest(requestInput({ email }), { ip: randomIp() });
    expect(sixth).toMatchObject({ ok: false, code: "rateLimited" });
    if (!sixth.ok && sixth.code === "rateLimited") expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses the 6th submission from one IP address within an hour", async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i++) expect((await submitRequest(requestInput(), { ip })).ok).toBe(true);
    expect(await submitRequest(requestInput(), { ip })).toMatchObject({ ok: false, code: "rateLimited" });
  });

  it("checks vocabulary keys against the database", async () => {
    const r = await submitRequest(requestInput({ topics: ["funding", "not-a-topic"], stage: "nope" }), {
      ip: randomIp(),
    });
    expect(r).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { topics: ["consultations.errors.topicInvalid"], stage: ["consultations.errors.stageInvalid"] },
    });
  });
});

describe("self-service link", () => {
  it("works for its request only, moves the booking, and dies on cancel", async () => {
    const first = await makeSlot(30);
    const second = await makeSlot(31);
    const a = await submitRequest(requestInput({ slotId: first.id }), { ip: randomIp() });
    const b = await submitRequest(requestInput(), { ip: randomIp() });
    if (!a.ok || !b.ok) throw new Error("setup failed");

    expect((await viewRequest(a.token))?.reference).toBe(a.reference);
    // A's signature with B's id: refused
    const [, version, sig] = a.token.split(".");
    expect(await viewRequest(`${b.requestId}.${version}.${sig}`)).toBeNull();
    expect(await cancelRequest(`${b.requestId}.${version}.${sig}`)).toEqual({ ok: false, code: "invalidToken" });

    const moved = await moveRequest(a.token, second.id);
    expect(moved).toMatchObject({ ok: true, slot: { id: second.id } });
    expect((await listBookableSlots({ limit: 200 })).map((s) => s.id)).toContain(first.id);

    expect(await cancelRequest(a.token)).toEqual({ ok: true });
    expect(await viewRequest(a.token)).toBeNull();
    expect(await cancelRequest(a.token)).toEqual({ ok: false, code: "invalidToken" });
    expect(await moveRequest(a.token, first.id)).toEqual({ ok: false, code: "invalidToken" });
    // the slot is free again, and B's own link still works
    expect((await listBookableSlots({ limit: 200 })).map((s) => s.id)).toContain(second.id);
    expect((await viewRequest(b.token))?.reference).toBe(b.reference);
    const cancelled = await db.consultationRequest.findUniqueOrThrow({ where: { id: a.requestId } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", slotId: null });
    expect(cancelled.closedAt).not.toBeNull();
  });

  it("refuses to move onto a taken slot and offers alternatives", async () => {
    const slot = await makeSlot(40);
    const other = await makeSlot(41);
    const a = await submitRequest(requestInput({ slotId: slot.id }), { ip: randomIp() });
    const b = await submitRequest(requestInput({ slotId: other.id }), { ip: randomIp() });
    if (!a.ok || !b.ok) throw new Error("setup failed");
    const r = await moveRequest(b.token, slot.id);
    expect(r).toMatchObject({ ok: false, code: "slotTaken" });
  });
});
