// Vocabulary terms as staff edit them. The key is never part of an edit: it
// is generated from the Latvian label when the term is added (keys.ts) and
// stays, because records store keys. Messages are i18n keys under
// "curationUsers.vocabularies.errors.*".
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { Vocabulary } from "@/generated/prisma/enums";

const E = (key: string) => `curationUsers.vocabularies.errors.${key}`;
const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** The shape every stored key has (lib/innovations/schema.ts accepts the same). */
export const TERM_KEY = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export const VOCABULARIES = Object.values(Vocabulary) as Vocabulary[];

/** URL segment of a vocabulary: TARGET_GROUP ↔ target-group. */
export const vocabularySlug = (v: Vocabulary) => v.toLowerCase().replace(/_/g, "-");
export function vocabularyFromSlug(slug: string): Vocabulary | null {
  const v = slug.toUpperCase().replace(/-/g, "_");
  return (VOCABULARIES as string[]).includes(v) ? (v as Vocabulary) : null;
}

export const ZTermId = plainText(E("controlCharacters"), { error: E("notFound") }).regex(ID, { error: E("notFound") });

const labelLv = plainText(E("controlCharacters"), { error: E("labelLvRequired") })
  .trim()
  .min(1, { error: E("labelLvRequired") })
  .max(200, { error: E("labelTooLong") })
  .regex(NO_LINE_BREAKS, { error: E("labelTooLong") });
// English may wait for a translation: pages then show the Latvian label, marked as Latvian.
const labelEn = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  plainText(E("controlCharacters"))
    .trim()
    .max(200, { error: E("labelTooLong") })
    .regex(NO_LINE_BREAKS, { error: E("labelTooLong") }),
);

export const ZTermLabels = z.object({ termId: ZTermId, labelLv, labelEn });
export type TermLabelsInput = z.infer<typeof ZTermLabels>;

export const ZTermCreate = z.object({
  vocabulary: z.enum(Vocabulary, { error: E("vocabularyInvalid") }),
  labelLv,
  labelEn,
  /** Municipalities only: the key of their planning region. */
  parentKey: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    plainText(E("controlCharacters"))
      .regex(TERM_KEY, { error: E("parentInvalid") })
      .optional(),
  ),
});
export type TermCreateInput = z.infer<typeof ZTermCreate>;

export const ZTermMove = z.object({ termId: ZTermId, direction: z.enum(["up", "down"], { error: E("invalid") }) });
