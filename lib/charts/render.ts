// Charts drawn on the server by Apache ECharts (server-side rendering to an
// SVG string): no chart needs JavaScript to appear, and the page's table
// beside each chart carries the same numbers for people who cannot see it.
// Every bar and funnel level is labelled with its value, and each series has
// its own decal pattern as well as its colour, so colour never carries
// meaning alone; the palette passes 3:1 against white (WCAG 1.4.11).
import { BarChart, FunnelChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Locale } from "@/lib/i18n/routing";

echarts.use([BarChart, FunnelChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartPoint = { label: string; value: number | null };
export type ChartSeries = { name: string; points: ChartPoint[] };

const INK = "#0f172a";
const LINE = "#cbd5e1";
/** brand (10.4:1 on white) and accent (4.8:1): both above the 3:1 non-text contrast. */
const COLOURS = ["#1e3a8a", "#b45309"];
// ECharts repeats it on every text (unescaped, in a double-quoted style attribute): short, no quotes
const FONT = "sans-serif";
const WIDTH = 720;
const DECALS = [
  { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4, color: "rgba(255,255,255,0.45)" },
  {
    symbol: "circle",
    symbolSize: 0.8,
    dashArrayX: [
      [6, 6],
      [0, 6, 6, 0],
    ],
    dashArrayY: [6, 0],
    color: "rgba(255,255,255,0.55)",
  },
];

export function formatValue(value: number, unit: string, locale: Locale): string {
  const tag = locale === "lv" ? "lv-LV" : "en-GB";
  if (unit === "%") return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value)}%`;
  if (unit.startsWith("EUR"))
    return new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
}

// A chart is a pure function of its numbers, labels and language, and a
// review page draws about sixty of them (tens of milliseconds each): the last
// drawings are kept by their input, so a published review's unchanging charts
// are drawn once per process. Bounded; nothing here is shared or invalidated.
const DRAWN = new Map<string, string>();
const DRAWN_MAX = 600;

function remembered(key: string, draw: () => string): string {
  const hit = DRAWN.get(key);
  if (hit !== undefined) {
    DRAWN.delete(key);
    DRAWN.set(key, hit); // most recently used last
    return hit;
  }
  const svg = draw();
  DRAWN.set(key, svg);
  if (DRAWN.size > DRAWN_MAX) DRAWN.delete(DRAWN.keys().next().value!);
  return svg;
}

function render(option: echarts.EChartsCoreOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK, fontSize: 13 }, ...option });
    // The only <style> ECharts writes holds hover effects a static chart does
    // not need (dropped, so the SVG needs no style-src exception in the CSP),
    // and the hover classes, pointer events and metadata attributes serve only
    // its interactive mode: a third of the markup, repeated in the page payload.
    return styleToAttributes(
      chart
        .renderToSVGString()
        .replace(/<style[\s\S]*?<\/style>/g, "")
        .replace(/ (?:ecmeta_[a-z_]+|class|pointer-events)="[^"]*"/g, ""),
    );
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts writes fonts and colours as style attributes, which the portal's CSP
 * (style-src with a nonce) refuses; SVG takes the same properties as
 * presentation attributes, which no policy governs. An attribute the element
 * already has is kept.
 */
function styleToAttributes(svg: string): string {
  return svg.replace(/<[a-zA-Z][^>]*\sstyle="[^"]*"[^>]*>/g, (tag) => {
    const style = /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? "";
    const rest = tag.replace(/\sstyle="[^"]*"/, "");
    const attributes = style
      .split(";")
      .map((declaration) => /^\s*([a-z-]+)\s*:\s*(.+?)\s*$/.exec(declaration))
      .filter((match): match is RegExpExecArray => match !== null && !rest.includes(` ${match[1]}="`))
      .map(([, name, value]) => ` ${name}="${value}"`)
      .join("");
    return rest.replace(/\s*(\/?>)$/, `${attributes}$1`);
  });
}

const aria = (decals = DECALS) => ({ enabled: true, label: { enabled: false }, decal: { show: true, decals } });

/** Horizontal bars, one row per category (long Latvian labels stay readable), values at the bar ends. */
export function barChartSvg(series: ChartSeries[], unit: string, locale: Locale): string {
  return remembered(JSON.stringify(["bar", series, unit, locale]), () => drawBars(series, unit, locale));
}

function drawBars(series: ChartSeries[], unit: string, locale: Locale): string {
  const categories = series[0]?.points.map((p) => p.label) ?? [];
  const rowHeight = series.length > 1 ? 44 : 30;
  const legend = series.length > 1;
  const height = categories.length * rowHeight + (legend ? 80 : 50);
  return render(
    {
      aria: aria(),
      color: COLOURS,
      legend: legend
        ? { top: 0, left: 0, itemWidth: 28, itemHeight: 14, textStyle: { color: INK, fontFamily: FONT } }
        : undefined,
      grid: {
        left: 8,
        right: 96,
        top: legend ? 40 : 10,
        bottom: 30,
        outerBoundsMode: "same",
        outerBoundsContain: "axisLabel",
      },
      xAxis: {
        type: "value",
        silent: true,
        minInterval: unit === "count" ? 1 : undefined,
        splitLine: { lineStyle: { color: LINE } },
        axisLabel: { color: INK, formatter: (v: number) => formatValue(v, unit, locale) },
      },
      yAxis: {
        type: "category",
        inverse: true,
        silent: true,
        data: categories,
        axisLine: { lineStyle: { color: INK } },
        axisLabel: { color: INK, width: 260, overflow: "break", lineHeight: 15 },
      },
      series: series.map((s) => ({
        type: "bar",
        name: s.name,
        silent: true,
        emphasis: { disabled: true },
        barMaxWidth: 22,
        data: s.points.map((p) => p.value ?? "-"),
        label: {
          show: true,
          position: "right",
          color: INK,
          formatter: ({ value }: { value: unknown }) =>
            typeof value === "number" ? formatValue(value, unit, locale) : "",
        },
      })),
    },
    height,
  );
}

/** The seven-stage funnel: levels in stage order, each labelled with stage and count. */
export function funnelChartSvg(points: ChartPoint[], unit: string, locale: Locale): string {
  return remembered(JSON.stringify(["funnel", points, unit, locale]), () => drawFunnel(points, unit, locale));
}

function drawFunnel(points: ChartPoint[], unit: string, locale: Locale): string {
  const height = points.length * 44 + 20;
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  return render(
    {
      // one series: every level the same pattern (ECharts would vary it per level)
      aria: aria([DECALS[0]!]),
      color: COLOURS,
      series: [
        {
          type: "funnel",
          silent: true,
          emphasis: { disabled: true },
          sort: "none",
          min: 0,
          max,
          minSize: "2%",
          left: 8,
          top: 10,
          bottom: 10,
          width: "42%",
          gap: 4,
          itemStyle: { color: COLOURS[0] },
          data: points.map((p) => ({ name: p.label, value: p.value ?? 0 })),
          label: {
            show: true,
            position: "right",
            color: INK,
            formatter: ({ name, value }: { name: string; value: number }) =>
              `${name}: ${formatValue(value, unit, locale)}`,
          },
          labelLine: { show: true, lineStyle: { color: INK } },
        },
      ],
    },
    height,
  );
}
