import { describe, expect, it } from "vitest";
import { addDays, rigaDayRange, rigaToUtc, toRiga } from "@/lib/time/riga";

describe("Riga wall-clock time", () => {
  it("converts winter (UTC+2) and summer (UTC+3) times", () => {
    expect(rigaToUtc("2026-03-22", "10:00")?.toISOString()).toBe("2026-03-22T08:00:00.000Z");
    expect(rigaToUtc("2026-03-29", "10:00")?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(rigaToUtc("2026-10-25", "10:00")?.toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("returns null for the hour skipped on the last Sunday of March", () => {
    expect(rigaToUtc("2026-03-29", "03:30")).toBeNull();
  });

  it("has 23- and 25-hour days at the changes", () => {
    const spring = rigaDayRange("2026-03-29");
    const autumn = rigaDayRange("2026-10-25");
    expect((spring.end.getTime() - spring.start.getTime()) / 3600_000).toBe(23);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3600_000).toBe(25);
  });

  it("does calendar arithmetic and reads instants back", () => {
    expect(addDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(toRiga(new Date("2026-12-31T22:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30", year: 2027 });
  });
});
