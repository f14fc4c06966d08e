// The annual review's shapes, one zod schema each, shared by the staff forms,
// the supporters' form, the actions, the snapshot and the open-data API.
// Form schemas take HTML form strings ("" for empty); error messages are
// i18n keys (review.errors.* / curation.errors.*) resolved beside the field.
import { z } from "zod";
import { E, keyList, optionalLine, optionalText, requiredLine } from "@/lib/admin/fields";
import { plainText } from "@/lib/forms/plain-text";
import { rigaYear } from "@/lib/time/riga";

export const R = (key: string) => `review.errors.${key}`;

/** The first year a review can be written for (the portal's data begins then). */
const FIRST_REVIEW_YEAR = 2020;

/** A review year: a whole number from 2020 to the current year in Riga (never a future year), checked when parsed. */
const reviewYear = (now?: Date) =>
  z.union([z.string(), z.number()], { error: R("yearRequired") }).transform((v, ctx) => {
    const text = String(v).trim();
    const year = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
    const problem =
      text === ""
        ? "yearRequired"
        : !Number.isInteger(year)
          ? "yearInvalid"
          : year < FIRST_REVIEW_YEAR
            ? "yearTooEarly"
            : year > rigaYear(now ?? new Date())
              ? "yearInFuture"
              : null;
    if (!problem) return year;
    ctx.addIssue({ code: "custom", message: R(problem) });
    return z.NEVER;
  });

// ─── stored JSON ────────────────────────────────────────────────────────────

const KEY = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** A record's id as forms post it (the same pattern lib/forms/action.ts checks the posted "id" against). */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const recordId = () => z.string().regex(RECORD_ID);

const ZRow = z.object({
  key: z.string().optional(),
  labelLv: z.string(),
  labelEn: z.string(),
  /** null: the source or the record does not state it. */
  value: z.number().nullable(),
  /** Per-row unit in "mixed" datasets. */
  unit: z.string().optional(),
});
export type DatasetRow = z.infer<typeof ZRow>;

/**
 * A table of figures: the 2025 datasets from the source documents and every
 * statistic the portal computes share it, so each is a chart, a table, a CSV
 * and a JSON file the same way.
 */
const ZDataset = z.object({
  key: z.string().regex(KEY),
  section: z.string(),
  titleLv: z.string(),
  titleEn: z.string(),
  /** "%", "count", "EUR", "EUR per year", "person-months per year" or "mixed". */
  unit: z.string(),
  /** As written in the data file (a reference into a source document). */
  source: z.string().optional(),
  sourceLv: z.string().optional(),
  sourceEn: z.string().optional(),
  /** The base the source states (respondents, services…). */
  n: z.number().optional(),
  /** A bilingual note from the data file ("Latvian / English"). */
  note: z.string().optional(),
  noteLv: z.string().optional(),
  noteEn: z.string().optional(),
  questionLv: z.string().optional(),
  questionEn: z.string().optional(),
  /** How it is drawn; default: bars, or a table for mixed units. */
  chart: z.enum(["bar", "funnel", "table"]).optional(),
  /** Rows ordered by the categories' own order (stages, regions), not by value. */
  ordered: z.boolean().optional(),
  rows: z.array(ZRow),
});
export type Dataset = z.infer<typeof ZDataset>;
export const ZDatasets = z.array(ZDataset);

const ZSection = z.object({
  key: z.string().regex(KEY),
  lv: z.string(),
  en: z.string(),
  bodyLv: z.string().nullish(),
  bodyEn: z.string().nullish(),
});
export type ReviewSection = z.infer<typeof ZSection>;
export const ZSections = z.array(ZSection);

const ZChallenge = z.object({
  id: z.string().regex(KEY),
  titleLv: z.string(),
  titleEn: z.string().nullish(),
  bodyLv: z.string().nullish(),
  bodyEn: z.string().nullish(),
  innovationIds: z.array(z.string()),
});
export type Challenge = z.infer<typeof ZChallenge>;
export const ZChallenges = z.array(ZChallenge);

/** Stored JSON is parsed leniently on read: a malformed entry is dropped, not a 500. */
export function parseList<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The columns of a review that its pages and writes read (the snapshot only where needed: it is large). */
export const REVIEW_SELECT = {
  id: true,
  year: true,
  titleLv: true,
  titleEn: true,
  introLv: true,
  introEn: true,
  sections: true,
  challenges: true,
  datasets: true,
  publication: true,
  publishedAt: true,
  updatedAt: true,
} as const;

// ─── staff forms ────────────────────────────────────────────────────────────

/** The sections the portal computes; staff write their text, the figures come from the database. */
export const COMPUTED_SECTIONS = ["innovations", "support", "coverage", "challenges"] as const;

