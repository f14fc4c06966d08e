// Reads iCalendar output back with a calendar-parsing library (ical.js) and
// checks what RFC 5545 requires: VERSION and PRODID on the calendar; UID,
// DTSTAMP and DTSTART on every event; CRLF line ends and lines of at most 75 octets.
import ICAL from "ical.js";
import { expect } from "vitest";

/** Parses and checks the calendar-level and event-level properties RFC 5545 requires. */
export function parseRfc5545(ics: string) {
  expect(ics.endsWith("\r\n")).toBe(true);
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toMatch(/\S/);
  const events = calendar.getAllSubcomponents("vevent");
  for (const vevent of events) {
    expect(vevent.getFirstPropertyValue("uid")).toMatch(/\S/);
    expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(vevent.getFirstPropertyValue("dtstart")).toBeTruthy();
    // DTEND and DURATION are alternatives, never both (§3.6.1)
    expect(vevent.hasProperty("dtend") && vevent.hasProperty("duration")).toBe(false);
  }
  return { calendar, events };
}
