// The public finders' reads (toolkit, funding calls) against the seeded demo
// data plus records made here: results and facet counts compared with a
// brute-force oracle over every published row (OR inside a facet, AND across,
// each facet counted under the others' filters), and the SQL status and
// deadline of a call compared with the TypeScript rules the pages show.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callTiming } from "@/lib/funding/status";
import {
  FUNDING,
  countCurrentCallsByStage,
  getCallsClosingSoonest,
  getFundingValues,
  getPublicCall,
  getPublicProgrammes,
  searchCalls,
  type FundingFacet,
} from "@/lib/funding/public-queries";
import {
  getInnovationsForResource,
  getPublicResource,
  getResourcesForStage,
  getToolkitTerms,
  getToolkitValues,
  searchToolkit,
  type ToolkitFacet,
} from "@/lib/resources/public-queries";
import { parseFinderLenient, parseFinderStrict } from "@/lib/catalog/list-params";
import { deadlineSql, statusSql } from "@/lib/funding/public-sql";
import { type Prisma } from "@/generated/prisma/client";

type Row = Record<string, string | string[] | null>;

/** Results and disjunctive counts by brute force. */
function oracle(rows: Row[], facets: readonly string[], filters: Partial<Record<string, string[]>>) {
  const values = (row: Row, facet: string) => {
    const v = row[facet];
    return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const passes = (row: Row, except?: string) =>
    facets.every((f) => f === except || !filters[f]?.length || values(row, f).some((v) => filters[f]!.includes(v)));
  const counts: Record<string, Record<string, number>> = {};
  for (const f of facets) {
    counts[f] = {};
    for (const row of rows.filter((r) => passes(r, f)))
      for (const v of new Set(values(row, f))) counts[f]![v] = (counts[f]![v] ?? 0) + 1;
  }
  return { ids: new Set(rows.filter((r) => passes(r)).map((r) => r.id as string)), counts };
}

const asCounts = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((v) => [v.value, v.count]));

describe("toolkit finder", () => {
  let rows: Row[];
  beforeAll(async () => {
    // a draft never shows, whatever it matches
    await db.resource.create({
      data: { slug: "draft-method-x", titleLv: "Melnraksts", type: "method", stages: ["idea"], publication: "DRAFT" },
    });
    rows = (
      await db.resource.findMany({
        where: { publication: "PUBLISHED" },
        select: { id: true, type: true, audiences: true, stages: true, themes: true, language: true },
      })
    ).map((r) => ({
      id: r.id,
      type: r.type,
      audience: r.audiences,
      stage: r.stages,
      theme: r.themes,
      language: r.language,
    }));
  });

  const cases: Partial<Record<ToolkitFacet, string[]>>[] = [
    {},
    { type: ["method"] },
    { type: ["method", "guide"] },
    { stage: ["idea", "scale"] },
    { stage: ["pilot"], theme: ["social-services"] },
    { audience: ["innovators"], type: ["method", "tool", "research"], language: ["lv"] },
    { theme: ["poverty", "entrepreneurship"], audience: ["funders", "policy-makers"], stage: ["scale"] },
  ];

  it.each(cases)("results and counts match the oracle for %j", async (filters) => {
    const result = await searchToolkit({ q: "", filters, sort: "title", page: 1 }, "lv");
    const expected = oracle(rows, ["type", "audience", "stage", "theme", "language"], filters);
    expect(result.total).toBe(expected.ids.size);
    expect(result.hits.every((h) => expected.ids.has(h.id))).toBe(true);
    expect(result.hits.length).toBe(Math.min(20, expected.ids.size));
    for (const facet of ["type", "audience", "stage", "theme", "language"] as const)
      expect(asCounts(result.facets[facet]), facet).toEqual(expected.counts[facet]);
  });

  it("sorts by title in Latvian alphabetical order, by newest year, and pages without overlap", async () => {
    const byTitle = await searchToolkit({ q: "", filters: {}, sort: "title", page: 1 }, "lv");
    const titles = byTitle.hits.map((h) => h.titleLv);
    // Č, Ģ, Ķ, Ļ, Ņ, Š, Ž are letters of their own; ICU versions differ on the long vowels, which
    // PostgreSQL's sorts with their short ones (Īrijas before Izpēte), so those are compared as short here.
    const short = (s: string) =>
      s.replace(/[āĀ]/g, "a").replace(/[ēĒ]/g, "e").replace(/[īĪ]/g, "i").replace(/[ūŪ]/g, "u");
    const lv = new Intl.Collator("lv");
    expect(titles).toEqual([...titles].sort((a, b) => lv.compare(short(a), short(b))));
    const newest = await searchToolkit({ q: "", filters: {}, sort: "newest", page: 1 }, "lv");
    const years = newest.hits.map((h) => h.year).filter((y): y is number => y !== null);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const second = await searchToolkit({ q: "", filters: {}, sort: "title", page: 2 }, "lv");
    expect(second.hits.length).toBe(byTitle.total - 20);
    expect(second.hits.some((h) => byTitle.hits.some((f) => f.id === h.id))).toBe(false);
  });

  it("falls back to defaults on pages and names the parameter in strict parsing", async () => {
    const terms = await getToolkitTerms();
    const values = await getToolkitValues(terms);
    const spec = (await import("@/lib/resources/public-queries")).TOOLKIT;
    expect(parseFinderLenient(spec, values, "type=method&type=nonsense&stage=idea,zzz&sort=odd&page=-3")).toEqual({
      q: "",
      filters: { type: ["method"], stage: ["idea"] },
      sort: "relevance",
      page: 1,
    });
    expect(parseFinderStrict(spec, values, "type=method&stage=zzz")).toEqual({
      ok: false,
      error: { param: "stage", message: 'unknown value "zzz"' },
    });
    expect(parseFinderStrict(spec, values, "sort=odd")).toMatchObject({ ok: false, error: { param: "sort" } });
    expect(parseFinderStrict(spec, values, "language=lv&language=en")).toMatchObject({ ok: true });
  });

  it("a resource page has its related innovations: at one of its stages and on one of its themes", async () => {
    const resource = await getPublicResource("method-co-creation-with-service-users");
    expect(resource).not.toBeNull();
    const related = await getInnovationsForResource(resource!, 10);
    expect(related.length).toBeGreaterThan(0);
    const rows = await db.innovation.findMany({
      where: { slug: { in: related.map((r) => r.slug) } },
      select: { stage: true, themes: true, publication: true },
    });
    for (const r of rows) {
      expect(r.publication).toBe("PUBLISHED");
      expect(resource!.stages).toContain(r.stage);
      expect(r.themes.some((t) => resource!.themes.includes(t))).toBe(true);
    }
    expect(await getPublicResource("draft-method-x")).toBeNull();
  });

  it("offers up to three resources for a stage, those on the innovation's themes first", async () => {
    const forPilot = await getResourcesForStage("pilot", ["entrepreneurship"]);
    expect(forPilot.length).toBe(3);
    expect(forPilot.every((r) => r.stages.includes("pilot"))).toBe(true);
    const full = await db.resource.findMany({
      where: { id: { in: forPilot.map((r) => r.id) } },
      select: { themes: true },
    });
    const onTheme = await db.resource.count({
      where: { publication: "PUBLISHED", stages: { has: "pilot" }, themes: { has: "entrepreneurship" } },
    });
    expect(full.filter((r) => r.themes.includes("entrepreneurship")).length).toBe(Math.min(3, onTheme));
  });
});