export const ZNewReview = z.object({
  year: reviewYear(),
  titleLv: requiredLine(200),
  titleEn: optionalLine(200),
});

export const ZReviewText = z.object({
  id: recordId(),
  titleLv: requiredLine(200),
  titleEn: optionalLine(200),
  introLv: optionalText(20_000),
  introEn: optionalText(20_000),
});

export const ZSectionInput = z.object({
  id: recordId(),
  /** Empty for a new section (a key is made from the heading). */
  key: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(KEY).optional()),
  lv: requiredLine(200),
  en: optionalLine(200),
  bodyLv: optionalText(20_000),
  bodyEn: optionalText(20_000),
});

export const ZChallengeInput = z.object({
  id: recordId(),
  challengeId: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(KEY).optional()),
  titleLv: requiredLine(200),
  titleEn: optionalLine(200),
  bodyLv: optionalText(5_000),
  bodyEn: optionalText(5_000),
  innovationIds: z
    .preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().regex(RECORD_ID, { error: R("invalidChoice") })).max(100, { error: E("tooLong") }),
    )
    .transform((list) => [...new Set(list)]),
});

// ─── supporters' reports ────────────────────────────────────────────────────

const MAX_COUNT = 10_000_000;
const MAX_EUR = 1_000_000_000_000;

/** "", spaces and a Latvian decimal comma are accepted as people type them. */
const numberText = (v: unknown) =>
  typeof v === "string" ? v.replace(/[\s\u00a0]/g, "").replace(",", ".") : v === null ? "" : v;

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A figure ≥ 0 (whole, or euros with at most two decimals), or empty: not reported. */
function figure(kind: "count" | "euros") {
  return z.preprocess(
    numberText,
    z.union([z.string(), z.number()]).transform((v, ctx) => {
      if (v === "") return null;
      const n = typeof v === "number" ? v : DECIMAL.test(v) ? Number(v) : Number.NaN;
      const cents = n * 100;
      const problem = !Number.isFinite(n)
        ? "notANumber"
        : n < 0
          ? "negative"
          : kind === "count" && !Number.isInteger(n)
            ? "notWhole"
            : kind === "euros" && Math.abs(cents - Math.round(cents)) > 1e-6
              ? "tooManyDecimals"
              : n > (kind === "count" ? MAX_COUNT : MAX_EUR)
                ? "tooLarge"
                : null;
      if (!problem) return n;
      ctx.addIssue({ code: "custom", message: R(problem) });
      return z.NEVER;
    }),
  );
}

/** What a supporter reports for a year (the public form through the signed link). */
export const ZSupporterReportInput = z.object({
  token: z.string().min(1).max(200),
  locale: z.enum(["lv", "en"]).catch("lv"),
  reporterName: requiredLine(200),
  reporterEmail: z
    .string({ error: E("required") })
    .trim()
    .toLowerCase()
    .min(1, { error: E("required") })
    .max(320, { error: E("invalidEmail") })
    .pipe(z.email({ error: E("invalidEmail") })),
  innovationsSupported: figure("count"),
  consultations: figure("count"),
  trainings: figure("count"),
  trainingParticipants: figure("count"),
  grantedEur: figure("euros"),
  lentEur: figure("euros"),
  stages: keyList(),
  supportTypes: keyList(),
  themes: keyList(),
  notesLv: optionalText(4_000),
  notesEn: optionalText(4_000),
  /** Honeypot (lib/forms/spam.ts). */
  website: z.string().default(""),
  /** When the server handed the form out, signed (lib/forms/spam.ts formToken): the minimum fill time. */
  formToken: z.string().max(200).catch(""),
});

/** Staff invite an organisation: which one, and where the link goes. */
export const ZInvite = z.object({
  id: recordId(),
  organisationId: z
    .string({ error: R("organisationRequired") })
    .trim()
    .min(1, { error: R("organisationRequired") })
    .max(64),
  inviteEmail: z
    .string({ error: E("required") })
    .trim()
    .toLowerCase()
    .min(1, { error: E("required") })
    .max(320, { error: E("invalidEmail") })
    .pipe(z.email({ error: E("invalidEmail") })),
  mailLocale: z.enum(["lv", "en"], { error: E("invalidChoice") }),
});

/** A staff command on a review or a report: which one. */
export const ZRecord = z.object({ id: recordId() });
export const ZSectionRef = ZRecord.extend({ key: z.string().regex(KEY) });
export const ZChallengeRef = ZRecord.extend({ challengeId: z.string().regex(KEY) });

/** Returning a report needs a reason the supporter can act on. */
export const ZReturnReason = plainText(E("controlCharacters"), { error: R("reasonRequired") })
  .trim()
  .min(5, { error: R("reasonRequired") })
  .max(4_000, { error: E("tooLong") });

export const ZReturnInput = ZRecord.extend({ reason: ZReturnReason });
