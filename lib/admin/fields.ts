// zod building blocks for staff entity schemas, taking both HTML form values
// (strings, "" for empty, "on" for a ticked box, one value per ticked
// checkbox) and plain JSON/CSV values. Error messages are i18n keys under
// curation.errors.* that <AdminForm> resolves next to the field.
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { SLUG_MAX, SLUG_PATTERN } from "./slug";

export const E = (key: string) => `curation.errors.${key}`;

const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;
const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
/** "a; b", "a, b", "a\nb" (CSV cells) or repeated form values → a list. */
const toList = (v: unknown): unknown => {
  if (v === undefined || v === null || v === "") return [];
  if (typeof v === "string")
    return v
      .split(/[\n;,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  return v;
};

/** A required one-line text (trimmed). */
export const requiredLine = (max = 300) =>
  plainText(E("controlCharacters"), { error: E("required") })
    .trim()
    .min(1, { error: E("required") })
    .max(max, { error: E("tooLong") })
    .regex(NO_LINE_BREAKS, { error: E("lineBreaks") });

/** An optional one-line text: "" becomes null (stored as NULL). */
export const optionalLine = (max = 300) =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .max(max, { error: E("tooLong") })
        .regex(NO_LINE_BREAKS, { error: E("lineBreaks") })
        .optional(),
    )
    .transform((v) => v ?? null);

export const optionalText = (max = 20_000) =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .max(max, { error: E("tooLong") })
        .optional(),
    )
    .transform((v) => v ?? null);

/** http(s) only: a javascript: or data: URL never reaches a link. */
export const optionalUrl = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .max(2000, { error: E("tooLong") })
        .pipe(z.url({ protocol: /^https?$/, error: E("invalidUrl") }))
        .optional(),
    )
    .transform((v) => v ?? null);

export const optionalEmail = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .toLowerCase()
        .max(320, { error: E("invalidEmail") })
        .pipe(z.email({ error: E("invalidEmail") }))
        .optional(),
    )
    .transform((v) => v ?? null);

/** Several addresses, one per line (or separated by ";" / ","). */
export const emailList = () =>
  z
    .preprocess(
      toList,
      z
        .array(
          plainText(E("controlCharacters"))
            .trim()
            .toLowerCase()
            .pipe(z.email({ error: E("invalidEmails") })),
          { error: E("invalidEmails") },
        )
        .max(20, { error: E("tooLong") }),
    )
    .transform((list) => [...new Set(list)]);

export const optionalPhone = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .regex(/^\+?[0-9 ()-]{6,30}$/, { error: E("invalidPhone") })
        .optional(),
    )
    .transform((v) => v ?? null);

/** A vocabulary key (Term.key); membership in the vocabulary is checked by the action against Term. */
export const requiredKey = () =>
  plainText(E("controlCharacters"), { error: E("required") })
    .trim()
    .min(1, { error: E("required") })
    .regex(KEY, { error: E("invalidChoice") });

export const optionalKey = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .regex(KEY, { error: E("invalidChoice") })
        .optional(),
    )
    .transform((v) => v ?? null);

/** Vocabulary keys from a checkbox group (or "a; b" in a CSV cell), de-duplicated. */
export const keyList = () =>
  z
    .preprocess(
      toList,
      z
        .array(
          plainText(E("controlCharacters"))
            .trim()
            .regex(KEY, { error: E("invalidChoice") }),
          { error: E("invalidChoice") },
        )
        .max(50, { error: E("tooLong") }),
    )
    .transform((list) => [...new Set(list)]);

/** A ticked checkbox posts "on"; JSON/CSV may send true/"true"/"1"/"yes"/"jā". */
export const checkbox = () =>
  z.preprocess(
    (v) => v === true || (typeof v === "string" && ["on", "true", "1", "yes", "jā"].includes(v.trim().toLowerCase())),
    z.boolean(),
  );

/** YYYY-MM-DD (a date input's value) → Date at UTC midnight, or null. */
export const optionalDate = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: E("invalidDate") })
        // 2026-02-31 would roll over to March: the date must read back as typed
        .refine(
          (v) => {
            const d = new Date(`${v}T00:00:00Z`);
            return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
          },
          { error: E("invalidDate") },
        )
        .transform((v) => new Date(`${v}T00:00:00Z`))
        .optional(),
    )
    .transform((v) => v ?? null);

/** Optional: empty means "generate from the title". */
export const optionalSlug = () =>
  z
    .preprocess(
      blankToUndefined,
      plainText(E("controlCharacters"))
        .trim()
        .toLowerCase()
        .max(SLUG_MAX, { error: E("tooLong") })
        .regex(SLUG_PATTERN, { error: E("slugInvalid") })
        .optional(),
    )
    .transform((v) => v ?? null);
