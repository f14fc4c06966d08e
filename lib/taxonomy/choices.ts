// A public form's choices from the controlled vocabularies: the active terms
// of each, in their order, labelled in the page's language (Latvian when a
// term has no English label).
import "server-only";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

export type Choice = { value: string; label: string };

/** One list per field: `{ topics: "CONSULTATION_TOPIC", … }` → `{ topics: [{ value, label }, …], … }`. */
export async function loadVocabularyChoices<K extends string>(
  locale: Locale,
  vocabularies: Record<K, Vocabulary>,
): Promise<Record<K, Choice[]>> {
  const rows = await db.term.findMany({
    where: { active: true, vocabulary: { in: Object.values<Vocabulary>(vocabularies) } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  const entries = (Object.entries(vocabularies) as [K, Vocabulary][]).map(([field, vocabulary]) => [
    field,
    rows
      .filter((r) => r.vocabulary === vocabulary)
      .map((r) => ({ value: r.key, label: locale === "en" && r.labelEn.trim() ? r.labelEn : r.labelLv })),
  ]);
  return Object.fromEntries(entries) as Record<K, Choice[]>;
}
