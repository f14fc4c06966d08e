// Topics, stage, theme… are keys of staff-editable vocabularies, so whether a
// key is allowed is a database question, answered here on every submission.
import "server-only";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { FieldErrors } from "@/lib/forms/state";
import type { ConsultationRequestData } from "./schema";

const FIELDS = [
  ["topics", "CONSULTATION_TOPIC", "topicInvalid"],
  ["format", "CONSULTATION_FORMAT", "formatRequired"],
  ["stage", "STAGE", "stageInvalid"],
  ["theme", "THEME", "themeInvalid"],
  ["organisationType", "ORGANISATION_TYPE", "organisationTypeInvalid"],
  ["region", "REGION", "regionInvalid"],
] as const satisfies readonly (readonly [keyof ConsultationRequestData, Vocabulary, string])[];

export async function checkVocabulary(data: ConsultationRequestData): Promise<FieldErrors | null> {
  const wanted = FIELDS.map(([field, vocabulary, error]) => {
    const value = data[field];
    const keys = Array.isArray(value) ? value : value ? [value] : [];
    return { field, vocabulary, error, keys };
  }).filter((w) => w.keys.length > 0);
  const terms = await db.term.findMany({
    where: { active: true, OR: wanted.map((w) => ({ vocabulary: w.vocabulary, key: { in: w.keys } })) },
    select: { vocabulary: true, key: true },
  });
  const known = new Set(terms.map((t) => `${t.vocabulary}:${t.key}`));
  const errors: FieldErrors = {};
  for (const w of wanted) {
    if (w.keys.some((k) => !known.has(`${w.vocabulary}:${k}`))) errors[w.field] = [`consultations.errors.${w.error}`];
  }
  return Object.keys(errors).length ? errors : null;
}
