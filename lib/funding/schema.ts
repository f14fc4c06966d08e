// The one schema of each funding record as staff edit it, shared by the admin
// forms (field names and error keys) and the write layer (authoritative parse
// in write.ts). Vocabulary keys, organisations and the programme are database
// questions, checked in write.ts against Term and the rows themselves.
// Publication state is changed by setPublication, not by these schemas.
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import {
  E,
  emptyToUndefined,
  optionalEmail,
  optionalEuro,
  optionalId,
  optionalLine,
  optionalPercent,
  optionalText,
  optionalUrl,
  requiredLine,
  slugField,
  vocabKeys,
} from "@/lib/catalog/fields";
import { parseRigaDateTime } from "@/lib/time/riga-input";
import { PROGRAMME_KINDS, ROLLING_SCHEDULES } from "./kinds";

export const ZProgrammeInput = z.object({
  slug: slugField,
  titleLv: requiredLine("titleRequired", 300),
  titleEn: optionalLine(300),
  kind: z.enum(PROGRAMME_KINDS, { error: E("kindRequired") }),
  period: optionalLine(50),
  summaryLv: optionalText(4000),
  summaryEn: optionalText(4000),
  themes: vocabKeys("themeInvalid"),
  url: optionalUrl,
  urlLv: optionalUrl,
  funderId: optionalId("organisationInvalid"),
  operatorId: optionalId("organisationInvalid"),
  managingAuthorityId: optionalId("organisationInvalid"),
});

export type ProgrammeData = z.output<typeof ZProgrammeInput>;

/** A Riga date-time (or date) typed into a datetime-local input, as an instant; empty → undefined. */
const rigaDateTime = (endOfDay: boolean) =>
  z
    .preprocess(emptyToUndefined, z.union([z.date(), plainText(E("controlCharacters"))]).optional())
    .transform((v, ctx) => {
      if (v === undefined || v instanceof Date) return v;
      const parsed = parseRigaDateTime(v, endOfDay);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: E(parsed.reason === "nonexistent" ? "dateNonexistent" : "dateInvalid") });
      return z.NEVER;
    });

/** Call-specific structured facts: a JSON object typed by staff (or sent by an API caller). */
const details = z.preprocess(
  emptyToUndefined,
  z
    .union([
      plainText(E("controlCharacters")).max(20_000, { error: E("detailsTooLong") }),
      z.record(plainText(E("controlCharacters")), z.unknown()),
    ])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || typeof v === "object") return v;
      try {
        const parsed: unknown = JSON.parse(v);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
      } catch {
        // fall through to the field error
      }
      ctx.addIssue({ code: "custom", message: E("detailsInvalid") });
      return z.NEVER;
    }),
);

export const ZCallInput = z
  .object({
    slug: slugField,
    programmeId: optionalId("programmeInvalid"),
    funderId: optionalId("organisationInvalid"),
    titleLv: requiredLine("titleRequired", 300),
    titleEn: optionalLine(300),
    summaryLv: optionalText(4000),
    summaryEn: optionalText(4000),
    callNumber: optionalLine(100),
    totalBudgetEur: optionalEuro,
    minPerProjectEur: optionalEuro,
    maxPerProjectEur: optionalEuro,
    aidIntensityPct: optionalPercent,
    advancePct: optionalPercent,
    opensAt: rigaDateTime(false),
    closesAt: rigaDateTime(true),
    rolling: z.preprocess(emptyToUndefined, z.enum(ROLLING_SCHEDULES, { error: E("rollingInvalid") }).optional()),
    eligibleApplicantTypes: vocabKeys("applicantTypeInvalid"),
    themes: vocabKeys("themeInvalid"),
    targetGroups: vocabKeys("targetGroupInvalid"),
    stages: vocabKeys("stageInvalid"),
    url: optionalUrl,
    contactEmail: optionalEmail,
    details,
  })
  .superRefine((data, ctx) => {
    if (data.opensAt && data.closesAt && data.closesAt.getTime() <= data.opensAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: E("closeBeforeOpen") });
    }
    const min = data.minPerProjectEur === undefined ? undefined : Number(data.minPerProjectEur);
    const max = data.maxPerProjectEur === undefined ? undefined : Number(data.maxPerProjectEur);
    const total = data.totalBudgetEur === undefined ? undefined : Number(data.totalBudgetEur);
    if (min !== undefined && max !== undefined && max < min)
      ctx.addIssue({ code: "custom", path: ["maxPerProjectEur"], message: E("maxBelowMin") });
    if (max !== undefined && total !== undefined && max > total)
      ctx.addIssue({ code: "custom", path: ["maxPerProjectEur"], message: E("maxAboveTotal") });
  });

export type CallData = z.output<typeof ZCallInput>;
