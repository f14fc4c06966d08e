// Staff inputs on consultation requests: one schema per form, shared by the
// server action (authoritative parse) and the integration tests. Messages are
// i18n keys under "inbox.errors.*", shown next to the field.
import type { FieldErrors } from "@/lib/forms/state";
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { STATUSES } from "./transitions";

const E = (key: string) => `inbox.errors.${key}`;
const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const ZId = plainText(E("controlCharacters"), { error: E("notFound") })
  .trim()
  .regex(/^[a-z0-9]{1,64}$/i, { error: E("notFound") });
const optionalId = (error: string) =>
  z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .regex(/^[a-z0-9]{1,64}$/i, { error: E(error) })
      .optional(),
  );

export const ZStatusChange = z.object({
  requestId: ZId,
  status: z.enum(STATUSES, { error: E("statusRequired") }),
  comment: z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .max(2000, { error: E("commentTooLong") })
      .optional(),
  ),
});

export const ZAssignment = z.object({
  requestId: ZId,
  /** Empty = nobody. */
  assigneeId: optionalId("assigneeInvalid"),
});

export const ZNote = z.object({
  requestId: ZId,
  body: plainText(E("controlCharacters"), { error: E("noteRequired") })
    .trim()
    .min(1, { error: E("noteRequired") })
    .max(4000, { error: E("noteTooLong") }),
});

export const ZReply = z.object({
  requestId: ZId,
  // a subject becomes a mail header: a line break there is how header injection starts
  subject: plainText(E("controlCharacters"), { error: E("subjectRequired") })
    .trim()
    .min(3, { error: E("subjectRequired") })
    .max(200, { error: E("subjectTooLong") })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") }),
  body: plainText(E("controlCharacters"), { error: E("bodyRequired") })
    .trim()
    .min(10, { error: E("bodyTooShort") })
    .max(10_000, { error: E("bodyTooLong") }),
});

export const ZReferral = z.object({
  requestId: ZId,
  organisationId: plainText(E("controlCharacters"), { error: E("organisationRequired") })
    .trim()
    .regex(/^[a-z0-9]{1,64}$/i, { error: E("organisationRequired") }),
  contactId: optionalId("contactInvalid"),
  email: z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .toLowerCase()
      .max(320, { error: E("emailInvalid") })
      .pipe(z.email({ error: E("emailInvalid") }))
      .optional(),
  ),
  message: plainText(E("controlCharacters"), { error: E("messageRequired") })
    .trim()
    .min(10, { error: E("messageTooShort") })
    .max(4000, { error: E("messageTooLong") }),
});

export const ZRequesterEmail = z.object({
  email: plainText(E("controlCharacters"), { error: E("emailInvalid") })
    .trim()
    .toLowerCase()
    .max(320, { error: E("emailInvalid") })
    .pipe(z.email({ error: E("emailInvalid") })),
});

export const ZErase = ZRequesterEmail.extend({
  confirm: z.preprocess((v) => v === true || v === "on", z.literal(true, { error: E("confirmRequired") })),
});

export const formError = (key: string): FieldErrors => ({ form: [E(key)] });
