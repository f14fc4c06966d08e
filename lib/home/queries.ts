import "server-only";
import { cachedAtMoment, cachedRead } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { countCurrentCallsByStage } from "@/lib/funding/public-queries";
import { countResourcesByStage } from "@/lib/resources/public-queries";

// Reads for the home page.

export const getStages = cachedRead("stages", ["terms"], loadStages);

async function loadStages() {
  return db.term.findMany({
    where: { vocabulary: "STAGE", active: true },
    orderBy: { position: "asc" },
    select: { key: true, labelLv: true, labelEn: true },
  });
}

export type StageTerm = Awaited<ReturnType<typeof loadStages>>[number];

export const getFeaturedInnovations = cachedRead("featured-innovations", ["innovations"], loadFeaturedInnovations);

async function loadFeaturedInnovations(limit = 6) {
  return db.innovation.findMany({
    where: { featured: true, publication: "PUBLISHED" },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: limit,
    select: { slug: true, titleLv: true, titleEn: true, summaryLv: true, summaryEn: true, stage: true },
  });
}

export type FeaturedInnovation = Awaited<ReturnType<typeof loadFeaturedInnovations>>[number];

export type StageCounts = { innovations: number; resources: number; calls: number };

/** For each stage: published innovations at it, resources for it, open or upcoming calls for it. */
export const getStageCounts = (now: Date = new Date()): Promise<Map<string, StageCounts>> => cachedStageCounts(now);

const cachedStageCounts = cachedAtMoment("stage-counts", ["innovations", "resources"], loadStageCounts);

async function loadStageCounts(now: Date): Promise<Map<string, StageCounts>> {
  const [innovations, resources, calls] = await Promise.all([
    db.innovation.groupBy({ by: ["stage"], where: { publication: "PUBLISHED" }, _count: { _all: true } }),
    countResourcesByStage(),
    countCurrentCallsByStage(now),
  ]);
  const out = new Map<string, StageCounts>();
  const at = (stage: string) =>
    out.get(stage) ?? out.set(stage, { innovations: 0, resources: 0, calls: 0 }).get(stage)!;
  for (const row of innovations) at(row.stage).innovations = row._count._all;
  for (const [stage, n] of resources) at(stage).resources = n;
  for (const [stage, n] of calls) at(stage).calls = n;
  return out;
}
