// How a dataset reads to a person: its labels in the page's language, how it
// is drawn, the one-sentence summary under its title and the change from the
// previous year. Pure, so the wording rules are unit-tested.
import { formatValue } from "@/lib/charts/render";
import type { Locale } from "@/lib/i18n/routing";
import type { Dataset, DatasetRow } from "./schema";

export const rowLabel = (row: DatasetRow, locale: Locale) =>
  locale === "en" && row.labelEn ? row.labelEn : row.labelLv;
export const datasetTitle = (d: Dataset, locale: Locale) => (locale === "en" && d.titleEn ? d.titleEn : d.titleLv);

export function datasetSource(d: Dataset, locale: Locale): string | null {
  return (locale === "en" ? (d.sourceEn ?? d.sourceLv) : d.sourceLv) ?? d.source ?? null;
}
export function datasetNote(d: Dataset, locale: Locale): string | null {
  return (locale === "en" ? (d.noteEn ?? d.noteLv) : d.noteLv) ?? d.note ?? null;
}
export function datasetQuestion(d: Dataset, locale: Locale): string | null {
  return (locale === "en" ? (d.questionEn ?? d.questionLv) : d.questionLv) ?? null;
}

const UNIT_KEYS: Record<string, "percent" | "count" | "eur" | "eurPerYear" | "personMonthsPerYear" | "mixed"> = {
  "%": "percent",
  count: "count",
  EUR: "eur",
  "EUR per year": "eurPerYear",
  "person-months per year": "personMonthsPerYear",
  mixed: "mixed",
};
/** The messages key of a unit (review.units.*), "count" for one the messages do not know. */
export const unitKey = (unit: string) => UNIT_KEYS[unit] ?? "count";

export type ChartKind = "bar" | "funnel" | "table";

/** Mixed units cannot share an axis: those datasets are tables. */
export function chartKind(d: Dataset): ChartKind {
  if (d.unit === "mixed" || d.rows.some((r) => r.unit && r.unit !== d.unit)) return "table";
  return d.chart ?? "bar";
}

export const rowUnit = (d: Dataset, row: DatasetRow) => row.unit ?? d.unit;

export function formatRow(d: Dataset, row: DatasetRow, locale: Locale): string | null {
  return row.value === null ? null : formatValue(row.value, rowUnit(d, row), locale);
}

/** The previous year's row for each row of `d` (same key, else same Latvian label). */
export function previousRows(d: Dataset, previous: Dataset | undefined): (DatasetRow | undefined)[] {
  if (!previous) return d.rows.map(() => undefined);
  return d.rows.map((row) =>
    previous.rows.find((p) => (row.key && p.key ? p.key === row.key : p.labelLv === row.labelLv)),
  );
}

/** "+3", "−1 200 €", "+2,5 pp": a difference of percentages is in percentage points. */
export function formatChange(current: number, before: number, unit: string, locale: Locale, pp: string): string {
  const diff = Math.round((current - before) * 100) / 100;
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
  const magnitude = Math.abs(diff);
  const text = unit === "%" ? `${formatValue(magnitude, "count", locale)} ${pp}` : formatValue(magnitude, unit, locale);
  return `${sign}${text}`;
}

export type Summary =
  | { key: "summaryEmpty" | "summaryZero"; params: Record<string, never> }
  | { key: "summaryOne"; params: { label: string; value: string } }
  | { key: "summaryList"; params: { items: string } }
  | { key: "summaryRange"; params: { maxLabel: string; max: string; minLabel: string; min: string } }
  | { key: "summaryFunnelFlat"; params: { first: string; last: string; lastLabel: string } }
  | {
      key: "summaryFunnel";
      params: { first: string; last: string; lastLabel: string; dropLabel: string; dropFrom: string; dropTo: string };
    };

/** The one sentence that says what a chart shows, computed from its numbers. */
export function summarise(d: Dataset, locale: Locale): Summary {
  const rows = d.rows.filter((r): r is DatasetRow & { value: number } => r.value !== null);
  const fmt = (r: DatasetRow & { value: number }) => formatValue(r.value, rowUnit(d, r), locale);
  if (rows.length === 0) return { key: "summaryEmpty", params: {} };
  if (rows.length === 1)
    return { key: "summaryOne", params: { label: rowLabel(rows[0]!, locale), value: fmt(rows[0]!) } };
  if (chartKind(d) === "table") {
    const items = rows.slice(0, 4).map((r) => `${rowLabel(r, locale)}: ${fmt(r)}`);
    return { key: "summaryList", params: { items: items.join("; ") } };
  }
  if (chartKind(d) === "funnel") {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    let drop = 0;
    for (let i = 1; i < rows.length; i++)
      if (rows[i - 1]!.value - rows[i]!.value > rows[drop]!.value - rows[drop + 1]!.value) drop = i - 1;
    const base = { first: fmt(first), last: fmt(last), lastLabel: rowLabel(last, locale) };
    if (rows[drop]!.value === rows[drop + 1]!.value) return { key: "summaryFunnelFlat", params: base };
    return {
      key: "summaryFunnel",
      params: {
        ...base,
        dropLabel: rowLabel(rows[drop]!, locale),
        dropFrom: fmt(rows[drop]!),
        dropTo: fmt(rows[drop + 1]!),
      },
    };
  }
  if (rows.every((r) => r.value === 0)) return { key: "summaryZero", params: {} };
  // the first row holding the extreme, so ties name the row listed first
  const max = rows.reduce((a, b) => (b.value > a.value ? b : a));
  const min = rows.reduce((a, b) => (b.value < a.value ? b : a));
  return {
    key: "summaryRange",
    params: { maxLabel: rowLabel(max, locale), max: fmt(max), minLabel: rowLabel(min, locale), min: fmt(min) },
  };
}
