// The one schema of an organisation (stakeholder), shared by the staff form,
// the save action, the staff export and the CSV import. It parses form posts
// and flat CSV rows alike: lists may come as repeated values (checkboxes) or
// as one "a; b" cell, "" means empty. Vocabulary membership (type, roles,
// region…) is checked against Term by the write layer (vocabulary.ts).
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import {
  E,
  emailList,
  keyList,
  optionalKey,
  optionalLine,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredKey,
  requiredLine,
} from "@/lib/admin/fields";

export const PUBLICATION_STATES = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

/** Free-text list, one item per line (or "; " in a CSV cell). */
const lineList = (max = 50) =>
  z.preprocess(
    (v) =>
      v === undefined || v === null || v === ""
        ? []
        : typeof v === "string"
          ? v
              .split(/\r?\n|;\s*/)
              .map((s) => s.trim())
              .filter(Boolean)
          : v,
    z
      .array(
        plainText(E("controlCharacters"))
          .trim()
          .max(300, { error: E("tooLong") }),
      )
      .max(max, { error: E("tooLong") }),
  );

export const ZOrganisationInput = z.object({
  nameLv: requiredLine(300),
  nameEn: optionalLine(300),
  /** Empty: generated from nameLv (unique, "-2"… on collision). */
  slug: optionalSlug(),
  type: requiredKey(),
  roles: keyList(),
  supportTypes: keyList(),
  stagesCovered: keyList(),
  country: z
    .preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : (v ?? undefined)),
      plainText(E("controlCharacters"))
        .regex(/^([A-Z]{2})$/, { error: E("invalidCountry") })
        .optional(),
    )
    .transform((v) => v ?? null),
  region: optionalKey(),
  municipality: optionalKey(),
  website: optionalUrl(),
  publicEmails: emailList(),
  descriptionLv: optionalText(10_000),
  descriptionEn: optionalText(10_000),
  publication: z.preprocess(
    (v) => (v === undefined || v === "" ? "PUBLISHED" : v),
    z.enum(PUBLICATION_STATES, { error: E("invalidChoice") }),
  ),
  sourceRefs: lineList(),
});

export type OrganisationData = z.output<typeof ZOrganisationInput>;

/** Form fields that are lists (checkbox groups). */
export const ORGANISATION_LIST_FIELDS = ["roles", "supportTypes", "stagesCovered"] as const;

/** Every input field in form order; also the columns of the staff CSV export and of an import file. */
export const ORGANISATION_FIELDS = [
  "nameLv",
  "nameEn",
  "slug",
  "type",
  "roles",
  "supportTypes",
  "stagesCovered",
  "country",
  "region",
  "municipality",
  "website",
  "publicEmails",
  "descriptionLv",
  "descriptionEn",
  "publication",
  "sourceRefs",
] as const satisfies readonly (keyof OrganisationData)[];
