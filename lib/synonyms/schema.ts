// One schema for a synonym group, shared by the staff form, its action and
// the seed check: a list of equivalent terms, one per line as typed. Limits
// keep one word from expanding a search into dozens of alternatives; the
// store then refuses terms that another group already has (a loop).
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { SYNONYM_LIMITS } from "./limits";

/** Message keys for the synonym form (curationUsers.synonyms.errors.*). */
export const SE = (key: string) => `curationUsers.synonyms.errors.${key}`;

/** The textarea's lines, trimmed, blanks dropped; lists (JSON, the seed) pass through. */
const toTerms = (v: unknown): unknown =>
  typeof v === "string"
    ? v
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter(Boolean)
    : v;

const term = plainText(SE("controlCharacters"))
  .max(SYNONYM_LIMITS.maxTermLength, { error: SE("termTooLong") })
  .regex(/[\p{L}\p{N}]/u, { error: SE("termEmpty") })
  .refine((t) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= SYNONYM_LIMITS.maxTermWords, {
    error: SE("termTooManyWords"),
  });

export const ZSynonymTerms = z.preprocess(
  toTerms,
  z
    .array(term, { error: SE("required") })
    .min(SYNONYM_LIMITS.minTerms, { error: SE("tooFew") })
    .max(SYNONYM_LIMITS.maxTerms, { error: SE("tooMany") })
    .refine((terms) => new Set(terms.map((t) => t.toLocaleLowerCase("lv"))).size === terms.length, {
      error: SE("duplicate"),
    }),
);

export const ZSynonymGroupInput = z.object({ terms: ZSynonymTerms });
export type SynonymGroupInput = z.output<typeof ZSynonymGroupInput>;
