// The one schema of a consultation request, shared by the form (client-side
// hints), write.ts (authoritative parse) and the API docs. Messages are i18n
// keys under "consultations.errors.*" so the form shows them in the person's
// language next to the field. Vocabulary membership (topics, stage…) is
// checked against Term on the server (vocabulary.ts): the list is staff-editable.
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";

const E = (key: string) => `consultations.errors.${key}`;

// Shown as header-like text (mail display name, subject): a newline there is
// never legitimate and is how header injection starts.
const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The value of the "contact me to agree a time" choice in the slot picker. */
export const CONTACT_ME = "contact-me";

// HTML checkboxes post "on" (or nothing); JSON callers send booleans.
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const vocabKey = (error: string) =>
  plainText(E("controlCharacters"), { error: E(error) })
    .trim()
    .regex(KEY, { error: E(error) });
const optionalKey = (error: string) => z.preprocess(emptyToUndefined, vocabKey(error).optional());

export const ZConsultationRequestInput = z.object({
  name: plainText(E("controlCharacters"), { error: E("nameRequired") })
    .trim()
    .min(2, { error: E("nameTooShort") })
    .max(200, { error: E("nameTooLong") })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") }),
  email: plainText(E("controlCharacters"), { error: E("emailRequired") })
    .trim()
    .toLowerCase()
    .max(320, { error: E("emailInvalid") })
    .pipe(z.email({ error: E("emailInvalid") })),
  phone: z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .regex(/^\+?[0-9 ()-]{6,30}$/, { error: E("phoneInvalid") })
      .optional(),
  ),
  organisationName: z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .max(200, { error: E("organisationNameTooLong") })
      .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") })
      .optional(),
  ),
  organisationType: optionalKey("organisationTypeInvalid"),
  topics: z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z
      .array(vocabKey("topicInvalid"), { error: E("topicsRequired") })
      .min(1, { error: E("topicsRequired") })
      .max(20, { error: E("topicInvalid") })
      .transform((t) => [...new Set(t)]),
  ),
  stage: optionalKey("stageInvalid"),
  theme: optionalKey("themeInvalid"),
  region: optionalKey("regionInvalid"),
  description: plainText(E("controlCharacters"), { error: E("descriptionRequired") })
    .trim()
    .min(20, { error: E("descriptionTooShort") })
    .max(4000, { error: E("descriptionTooLong") }),
  format: vocabKey("formatRequired"),
  language: z.enum(["lv", "en"], { error: E("languageInvalid") }),
  /** The interface language, for the mails; may differ from the consultation language. */
  locale: z.enum(["lv", "en"]).default("lv"),
  /** A slot id, or CONTACT_ME. */
  slotId: plainText(E("controlCharacters"), { error: E("slotRequired") })
    .trim()
    .regex(/^[a-z0-9-]{1,64}$/i, { error: E("slotRequired") }),
  privacyAcknowledged: checkbox.refine((v) => v, { error: E("privacyRequired") }),
  // a separate, optional, unticked consent (GDPR: consent only for extras)
  newsletterConsent: checkbox.default(false),
  /** Honeypot: hidden from people, filled by bots. Judged by spam.ts, never reported as a field error. */
  website: plainText(E("controlCharacters")).max(1000).optional().default(""),
  /** When the server handed the form out, signed (lib/forms/spam.ts formToken): the minimum fill time. */
  formToken: plainText(E("formExpired"), { error: E("formExpired") }).max(200),
});

export type ConsultationRequestInput = z.input<typeof ZConsultationRequestInput>;
export type ConsultationRequestData = z.output<typeof ZConsultationRequestInput>;

/** Token-based self-service inputs (move to another slot). */
export const ZSelfServiceToken = plainText(E("controlCharacters")).trim().min(10).max(300);
export const ZSlotId = plainText(E("controlCharacters"))
  .trim()
  .regex(/^[a-z0-9-]{1,64}$/i);
