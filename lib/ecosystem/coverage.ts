// The ecosystem coverage grid: the seven SI stages against the support types,
// and for each cell the organisations and calls for proposals that cover it.
// Used by the annual review (frozen into its snapshot) and by the support
// navigator and coverage page. One set of rules, here:
//
// - Organisations: published, with the ecosystem role "supporter" or
//   "funder", in Latvia's ecosystem (not region "abroad"). An organisation
//   covers (stage, type) when its directory profile names both; with a year,
//   its accepted supporter's report for that year adds what it reported.
//   One that names support types but no stage is listed under "stage not
//   stated" for each type, never guessed into a stage.
// - Calls: published calls open now, or with a year, open at any time in that
//   Riga calendar year (lib/stats/open-calls.ts for "now"). A call is funding,
//   so it covers the "grants" column at each of its stages.
// - Region: an organisation counts for its own planning region and, when it
//   works nationwide, for every region; a call counts for its funder's
//   planning region, and for every region when the funder is not regional.
// - Theme: calls whose themes include it or that name no theme; organisations
//   whose reported themes include it or that state none (open to any theme).
//
// Not "server-only" and the database client is a parameter: the seed takes
// the 2025 review's snapshot with it. Pages read it through queries.ts.
import type { Db, Tx } from "@/lib/db";
import { readAll } from "@/lib/db-parallel";
import { callOpenDuringWhere, openCallWhere } from "@/lib/stats/open-calls";
import { rigaYearRange } from "@/lib/time/riga";

const CALL_SUPPORT_TYPE = "grants";
const SUPPORTER_ROLES = ["supporter", "funder"];
const NATIONWIDE = "national";
const ABROAD = "abroad";

export type CoverageFilter = { year?: number; region?: string; theme?: string };

export type CoverageOrganisation = {
  id: string;
  region: string | null;
  /** From the directory profile and, with a year, the accepted report. */
  offers: { supportTypes: string[]; stages: string[] }[];
  themes: string[];
};
export type CoverageCall = { id: string; stages: string[]; themes: string[]; funderRegion: string | null };

export type CoverageCell = { stage: string; supportType: string; organisationIds: string[]; callIds: string[] };
type CoverageUnstated = { supportType: string; organisationIds: string[]; callIds: string[] };

export type Coverage = {
  filter: CoverageFilter;
  stages: string[];
  supportTypes: string[];
  /** Row-major: every stage × every support type, in the vocabularies' order. */
  cells: CoverageCell[];
  /** Organisations and calls that name a support type but no stage. */
  unstated: CoverageUnstated[];
  /** Distinct organisations and calls counted anywhere in the grid. */
  organisationIds: string[];
  callIds: string[];
};

export type CoverageLevel = "gap" | "thin" | "covered";

/** A cell nobody covers is a gap; one covered by a single organisation or call is thin. */
export function coverageLevel(cell: { organisationIds: string[]; callIds: string[] }): CoverageLevel {
  const n = cell.organisationIds.length + cell.callIds.length;
  return n === 0 ? "gap" : n === 1 ? "thin" : "covered";
}

export function cellOf(coverage: Coverage, stage: string, supportType: string): CoverageCell | undefined {
  const row = coverage.stages.indexOf(stage);
  const column = coverage.supportTypes.indexOf(supportType);
  if (row < 0 || column < 0) return undefined;
  return coverage.cells[row * coverage.supportTypes.length + column];
}

const inRegion = (own: string | null, region: string | undefined, planningRegions: ReadonlySet<string>) =>
  !region || own === region || !own || !planningRegions.has(own);

const hasTheme = (themes: string[], theme: string | undefined) =>
  !theme || themes.length === 0 || themes.includes(theme);

