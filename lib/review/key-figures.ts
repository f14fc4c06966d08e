// The review's headline numbers as one list: the page shows them as key
// figures, and the open data serves them as a dataset like any other (CSV
// and JSON), with their Latvian and English labels.
import en from "@/messages/en/review.json";
import lv from "@/messages/lv/review.json";
import type { Dataset } from "./schema";
import type { ReviewFigures } from "./snapshot";

/** The dataset key of the key figures: /api/v1/reviews/{year}/datasets/key-figures.csv */
export const KEY_FIGURES = "key-figures";

type Label = keyof typeof lv.review.figures;
type KeyFigure = { key: string; label: Label; value: number | null; unit: "count" | "EUR" };

export function keyFigures(figures: ReviewFigures): KeyFigure[] {
  const { innovations: i, support: s } = figures;
  return [
    { key: "total", label: "innovationsTotal", value: i.total, unit: "count" },
    { key: "started", label: "started", value: i.started, unit: "count" },
    { key: "added", label: "added", value: i.added, unit: "count" },
    { key: "movedLater", label: "movedLater", value: i.movedLater, unit: "count" },
    { key: "reports", label: "reportsAccepted", value: s.reportsAccepted, unit: "count" },
    { key: "innovationsSupported", label: "innovationsSupported", value: s.innovationsSupported, unit: "count" },
    { key: "consultations", label: "sikcConsultations", value: s.sikcConsultations, unit: "count" },
    { key: "calls", label: "callsOpen", value: s.callsOpen, unit: "count" },
    { key: "budget", label: "callsBudget", value: s.callsBudgetEur, unit: "EUR" },
  ];
}

export function keyFiguresDataset(figures: ReviewFigures): Dataset {
  return {
    key: KEY_FIGURES,
    section: "key-figures",
    titleLv: `${lv.review.page.keyFigures} ${figures.year}`,
    titleEn: `${en.review.page.keyFigures} ${figures.year}`,
    unit: "mixed",
    chart: "table",
    ordered: true,
    rows: keyFigures(figures).map((f) => ({
      key: f.key,
      labelLv: lv.review.figures[f.label],
      labelEn: en.review.figures[f.label],
      value: f.value,
      unit: f.unit,
    })),
  };
}
