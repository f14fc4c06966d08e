// The chart of one review dataset, as the review page shows it and the chart files serve it:
// a funnel for the stages, bars for the rest (with the previous year's published values beside
// this year's when there are any), nothing for a table-only dataset. The drawing is ECharts'
// (lib/charts/render.ts), remembered per process by its input.
import crypto from "node:crypto";
import { barChartSvg, funnelChartSvg } from "@/lib/charts/render";
import type { Locale } from "@/lib/i18n/routing";
import { chartKind, previousRows, rowLabel } from "./present";
import type { Dataset } from "./schema";

export type DatasetChart = { svg: string; width: number; height: number; version: string };

export function datasetChart(
  dataset: Dataset,
  previous: Dataset | undefined,
  year: number,
  locale: Locale,
): DatasetChart | null {
  const kind = chartKind(dataset);
  const before = previousRows(dataset, previous);
  const points = (rows: ({ labelLv: string; labelEn: string; value: number | null } | undefined)[]) =>
    dataset.rows.map((row, i) => ({ label: rowLabel(row, locale), value: rows[i]?.value ?? null }));
  let svg: string;
  let input: unknown;
  if (kind === "funnel") {
    input = [kind, points(dataset.rows), dataset.unit, locale];
    svg = funnelChartSvg(points(dataset.rows), dataset.unit, locale);
  } else if (kind === "bar") {
    const series = [
      { name: String(year), points: points(dataset.rows) },
      ...(before.some(Boolean) ? [{ name: String(year - 1), points: points(before) }] : []),
    ];
    input = [kind, series, dataset.unit, locale];
    svg = barChartSvg(series, dataset.unit, locale);
  } else return null;
  const size = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="(\\d+)"`).exec(svg)?.[1] ?? 0);
  return {
    svg,
    width: size("width"),
    height: size("height"),
    // names the drawing by what it shows (ECharts numbers its element ids per process, so not by
    // its text) in its file's address, so a browser may keep a file for good
    version: crypto.createHash("sha256").update(JSON.stringify(input)).digest("base64url").slice(0, 12),
  };
}
