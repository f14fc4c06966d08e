// zod building blocks of the catalogue's schemas (funding programmes, calls,
// resources). Messages are i18n keys under "curationCatalog.errors.*", shown
// next to the field in the person's language. Form posts are strings; JSON
// callers may send numbers, booleans and arrays; both parse the same way.
import { z } from "zod";
import { SLUG_PATTERN, SLUG_MAX } from "@/lib/admin/slug";

export const E = (key: string) => `curationCatalog.errors.${key}`;

const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const KEY = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const emptyToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;
const toArray = (v: unknown) => (v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v);

export const PUBLICATION_STATES = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type Publication = (typeof PUBLICATION_STATES)[number];

/** HTML checkboxes post "on" (or nothing); JSON callers send booleans. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** Empty: generated from the Latvian title (unique, suffixed on collision). */
export const slugField = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
  z
    .string()
    .max(SLUG_MAX, { error: E("slugInvalid") })
    .regex(SLUG_PATTERN, { error: E("slugInvalid") })
    .optional(),
);

export const requiredLine = (required: string, max = 300) =>
  z
    .string({ error: E(required) })
    .trim()
    .min(1, { error: E(required) })
    .max(max, { error: E("tooLong") })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") });

export const optionalLine = (max = 300) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: E("tooLong") })
      .regex(NO_LINE_BREAKS, { error: E("lineBreaksNotAllowed") })
      .optional(),
  );

export const optionalText = (max = 4000) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: E("tooLong") })
      .optional(),
  );

/** http(s) only: a javascript: or data: address never reaches a page. */
export const httpUrl = z
  .string({ error: E("urlInvalid") })
  .trim()
  .max(1000, { error: E("urlInvalid") })
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: E("urlInvalid") }));
export const optionalUrl = z.preprocess(emptyToUndefined, httpUrl.optional());

export const optionalEmail = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .toLowerCase()
    .max(320, { error: E("emailInvalid") })
    .pipe(z.email({ error: E("emailInvalid") }))
    .optional(),
);

export const vocabKey = (error: string) =>
  z
    .string({ error: E(error) })
    .trim()
    .regex(KEY, { error: E(error) });
export const vocabKeys = (error: string) =>
  z.preprocess(
    toArray,
    z
      .array(vocabKey(error), { error: E(error) })
      .max(40, { error: E(error) })
      .transform((keys) => [...new Set(keys)]),
  );

export const optionalId = (error: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string({ error: E(error) })
      .trim()
      .regex(ID, { error: E(error) })
      .optional(),
  );

/** Euro amounts up to 12 digits and 2 decimals (Decimal(14,2)); a Latvian decimal comma and spaces are accepted. Kept as a string. */
export const optionalEuro = z.preprocess(
  (v) =>
    typeof v === "number"
      ? String(v)
      : typeof v === "string"
        ? v.trim() === ""
          ? undefined
          : v.replace(/[\s\u00a0€]/g, "").replace(",", ".")
        : v,
  z
    .string()
    .refine((s) => !s.startsWith("-"), { error: E("amountNegative"), abort: true })
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: E("amountInvalid") })
    .optional(),
);

/** Percentages 0–100 with up to 2 decimals (Decimal(5,2)). Kept as a string. */
export const optionalPercent = z.preprocess(
  (v) =>
    typeof v === "number"
      ? String(v)
      : typeof v === "string"
        ? v.trim() === ""
          ? undefined
          : v.replace(/[\s%]/g, "").replace(",", ".")
        : v,
  z
    .string()
    .refine((s) => !s.startsWith("-"), { error: E("percentInvalid"), abort: true })
    .regex(/^\d{1,}(\.\d{1,2})?$/, { error: E("percentInvalid"), abort: true })
    .refine((s) => Number(s) <= 100, { error: E("percentOver100") })
    .optional(),
);

/**
 * Field → i18n keys, for `{ ok: false, fieldErrors }`. Nested fields are
 * named by their path, which is also the form input's name.
 */
export function toFieldErrors(error: z.ZodError): Partial<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "form";
    (out[field] ??= []).push(issue.message);
  }
  return out;
}
