// Reads of the regional view: for each planning region the published
// organisations based there, the calls organisations there can apply for, and
// the innovations there, so a municipality or a planning region sees its own
// ecosystem. Calls come from the funding list's own read (getCurrentCalls).
import "server-only";
import { cachedAtMoment } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { getCurrentCalls, type CallCard } from "@/lib/funding/public-queries";
import type { Locale } from "@/lib/i18n/routing";
import { isPlanningRegion, NATIONWIDE, PLANNING_REGIONS, type PlanningRegion } from "./planning-regions";

/** A call is local to the planning region its funder is in; any other call is open to the whole country. */
const callRegion = (call: CallCard): PlanningRegion | null =>
  isPlanningRegion(call.funder?.region) ? call.funder.region : null;

export type RegionCounts = { organisations: number; innovations: number; localCalls: number };

/** The figures of every planning region (and of "national") for the regions' index. */
export const getRegionCounts = cachedAtMoment("region-counts", ["organisations", "innovations"], loadRegionCounts);

async function loadRegionCounts(now: Date): Promise<{
  regions: Map<string, RegionCounts>;
  nationwideCalls: number;
}> {
  const [organisations, innovations, calls] = await Promise.all([
    db.organisation.groupBy({ by: ["region"], where: { publication: "PUBLISHED" }, _count: { _all: true } }),
    db.innovation.groupBy({ by: ["region"], where: { publication: "PUBLISHED" }, _count: { _all: true } }),
    getCurrentCalls(now),
  ]);
  const regions = new Map<string, RegionCounts>(
    [...PLANNING_REGIONS, NATIONWIDE].map((r) => [r, { organisations: 0, innovations: 0, localCalls: 0 }]),
  );
  for (const row of organisations) {
    const counts = row.region ? regions.get(row.region) : undefined;
    if (counts) counts.organisations = row._count._all;
  }
  for (const row of innovations) {
    const counts = row.region ? regions.get(row.region) : undefined;
    if (counts) counts.innovations = row._count._all;
  }
  let nationwideCalls = 0;
  for (const call of calls) {
    const region = callRegion(call);
    if (region) regions.get(region)!.localCalls++;
    else nationwideCalls++;
  }
  return { regions, nationwideCalls };
}

/** How many innovations the region page lists; the rest are one link away in the database. */
const INNOVATIONS_SHOWN = 12;

const organisationSelect = {
  slug: true,
  nameLv: true,
  nameEn: true,
  type: true,
  roles: true,
  supportTypes: true,
  stagesCovered: true,
  municipality: true,
} as const;

/** One planning region's ecosystem. */
export const getRegionEcosystem = (region: PlanningRegion, locale: Locale, now: Date) =>
  cachedRegionEcosystem(now, region, locale);

const cachedRegionEcosystem = cachedAtMoment(
  "region",
  ["organisations", "innovations", "terms"],
  (now, region: PlanningRegion, locale: Locale) => loadRegionEcosystem(region, locale, now),
);

async function loadRegionEcosystem(region: PlanningRegion, locale: Locale, now: Date) {
  const [municipalities, organisations, innovations, innovationTotal, byMunicipality, nationwideSupporters, calls] =
    await Promise.all([
      db.term.findMany({
        where: { vocabulary: "MUNICIPALITY", parentKey: region, active: true },
        orderBy: [{ position: "asc" }, { labelLv: "asc" }],
        select: { key: true, labelLv: true, labelEn: true },
      }),
      db.organisation.findMany({
        where: { publication: "PUBLISHED", region },
        orderBy:
          locale === "en" ? [{ nameEn: { sort: "asc", nulls: "last" } }, { nameLv: "asc" }] : [{ nameLv: "asc" }],
        select: organisationSelect,
      }),
      db.innovation.findMany({
        where: { publication: "PUBLISHED", region },
        orderBy: [{ featured: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
        take: INNOVATIONS_SHOWN,
        select: {
          slug: true,
          titleLv: true,
          titleEn: true,
          summaryLv: true,
          summaryEn: true,
          stage: true,
          municipality: true,
        },
      }),
      db.innovation.count({ where: { publication: "PUBLISHED", region } }),
      db.innovation.groupBy({
        by: ["municipality"],
        where: { publication: "PUBLISHED", region },
        _count: { _all: true },
      }),
      db.organisation.count({
        where: { publication: "PUBLISHED", region: NATIONWIDE, roles: { hasSome: ["supporter", "funder"] } },
      }),
      getCurrentCalls(now),
    ]);
  const innovationsIn = new Map(byMunicipality.map((r) => [r.municipality, r._count._all]));
  const organisationsIn = new Map<string | null, number>();
  for (const o of organisations) organisationsIn.set(o.municipality, (organisationsIn.get(o.municipality) ?? 0) + 1);
  return {
    organisations,
    innovations: { total: innovationTotal, shown: innovations },
    calls: {
      local: calls.filter((c) => callRegion(c) === region),
      nationwide: calls.filter((c) => callRegion(c) === null),
    },
    municipalities: municipalities.map((m) => ({
      ...m,
      organisations: organisationsIn.get(m.key) ?? 0,
      innovations: innovationsIn.get(m.key) ?? 0,
    })),
    nationwideSupporters,
  };
}
