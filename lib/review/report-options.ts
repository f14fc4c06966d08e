// The choices of the supporters' form (stages, support types, themes), labelled in the page's language.
import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

type Choice = { value: string; label: string };

export async function reportFormChoices(
  locale: Locale,
): Promise<{ stages: Choice[]; supportTypes: Choice[]; themes: Choice[] }> {
  const rows = await db.term.findMany({
    where: { vocabulary: { in: ["STAGE", "SUPPORT_TYPE", "THEME"] }, active: true },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  const of = (vocabulary: string) =>
    rows
      .filter((r) => r.vocabulary === vocabulary)
      .map((r) => ({ value: r.key, label: locale === "en" && r.labelEn ? r.labelEn : r.labelLv }));
  return { stages: of("STAGE"), supportTypes: of("SUPPORT_TYPE"), themes: of("THEME") };
}
