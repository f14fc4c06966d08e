// The live coverage grid with its filters (a plain GET form: planning region
// and theme), the rules it counts by and its CSV; the directory page and
// /ecosystem both show it. Each count links to exactly the records behind it.
import { getTranslations } from "next-intl/server";
import { CoverageGrid } from "@/components/ecosystem/coverage-grid";
import { coverageSearch, getCoverage, UNSTATED, type CoverageQuery } from "@/lib/ecosystem/queries";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Labeler } from "@/lib/innovations/labels";
import { PLANNING_REGIONS } from "@/lib/regions/planning-regions";

const control = "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink";

export async function CoverageView({
  query,
  labels,
  locale,
  now,
}: {
  query: CoverageQuery;
  labels: Labeler;
  locale: Locale;
  now: Date;
}) {
  const [t, { labelled }] = await Promise.all([getTranslations("ecosystem.coverage"), getCoverage(query, now)]);
  const action = localizedHref("/ecosystem", locale);
  const filters = [
    query.region && labels.term("REGION", query.region).text,
    query.theme && labels.term("THEME", query.theme).text,
  ].filter(Boolean);
  const caption = filters.length ? t("captionFiltered", { filters: filters.join(", ") }) : t("caption");
  const selects = [
    {
      name: "region",
      label: t("region"),
      all: t("all"),
      value: query.region,
      options: PLANNING_REGIONS.map((r) => ({ value: r, label: labels.term("REGION", r).text })),
    },
    {
      name: "theme",
      label: t("theme"),
      all: t("allThemes"),
      value: query.theme,
      options: labels.terms("THEME").map((th) => ({ value: th.key, label: th.label.text })),
    },
  ];
  const cellHref = (cell: { stage: string | null; supportType: string }) =>
    localizedHref(
      "/ecosystem/cell",
      locale,
      coverageSearch(query, { stage: cell.stage ?? UNSTATED, type: cell.supportType }),
    );

  return (
    <div data-coverage>
      <form method="get" action={action} className="mb-6 rounded border border-line bg-surface p-4">
        <fieldset>
          <legend className="font-semibold">{t("filters")}</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {selects.map((s) => (
              <div key={s.name}>
                <label htmlFor={`coverage-${s.name}`} className="block">
                  {s.label}
                </label>
                <select id={`coverage-${s.name}`} name={s.name} defaultValue={s.value ?? ""} className={control}>
                  <option value="">{s.all}</option>
                  {s.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
          >
            {t("apply")}
          </button>
          {filters.length ? <a href={action}>{t("clear")}</a> : null}
        </div>
      </form>
      <CoverageGrid coverage={labelled} locale={locale} caption={caption} cellHref={cellHref} />
      <p className="mt-3 max-w-3xl text-sm text-muted">{t("rules")}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={`/api/v1/coverage.csv${coverageSearch(query)}`} download data-coverage-csv>
            {t("download")}
          </a>
        </li>
        <li>
          <Link href="/regions">{t("regionsLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
