// A call's status as a person in Latvia reads it: "closes today" by the Riga
// clock (UTC+2 in winter, UTC+3 in summer), not by UTC or the server's zone;
// rolling calls show their current submission round.
import { describe, expect, it } from "vitest";
import { callTiming, currentRound, daysBetween, deadlineDay } from "@/lib/funding/status";

// The seed's and the staff form's "closes on 11 December": the last second of that day in Riga (UTC+2).
const closesAt = new Date("2026-12-11T21:59:59Z");
const call = { opensAt: new Date("2026-11-01T22:00:00Z"), closesAt, rolling: null };
const at = (iso: string) => callTiming(call, new Date(iso));

describe("closing today, by the Riga clock", () => {
  it("is 'closes today' from Riga midnight, while UTC still says the day before", () => {
    // 00:30 in Riga on 11 December is 22:30 UTC on 10 December.
    expect(at("2026-12-10T22:30:00Z")).toMatchObject({ status: "open", phase: "closes-today", daysLeft: 0 });
    // 23:30 the evening before, in Riga: one day left.
    expect(at("2026-12-10T21:30:00Z")).toMatchObject({ phase: "closing-soon", daysLeft: 1 });
  });

  it("stays 'closes today' until the last second of the day in Riga", () => {
    expect(at("2026-12-11T21:30:00Z")).toMatchObject({ phase: "closes-today" }); // 23:30 Riga
    expect(at("2026-12-11T21:59:59Z")).toMatchObject({ phase: "closes-today" }); // 23:59:59 Riga
  });

  it("is closed after midnight in Riga, though it is still 11 December in UTC", () => {
    expect(at("2026-12-11T22:00:30Z")).toMatchObject({ status: "closed", phase: "closed", daysLeft: null });
  });

  it("uses summer time (UTC+3) in summer", () => {
    const summer = { opensAt: null, closesAt: new Date("2026-06-30T20:59:59Z"), rolling: null }; // 30 June 23:59:59 Riga
    expect(callTiming(summer, new Date("2026-06-29T21:30:00Z"))).toMatchObject({ phase: "closes-today" }); // 00:30
    expect(callTiming(summer, new Date("2026-06-29T20:30:00Z"))).toMatchObject({ phase: "closing-soon" }); // 23:30 the day before
    expect(callTiming(summer, new Date("2026-06-30T21:00:01Z")).phase).toBe("closed");
  });

  it("closes at a stated time of day, not at midnight, when staff gave one", () => {
    const noon = { opensAt: null, closesAt: new Date("2026-12-11T10:00:00Z"), rolling: null }; // 12:00 Riga
    expect(callTiming(noon, new Date("2026-12-11T09:59:00Z")).phase).toBe("closes-today");
    expect(callTiming(noon, new Date("2026-12-11T10:00:01Z")).phase).toBe("closed");
  });
});

describe("phases", () => {
  it("upcoming before it opens, open with more than 14 days left, closing soon within 14", () => {
    expect(at("2026-10-30T10:00:00Z")).toMatchObject({ status: "upcoming", phase: "upcoming", daysLeft: 42 });
    expect(at("2026-11-26T10:00:00Z")).toMatchObject({ status: "open", phase: "open", daysLeft: 15 });
    expect(at("2026-11-27T10:00:00Z")).toMatchObject({ status: "open", phase: "closing-soon", daysLeft: 14 });
  });

  it("a call without dates or schedule is closed (a past call kept for the record)", () => {
    expect(callTiming({ opensAt: null, closesAt: null, rolling: null }, new Date())).toMatchObject({
      status: "closed",
      deadline: null,
    });
  });

  it("a deadline at exactly midnight belongs to the day before", () => {
    expect(deadlineDay(new Date("2026-12-11T22:00:00Z"))).toBe("2026-12-11");
    expect(daysBetween("2026-12-29", "2027-01-02")).toBe(4);
  });
});

describe("rolling calls", () => {
  it("quarterly: the current round is the Riga quarter, open but not 'closing'", () => {
    const quarterly = { opensAt: null, closesAt: null, rolling: "quarterly" };
    // 31 December 23:30 in Riga is still the fourth quarter there (UTC: 21:30).
    const t = callTiming(quarterly, new Date("2026-12-31T21:30:00Z"));
    expect(t).toMatchObject({ status: "open", phase: "open", schedule: "quarterly", daysLeft: 0 });
    expect(t.round).toEqual({ start: new Date("2026-09-30T21:00:00Z"), end: new Date("2026-12-31T22:00:00Z") });
    // 00:30 on 1 January in Riga is the next quarter, though UTC is still in December.
    expect(currentRound(quarterly, new Date("2026-12-31T22:30:00Z"))).toEqual({
      start: new Date("2026-12-31T22:00:00Z"),
      end: new Date("2027-03-31T21:00:00Z"), // 1 April 00:00 Riga, summer time
    });
  });

  it("the first round of a scheme that has not opened starts on its opening day", () => {
    const later = { opensAt: new Date("2027-02-14T22:00:00Z"), closesAt: null, rolling: "half-yearly" };
    const t = callTiming(later, new Date("2026-12-01T10:00:00Z"));
    expect(t.status).toBe("upcoming");
    expect(t.round).toEqual({ start: later.opensAt, end: new Date("2027-06-30T21:00:00Z") });
  });

  it("a round never runs past the scheme's own closing date, which then counts as closing", () => {
    const ending = { opensAt: null, closesAt: new Date("2026-12-04T21:59:59Z"), rolling: "monthly" };
    const t = callTiming(ending, new Date("2026-12-01T10:00:00Z"));
    expect(t.round?.end).toEqual(ending.closesAt);
    expect(t).toMatchObject({ phase: "closing-soon", daysLeft: 3 });
  });

  it("continuous calls have no round and no deadline", () => {
    expect(callTiming({ opensAt: null, closesAt: null, rolling: "continuous" }, new Date())).toMatchObject({
      status: "open",
      phase: "open",
      round: null,
      deadline: null,
    });
  });
});
