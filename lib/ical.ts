// A small RFC 5545 writer: enough for meeting invitations (METHOD:REQUEST /
// CANCEL) and public event feeds. Pure, so the form, mails and feeds share it.
import { z } from "zod";

type IcalPerson = { email: string; name?: string };

type IcalEvent = {
  uid: string;
  /** Bumped on every change of the same event, so calendars replace it. */
  sequence?: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: IcalPerson;
  attendees?: IcalPerson[];
  status?: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
};

export type IcalCalendar = {
  prodId?: string;
  method?: "REQUEST" | "CANCEL" | "PUBLISH";
  events: IcalEvent[];
  /** DTSTAMP; injectable so output is reproducible in tests. */
  now?: Date;
};

const ZEmail = z.email();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash first, then ; , and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** UTC DATE-TIME form, e.g. 20261123T101500Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one
 * space. Splits on code points, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // the first line may hold 75 octets; continuation lines 74 plus the leading space
    const max = parts.length === 0 ? 75 : 74;
    if (octets + size > max) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

// Parameter values (CN) cannot be escaped, only quoted: drop quotes and control characters.
const paramValue = (value: string) => `"${value.replace(/["\r\n\t\u0000-\u001f]/g, " ").trim()}"`;

function person(property: string, p: IcalPerson, extra = ""): string {
  const email = ZEmail.parse(p.email);
  const cn = p.name ? `;CN=${paramValue(p.name)}` : "";
  return `${property}${cn}${extra}:mailto:${email}`;
}

export function buildCalendar(calendar: IcalCalendar): string {
  const now = calendar.now ?? new Date();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId ?? "-//SIKC//Consultations//LV"}`,
    "CALSCALE:GREGORIAN",
  ];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `SEQUENCE:${event.sequence ?? 0}`,
      `DTSTAMP:${formatUtc(now)}`,
      `DTSTART:${formatUtc(event.start)}`,
      `DTEND:${formatUtc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    if (event.organizer) lines.push(person("ORGANIZER", event.organizer));
    for (const attendee of event.attendees ?? []) {
      lines.push(person("ATTENDEE", attendee, ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE"));
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
