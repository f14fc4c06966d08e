// The one schema of an innovation record as staff edit it, shared by the
// admin form (field names and error keys), the write layer (authoritative
// parse in write.ts), public submissions (the non-expert subset below) and
// CSV import (the flat row below). Messages are i18n keys under
// "curationInnovations.errors.*". Vocabulary membership (stage, themes…),
// organisation and contact ids are database questions, checked in
// vocabulary.ts when writing.
import type { FieldErrors } from "@/lib/forms/state";
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { SLUG_PATTERN } from "@/lib/admin/slug";

const E = (key: string) => `curationInnovations.errors.${key}`;

const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const KEY = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_ROWS = 50;

const emptyToUndefined = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? undefined : v === null ? undefined : v;
const toArray = (v: unknown) => (v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v);
// HTML checkboxes post "on" (or nothing); JSON and CSV callers send booleans or words.
const checkbox = z.preprocess(
  (v) => v === true || (typeof v === "string" && ["on", "true", "1", "yes", "jā"].includes(v.trim().toLowerCase())),
  z.boolean(),
);

const line = (required: string, tooLong: string, max = 300) =>
  plainText(E("controlCharacters"), { error: E(required) })
    .trim()
    .min(1, { error: E(required) })
    .max(max, { error: E(tooLong) })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") });
const optionalLine = (max = 300) =>
  z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .max(max, { error: E("tooLong") })
      .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") })
      .optional(),
  );
const optionalText = (max = 10_000) =>
  z.preprocess(
    emptyToUndefined,
    plainText(E("controlCharacters"))
      .trim()
      .max(max, { error: E("tooLong") })
      .optional(),
  );

const vocabKey = (error: string) =>
  plainText(E("controlCharacters"), { error: E(error) })
    .trim()
    .regex(KEY, { error: E(error) });
const optionalKey = (error: string) => z.preprocess(emptyToUndefined, vocabKey(error).optional());
const vocabKeys = (error: string) =>
  z.preprocess(
    toArray,
    z
      .array(vocabKey(error), { error: E(error) })
      .max(40, { error: E(error) })
      .transform((keys) => [...new Set(keys)]),
  );

const year = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: E("yearInvalid") })
    .int({ error: E("yearInvalid") })
    .min(MIN_YEAR, { error: E("yearInvalid") })
    .max(MAX_YEAR, { error: E("yearInvalid") })
    .optional(),
);

/** http(s) only: a javascript: or data: address never reaches a page. */
const ZHttpUrl = plainText(E("controlCharacters"), { error: E("urlInvalid") })
  .trim()
  .min(1, { error: E("urlRequired") })
  .max(1000, { error: E("urlInvalid") })
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: E("urlInvalid") }));

const id = (error: string) =>
  plainText(E("controlCharacters"), { error: E(error) })
    .trim()
    .regex(ID, { error: E(error) });

const IMPACT_KINDS = ["EXISTING", "EXPECTED"] as const;
const ORG_ROLES = ["IMPLEMENTER", "SUPPORTER"] as const;
const FRAMEWORKS = ["SIF", "EAPN"] as const;
const ASSESSORS = ["CURATOR", "SELF"] as const;

const ZInnovationOrganisation = z.object({
  organisationId: id("organisationInvalid"),
  role: z.enum(ORG_ROLES, { error: E("roleInvalid") }),
});

const ZInnovationExpert = z.object({
  contactId: id("contactInvalid"),
  roleLv: optionalLine(200),
  roleEn: optionalLine(200),
});

const ZInnovationLink = z.object({
  url: ZHttpUrl,
  labelLv: optionalLine(200),
  labelEn: optionalLine(200),
});

/** Up to 16 digits and 2 decimals (Decimal(18,2)); a Latvian decimal comma is accepted. Kept as a string. */
const decimal = z.preprocess(
  (v) =>
    typeof v === "number"
      ? String(v)
      : typeof v === "string"
        ? v.trim() === ""
          ? undefined
          : v.trim().replace(/\s/g, "").replace(",", ".")
        : v,
  plainText(E("controlCharacters"))
    .regex(/^-?\d{1,16}(\.\d{1,2})?$/, { error: E("valueInvalid") })
    .optional(),
);

