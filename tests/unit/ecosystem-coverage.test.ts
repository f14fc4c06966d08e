// The coverage grid's rules, checked against a brute-force reading of them on
// random organisations and calls: every cell lists exactly the organisations
// and calls that cover it, after the region and theme filters.
import { describe, expect, it } from "vitest";
import {
  buildCoverage,
  cellOf,
  coverageLevel,
  type CoverageCall,
  type CoverageOrganisation,
} from "@/lib/ecosystem/coverage";

const STAGES = ["problem", "idea", "pilot", "scale"];
const TYPES = ["consulting", "grants", "training"];
const REGIONS = ["riga", "latgale", "national", "abroad", null];
const THEMES = ["health", "education"];
const PLANNING = new Set(["riga", "latgale"]);

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const some = <T>(r: () => number, list: readonly T[]) => list.filter(() => r() < 0.4);

function world(seed: number) {
  const r = rng(seed);
  const organisations: CoverageOrganisation[] = Array.from({ length: 25 }, (_, i) => ({
    id: `o${i}`,
    region: REGIONS[Math.floor(r() * REGIONS.length)]!,
    offers: Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({
      supportTypes: some(r, TYPES),
      stages: some(r, STAGES),
    })),
    themes: some(r, THEMES),
  }));
  const calls: CoverageCall[] = Array.from({ length: 10 }, (_, i) => ({
    id: `c${i}`,
    stages: some(r, STAGES),
    themes: some(r, THEMES),
    funderRegion: REGIONS[Math.floor(r() * REGIONS.length)]!,
  }));
  return { organisations, calls };
}

/** The rules of lib/ecosystem/coverage.ts, read literally, one cell at a time. */
function oracle(
  w: ReturnType<typeof world>,
  stage: string,
  type: string,
  region?: string,
  theme?: string,
): { organisationIds: string[]; callIds: string[] } {
  const themeOk = (themes: string[]) => !theme || themes.length === 0 || themes.includes(theme);
  const organisationIds = w.organisations
    .filter((o) => o.region !== "abroad")
    .filter((o) => !region || o.region === region || o.region === "national")
    .filter((o) => themeOk(o.themes))
    .filter((o) => o.offers.some((x) => x.stages.includes(stage) && x.supportTypes.includes(type)))
    .map((o) => o.id);
  const callIds =
    type !== "grants"
      ? []
      : w.calls
          .filter((c) => !region || !c.funderRegion || !PLANNING.has(c.funderRegion) || c.funderRegion === region)
          .filter((c) => themeOk(c.themes))
          .filter((c) => c.stages.includes(stage))
          .map((c) => c.id);
  return { organisationIds, callIds };
}

describe("ecosystem coverage grid", () => {
  it.each([1, 2, 3, 4, 5])("lists exactly the organisations and calls behind each cell (world %i)", (seed) => {
    const w = world(seed);
    for (const region of [undefined, "riga", "latgale"])
      for (const theme of [undefined, ...THEMES]) {
        const grid = buildCoverage({
          filter: { region, theme },
          stages: STAGES,
          supportTypes: TYPES,
          planningRegions: PLANNING,
          ...w,
        });
        expect(grid.cells).toHaveLength(STAGES.length * TYPES.length);
        for (const stage of STAGES)
          for (const type of TYPES) {
            const cell = cellOf(grid, stage, type)!;
            expect({ organisationIds: cell.organisationIds, callIds: cell.callIds }).toEqual(
              oracle(w, stage, type, region, theme),
            );
          }
      }
  });

  it("puts an organisation that names no stage under 'stage not stated', never into a stage", () => {
    const grid = buildCoverage({
      filter: {},
      stages: STAGES,
      supportTypes: TYPES,
      planningRegions: PLANNING,
      organisations: [
        { id: "o", region: "national", offers: [{ supportTypes: ["consulting"], stages: [] }], themes: [] },
      ],
      calls: [{ id: "c", stages: [], themes: [], funderRegion: null }],
    });
    expect(grid.cells.every((c) => c.organisationIds.length === 0 && c.callIds.length === 0)).toBe(true);
    expect(grid.unstated.find((u) => u.supportType === "consulting")?.organisationIds).toEqual(["o"]);
    expect(grid.unstated.find((u) => u.supportType === "grants")?.callIds).toEqual(["c"]);
    expect(grid.organisationIds).toEqual(["o"]);
  });

  it("calls a cell nobody covers a gap and one covered once thin", () => {
    expect(coverageLevel({ organisationIds: [], callIds: [] })).toBe("gap");
    expect(coverageLevel({ organisationIds: [], callIds: ["c"] })).toBe("thin");
    expect(coverageLevel({ organisationIds: ["o"], callIds: ["c"] })).toBe("covered");
  });
});
