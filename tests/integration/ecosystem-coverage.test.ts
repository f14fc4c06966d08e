// The live coverage grid as people and machines get it (the CSV the page
// links to, one cell's list, the URL filters) against SQL written here
// independently of lib/ecosystem, and the regional view's figures likewise.
import { describe, expect, it } from "vitest";
import { GET as coverageCsv } from "@/app/api/v1/coverage.csv/route";
import { db } from "@/lib/db";
import { getCoverageCell, parseCoverageQuery, UNSTATED } from "@/lib/ecosystem/queries";
import { getRegionCounts, getRegionEcosystem } from "@/lib/regions/queries";

const BASE = "http://portal.test";
const PLANNING = "('riga','vidzeme','kurzeme','zemgale','latgale')";

type Row = { stage: string; type: string; n: number };

/** Supporters and funders in Latvia per (stage, support type), optionally in one region (or nationwide). */
async function sqlOrganisations(region?: string): Promise<Map<string, number>> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT s AS stage, t AS type, COUNT(DISTINCT o."id")::int AS n
       FROM "Organisation" o, unnest(o."stagesCovered") s, unnest(o."supportTypes") t
      WHERE o."publication" = 'PUBLISHED' AND o."roles" && ARRAY['supporter','funder']
        AND o."region" IS DISTINCT FROM 'abroad'
        ${region ? `AND o."region" IN ($1, 'national')` : ""}
      GROUP BY 1, 2`,
    ...(region ? [region] : []),
  );
  return new Map(rows.map((r) => [`${r.stage}|${r.type}`, r.n]));
}

/** Calls open now per stage, optionally for one region and one theme. */
async function sqlCalls(now: Date, region?: string, theme?: string): Promise<Map<string, number>> {
  const rows = await db.$queryRawUnsafe<{ stage: string; n: number }[]>(
    `SELECT s AS stage, COUNT(DISTINCT c."id")::int AS n
       FROM "FundingCall" c LEFT JOIN "Organisation" f ON f."id" = c."funderId", unnest(c."stages") s
      WHERE c."publication" = 'PUBLISHED'
        AND (c."opensAt" IS NULL OR c."opensAt" <= $1)
        AND (c."closesAt" >= $1 OR (c."closesAt" IS NULL AND COALESCE(c."rolling", '') <> ''))
        AND ($2::text IS NULL OR f."region" IS NULL OR f."region" NOT IN ${PLANNING} OR f."region" = $2)
        AND ($3::text IS NULL OR cardinality(c."themes") = 0 OR $3 = ANY(c."themes"))
      GROUP BY 1`,
    now,
    region ?? null,
    theme ?? null,
  );
  return new Map(rows.map((r) => [r.stage, r.n]));
}

/** The CSV's cells: `stage|type` → [organisations, calls]. */
async function csvCells(search: string) {
  const response = await coverageCsv(new Request(`${BASE}/api/v1/coverage.csv${search}`));
  expect(response.status).toBe(200);
  const lines = (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1);
  return new Map(
    lines.map((line) => {
      const [stage, type, orgs, calls] = line.split(",");
      return [`${stage}|${type}`, [Number(orgs), Number(calls)]] as const;
    }),
  );
}

describe("live coverage grid", () => {
  it("every cell of the CSV equals SQL counts, for all of Latvia and for each region with a theme", async () => {
    const stages = (await db.term.findMany({ where: { vocabulary: "STAGE", active: true } })).map((t) => t.key);
    const types = (await db.term.findMany({ where: { vocabulary: "SUPPORT_TYPE", active: true } })).map((t) => t.key);
    const theme = (await db.term.findFirstOrThrow({ where: { vocabulary: "THEME", key: "social-services" } })).key;
    let nonEmpty = 0;
    for (const [region, withTheme] of [
      [undefined, undefined],
      ["latgale", theme],
      ["riga", undefined],
      ["vidzeme", theme],
    ] as const) {
      const now = new Date();
      const search = new URLSearchParams();
      if (region) search.set("region", region);
      if (withTheme) search.set("theme", withTheme);
      const [csv, orgs, calls] = await Promise.all([
        csvCells(`?${search}`),
        sqlOrganisations(region),
        sqlCalls(now, region, withTheme),
      ]);
      expect(csv.size).toBe(stages.length * types.length + types.length);
      for (const stage of stages)
        for (const type of types) {
          const expected = [orgs.get(`${stage}|${type}`) ?? 0, type === "grants" ? (calls.get(stage) ?? 0) : 0];
          expect([region, stage, type, ...csv.get(`${stage}|${type}`)!]).toEqual([region, stage, type, ...expected]);
          if (expected[0]! + expected[1]! > 0) nonEmpty++;
        }
    }
    expect(nonEmpty).toBeGreaterThan(20); // the demo data is not an empty grid
  });

  it("a cell's page lists exactly the organisations and calls SQL finds for it", async () => {
    const now = new Date();
    const cell = (await getCoverageCell({ region: "latgale" }, "pilot", "grants", "lv", now))!;
    const orgs = await db.$queryRaw<{ slug: string }[]>`
      SELECT "slug" FROM "Organisation" WHERE "publication" = 'PUBLISHED' AND "roles" && ARRAY['supporter','funder']
        AND "region" IN ('latgale', 'national') AND 'pilot' = ANY("stagesCovered") AND 'grants' = ANY("supportTypes")`;
    expect(cell.organisations.map((o) => o.slug).sort()).toEqual(orgs.map((o) => o.slug).sort());
    const calls = await sqlCalls(now, "latgale");
    expect(cell.calls).toHaveLength(calls.get("pilot") ?? 0);
    expect(cell.calls.length).toBeGreaterThan(0);
    expect(cell.calls.every((c) => c.stages.includes("pilot"))).toBe(true);
    expect(await getCoverageCell({}, "no-such-stage", "grants", "lv", now)).toBeNull();
    const unstated = await getCoverageCell({}, UNSTATED, "grants", "en", now);
    expect(unstated?.stage).toBeNull();
  });

  it("ignores unknown filters with their names on the page, and the CSV answers them with 400", async () => {
    expect(await parseCoverageQuery({ region: "atlantis", theme: "social-services" })).toEqual({
      theme: "social-services",
      ignored: ["region"],
    });
    expect(await parseCoverageQuery({ region: ["latgale", "riga"], theme: "<script>" })).toEqual({
      region: "latgale",
      ignored: ["theme"],
    });
    const bad = await coverageCsv(new Request(`${BASE}/api/v1/coverage.csv?region=atlantis`));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/region/);
  });

  it("reads a hand-made URL with hundreds of parameters in one look-up", async () => {
    const params: Record<string, string | string[]> = { region: Array(300).fill("latgale"), theme: "x".repeat(5000) };
    for (let i = 0; i < 500; i++) params[`p${i}`] = "v";
    const query = await parseCoverageQuery(params);
    expect(query).toEqual({ region: "latgale", ignored: ["theme"] });
  });
});

describe("regional view", () => {
  it("each planning region's figures equal SQL counts", async () => {
    const now = new Date();
    const { regions } = await getRegionCounts(now);
    const orgs = await db.$queryRaw<{ region: string; n: number }[]>`
      SELECT "region", COUNT(*)::int AS n FROM "Organisation" WHERE "publication" = 'PUBLISHED' GROUP BY 1`;
    const innovations = await db.$queryRaw<{ region: string; n: number }[]>`
      SELECT "region", COUNT(*)::int AS n FROM "Innovation" WHERE "publication" = 'PUBLISHED' GROUP BY 1`;
    for (const region of ["riga", "vidzeme", "kurzeme", "zemgale", "latgale"]) {
      expect([region, regions.get(region)!.organisations]).toEqual([
        region,
        orgs.find((r) => r.region === region)?.n ?? 0,
      ]);
      expect([region, regions.get(region)!.innovations]).toEqual([
        region,
        innovations.find((r) => r.region === region)?.n ?? 0,
      ]);
    }
    const latgale = await getRegionEcosystem("latgale", "lv", now);
    expect(latgale.organisations.length).toBe(regions.get("latgale")!.organisations);
    expect(latgale.calls.local.length).toBe(regions.get("latgale")!.localCalls);
    expect(latgale.organisations.length).toBeGreaterThan(0);
  });
});
