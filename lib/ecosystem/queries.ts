// Reads of the live coverage grid (the directory, /ecosystem and its CSV):
// the filters read from the URL, the grid with its labels, and one cell's
// organisations and calls. The rules themselves are lib/ecosystem/coverage.
import "server-only";
import { db } from "@/lib/db";
import { getCallCards } from "@/lib/funding/public-queries";
import { isPlanningRegion, type PlanningRegion } from "@/lib/regions/planning-regions";
import { cellOf, labelCoverage, loadCoverage, type Coverage } from "./coverage";

export type CoverageQuery = {
  region?: PlanningRegion;
  theme?: string;
  /** Parameter names whose value the portal does not know; ignored, and named on the page. */
  ignored: string[];
};

/** Only the first value of a parameter counts; a hand-made URL costs no more than one look-up. */
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 100);

const loadThemes = () =>
  db.term.findMany({ where: { vocabulary: "THEME", active: true }, select: { key: true } }).then((rows) => rows);

/** The grid's filters from a URL; unknown values are dropped and named, never an error. */
export async function parseCoverageQuery(
  params: Record<string, string | string[] | undefined>,
): Promise<CoverageQuery> {
  const query: CoverageQuery = { ignored: [] };
  const region = first(params.region);
  if (region) {
    if (isPlanningRegion(region)) query.region = region;
    else query.ignored.push("region");
  }
  const theme = first(params.theme);
  if (theme) {
    const themes = await loadThemes();
    if (themes.some((t) => t.key === theme)) query.theme = theme;
    else query.ignored.push("theme");
  }
  return query;
}

/** The filters as URL parameters (for cell links, the CSV link and the form). */
export function coverageSearch(query: Pick<CoverageQuery, "region" | "theme">, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  if (query.region) params.set("region", query.region);
  if (query.theme) params.set("theme", query.theme);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const gridTerms = () =>
  db.term.findMany({
    where: { vocabulary: { in: ["STAGE", "SUPPORT_TYPE"] } },
    select: { key: true, labelLv: true, labelEn: true },
  });

/** The live grid (published records, calls open now) under the filters, labelled. */
export async function getCoverage(query: Pick<CoverageQuery, "region" | "theme">, now = new Date()) {
  const [coverage, terms] = await Promise.all([
    loadCoverage(db, { region: query.region, theme: query.theme }, now),
    gridTerms(),
  ]);
  return { coverage, labelled: labelCoverage(coverage, terms) };
}

/** Slugs for the ids the grid names (the CSV lists records by slug). */
export async function coverageSlugs(coverage: Coverage) {
  const [organisations, calls] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: coverage.organisationIds } }, select: { id: true, slug: true } }),
    db.fundingCall.findMany({ where: { id: { in: coverage.callIds } }, select: { id: true, slug: true } }),
  ]);
  return {
    organisations: new Map(organisations.map((o) => [o.id, o.slug])),
    calls: new Map(calls.map((c) => [c.id, c.slug])),
  };
}

/** Marks the "stage not stated" row in a cell's URL. */
export const UNSTATED = "none";

/**
 * Exactly the organisations and calls one cell counts, or null when the
 * stage or support type is not in the grid.
 */
export async function getCoverageCell(
  query: Pick<CoverageQuery, "region" | "theme">,
  stage: string,
  supportType: string,
  locale: "lv" | "en",
  now = new Date(),
) {
  const { coverage, labelled } = await getCoverage(query, now);
  const cell =
    stage === UNSTATED
      ? coverage.unstated.find((u) => u.supportType === supportType)
      : cellOf(coverage, stage, supportType);
  if (!cell) return null;
  const [organisations, calls] = await Promise.all([
    db.organisation.findMany({
      where: { id: { in: cell.organisationIds } },
      orderBy: locale === "en" ? [{ nameEn: { sort: "asc", nulls: "last" } }, { nameLv: "asc" }] : [{ nameLv: "asc" }],
      select: { slug: true, nameLv: true, nameEn: true, type: true, region: true, municipality: true },
    }),
    getCallCards(cell.callIds),
  ]);
  return {
    stage: labelled.stages.find((s) => s.key === stage) ?? null,
    supportType: labelled.supportTypes.find((s) => s.key === supportType)!,
    organisations,
    calls,
  };
}
