// The public submission form's schema: a proposal of a new innovation (the
// record's fields in plain language, plus a self-assessment against the SIF
// criteria) or a correction of a published one, each with the submitter's
// contact details and the spam fields. Shared by the form (error keys), the
// store (authoritative parse) and the moderation page (reading the payload
// back). Messages are i18n keys under "submissions.errors.*", or
// "curationInnovations.errors.*" for the fields of the innovation schema; the
// public form resolves both from its own catalogue by the last segment.
import { z } from "zod";
import { fieldName } from "@/lib/forms/field-errors";
import { plainText } from "@/lib/forms/plain-text";
import { ZInnovationPublicFields } from "@/lib/innovations/schema";
import { SELF_ANSWERS, SIF_CRITERIA, type SifCriterion } from "./criteria";

const E = (key: string) => `submissions.errors.${key}`;

// Header-like text (mail display names, titles): a line break there is never legitimate.
const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const line = (required: string, min: number, max: number) =>
  plainText(E("controlCharacters"), { error: E(required) })
    .trim()
    .min(1, { error: E(required) })
    .min(min, { error: E(`${required}TooShort`) })
    .max(max, { error: E(`${required}TooLong`) })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") });

const text = (required: string, min: number, max: number) =>
  plainText(E("controlCharacters"), { error: E(required) })
    .trim()
    .min(1, { error: E(required) })
    .min(min, { error: E(`${required}TooShort`) })
    .max(max, { error: E(`${required}TooLong`) });

const optionalText = (max: number, tooLong: string) =>
  z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .max(max, { error: E(tooLong) })
      .optional(),
  );

const selfAnswer = z.enum(SELF_ANSWERS, { error: E("selfAssessmentRequired") });

/** The self-assessment: one answer per SIF criterion, all required. */
const ZSelfAssessment = z.object(
  Object.fromEntries(SIF_CRITERIA.map((key) => [key, selfAnswer])) as Record<SifCriterion, typeof selfAnswer>,
);

const fields = ZInnovationPublicFields.shape;

/** A field of the innovation schema with one more check; `check` returns an error key or null. */
function demand<T extends z.ZodType>(schema: T, check: (value: z.output<T>) => string | null) {
  return schema.superRefine((value, ctx) => {
    const key = check(value);
    if (key) ctx.addIssue({ code: "custom", message: E(key) });
  });
}

/**
 * What a proposal stores in Submission.payload: the public subset of the one
 * innovation schema (lib/innovations/schema.ts; text in the submitter's
 * language, see Submission.locale, whatever the field's suffix) plus what only
 * the public form asks. The form requires more than staff must fill in.
 */
export const ZProposalPayload = ZInnovationPublicFields.pick({
  titleLv: true,
  summaryLv: true,
  problemLv: true,
  solutionLv: true,
  stage: true,
  status: true,
  themes: true,
  targetGroups: true,
  region: true,
  links: true,
}).extend({
  // the public form asks for more than staff must fill in: checked per field, so every error shows at once
  summaryLv: demand(fields.summaryLv, (v) =>
    v.length < 20 ? "summaryTooShort" : v.length > 600 ? "summaryTooLong" : null,
  ),
  problemLv: demand(fields.problemLv, (v) => (!v ? "problemRequired" : v.length < 20 ? "problemTooShort" : null)),
  solutionLv: demand(fields.solutionLv, (v) => (!v ? "solutionRequired" : v.length < 20 ? "solutionTooShort" : null)),
  themes: demand(fields.themes, (v) => (v.length === 0 ? "themesRequired" : null)),
  targetGroups: demand(fields.targetGroups, (v) => (v.length === 0 ? "targetGroupsRequired" : null)),
  region: demand(fields.region, (v) => (v === undefined ? "regionRequired" : null)),
  /** Free text: staff match it to a directory organisation when they approve. */
  organisationName: line("organisationNameRequired", 2, 200),
  selfAssessment: ZSelfAssessment,
  selfAssessmentNote: optionalText(2000, "noteTooLong"),
});

/** What a correction stores in Submission.payload; the innovation itself is Submission.innovationId. */
export const ZCorrectionPayload = z.object({
  innovationSlug: plainText(E("controlCharacters")).trim().max(200),
  whatIsWrong: text("whatIsWrongRequired", 10, 2000),
  proposedText: text("proposedTextRequired", 5, 4000),
  sourceNote: optionalText(1000, "noteTooLong"),
});

const ZContact = z.object({
  name: line("nameRequired", 2, 200),
  email: plainText(E("controlCharacters"), { error: E("emailRequired") })
    .trim()
    .toLowerCase()
    .min(1, { error: E("emailRequired") })
    .max(320, { error: E("emailInvalid") })
    .pipe(z.email({ error: E("emailInvalid") })),
  privacyAcknowledged: checkbox.refine((v) => v, { error: E("privacyRequired") }),
  locale: z.enum(["lv", "en"]).default("lv"),
  /** Honeypot: hidden from people, filled by bots; judged by the spam check, never a field error. */
  website: plainText(E("controlCharacters")).max(1000).optional().default(""),
  /** When the server handed the form out, signed (lib/forms/spam.ts formToken): the minimum fill time. */
  formToken: plainText(E("formExpired"), { error: E("formExpired") }).max(200),
  /** The signed link of an editor's request for changes: the form then revises that submission. */
  revise: z.preprocess(emptyToUndefined, plainText(E("controlCharacters")).max(300).optional()),
});

/**
 * The correction form names its innovation by slug (from the detail page's
 * link) or by whatever the person typed: its address or its exact title.
 */
const ZCorrectionTarget = z.object({
  innovation: plainText(E("controlCharacters"), { error: E("innovationRequired") })
    .trim()
    .min(1, { error: E("innovationRequired") })
    .max(500, { error: E("innovationNotFound") }),
});

const ZProposalInput = ZContact.extend({ kind: z.literal("proposal") }).extend(ZProposalPayload.shape);
const ZCorrectionInput = ZContact.extend({ kind: z.literal("correction") })
  .extend(ZCorrectionTarget.shape)
  .extend(ZCorrectionPayload.omit({ innovationSlug: true }).shape);

export const ZSubmissionInput = z.discriminatedUnion("kind", [ZProposalInput, ZCorrectionInput], {
  error: E("generic"),
});

export type ProposalInput = z.output<typeof ZProposalInput>;
export type ProposalPayload = z.output<typeof ZProposalPayload>;
export type CorrectionPayload = z.output<typeof ZCorrectionPayload>;

/** An issue's path → the public form's input (one link field, one radio group per criterion). */
export function submissionFieldName(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === "selfAssessment" && typeof second === "string") return `sa-${second}`;
  if (first === "links") return "link";
  return fieldName(path);
}

/** Staff messages to the submitter: asking for changes and rejecting both need words. */
export const ZModerationMessage = plainText(E("controlCharacters"), { error: E("messageRequired") })
  .trim()
  .min(10, { error: E("messageTooShort") })
  .max(4000, { error: E("messageTooLong") });
