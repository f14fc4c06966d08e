// The portal's iCalendar output read back by a calendar-parsing library
// (ical.js), checked against what RFC 5545 requires: VERSION and PRODID on
// the calendar; UID, DTSTAMP and DTSTART on every event (no METHOD, or
// PUBLISH); CRLF line ends and lines of at most 75 octets.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/ical";
import { parseRfc5545 } from "../support/ical";

const event = {
  uid: "req1@consultations.sikc",
  start: new Date("2026-03-30T07:00:00Z"),
  end: new Date("2026-03-30T08:00:00Z"),
  summary: "SIKC konsultācija K-2026-0001; istaba 2, Rīga",
  organizer: { email: "inovacija@sif.gov.lv", name: "SIKC" },
  attendees: [{ email: "anna@example.lv", name: 'Anna "Bērziņa"\r\nBcc: x@evil' }],
};

describe("iCalendar writer", () => {
  it("writes an invitation a calendar library reads back exactly, text escaped", () => {
    const ics = buildCalendar({ method: "REQUEST", events: [event], now: new Date("2026-11-23T10:00:00Z") });
    const { calendar, events } = parseRfc5545(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(events).toHaveLength(1);
    const vevent = new ICAL.Event(events[0]!);
    expect(vevent.uid).toBe("req1@consultations.sikc");
    expect(vevent.summary).toBe(event.summary);
    expect(vevent.startDate.toJSDate().toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(vevent.endDate.toJSDate().toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(events[0]!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-23T10:00:00Z");
    expect(events[0]!.getFirstPropertyValue("organizer")).toBe("mailto:inovacija@sif.gov.lv");
  });

  it("keeps a name from breaking out of its parameter or adding a property", () => {
    const ics = buildCalendar({ method: "REQUEST", events: [event] });
    const { events } = parseRfc5545(ics);
    const attendees = events[0]!.getAllProperties("attendee");
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0]!.getFirstValue()).toLowerCase()).toBe("mailto:anna@example.lv");
    expect(attendees[0]!.getParameter("cn")).not.toMatch(/["\r\n]/);
    expect(events[0]!.getAllProperties().map((p) => p.name)).not.toContain("bcc");
  });

  it("folds long lines at 75 octets without splitting a UTF-8 character", () => {
    const long = "ā".repeat(100);
    const ics = buildCalendar({ events: [{ ...event, summary: long }] });
    const { events } = parseRfc5545(ics);
    expect(new ICAL.Event(events[0]!).summary).toBe(long);
  });

  it("writes all-day events as dates and instants without an end", () => {
    const ics = buildCalendar({
      method: "PUBLISH",
      name: "Termiņi",
      events: [
        {
          uid: "a@calls.sikc",
          start: new Date(Date.UTC(2026, 11, 11)),
          end: new Date(Date.UTC(2026, 11, 12)),
          allDay: true,
          summary: "Termiņš",
        },
        { uid: "b@calls.sikc", start: new Date("2026-12-11T12:00:00Z"), summary: "Deadline 14:00" },
      ],
    });
    const { calendar, events } = parseRfc5545(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Termiņi");
    const day = new ICAL.Event(events[0]!);
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe("2026-12-11");
    expect(day.endDate.toString()).toBe("2026-12-12");
    expect(events[1]!.hasProperty("dtend")).toBe(false);
  });

  it("refuses an attendee address that is not an e-mail", () => {
    expect(() =>
      buildCalendar({ events: [{ ...event, attendees: [{ email: "x\r\nATTENDEE:mailto:y@z.lv" }] }] }),
    ).toThrow();
  });
});