/** The grid from rows already chosen by the loader's rules; pure, so the rules are unit-tested. */
export function buildCoverage(input: {
  filter: CoverageFilter;
  stages: string[];
  supportTypes: string[];
  planningRegions: ReadonlySet<string>;
  organisations: CoverageOrganisation[];
  calls: CoverageCall[];
}): Coverage {
  const { filter, stages, supportTypes, planningRegions } = input;
  const organisations = input.organisations.filter(
    (o) =>
      o.region !== ABROAD &&
      (!filter.region || o.region === filter.region || o.region === NATIONWIDE) &&
      hasTheme(o.themes, filter.theme),
  );
  const calls = input.calls.filter(
    (c) => inRegion(c.funderRegion, filter.region, planningRegions) && hasTheme(c.themes, filter.theme),
  );
  const cells: CoverageCell[] = stages.flatMap((stage) =>
    supportTypes.map((supportType) => ({
      stage,
      supportType,
      organisationIds: organisations
        .filter((o) => o.offers.some((x) => x.stages.includes(stage) && x.supportTypes.includes(supportType)))
        .map((o) => o.id),
      callIds: supportType === CALL_SUPPORT_TYPE ? calls.filter((c) => c.stages.includes(stage)).map((c) => c.id) : [],
    })),
  );
  const unstated = supportTypes.map((supportType) => ({
    supportType,
    organisationIds: organisations
      .filter(
        (o) =>
          o.offers.some((x) => x.supportTypes.includes(supportType)) &&
          !o.offers.some((x) => x.supportTypes.includes(supportType) && x.stages.some((s) => stages.includes(s))),
      )
      .map((o) => o.id),
    callIds: supportType === CALL_SUPPORT_TYPE ? calls.filter((c) => c.stages.length === 0).map((c) => c.id) : [],
  }));
  const used = (pick: (c: CoverageCell | CoverageUnstated) => string[]) =>
    [...new Set([...cells, ...unstated].flatMap(pick))].sort();
  return {
    filter,
    stages,
    supportTypes,
    cells,
    unstated,
    organisationIds: used((c) => c.organisationIds),
    callIds: used((c) => c.callIds),
  };
}

/** Reads the rows the rules above name and builds the grid. */
export async function loadCoverage(client: Db | Tx, filter: CoverageFilter = {}, now = new Date()): Promise<Coverage> {
  const [terms, organisations, calls, reports] = await readAll(client, [
    () =>
      client.term.findMany({
        where: { vocabulary: { in: ["STAGE", "SUPPORT_TYPE", "MUNICIPALITY"] }, active: true },
        orderBy: [{ position: "asc" }, { labelLv: "asc" }],
        select: { vocabulary: true, key: true, parentKey: true },
      }),
    () =>
      client.organisation.findMany({
        where: { publication: "PUBLISHED", roles: { hasSome: SUPPORTER_ROLES } },
        select: { id: true, region: true, supportTypes: true, stagesCovered: true },
        orderBy: { id: "asc" },
      }),
    () =>
      client.fundingCall.findMany({
        where: filter.year === undefined ? openCallWhere(now) : callOpenDuringWhere(rigaYearRange(filter.year)),
        select: { id: true, stages: true, themes: true, funder: { select: { region: true } } },
        orderBy: { id: "asc" },
      }),
    () =>
      filter.year === undefined
        ? Promise.resolve([])
        : client.supporterReport.findMany({
            where: { status: "ACCEPTED", review: { year: filter.year }, organisation: { publication: "PUBLISHED" } },
            select: {
              organisationId: true,
              supportTypes: true,
              stages: true,
              themes: true,
              organisation: { select: { region: true } },
            },
          }),
  ]);
  const keys = (vocabulary: string) => terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.key);
  const planningRegions = new Set(
    terms.flatMap((t) => (t.vocabulary === "MUNICIPALITY" && t.parentKey ? [t.parentKey] : [])),
  );

  const byId = new Map<string, CoverageOrganisation>(
    organisations.map((o) => [
      o.id,
      { id: o.id, region: o.region, offers: [{ supportTypes: o.supportTypes, stages: o.stagesCovered }], themes: [] },
    ]),
  );
  for (const r of reports) {
    const org = byId.get(r.organisationId) ?? {
      id: r.organisationId,
      region: r.organisation.region,
      offers: [],
      themes: [],
    };
    org.offers.push({ supportTypes: r.supportTypes, stages: r.stages });
    org.themes = [...new Set([...org.themes, ...r.themes])];
    byId.set(org.id, org);
  }
  return buildCoverage({
    filter,
    stages: keys("STAGE"),
    supportTypes: keys("SUPPORT_TYPE"),
    planningRegions,
    organisations: [...byId.values()],
    calls: calls.map((c) => ({ id: c.id, stages: c.stages, themes: c.themes, funderRegion: c.funder?.region ?? null })),
  });
}

type Labelled = { key: string; labelLv: string; labelEn: string };

/** The grid with its stage and support-type labels, as a page draws it (and a review freezes it). */
export type LabelledCoverage = Pick<Coverage, "cells" | "unstated"> & {
  stages: Labelled[];
  supportTypes: Labelled[];
};

/** Labels the grid's keys from the vocabulary (unknown keys show as themselves). */
export function labelCoverage(coverage: Coverage, terms: Labelled[]): LabelledCoverage {
  const label = (key: string) => terms.find((t) => t.key === key) ?? { key, labelLv: key, labelEn: key };
  return {
    stages: coverage.stages.map(label),
    supportTypes: coverage.supportTypes.map(label),
    cells: coverage.cells,
    unstated: coverage.unstated,
  };
}
