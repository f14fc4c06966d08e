// Choices the catalogue's forms and list filters offer: vocabulary terms in
// the reader's language (inactive terms left out; a stored key still shows,
// see SelectField/CheckboxGroupField) and organisations by name.
import "server-only";
import type { Vocabulary } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

export type Option = { value: string; label: string };

export async function termOptions<K extends string>(
  locale: Locale,
  wanted: Record<K, Vocabulary>,
): Promise<Record<K, Option[]>> {
  const vocabularies = [...new Set(Object.values(wanted) as Vocabulary[])];
  const terms = await db.term.findMany({
    where: { vocabulary: { in: vocabularies }, active: true },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  const out = {} as Record<K, Option[]>;
  for (const [name, vocabulary] of Object.entries(wanted) as [K, Vocabulary][]) {
    out[name] = terms
      .filter((t) => t.vocabulary === vocabulary)
      .map((t) => ({ value: t.key, label: locale === "en" ? t.labelEn : t.labelLv }));
  }
  return out;
}

/** Every organisation (funders, operators): a few hundred at most in this directory. */
export async function organisationOptions(locale: Locale): Promise<Option[]> {
  const rows = await db.organisation.findMany({
    orderBy: { nameLv: "asc" },
    select: { id: true, nameLv: true, nameEn: true },
  });
  return rows.map((r) => ({ value: r.id, label: locale === "en" && r.nameEn ? r.nameEn : r.nameLv }));
}

/** The label of a key among options, or the key itself (a retired term). */
export const optionLabel = (options: readonly Option[], key: string | null | undefined) =>
  key ? (options.find((o) => o.value === key)?.label ?? key) : "";
