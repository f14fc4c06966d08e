// The portal's one way of writing iCalendar (RFC 5545): consultation
// invitations (METHOD:REQUEST / CANCEL), the funding deadlines calendar and a
// call's single-event file, all through ical-generator, which escapes text,
// folds lines at 75 octets and writes CRLF. Pure, so mails, feeds and tests
// share it.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { z } from "zod";

type IcalPerson = { email: string; name?: string };

type IcalEvent = {
  uid: string;
  /** Bumped on every change of the same event, so calendars replace it. */
  sequence?: number;
  start: Date;
  /** Omitted: an instant (a deadline). For an all-day event, the day after the last day. */
  end?: Date;
  /** A date-only event: `start` and `end` are read as calendar dates (UTC fields). */
  allDay?: boolean;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: IcalPerson;
  attendees?: IcalPerson[];
  status?: "CONFIRMED" | "CANCELLED" | "TENTATIVE";
  /** When the event was last changed (LAST-MODIFIED). */
  lastModified?: Date;
};

export type IcalCalendar = {
  /** PRODID; defaults to the portal's. */
  prodId?: { company: string; product: string; language: string };
  method?: "REQUEST" | "CANCEL" | "PUBLISH";
  /** X-WR-CALNAME: what a subscribing calendar app calls it. */
  name?: string;
  description?: string;
  /** The calendar's own address (URL, SOURCE). */
  url?: string;
  /** How often a subscriber should refresh, in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  ttl?: number;
  events: IcalEvent[];
  /** DTSTAMP; injectable so output is reproducible in tests. */
  now?: Date;
};

const ZEmail = z.email();

// Parameter values (CN) cannot be escaped, only quoted: drop quotes and control characters.
const paramValue = (value: string) => value.replace(/["\r\n\t\u0000-\u001f]/g, " ").trim();

const person = (p: IcalPerson) => ({ email: ZEmail.parse(p.email), name: p.name ? paramValue(p.name) : undefined });

const METHODS = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
} as const;
const STATUSES = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
} as const;

export function buildCalendar(calendar: IcalCalendar): string {
  const now = calendar.now ?? new Date();
  const cal = ical({
    prodId: calendar.prodId ?? { company: "SIKC", product: "Portal", language: "LV" },
    ...(calendar.method ? { method: METHODS[calendar.method] } : {}),
    ...(calendar.name ? { name: calendar.name } : {}),
    ...(calendar.description ? { description: calendar.description } : {}),
    ...(calendar.url ? { url: calendar.url, source: calendar.url } : {}),
    ...(calendar.ttl ? { ttl: calendar.ttl } : {}),
    scale: "GREGORIAN",
  });
  for (const event of calendar.events) {
    const organizer = event.organizer ? person(event.organizer) : undefined;
    cal.createEvent({
      id: event.uid,
      sequence: event.sequence ?? 0,
      stamp: now,
      start: event.start,
      ...(event.end ? { end: event.end } : {}),
      ...(event.allDay ? { allDay: true } : {}),
      summary: event.summary,
      ...(event.description ? { description: event.description } : {}),
      ...(event.location ? { location: event.location } : {}),
      ...(event.url ? { url: event.url.replace(/[\r\n]/g, "") } : {}),
      ...(event.status ? { status: STATUSES[event.status] } : {}),
      ...(event.lastModified ? { lastModified: event.lastModified } : {}),
      ...(organizer ? { organizer: { email: organizer.email, name: organizer.name ?? organizer.email } } : {}),
      attendees: (event.attendees ?? []).map((a) => ({
        ...person(a),
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      })),
    });
  }
  // RFC 5545 §3.1: every content line ends in CRLF, the last one too.
  const text = cal.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
