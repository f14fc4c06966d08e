// The one schema of a contact person, shared by the staff form, the save
// action and an import. Contacts are personal data: a person is shown
// publicly only with `showPublicly` and the date they agreed (consentAt).
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import {
  checkbox,
  E,
  optionalDate,
  optionalEmail,
  optionalLine,
  optionalPhone,
  optionalText,
  requiredLine,
} from "@/lib/admin/fields";

export const ZContactInput = z
  .object({
    name: requiredLine(200),
    /** Organisation id; empty for a person without one. */
    organisationId: z
      .preprocess(
        (v) => (v === "" || v === null ? undefined : v),
        plainText(E("controlCharacters"))
          .trim()
          .max(64)
          .regex(/^[a-z0-9_-]+$/i, { error: E("invalidChoice") })
          .optional(),
      )
      .transform((v) => v ?? null),
    positionLv: optionalLine(200),
    positionEn: optionalLine(200),
    expertiseLv: optionalText(2000),
    expertiseEn: optionalText(2000),
    email: optionalEmail(),
    phone: optionalPhone(),
    showPublicly: checkbox(),
    consentAt: optionalDate(),
  })
  .superRefine((c, ctx) => {
    // GDPR: no public profile without a recorded consent
    if (c.showPublicly && !c.consentAt)
      ctx.addIssue({ code: "custom", path: ["consentAt"], message: E("consentRequired") });
  });

export type ContactData = z.output<typeof ZContactInput>;

export const CONTACT_FIELDS = [
  "name",
  "organisationId",
  "positionLv",
  "positionEn",
  "expertiseLv",
  "expertiseEn",
  "email",
  "phone",
  "showPublicly",
  "consentAt",
] as const satisfies readonly (keyof ContactData)[];
