// What the public submission form offers: vocabulary choices in the page's
// language, and the innovation a correction link points at.
import "server-only";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";

export type Choice = { value: string; label: string };
export type SubmissionChoices = Record<"stage" | "status" | "themes" | "targetGroups" | "region", Choice[]>;

const VOCABULARIES = {
  stage: "STAGE",
  status: "STATUS",
  themes: "THEME",
  targetGroups: "TARGET_GROUP",
  region: "REGION",
} as const satisfies Record<keyof SubmissionChoices, Vocabulary>;

export async function loadSubmissionChoices(locale: Locale): Promise<SubmissionChoices> {
  const rows = await db.term.findMany({
    where: { active: true, vocabulary: { in: Object.values(VOCABULARIES) } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  const of = (vocabulary: Vocabulary): Choice[] =>
    rows.filter((r) => r.vocabulary === vocabulary).map((r) => ({ value: r.key, label: locale === "en" && r.labelEn.trim() ? r.labelEn : r.labelLv }));
  return {
    stage: of(VOCABULARIES.stage),
    status: of(VOCABULARIES.status),
    themes: of(VOCABULARIES.themes),
    targetGroups: of(VOCABULARIES.targetGroups),
    region: of(VOCABULARIES.region),
  };
}

/** A published innovation by slug, for "suggest a correction" links; unknown slugs give null (no error page). */
export async function loadCorrectionTarget(slug: string | undefined, locale: Locale): Promise<{ slug: string; title: string; lang: Locale } | null> {
  if (!slug || !/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const row = await db.innovation.findFirst({ where: { slug, publication: "PUBLISHED" }, select: { slug: true, titleLv: true, titleEn: true } });
  if (!row) return null;
  const title = localized(row, "title", locale);
  return { slug: row.slug, title: title.text, lang: title.lang };
}
