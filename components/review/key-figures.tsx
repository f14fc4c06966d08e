// The review's headline numbers, each with its words and, when the previous
// year's review was published, the change from it. A figure the records
// cannot give (stage moves before the history began) says so in words.
import { getTranslations } from "next-intl/server";
import { formatValue } from "@/lib/charts/render";
import type { Locale } from "@/lib/i18n/routing";
import { keyFigures } from "@/lib/review/key-figures";
import { formatChange } from "@/lib/review/present";
import type { ReviewFigures } from "@/lib/review/snapshot";

type Item = { key: string; value: number | null; previous: number | null | undefined; unit: string; label: string };

export async function KeyFigures({
  figures,
  previous,
  locale,
  headingId,
  compact = false,
}: {
  figures: ReviewFigures;
  previous: ReviewFigures | null;
  locale: Locale;
  headingId?: string;
  compact?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "review" });
  const before = new Map((previous ? keyFigures(previous) : []).map((f) => [f.key, f.value]));
  const items: Item[] = keyFigures(figures).map((f) => ({
    key: f.key,
    value: f.value,
    previous: before.get(f.key),
    unit: f.unit,
    label: t(`figures.${f.label}`),
  }));
  const shown = compact
    ? items.filter((x) => ["total", "added", "movedLater", "consultations", "calls"].includes(x.key))
    : items;
  return (
    <dl aria-labelledby={headingId} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {shown.map((item) => (
        <div key={item.key} data-figure={item.key} className="key-figure rounded border border-line p-4">
          <dt className="text-sm text-muted">{item.label}</dt>
          <dd className="mt-1 text-3xl font-bold text-brand-strong tabular-nums">
            {item.value === null ? (
              <span className="text-lg font-semibold">{t("page.notRecorded")}</span>
            ) : (
              formatValue(item.value, item.unit, locale)
            )}
          </dd>
          {previous && item.value !== null && item.previous !== null && item.previous !== undefined ? (
            <dd className="mt-1 text-sm">
              {t("page.yoyFrom", {
                year: previous.year,
                change: formatChange(item.value, item.previous, item.unit, locale, t("chart.pp")),
              })}
            </dd>
          ) : null}
          {item.key === "budget" && figures.support.callsWithoutBudget > 0 ? (
            <dd className="mt-1 text-sm text-muted">
              {t("figures.callsWithoutBudget", { count: figures.support.callsWithoutBudget })}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