describe("funding finder", () => {
  // Calls around a fixed moment: 1 December 2026, 12:00 in Riga.
  const now = new Date("2026-12-01T10:00:00Z");
  const make = (slug: string, data: Partial<Prisma.FundingCallCreateInput>) =>
    db.fundingCall.create({ data: { slug, titleLv: slug, publication: "PUBLISHED", ...data } });

  beforeAll(async () => {
    await make("t-closes-today", { closesAt: new Date("2026-12-01T21:59:59Z"), stages: ["idea"], themes: ["health"] });
    await make("t-upcoming", { opensAt: new Date("2027-01-10T22:00:00Z"), closesAt: new Date("2027-02-01T21:59:59Z") });
    await make("t-quarterly", { rolling: "quarterly", eligibleApplicantTypes: ["ngo"], stages: ["idea"] });
    await make("t-monthly-ending", { rolling: "monthly", closesAt: new Date("2026-12-20T21:59:59Z") });
    await make("t-monthly-later", { rolling: "half-yearly", opensAt: new Date("2027-02-14T22:00:00Z") });
    await make("t-continuous", { rolling: "continuous" });
    await make("t-closed", { closesAt: new Date("2026-11-30T21:59:59Z"), stages: ["idea"] });
    await db.fundingCall.create({
      data: { slug: "t-draft", titleLv: "draft", closesAt: new Date("2026-12-05T00:00:00Z"), publication: "DRAFT" },
    });
  });

  it("computes each call's status and deadline in SQL exactly as the pages do", async () => {
    const rows = await db.$queryRaw<
      { id: string; st: string; dl: Date | null; opensAt: Date | null; closesAt: Date | null; rolling: string | null }[]
    >`SELECT c."id", ${statusSql(now)} AS st, ${deadlineSql(now)} AS dl, c."opensAt", c."closesAt", c."rolling"
      FROM "FundingCall" c`;
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const timing = callTiming(row, now);
      expect(row.st, row.id).toBe(timing.status);
      // the SQL deadline is a round's end or the closing date; for closed calls the pages show the closing date
      expect(row.dl?.toISOString() ?? null, row.id).toBe(timing.deadline?.toISOString() ?? null);
    }
  });

  it("shows open and upcoming calls by default, soonest deadline first, without drafts", async () => {
    const values = await getFundingValues();
    const query = parseFinderLenient(FUNDING, values, "");
    expect(query.filters).toEqual({ status: ["open", "upcoming"] });
    const result = await searchCalls(query, "lv", now, 100);
    const slugs = result.hits.map((h) => h.slug);
    expect(slugs).not.toContain("t-draft");
    expect(slugs).not.toContain("t-closed");
    expect(slugs.indexOf("t-closes-today")).toBe(0);
    const deadlines = result.hits.map((h) => callTiming(h, now).deadline?.getTime() ?? Infinity);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    // the quarterly call's round ends with the year in Riga
    expect(
      callTiming(
        result.hits.find((h) => h.slug === "t-quarterly")!,
        now,
      ).deadline,
    ).toEqual(new Date("2026-12-31T22:00:00Z"));
  });

  it("counts every facet under the other facets' filters, status included", async () => {
    const all = await db.fundingCall.findMany({
      where: { publication: "PUBLISHED" },
      select: {
        id: true,
        opensAt: true,
        closesAt: true,
        rolling: true,
        eligibleApplicantTypes: true,
        stages: true,
        themes: true,
      },
    });
    const rows: Row[] = all.map((c) => ({
      id: c.id,
      status: callTiming(c, now).status,
      applicant: c.eligibleApplicantTypes,
      stage: c.stages,
      theme: c.themes,
    }));
    const cases: Partial<Record<FundingFacet, string[]>>[] = [
      { status: ["open", "upcoming"] },
      { status: ["closed"] },
      { status: ["open"], stage: ["idea"] },
      { status: ["open", "upcoming", "closed"], applicant: ["ngo", "municipality"], theme: ["arts-culture", "health"] },
    ];
    for (const filters of cases) {
      const result = await searchCalls({ q: "", filters, sort: "deadline", page: 1 }, "lv", now, 100);
      const expected = oracle(rows, ["status", "applicant", "stage", "theme"], filters);
      expect(new Set(result.hits.map((h) => h.id))).toEqual(expected.ids);
      expect(result.total).toBe(expected.ids.size);
      for (const facet of ["status", "applicant", "stage", "theme"] as const)
        expect(asCounts(result.facets[facet]), `${JSON.stringify(filters)} ${facet}`).toEqual(expected.counts[facet]);
    }
  });

  it("the archive lists closed calls, most recently closed first", async () => {
    const result = await searchCalls(
      { q: "", filters: { status: ["closed"] }, sort: "deadline", page: 1 },
      "lv",
      now,
      100,
    );
    expect(result.hits[0]?.slug).toBe("t-closed");
    expect(result.hits.every((h) => callTiming(h, now).status === "closed")).toBe(true);
  });

  it("the home page's calls closing soonest are open calls with a deadline, soonest first", async () => {
    const soonest = await getCallsClosingSoonest(now, 3);
    expect(soonest.map((c) => c.slug).slice(0, 2)).toEqual(["t-closes-today", "demo-riga-innovation-fund-2026-rudens"]);
    expect(soonest.every((c) => callTiming(c, now).status === "open")).toBe(true);
    const byStage = await countCurrentCallsByStage(now);
    expect(byStage.get("idea")).toBeGreaterThanOrEqual(2); // t-closes-today and t-quarterly, not t-closed
  });

  it("a call page has every figure of ESF+ measure 4.4.1.1 from the source", async () => {
    const call = await getPublicCall("esf-4-4-1-1-jaunas-pieejas-sabiedriba-balstitiem-pakalpojumiem");
    expect(call).toMatchObject({
      maxPerProjectEur: "300000",
      aidIntensityPct: "100",
      advancePct: "30",
      rolling: "quarterly",
      contactEmail: "inovacija@sif.gov.lv",
    });
    expect(call?.details).toMatchObject({
      financing: { totalEur: 12002272, esfPlusEur: 10201931, stateBudgetEur: 1800341, projectSelectionEur: 9000000 },
    });
    expect(call?.programme?.slug).toBe("esf-plus-4-4-1");
  });

  it("lists programmes with their published calls, EU cohesion first", async () => {
    const programmes = await getPublicProgrammes();
    expect(programmes[0]?.kind).toBe("eu-cohesion");
    const esf = programmes.find((p) => p.slug === "esf-plus-4-4-1");
    expect(esf?.calls.map((c) => c.slug)).toContain("esf-4-4-1-1-jaunas-pieejas-sabiedriba-balstitiem-pakalpojumiem");
  });
});
