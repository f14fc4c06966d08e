import "server-only";
import { db } from "@/lib/db";

// Reads for the home page.

export async function getStages() {
  return db.term.findMany({
    where: { vocabulary: "STAGE", active: true },
    orderBy: { position: "asc" },
    select: { key: true, labelLv: true, labelEn: true },
  });
}

export type StageTerm = Awaited<ReturnType<typeof getStages>>[number];

/** Published innovations per stage key; stages with none are absent. */
export async function getStageCounts(): Promise<Map<string, number>> {
  const rows = await db.innovation.groupBy({
    by: ["stage"],
    where: { publication: "PUBLISHED" },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.stage, row._count._all]));
}

export async function getFeaturedInnovations(limit = 6) {
  return db.innovation.findMany({
    where: { featured: true, publication: "PUBLISHED" },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: limit,
    select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true, stage: true },
  });
}

export type FeaturedInnovation = Awaited<ReturnType<typeof getFeaturedInnovations>>[number];
