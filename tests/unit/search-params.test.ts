import { describe, expect, it } from "vitest";
import {
  PAGE_MAX,
  PAGE_SIZE_MAX,
  Q_MAX_LENGTH,
  parseSearchParamsLenient,
  parseSearchParamsStrict,
  toSearchParams,
  type FacetVocabulary,
} from "@/lib/search/params";

const vocabulary: FacetVocabulary = {
  stage: new Set(["idea", "pilot", "scale"]),
  theme: new Set(["health", "education"]),
  targetGroup: new Set(["seniors"]),
  region: new Set(["latgale", "riga"]),
  status: new Set(["active"]),
  implementerType: new Set(["ngo"]),
  supporter: new Set(["sif"]),
};
const lenient = (qs: string) => parseSearchParamsLenient(new URLSearchParams(qs), vocabulary);
const strict = (qs: string) => parseSearchParamsStrict(qs, vocabulary);

describe("parseSearchParamsLenient (pages)", () => {
  it("reads repeated and comma-separated facet values, dropping unknown ones", () => {
    const q = lenient("stage=pilot&stage=bogus,idea&theme=health,health&startYear=2021,abc&region=");
    expect(q.filters).toEqual({ stage: ["pilot", "idea"], theme: ["health"], startYear: ["2021"] });
  });

  it("falls back to defaults for bad page, pageSize and sort, and clamps huge ones", () => {
    expect(lenient("page=-3&pageSize=0&sort=random")).toMatchObject({ page: 1, pageSize: 20, sort: "relevance" });
    expect(lenient("page=abc").page).toBe(1);
    expect(lenient("page=99999999999&pageSize=5000")).toMatchObject({ page: PAGE_MAX, pageSize: PAGE_SIZE_MAX });
  });

  it("trims, collapses and caps the query, removing control characters and replacement marks", () => {
    expect(lenient(`q=${encodeURIComponent("  sociālās \u0000 inovācijas  ")}`).q).toBe("sociālās inovācijas");
    expect(lenient(`q=${"x".repeat(10_000)}`).q).toHaveLength(Q_MAX_LENGTH);
    expect(lenient("q=%E0%A4%A").q).not.toContain("\uFFFD");
  });

  it("accepts Next.js searchParams records", () => {
    const q = parseSearchParamsLenient({ q: "seniori", stage: ["pilot", "scale"], sort: "title" }, vocabulary, {
      locale: "en",
    });
    expect(q).toMatchObject({ q: "seniori", filters: { stage: ["pilot", "scale"] }, sort: "title", locale: "en" });
  });
});

describe("parseSearchParamsStrict (API)", () => {
  it("accepts a valid query", () => {
    const r = strict("?q=seniori&stage=pilot,scale&supporter=sif&startYear=2020&sort=newest&page=2&pageSize=50");
    expect(r).toEqual({
      ok: true,
      query: {
        q: "seniori",
        filters: { stage: ["pilot", "scale"], supporter: ["sif"], startYear: ["2020"] },
        sort: "newest",
        page: 2,
        pageSize: 50,
        locale: "lv",
      },
    });
  });

  it.each([
    ["stage=nope", "stage"],
    ["theme=health&theme=%22%20OR%201%3D1", "theme"],
    ["page=0", "page"],
    ["page=-1", "page"],
    [`page=${PAGE_MAX + 1}`, "page"],
    ["page=2e3", "page"],
    ["pageSize=101", "pageSize"],
    ["sort=best", "sort"],
    [`q=${"x".repeat(Q_MAX_LENGTH + 1)}`, "q"],
    ["q=%C3%28", "q"],
    ["q=%", "q"],
    ["startYear=12345", "startYear"],
    ["sort=title&sort=newest", "sort"],
  ])("rejects %s naming %s", (qs, param) => {
    const r = strict(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.param).toBe(param);
  });

  it("ignores unknown parameters and treats SQL-looking text as text", () => {
    const r = strict(`utm_source=x&q=${encodeURIComponent('" OR 1=1 --')}`);
    expect(r.ok && r.query.q).toBe('" OR 1=1 --');
  });
});

describe("toSearchParams", () => {
  it("writes the canonical URL, omitting defaults, and parses back to the same query", () => {
    const q = lenient("q=seniori&theme=health&stage=pilot,idea&page=3&sort=title");
    const params = toSearchParams(q);
    expect(params.toString()).toBe("q=seniori&stage=pilot&stage=idea&theme=health&sort=title&page=3");
    expect(lenient(params.toString())).toEqual(q);
  });
});
