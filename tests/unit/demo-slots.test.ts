// The demo consultation times the seed publishes: relative to the day it runs,
// working days only, office hours in Riga whatever the season.
import { describe, expect, it } from "vitest";
import { toRiga } from "@/lib/time/riga";
import { demoSlotTimes } from "../../prisma/seed/slots";

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("demo consultation times", () => {
  it("cover the working days of the next four weeks, from tomorrow, at 10, 11, 14 and 15 o'clock in Riga", () => {
    const now = new Date("2026-12-06T10:00:00Z"); // a Sunday
    const slots = demoSlotTimes(now);
    expect(slots).toHaveLength(20 * 4);
    for (const slot of slots) {
      const { date, time } = toRiga(slot.startsAt);
      expect([1, 2, 3, 4, 5]).toContain(weekday(date));
      expect(["10:00", "11:00", "14:00", "15:00"]).toContain(time);
      expect(slot.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(slot.startsAt.getTime() - now.getTime()).toBeLessThan(29 * 86_400_000);
    }
    expect(toRiga(slots[0]!.startsAt).date).toBe("2026-12-07");
  });

  it("keep Riga wall-clock hours across the change to summer time", () => {
    const slots = demoSlotTimes(new Date("2027-03-20T08:00:00Z"));
    const around = slots.filter((s) => ["2027-03-26", "2027-03-29"].includes(toRiga(s.startsAt).date));
    expect(around.map((s) => toRiga(s.startsAt).time)).toEqual([
      "10:00",
      "11:00",
      "14:00",
      "15:00",
      "10:00",
      "11:00",
      "14:00",
      "15:00",
    ]);
    // the UTC instants moved by an hour: +2 before, +3 after
    expect(around[0]!.startsAt.toISOString()).toBe("2027-03-26T08:00:00.000Z");
    expect(around[4]!.startsAt.toISOString()).toBe("2027-03-29T07:00:00.000Z");
  });

  it("offer every format", () => {
    expect(new Set(demoSlotTimes(new Date("2026-12-06T10:00:00Z")).map((s) => s.format))).toEqual(
      new Set(["online", "in-person", "phone"]),
    );
  });
});
