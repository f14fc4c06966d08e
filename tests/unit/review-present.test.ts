// How the review's figures read: the one-sentence summaries computed from the
// numbers, changes from the previous year, and the server-drawn charts (no
// script or <style>, escaped labels, a pattern on every series).
import { describe, expect, it } from "vitest";
import { barChartSvg, funnelChartSvg } from "@/lib/charts/render";
import { chartKind, formatChange, previousRows, summarise } from "@/lib/review/present";
import type { Dataset } from "@/lib/review/schema";

const dataset = (rows: [string, number | null][], extra: Partial<Dataset> = {}): Dataset => ({
  key: "d",
  section: "s",
  titleLv: "T",
  titleEn: "T",
  unit: "count",
  rows: rows.map(([label, value]) => ({ key: label, labelLv: label, labelEn: `${label} (en)`, value })),
  ...extra,
});

describe("chart summaries", () => {
  it("names the highest and the lowest value, the first listed on a tie", () => {
    const d = dataset([
      ["Rīgas", 384],
      ["Latgales", 166],
      ["Kurzemes", 125],
      ["Zemgales", 125],
    ]);
    expect(summarise(d, "lv")).toEqual({
      key: "summaryRange",
      params: { maxLabel: "Rīgas", max: "384", minLabel: "Kurzemes", min: "125" },
    });
    expect(summarise(d, "en").params).toMatchObject({ maxLabel: "Rīgas (en)" });
  });

  it("formats percentages and euros in the page's language", () => {
    expect(summarise(dataset([["A", 41]], { unit: "%" }), "lv")).toEqual({
      key: "summaryOne",
      params: { label: "A", value: "41%" },
    });
    const eur = summarise(
      dataset(
        [
          ["A", 9000000],
          ["B", 1500.5],
        ],
        { unit: "EUR" },
      ),
      "en",
    );
    expect(eur.params).toMatchObject({ max: "€9,000,000", min: "€1,501" });
  });

  it("says where the funnel drops most", () => {
    const d = dataset(
      [
        ["problem", 27],
        ["idea", 27],
        ["prototype", 14],
        ["pilot", 12],
      ],
      { chart: "funnel" },
    );
    expect(summarise(d, "lv")).toEqual({
      key: "summaryFunnel",
      params: { first: "27", last: "12", lastLabel: "pilot", dropLabel: "idea", dropFrom: "27", dropTo: "14" },
    });
  });

  it("says so when there is nothing to compare", () => {
    expect(summarise(dataset([]), "lv").key).toBe("summaryEmpty");
    expect(
      summarise(
        dataset([
          ["A", 0],
          ["B", 0],
        ]),
        "lv",
      ).key,
    ).toBe("summaryZero");
    expect(summarise(dataset([["A", null]]), "lv").key).toBe("summaryEmpty");
  });

  it("shows datasets of mixed units as tables", () => {
    const mixed = dataset(
      [
        ["A", 1],
        ["B", 2],
      ],
      { unit: "mixed" },
    );
    expect(chartKind(mixed)).toBe("table");
    expect(summarise(mixed, "lv").key).toBe("summaryList");
  });
});

describe("year-over-year change", () => {
  it("matches rows by key and gives percentages in points", () => {
    const now = dataset(
      [
        ["A", 45],
        ["B", 10],
      ],
      { unit: "%" },
    );
    const before = dataset(
      [
        ["B", 12],
        ["A", 41],
      ],
      { unit: "%" },
    );
    expect(previousRows(now, before).map((r) => r?.value)).toEqual([41, 12]);
    expect(formatChange(45, 41, "%", "en", "pp")).toBe("+4 pp");
    expect(formatChange(10, 12, "count", "lv", "pp")).toBe("−2");
    expect(formatChange(5, 5, "count", "en", "pp")).toBe("±0");
  });
});

describe("server-drawn charts", () => {
  const series = [
    {
      name: "2026",
      points: [
        { label: "<script>alert(1)</script>", value: 3 },
        { label: "B & C", value: null },
      ],
    },
    {
      name: "2025",
      points: [
        { label: "x", value: 1 },
        { label: "y", value: 2 },
      ],
    },
  ];

  it("is SVG with no script, no <style> and no event handler, whatever the labels say", () => {
    for (const svg of [barChartSvg(series, "count", "lv"), funnelChartSvg(series[0]!.points, "count", "en")]) {
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).not.toMatch(/<script|<style|\son[a-z]+=/i);
      // every attribute value closes where it should (a stray quote would cut a style short)
      for (const tag of svg.match(/<[a-z][^>]*>/g)!) expect(tag).toMatch(/^<[a-z]+(\s+[a-z:_-]+="[^"]*")*\s*\/?>$/i);
    }
    expect(barChartSvg(series, "count", "lv")).toContain("&lt;script&gt;");
  });

  it("gives each series its own pattern and labels every bar with its value", () => {
    const svg = barChartSvg(series, "%", "en");
    const patterns = new Set(svg.match(/fill="url\(#[^)]+\)"/g));
    expect(patterns.size).toBe(2);
    expect(svg).toContain(">3%<");
    expect(svg).toContain(">2%<");
  });
});

describe("chart drawing", () => {
  it("draws a chart once for the same input and anew when anything in it changes", () => {
    const points = [{ label: "Viens", value: 1 }];
    const first = barChartSvg([{ name: "2025", points }], "count", "lv");
    expect(barChartSvg([{ name: "2025", points: [{ label: "Viens", value: 1 }] }], "count", "lv")).toBe(first);
    expect(barChartSvg([{ name: "2025", points: [{ label: "Viens", value: 2 }] }], "count", "lv")).not.toBe(first);
    expect(barChartSvg([{ name: "2025", points }], "count", "en")).toContain(">1<");
  });
});
