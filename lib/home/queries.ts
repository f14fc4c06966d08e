import "server-only";
import { db } from "@/lib/db";

// Reads for the home page and the placeholder innovation page. The
// innovations issue is expected to move the innovation reads into
// lib/innovations/queries.ts once that module exists.

export async function getStages() {
  return db.term.findMany({
    where: { vocabulary: "STAGE", active: true },
    orderBy: { position: "asc" },
    select: { key: true, labelLv: true, labelEn: true },
  });
}

export type StageTerm = Awaited<ReturnType<typeof getStages>>[number];

export async function getFeaturedInnovations(limit = 6) {
  return db.innovation.findMany({
    where: { featured: true, publication: "PUBLISHED" },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: limit,
    select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true, stage: true },
  });
}

export type FeaturedInnovation = Awaited<ReturnType<typeof getFeaturedInnovations>>[number];

export async function getPublishedInnovationHeading(slug: string) {
  return db.innovation.findFirst({
    where: { slug, publication: "PUBLISHED" },
    select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true },
  });
}
