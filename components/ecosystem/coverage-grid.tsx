// The ecosystem coverage grid as an accessible table: stages as rows, support
// types as columns, each cell the organisations and calls that cover it.
// A gap says "Gap" in words on a hatched ground and a thin cell says "thin",
// so neither depends on colour; counts can link to the records behind them.
import { getTranslations } from "next-intl/server";
import clsx from "clsx";
import { coverageLevel, type LabelledCoverage } from "@/lib/ecosystem/coverage";
import type { Locale } from "@/lib/i18n/routing";

type Cell = { organisationIds: string[]; callIds: string[] };

type Props = {
  coverage: LabelledCoverage;
  locale: Locale;
  caption: string;
  /** Where a cell's count links to (e.g. the directory filtered to it); no link when omitted. */
  cellHref?: (cell: Cell & { stage: string | null; supportType: string }) => string | undefined;
  id?: string;
};

const label = (t: { labelLv: string; labelEn: string }, locale: Locale) =>
  locale === "en" && t.labelEn ? t.labelEn : t.labelLv;

export async function CoverageGrid({ coverage, locale, caption, cellHref, id = "coverage-grid" }: Props) {
  const t = await getTranslations({ locale, namespace: "review.coverage" });
  const columns = coverage.supportTypes;
  const cells = coverage.cells;
  const gaps = cells.filter((c) => coverageLevel(c) === "gap").length;
  const thin = cells.filter((c) => coverageLevel(c) === "thin").length;
  const organisations = new Set([...cells, ...coverage.unstated].flatMap((c) => c.organisationIds)).size;
  const calls = new Set([...cells, ...coverage.unstated].flatMap((c) => c.callIds)).size;

  const content = (cell: Cell & { stage: string | null; supportType: string }) => {
    const level = coverageLevel(cell);
    if (level === "gap") return <span className="font-semibold">{t("gap")}</span>;
    const text = (
      <>
        {cell.organisationIds.length > 0 ? (
          <span className="block">{t("organisations", { count: cell.organisationIds.length })}</span>
        ) : null}
        {cell.callIds.length > 0 ? <span className="block">{t("calls", { count: cell.callIds.length })}</span> : null}
        {level === "thin" ? <span className="block text-xs font-semibold">{t("thin")}</span> : null}
      </>
    );
    const href = cellHref?.(cell);
    return href ? <a href={href}>{text}</a> : text;
  };

  return (
    <div className="coverage-grid">
      <p id={`${id}-summary`} className="max-w-3xl">
        {t("summary", { gaps, cells: cells.length, thin, organisations, calls })}
      </p>
      <p className="mt-2 max-w-3xl text-sm text-muted">{t("lead")}</p>
      <p className="mt-1 text-sm text-muted sm:hidden print:hidden">{t("scrollHint")}</p>
      {/* focusable so keyboard users can scroll the wide table */}
      <div
        className="mt-4 overflow-x-auto print:overflow-visible"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-caption`}
      >
        <table id={id} className="border-collapse text-left text-sm" aria-describedby={`${id}-summary`}>
          <caption id={`${id}-caption`} className="mb-2 text-left font-semibold">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border border-line bg-surface p-2 align-bottom">
                {t("stage")}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="min-w-24 border border-line bg-surface p-2 align-bottom">
                  {label(c, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.stages.map((stage, row) => (
              <tr key={stage.key}>
                <th scope="row" className="border border-line bg-surface p-2 font-semibold">
                  {label(stage, locale)}
                </th>
                {columns.map((column, i) => {
                  const cell = cells[row * columns.length + i] ?? { organisationIds: [], callIds: [] };
                  const level = coverageLevel(cell);
                  return (
                    <td
                      key={column.key}
                      data-level={level}
                      className={clsx(
                        "border border-line p-2 align-top",
                        level === "gap" &&
                          "coverage-gap bg-[repeating-linear-gradient(135deg,#fff_0_6px,#e2e8f0_6px_8px)]",
                        level === "thin" && "bg-amber-50",
                      )}
                    >
                      {content({ ...cell, stage: stage.key, supportType: column.key })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="border border-line bg-surface p-2 font-normal italic">
                {t("unstated")}
              </th>
              {columns.map((column) => {
                const cell = coverage.unstated.find((u) => u.supportType === column.key) ?? {
                  organisationIds: [],
                  callIds: [],
                };
                const empty = cell.organisationIds.length + cell.callIds.length === 0;
                return (
                  <td key={column.key} className="border border-line p-2 align-top text-muted">
                    {empty ? "—" : content({ ...cell, stage: null, supportType: column.key })}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
