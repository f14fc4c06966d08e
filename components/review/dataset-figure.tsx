// One dataset of the review as a figure: title, one-sentence summary, the
// chart drawn on the server (an image whose text alternative is that summary
// and the table), the numbers in a table behind "show data" (open when
// printed), the source, the base and any note, and its CSV and JSON links.
// On the public page the chart is an SVG file (/api/v1/reviews/{year}/charts),
// so the page does not carry sixty drawings twice (in its HTML and in React's
// payload); the staff preview of a draft draws them inline.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import {
  chartKind,
  datasetNote,
  datasetQuestion,
  datasetSource,
  datasetTitle,
  formatChange,
  formatRow,
  previousRows,
  rowLabel,
  rowUnit,
  summarise,
  unitKey,
} from "@/lib/review/present";
import { datasetChart } from "@/lib/review/charts";
import type { Dataset } from "@/lib/review/schema";

type Props = {
  dataset: Dataset;
  locale: Locale;
  year: number;
  /** The same dataset in the previous year's published review. */
  previous?: Dataset;
  /** e.g. "/api/v1/reviews/2025/datasets": the links add "/<key>.csv" and ".json". */
  downloadBase: string;
  /** e.g. "/api/v1/reviews/2025/charts": the chart as a file "/<key>.<locale>.svg"; inline without. */
  chartBase?: string;
  headingLevel?: 3 | 4;
};

export async function DatasetFigure({
  dataset,
  locale,
  year,
  previous,
  downloadBase,
  chartBase,
  headingLevel = 3,
}: Props) {
  const t = await getTranslations({ locale, namespace: "review" });
  const kind = chartKind(dataset);
  const title = datasetTitle(dataset, locale);
  const before = previousRows(dataset, previous);
  const hasPrevious = before.some(Boolean);
  const summary = summarise(dataset, locale);
  const id = `dataset-${dataset.key}`;
  const Heading = `h${headingLevel}` as const;

  const chart = datasetChart(dataset, previous, year, locale);
  const summaryText = t(`chart.${summary.key}`, summary.params);
  const source = datasetSource(dataset, locale);
  const note = datasetNote(dataset, locale);
  const question = datasetQuestion(dataset, locale);
  const mixed = kind === "table" && dataset.unit === "mixed";

  return (
    <figure id={id} aria-labelledby={`${id}-title`} className="review-figure my-10 break-inside-avoid-page">
      <Heading id={`${id}-title`} className="text-xl font-semibold text-brand-strong">
        {title}
      </Heading>
      <p id={`${id}-summary`} className="mt-2 max-w-3xl">
        {summaryText}
      </p>
      {chart && chartBase ? (
        // eslint-disable-next-line @next/next/no-img-element -- an SVG of our own, drawn to size: nothing for next/image to optimise
        <img
          src={`${chartBase}/${dataset.key}.${locale}.svg?v=${chart.version}`}
          alt={summaryText}
          width={chart.width}
          height={chart.height}
          loading="lazy"
          decoding="async"
          className="review-chart mt-4 h-auto w-full max-w-3xl"
        />
      ) : chart ? (
        <div
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          className="review-chart mt-4 max-w-3xl [&_svg]:h-auto [&_svg]:w-full"
          // SVG made on the server by ECharts from our own numbers and labels; it escapes text, and has no script or <style>
          dangerouslySetInnerHTML={{ __html: chart.svg }}
        />
      ) : mixed ? (
        <p className="mt-2 text-sm text-muted">{t("chart.tableOnly")}</p>
      ) : null}
      <details className="review-data mt-3 max-w-3xl" open={kind === "table"}>
        <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">
          {t("chart.showData")}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="review-table">
            <caption className="sr-only">{t("chart.tableCaption", { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("chart.category")}</th>
                <th scope="col">{mixed ? t("chart.value") : `${year} (${t(`units.${unitKey(dataset.unit)}`)})`}</th>
                {hasPrevious ? (
                  <>
                    <th scope="col">{year - 1}</th>
                    <th scope="col">{t("chart.change")}</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {dataset.rows.map((row, i) => {
                const prev = before[i];
                return (
                  <tr key={`${row.key ?? row.labelLv}-${i}`}>
                    <th scope="row">{rowLabel(row, locale)}</th>
                    <td>{formatRow(dataset, row, locale) ?? t("chart.notStated")}</td>
                    {hasPrevious ? (
                      <>
                        <td>{prev ? (formatRow(dataset, prev, locale) ?? t("chart.notStated")) : "—"}</td>
                        <td>
                          {prev && prev.value !== null && row.value !== null
                            ? formatChange(row.value, prev.value, rowUnit(dataset, row), locale, t("chart.pp"))
                            : "—"}
                        </td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      <figcaption className="mt-3 max-w-3xl space-y-1 text-sm text-muted">
        {question ? (
          <p>
            <span className="font-semibold">{t("chart.question")}</span> {question}
          </p>
        ) : null}
        {source ? (
          <p>
            <span className="font-semibold">{t("chart.source")}</span> {source}
            {dataset.n !== undefined ? <> · {t("chart.base", { n: dataset.n })}</> : null}
          </p>
        ) : null}
        {note ? (
          <p>
            <span className="font-semibold">{t("chart.note")}</span> {note}
          </p>
        ) : null}
        <p className="review-downloads">
          <span className="font-semibold">{t("chart.download")}</span>{" "}
          <a href={`${downloadBase}/${dataset.key}.csv`} download>
            {t("chart.csv")}
            <span className="sr-only"> – {title}</span>
          </a>
          {" · "}
          <a href={`${downloadBase}/${dataset.key}.json`}>
            {t("chart.json")}
            <span className="sr-only"> – {title}</span>
          </a>
        </p>
      </figcaption>
    </figure>
  );
}
