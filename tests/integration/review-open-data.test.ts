// The review's open data (route handlers called directly) and the coverage
// grid's counts against SQL over the same records.
import { describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/v1/reviews/route";
import { GET as review } from "@/app/api/v1/reviews/[year]/route";
import { GET as dataset } from "@/app/api/v1/reviews/[year]/datasets/[file]/route";
import { GET as coverageCsv } from "@/app/api/v1/reviews/[year]/coverage.csv/route";
import { GET as chart } from "@/app/api/v1/reviews/[year]/charts/[file]/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cellOf, loadCoverage } from "@/lib/ecosystem/coverage";
import { rigaYear } from "@/lib/time/riga";

// absolute links name the public address, whatever address the request came by
const BASE = new URL(env.PUBLIC_URL).origin;
const year = (y: string) => ({ params: Promise.resolve({ year: y }) });
const file = (y: string, f: string) => ({ params: Promise.resolve({ year: y, file: f }) });

describe("review open data", () => {
  it("lists published reviews with their links and the licence", async () => {
    const body = await (await list()).json();
    expect(body.data).toContainEqual({
      year: 2025,
      url: `${BASE}/api/v1/reviews/2025`,
      page: `${BASE}/review/2025`,
    });
    expect(body.license).toBe("CC BY 4.0");
  });

  it("serves the whole published review, marked published, with a link for every dataset", async () => {
    const response = await review(new Request(`${BASE}/api/v1/reviews/2025`), year("2025"));
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.status).toBe("published");
    expect(data.schemaVersion).toBe(1);
    expect(data.importedDatasets).toHaveLength(56);
    expect(data.importedDatasets[0].links.csv).toMatch(/\/api\/v1\/reviews\/2025\/datasets\/[a-z0-9-]+\.csv$/);
  });

  it("serves this year's live figures as provisional", async () => {
    const current = String(rigaYear(new Date()));
    const { data } = await (await review(new Request(`${BASE}/api/v1/reviews/${current}`), year(current))).json();
    expect(data.status).toBe("provisional");
  });

  it("answers a bad year with 400 and a year without a review with 404, saying why", async () => {
    const bad = await review(new Request(`${BASE}/api/v1/reviews/20x5`), year("20x5"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/year/);
    const missing = await review(new Request(`${BASE}/api/v1/reviews/2021`), year("2021"));
    expect(missing.status).toBe(404);
  });

  it("gives each dataset as CSV (BOM, every row) and JSON (with its source)", async () => {
    const csv = await dataset(new Request(BASE), file("2025", "services-by-planning-region.csv"));
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("Rīgas plānošanas reģions");
    expect(text.trim().split("\r\n")).toHaveLength(6);
    expect(text).toMatch(/,384,count\r\n/);

    const json = await (await dataset(new Request(BASE), file("2025", "awareness-2024-term.json"))).json();
    expect(json.data.rows[0]).toMatchObject({ labelLv: "Termins nav dzirdēts", value: 41 });
    expect(json.data.n).toBe(1000);
    expect(json.data.sourceEn).toMatch(/Research on public understanding/);

    expect((await dataset(new Request(BASE), file("2025", "no-such.csv"))).status).toBe(404);
    expect((await dataset(new Request(BASE), file("2025", "../etc.csv"))).status).toBe(400);
  });

  it("serves each chart the review page shows as an SVG file, kept for good under its current name", async () => {
    const url = `${BASE}/api/v1/reviews/2025/charts/services-by-planning-region.lv.svg`;
    const first = await chart(new Request(url), file("2025", "services-by-planning-region.lv.svg"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await first.text();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Rīgas plānošanas reģions");
    expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
    // without the drawing's name only briefly; with it (as the page links it), for good
    expect(first.headers.get("cache-control")).toMatch(/max-age=60\b/);
    const { datasetChart } = await import("@/lib/review/charts");
    const { getReviewFigures } = await import("@/lib/review/queries");
    const figures = (await getReviewFigures(2025))!.figures;
    const shown = [...figures.datasets, ...figures.importedDatasets].find(
      (d) => d.key === "services-by-planning-region",
    )!;
    const drawn = datasetChart(shown, undefined, 2025, "lv")!;
    expect(drawn.svg).toBe(svg);
    const named = await chart(
      new Request(`${url}?v=${drawn.version}`),
      file("2025", "services-by-planning-region.lv.svg"),
    );
    expect(named.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const english = await (await chart(new Request(BASE), file("2025", "services-by-planning-region.en.svg"))).text();
    expect(english).toContain("Riga planning region");

    expect((await chart(new Request(BASE), file("2025", "no-such.lv.svg"))).status).toBe(404);
    expect((await chart(new Request(BASE), file("2025", "services-by-planning-region.de.svg"))).status).toBe(400);
    expect((await chart(new Request(BASE), file("2021", "services-by-planning-region.lv.svg"))).status).toBe(404);
  });

  it("gives the key figures as a dataset, equal to the review's own figures", async () => {
    const { data: whole } = await (await review(new Request(`${BASE}/api/v1/reviews/2025`), year("2025"))).json();
    expect(whole.links.keyFigures.csv).toBe(`${BASE}/api/v1/reviews/2025/datasets/key-figures.csv`);
    const json = await (await dataset(new Request(BASE), file("2025", "key-figures.json"))).json();
    const value = (key: string) => json.data.rows.find((r: { key: string }) => r.key === key)?.value;
    expect(value("total")).toBe(whole.innovations.total);
    expect(value("added")).toBe(whole.innovations.added);
    expect(value("consultations")).toBe(whole.support.sikcConsultations);
    expect(value("budget")).toBe(whole.support.callsBudgetEur);
    expect(json.data.rows[0]).toMatchObject({ labelLv: "sociālās inovācijas Latvijā", unit: "count" });

    const text = await (await dataset(new Request(BASE), file("2025", "key-figures.csv"))).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("key,label_lv,label_en,value,unit");
    expect(lines).toContain(
      `total,sociālās inovācijas Latvijā,social innovations in Latvia,${whole.innovations.total},count`,
    );
    expect(lines).toHaveLength(10);
  });

  it("gives the coverage grid as CSV, one line per cell", async () => {
    const text = await (await coverageCsv(new Request(BASE), year("2025"))).text();
    const lines = text.trim().split("\r\n");
    const stages = await db.term.count({ where: { vocabulary: "STAGE", active: true } });
    const types = await db.term.count({ where: { vocabulary: "SUPPORT_TYPE", active: true } });
    expect(lines[0]).toContain("stage,support_type,organisations,calls");
    expect(lines).toHaveLength(1 + stages * types + types);
  });
});

describe("coverage grid counts", () => {
  it("equal SQL counts over the same records, with and without a region filter", async () => {
    const now = new Date();
    for (const region of [undefined, "vidzeme"]) {
      const grid = await loadCoverage(db, { region }, now);
      for (const stage of ["problem", "idea", "scale"])
        for (const type of ["networking", "grants", "research"]) {
          const orgs = await db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT COUNT(*)::int AS n FROM "Organisation"
             WHERE "publication" = 'PUBLISHED' AND "roles" && ARRAY['supporter','funder']
               AND "region" IS DISTINCT FROM 'abroad'
               AND $1 = ANY("stagesCovered") AND $2 = ANY("supportTypes")
               ${region ? `AND "region" IN ('${region}', 'national')` : ""}`,
            stage,
            type,
          );
          const calls =
            type !== "grants"
              ? [{ n: 0 }]
              : await db.$queryRawUnsafe<{ n: number }[]>(
                  `SELECT COUNT(*)::int AS n FROM "FundingCall" c LEFT JOIN "Organisation" f ON f."id" = c."funderId"
                   WHERE c."publication" = 'PUBLISHED' AND $1 = ANY(c."stages")
                     AND (c."opensAt" IS NULL OR c."opensAt" <= $2)
                     AND (c."closesAt" >= $2 OR (c."closesAt" IS NULL AND COALESCE(c."rolling", '') <> ''))
                     ${region ? `AND (f."region" IS NULL OR f."region" NOT IN ('riga','vidzeme','kurzeme','zemgale','latgale') OR f."region" = '${region}')` : ""}`,
                  stage,
                  now,
                );
          const cell = cellOf(grid, stage, type)!;
          expect([stage, type, region, cell.organisationIds.length]).toEqual([stage, type, region, orgs[0]!.n]);
          expect([stage, type, region, cell.callIds.length]).toEqual([stage, type, region, calls[0]!.n]);
        }
    }
  });
});
