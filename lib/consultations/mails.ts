// The consultation mails, in the requester's interface language. Texts live
// here (not in messages/) because they are rendered by the worker-facing
// server code, never by a page. User text goes only into bodies and, via
// lib/mail/message.ts, into sanitised and encoded display names.
import { env } from "@/lib/env";
import { buildCalendar } from "@/lib/ical";
import type { MailMessage } from "@/lib/mail/message";
import { formatRiga } from "@/lib/time/riga";
import type { SlotSummary } from "./slots";
import type { Locale } from "@/lib/i18n/routing";
import { toLocale } from "@/lib/i18n/locale-schema";

export type MailRequest = {
  id: string;
  reference: string;
  name: string;
  email: string;
  locale: string;
  topics: string[];
  format: string;
};

export type Staff = { email: string; name: string | null };

const loc = (r: MailRequest): Locale => toLocale(r.locale);

/** The self-service page the UI serves at /[locale]/consultations/manage?token=… */
function selfServiceUrl(token: string, locale: Locale): string {
  const prefix = locale === "en" ? "/en" : "";
  return new URL(`${prefix}/consultations/manage?token=${encodeURIComponent(token)}`, env.PUBLIC_URL).toString();
}

const adminRequestUrl = (id: string) => new URL(`/admin/consultations/${id}`, env.PUBLIC_URL).toString();

const organizer = () => {
  const m = /<([^>]+)>/.exec(env.MAIL_FROM);
  return { email: (m?.[1] ?? env.MAIL_FROM).trim(), name: "SIKC" };
};

/** One UID per request, so a moved or cancelled booking updates the same calendar entry. */
function invitation(r: MailRequest, slot: SlotSummary, method: "REQUEST" | "CANCEL", sequence: number): string {
  const summary = loc(r) === "lv" ? `SIKC konsultācija ${r.reference}` : `SIKC consultation ${r.reference}`;
  return buildCalendar({
    method,
    events: [
      {
        uid: `${r.id}@consultations.sikc`,
        sequence,
        start: slot.startsAt,
        end: new Date(slot.startsAt.getTime() + slot.durationMin * 60_000),
        summary,
        location: slot.location ?? slot.meetingUrl ?? undefined,
        url: slot.meetingUrl ?? undefined,
        status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
        organizer: organizer(),
        attendees: [{ email: r.email, name: r.name }],
      },
    ],
  });
}

function slotLines(slot: SlotSummary | null, l: Locale): string[] {
  if (!slot)
    return [l === "lv" ? "Mēs ar jums sazināsimies, lai vienotos par laiku." : "We will contact you to agree a time."];
  const where = slot.meetingUrl ?? slot.location;
  return [
    `${l === "lv" ? "Laiks" : "Time"}: ${formatRiga(slot.startsAt, l)} (${l === "lv" ? "Rīgas laiks" : "Riga time"}), ${slot.durationMin} min`,
    ...(where ? [`${l === "lv" ? "Vieta" : "Where"}: ${where}`] : []),
  ];
}

export function confirmationMail(r: MailRequest, slot: SlotSummary | null, token: string): MailMessage {
  const l = loc(r);
  const text = [
    l === "lv" ? `Labdien, ${r.name}!` : `Hello ${r.name},`,
    "",
    l === "lv"
      ? `Paldies! Jūsu konsultācijas pieteikums ir saņemts. Atsauces numurs: ${r.reference}.`
      : `Thank you. We have received your consultation request. Reference: ${r.reference}.`,
    ...slotLines(slot, l),
    "",
    l === "lv" ? "Skatīt, pārcelt vai atcelt pieteikumu:" : "View, move or cancel your request:",
    selfServiceUrl(token, l),
    "",
    l === "lv"
      ? "Sabiedrības integrācijas fonds, Sociālo inovāciju kompetences centrs"
      : "Society Integration Foundation, Social Innovation Competence Centre",
  ].join("\n");
  return {
    to: [{ address: r.email, name: r.name }],
    subject:
      l === "lv" ? `Konsultācijas pieteikums ${r.reference} saņemts` : `Consultation request ${r.reference} received`,
    text,
    ical: slot ? { method: "REQUEST", content: invitation(r, slot, "REQUEST", 0) } : undefined,
    tag: "consultation.confirmation",
  };
}

export function movedMail(r: MailRequest, slot: SlotSummary, token: string, sequence: number): MailMessage {
  const l = loc(r);
  return {
    to: [{ address: r.email, name: r.name }],
    subject: l === "lv" ? `Konsultācija ${r.reference} pārcelta` : `Consultation ${r.reference} moved`,
    text: [
      l === "lv" ? `Jūsu konsultācija ${r.reference} ir pārcelta.` : `Your consultation ${r.reference} has been moved.`,
      ...slotLines(slot, l),
      "",
      selfServiceUrl(token, l),
    ].join("\n"),
    ical: { method: "REQUEST", content: invitation(r, slot, "REQUEST", sequence) },
    tag: "consultation.moved",
  };
}

export function cancelledMail(r: MailRequest, slot: SlotSummary | null, sequence: number): MailMessage {
  const l = loc(r);
  return {
    to: [{ address: r.email, name: r.name }],
    subject:
      l === "lv" ? `Konsultācijas pieteikums ${r.reference} atcelts` : `Consultation request ${r.reference} cancelled`,
    text:
      l === "lv"
        ? `Jūsu konsultācijas pieteikums ${r.reference} ir atcelts.`
        : `Your consultation request ${r.reference} has been cancelled.`,
    ical: slot ? { method: "CANCEL", content: invitation(r, slot, "CANCEL", sequence) } : undefined,
    tag: "consultation.cancelled",
  };
}

/** To consultants: what and when, not the description (they read it in the inbox, behind sign-in). */
export function staffNotificationMail(
  r: MailRequest,
  slot: SlotSummary | null,
  staff: Staff[],
  what: "new" | "moved" | "cancelled",
): MailMessage | null {
  if (staff.length === 0) return null;
  const heading = {
    new: "Jauns konsultācijas pieteikums / New consultation request",
    moved: "Konsultācija pārcelta / Consultation moved",
    cancelled: "Pieteikums atcelts / Request cancelled",
  }[what];
  return {
    to: staff.map((s) => ({ address: s.email, name: s.name ?? undefined })),
    subject: `${r.reference}: ${heading}`,
    text: [
      heading,
      "",
      `${r.reference}`,
      `Topics: ${r.topics.join(", ")}`,
      `Format: ${r.format}`,
      ...slotLines(slot, "lv"),
      "",
      adminRequestUrl(r.id),
    ].join("\n"),
    tag: `consultation.staff.${what}`,
  };
}
