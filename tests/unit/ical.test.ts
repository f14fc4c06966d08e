import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "@/lib/ical";

const event = {
  uid: "req1@consultations.sikc",
  start: new Date("2026-03-30T07:00:00Z"),
  end: new Date("2026-03-30T08:00:00Z"),
  summary: "SIKC konsultācija K-2026-0001",
  organizer: { email: "inovacija@sif.gov.lv", name: "SIKC" },
  attendees: [{ email: "anna@example.lv", name: 'Anna "Bērziņa"\r\nBcc: x@evil' }],
};

describe("iCalendar writer", () => {
  it("escapes backslash, semicolon, comma and newlines in TEXT values", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("writes UTC times with Z", () => {
    expect(formatUtc(new Date("2026-10-25T01:30:05.123Z"))).toBe("20261025T013005Z");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"ā".repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });

  it("builds a REQUEST with UID, DTSTAMP, ORGANIZER and ATTENDEE, CRLF-terminated", () => {
    const ics = buildCalendar({ method: "REQUEST", events: [event], now: new Date("2026-11-23T10:00:00Z") });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("METHOD:REQUEST\r\n");
    expect(unfolded).toContain("UID:req1@consultations.sikc\r\n");
    expect(unfolded).toContain("DTSTAMP:20261123T100000Z\r\n");
    expect(unfolded).toContain("DTSTART:20260330T070000Z\r\n");
    expect(unfolded).toContain('ORGANIZER;CN="SIKC":mailto:inovacija@sif.gov.lv\r\n');
    // a name cannot break out of its parameter or start a new line
    expect(unfolded).toMatch(
      /ATTENDEE;CN="Anna  Bērziņa   Bcc: x@evil";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:anna@example.lv\r\n/,
    );
    expect(unfolded.split("\r\n")[0]).toBe("BEGIN:VCALENDAR");
  });

  it("refuses an attendee address that is not an e-mail", () => {
    expect(() =>
      buildCalendar({ events: [{ ...event, attendees: [{ email: "x\r\nATTENDEE:mailto:y@z.lv" }] }] }),
    ).toThrow();
  });
});
