import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toRiga } from "@/lib/time/riga";
import { blockDay, createSlot, createWeeklySeries } from "@/lib/consultations/slot-admin";
import { ForbiddenError } from "@/lib/consultations/staff-guard";
import { consultantId } from "../support/consultations";

const actor = async () => ({ id: await consultantId(), role: "CONSULTANT" as const });

describe("consultants' slots", () => {
  it("keeps a weekly series at the same Riga wall-clock time across the March change", async () => {
    const r = await createWeeklySeries(await actor(), {
      date: "2027-03-15",
      time: "10:00",
      durationMin: 60,
      format: "online",
      weeks: 4,
    });
    expect(r).toMatchObject({ created: 4, skipped: [] });
    const slots = await db.consultationSlot.findMany({ where: { seriesId: r.seriesId }, orderBy: { startsAt: "asc" } });
    expect(slots.map((s) => toRiga(s.startsAt))).toEqual(
      ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05"].map((date) => ({ date, time: "10:00", year: 2027 })),
    );
    // UTC+2 before the last Sunday of March (28 March 2027), UTC+3 after
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(["08:00", "08:00", "07:00", "07:00"]);
  });

  it("keeps a weekly series at the same Riga wall-clock time across the October change (31 October 2027)", async () => {
    const r = await createWeeklySeries(await actor(), {
      date: "2027-10-20",
      time: "14:30",
      durationMin: 45,
      format: "phone",
      weeks: 3,
    });
    const slots = await db.consultationSlot.findMany({ where: { seriesId: r.seriesId }, orderBy: { startsAt: "asc" } });
    expect(slots.map((s) => toRiga(s.startsAt).time)).toEqual(["14:30", "14:30", "14:30"]);
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(["11:30", "11:30", "12:30"]);
  });

  it("skips a weekly date whose time does not exist (clocks go forward at 03:00)", async () => {
    const r = await createWeeklySeries(await actor(), {
      date: "2027-03-21",
      time: "03:30",
      durationMin: 30,
      format: "online",
      weeks: 2,
    });
    expect(r).toMatchObject({ created: 1, skipped: ["2027-03-28"] });
  });

  it("creates one-off slots and blocks a day except booked slots", async () => {
    const me = await actor();
    const morning = await createSlot(me, {
      date: "2027-06-01",
      time: "09:00",
      durationMin: 60,
      format: "in-person",
      location: "Rīga, Skolas iela 3",
    });
    const noon = await createSlot(me, { date: "2027-06-01", time: "12:00", durationMin: 60, format: "online" });
    const late = await createSlot(me, { date: "2027-06-01", time: "23:30", durationMin: 30, format: "online" });
    const nextDay = await createSlot(me, { date: "2027-06-02", time: "00:30", durationMin: 30, format: "online" });
    expect(morning.startsAt.toISOString()).toBe("2027-06-01T06:00:00.000Z");
    await db.consultationRequest.create({
      data: {
        reference: "K-2027-9999",
        name: "X",
        email: "x@example.lv",
        topics: ["funding"],
        description: "booked already for test",
        format: "online",
        language: "lv",
        slotId: noon.id,
      },
    });
    expect(await blockDay(me, { date: "2027-06-01" })).toEqual({ blocked: 2, keptBooked: 1 });
    const statuses = await db.consultationSlot.findMany({
      where: { id: { in: [morning.id, noon.id, late.id, nextDay.id] } },
      select: { id: true, status: true },
    });
    const by = new Map(statuses.map((s) => [s.id, s.status]));
    expect([by.get(morning.id), by.get(noon.id), by.get(late.id), by.get(nextDay.id)]).toEqual([
      "BLOCKED",
      "OPEN",
      "BLOCKED",
      "OPEN",
    ]);
  });

  it("refuses editors and unknown formats", async () => {
    const editor = { id: "x", role: "EDITOR" as const };
    await expect(
      createSlot(editor, { date: "2027-06-01", time: "09:00", durationMin: 60, format: "online" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createSlot(await actor(), { date: "2027-06-03", time: "09:00", durationMin: 60, format: "telepathy" }),
    ).rejects.toThrow(/format/);
  });
});