const ZInnovationIndicator = z.object({
  labelLv: line("indicatorLabelRequired", "tooLong", 300),
  labelEn: optionalLine(300),
  value: decimal,
  unit: optionalLine(50),
  year,
});

const ZInnovationAssessment = z.object({
  framework: z.enum(FRAMEWORKS, { error: E("frameworkInvalid") }),
  criterion: vocabKey("criterionInvalid"),
  assessor: z.enum(ASSESSORS, { error: E("assessorInvalid") }).default("CURATOR"),
  /** 1–5 when scored; empty means "criterion met" without a score. */
  score: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: E("scoreInvalid") })
      .int({ error: E("scoreInvalid") })
      .min(1, { error: E("scoreInvalid") })
      .max(5, { error: E("scoreInvalid") })
      .optional(),
  ),
  noteLv: optionalText(2000),
  noteEn: optionalText(2000),
});

const rows = <T extends z.ZodType>(item: T) =>
  z.preprocess(toArray, z.array(item).max(MAX_ROWS, { error: E("tooManyRows") }));

const innovationFields = {
  /** Empty: generated from the Latvian title (unique, suffixed on collision). */
  slug: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
    plainText(E("controlCharacters"))
      .max(120, { error: E("slugInvalid") })
      .regex(SLUG_PATTERN, { error: E("slugInvalid") })
      .optional(),
  ),
  titleLv: line("titleRequired", "titleTooLong", 200),
  titleEn: optionalLine(200),
  summaryLv: plainText(E("controlCharacters"), { error: E("summaryRequired") })
    .trim()
    .min(1, { error: E("summaryRequired") })
    .max(2000, { error: E("summaryTooLong") }),
  summaryEn: optionalText(2000),
  problemLv: optionalText(),
  problemEn: optionalText(),
  solutionLv: optionalText(),
  solutionEn: optionalText(),
  noveltyLv: optionalText(),
  noveltyEn: optionalText(),
  impactLv: optionalText(),
  impactEn: optionalText(),
  impactKind: z.preprocess(emptyToUndefined, z.enum(IMPACT_KINDS, { error: E("impactKindInvalid") }).optional()),
  resultsLv: optionalText(),
  resultsEn: optionalText(),
  transferabilityLv: optionalText(),
  transferabilityEn: optionalText(),
  stage: vocabKey("stageRequired"),
  status: vocabKey("statusRequired"),
  startYear: year,
  endYear: year,
  themes: vocabKeys("themeInvalid"),
  targetGroups: vocabKeys("targetGroupInvalid"),
  region: optionalKey("regionInvalid"),
  municipality: optionalKey("municipalityInvalid"),
  country: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
    plainText(E("controlCharacters"))
      .regex(/^[A-Z]{2}$/, { error: E("countryInvalid") })
      .default("LV"),
  ),
  featured: checkbox.default(false),
  organisations: rows(ZInnovationOrganisation),
  experts: rows(ZInnovationExpert),
  links: rows(ZInnovationLink),
  indicators: rows(ZInnovationIndicator),
  assessments: rows(ZInnovationAssessment),
};

type Refinable = {
  startYear?: number;
  endYear?: number;
  organisations?: { organisationId: string; role: string }[];
  experts?: { contactId: string }[];
  assessments?: { framework: string; criterion: string; assessor: string }[];
};

function crossFieldChecks(data: Refinable, ctx: z.RefinementCtx) {
  if (data.startYear !== undefined && data.endYear !== undefined && data.endYear < data.startYear) {
    ctx.addIssue({ code: "custom", path: ["endYear"], message: E("endBeforeStart") });
  }
  const seen = new Set<string>();
  data.organisations?.forEach((o, i) => {
    const k = `${o.role}:${o.organisationId}`;
    if (seen.has(k))
      ctx.addIssue({
        code: "custom",
        path: ["organisations", i, "organisationId"],
        message: E("organisationDuplicate"),
      });
    seen.add(k);
  });
  const experts = new Set<string>();
  data.experts?.forEach((x, i) => {
    if (experts.has(x.contactId))
      ctx.addIssue({ code: "custom", path: ["experts", i, "contactId"], message: E("contactDuplicate") });
    experts.add(x.contactId);
  });
  const criteria = new Set<string>();
  data.assessments?.forEach((a, i) => {
    const k = `${a.framework}:${a.criterion}:${a.assessor}`;
    if (criteria.has(k))
      ctx.addIssue({ code: "custom", path: ["assessments", i, "criterion"], message: E("criterionDuplicate") });
    criteria.add(k);
  });
}

