// The one shape every outgoing mail takes, validated before it is queued and
// again before it is sent. User text only ever reaches headers through here.
import { z } from "zod";

/** Collapses CR, LF and other control characters: no header can be injected. */
export function headerSafe(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ZAddress = z.object({
  address: z.email().max(320),
  // display names are user text (the requester's name): sanitised here, and
  // encoded as an RFC 2047 word when written, never raw into the header
  name: z.string().max(200).transform(headerSafe).optional(),
});

// A bare address string is accepted too (sign-in links), normalised to a list.
const ZRecipients = z
  .union([
    z.email().max(320),
    ZAddress,
    z
      .array(z.union([z.email().max(320), ZAddress]))
      .min(1)
      .max(50),
  ])
  .transform((v) => (Array.isArray(v) ? v : [v]).map((a) => (typeof a === "string" ? { address: a } : a)));

export const ZMailMessage = z.object({
  to: ZRecipients,
  replyTo: ZAddress.optional(),
  subject: z.string().min(1).max(300).transform(headerSafe),
  text: z.string().max(100_000),
  html: z.string().max(200_000).optional(),
  /** An iCalendar invitation, sent both inline (text/calendar) and as invite.ics. */
  ical: z.object({ method: z.enum(["REQUEST", "CANCEL", "PUBLISH"]), content: z.string().max(50_000) }).optional(),
  /** Free-form tag for logs and the dev mailbox, e.g. "consultation.confirmation". */
  tag: z
    .string()
    .max(100)
    .regex(/^[a-z0-9._-]+$/)
    .optional(),
});
export type MailMessage = z.input<typeof ZMailMessage>;
export type ParsedMailMessage = z.output<typeof ZMailMessage>;
