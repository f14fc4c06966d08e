// The one shape every outgoing mail takes, validated before it is queued and
// again before it is sent. User text only ever reaches headers through here.
import crypto from "node:crypto";
import { z } from "zod";

/** Collapses CR, LF and other control characters: no header can be injected. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
}

const ZAddress = z.object({
  address: z.email().max(320),
  // display names are user text (the requester's name): sanitised here, and
  // encoded as an RFC 2047 word when written, never raw into the header
  name: z.string().max(200).transform(headerSafe).optional(),
});
export type MailAddress = z.input<typeof ZAddress>;

// A bare address string is accepted too (sign-in links), normalised to a list.
const ZRecipients = z
  .union([z.email().max(320), ZAddress, z.array(z.union([z.email().max(320), ZAddress])).min(1).max(50)])
  .transform((v) => (Array.isArray(v) ? v : [v]).map((a) => (typeof a === "string" ? { address: a } : a)));

export const ZMailMessage = z.object({
  to: ZRecipients,
  replyTo: ZAddress.optional(),
  subject: z.string().min(1).max(300).transform(headerSafe),
  text: z.string().max(100_000),
  html: z.string().max(200_000).optional(),
  /** An iCalendar invitation, sent both inline (text/calendar) and as invite.ics. */
  ical: z
    .object({ method: z.enum(["REQUEST", "CANCEL", "PUBLISH"]), content: z.string().max(50_000) })
    .optional(),
  /** Free-form tag for logs and the dev mailbox, e.g. "consultation.confirmation". */
  tag: z.string().max(100).regex(/^[a-z0-9._-]+$/).optional(),
});
export type MailMessage = z.input<typeof ZMailMessage>;
export type ParsedMailMessage = z.output<typeof ZMailMessage>;

const encodeWord = (v: string) => (/^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v, "utf8").toString("base64")}?=`);
const formatAddress = (a: { address: string; name?: string }) =>
  a.name ? `${encodeWord(`"${a.name.replace(/["\\]/g, "")}"`)} <${a.address}>` : a.address;
const base64Body = (v: string) => (Buffer.from(v, "utf8").toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");

/**
 * A minimal synchronous RFC 5322 rendering (text part, optional iCalendar
 * part) for callers that write a file directly. The queued path renders with
 * nodemailer instead (lib/mail/transport.ts).
 */
export function toEml(message: ParsedMailMessage, from = "SIKC <inovacija@sif.gov.lv>", now = new Date()): string {
  const boundary = `sikc-${crypto.randomBytes(8).toString("hex")}`;
  const head = [
    `From: ${headerSafe(from)}`,
    `To: ${message.to.map(formatAddress).join(", ")}`,
    ...(message.replyTo ? [`Reply-To: ${formatAddress(message.replyTo)}`] : []),
    `Subject: ${encodeWord(message.subject)}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${crypto.randomUUID()}@sikc.local>`,
    ...(message.tag ? [`X-SIKC-Tag: ${message.tag}`] : []),
    "MIME-Version: 1.0",
  ];
  const textPart = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", base64Body(message.text)];
  if (!message.ical) return [...head, ...textPart].join("\r\n") + "\r\n";
  const icalPart = [
    `Content-Type: text/calendar; charset=utf-8; method=${message.ical.method}; name=invite.ics`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(message.ical.content),
  ];
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    ...textPart,
    `--${boundary}`,
    ...icalPart,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