/** Everything staff edit on an innovation. Publication state is changed by setPublication, not here. */
export const ZInnovationInput = z.object(innovationFields).superRefine(crossFieldChecks);

export type InnovationData = z.output<typeof ZInnovationInput>;

/**
 * What a member of the public can state about their innovation (written for
 * non-experts; the submission form adds its own contact/self-assessment
 * fields and stores text in the submitter's language). Approval maps it onto
 * ZInnovationInput (the submitter's language goes to the Lv or En fields) and
 * calls createInnovation with source PUBLIC_SUBMISSION.
 */
export const ZInnovationPublicFields = z.object(innovationFields).pick({
  titleLv: true,
  summaryLv: true,
  problemLv: true,
  solutionLv: true,
  stage: true,
  status: true,
  themes: true,
  targetGroups: true,
  region: true,
  municipality: true,
  startYear: true,
  links: true,
});

// ─── CSV import ─────────────────────────────────────────────────────────────
//
// One CSV row per innovation, column names = the keys below (header row).
// Multi-value cells (themes, targetGroups, implementers, supporters, links)
// hold values separated by "|", ";" or (except links) "," — quote the cell
// when the file itself uses that separator. implementers/supporters are organisation slugs, resolved to
// ids by the importer (write.ts: organisationIdsBySlug). A link may be written
// "https://…" or "https://… label". featured: "true"/"1"/"yes"/"jā".
// Experts, indicators and assessments are not imported by CSV.

export const CSV_COLUMNS = [
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "problemLv",
  "problemEn",
  "solutionLv",
  "solutionEn",
  "noveltyLv",
  "noveltyEn",
  "impactLv",
  "impactEn",
  "impactKind",
  "resultsLv",
  "resultsEn",
  "transferabilityLv",
  "transferabilityEn",
  "stage",
  "status",
  "startYear",
  "endYear",
  "themes",
  "targetGroups",
  "region",
  "municipality",
  "country",
  "featured",
  "implementers",
  "supporters",
  "links",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
export type InnovationCsvRow = Partial<Record<CsvColumn, string>>;

// Keys and slugs never hold a comma, so "a, b" (how the staff export writes lists) is split too; links are not.
const KEY_SEPARATOR = /[|;,\n]/;
const LINK_SEPARATOR = /[|;\n]/;
export const splitMulti = (cell: string | undefined, separator: RegExp = KEY_SEPARATOR): string[] =>
  (cell ?? "")
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * A CSV row → the input ZInnovationInput parses. Unknown organisation slugs
 * are reported per column (the other checks come from the schema, whose
 * field names equal the column names except organisations.N → implementers/supporters).
 */
export function csvRowToInput(
  row: InnovationCsvRow,
  organisationIdBySlug: ReadonlyMap<string, string>,
): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const organisations: { organisationId: string; role: (typeof ORG_ROLES)[number] }[] = [];
  for (const [column, role] of [
    ["implementers", "IMPLEMENTER"],
    ["supporters", "SUPPORTER"],
  ] as const) {
    for (const slug of splitMulti(row[column])) {
      const organisationId = organisationIdBySlug.get(slug.toLowerCase());
      if (organisationId) organisations.push({ organisationId, role });
      else (errors[column] ??= []).push(E("organisationUnknown"));
    }
  }
  const links = splitMulti(row.links, LINK_SEPARATOR).map((cell) => {
    const [url = "", ...label] = cell.split(/\s+/);
    return { url, labelLv: label.join(" ") || undefined };
  });
  const input: Record<string, unknown> = {};
  for (const column of CSV_COLUMNS) {
    if (column === "implementers" || column === "supporters" || column === "links") continue;
    const value = row[column];
    if (value !== undefined)
      input[column] = column === "themes" || column === "targetGroups" ? splitMulti(value) : value;
  }
  return { input: { ...input, organisations, links }, errors };
}
