import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FinderForm } from "@/components/finder/finder-form";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { PageHeading } from "@/components/ui/page-heading";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/link";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";
import { search } from "@/lib/search";
import { SORTS, type Facet, type FacetCounts, type SearchQuery } from "@/lib/search/engine";
import { getFacetVocabulary, getSupporterNames } from "@/lib/search/facet-values";
import { parseSearchParamsLenient, toSearchParams } from "@/lib/search/params";
import { ActiveFilters } from "./_components/active-filters";
import { EmptyState, type Relaxation } from "./_components/empty-state";
import { FacetFilters } from "./_components/facet-filters";
import { parseExpand, searchHref, without, type PageQuery } from "./_components/href";
import { Pagination } from "./_components/pagination";
import { ResultList } from "./_components/result-list";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The words and the page in the title, so tabs, history and screen readers tell searches apart. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, raw, vocabulary] = await Promise.all([
    getTranslations({ locale, namespace: "innovations.search" }),
    searchParams,
    getFacetVocabulary(),
  ]);
  const query = parseSearchParamsLenient(raw, vocabulary, { locale });
  // a tab shows a few dozen characters: long searches are cut
  const words = query.q.length > 60 ? `${query.q.slice(0, 59)}…` : query.q;
  const base = words ? t("titleQuery", { q: words }) : t("title");
  const title = query.page > 1 ? t("titlePage", { title: base, page: query.page }) : base;
  return { title, description: t("lead"), alternates: alternatesFor("/innovations", locale) };
}

/** Facets with exactly one non-null value per record: the sum of their disjunctive counts is exact. */
const SINGLE_VALUED = new Set(["stage", "status"]);

/**
 * How many results dropping each active filter would give (only asked when
 * nothing matches). Single-valued facets read it off their own counts; the
 * others (multi-valued or nullable) need one count-only probe each.
 */
async function relaxations(query: SearchQuery, facets: FacetCounts): Promise<Relaxation[]> {
  const probe = (q: SearchQuery) => search({ ...q, page: 1, pageSize: 1 }).then((r) => r.total);
  const selected = Object.keys(query.filters) as Facet[];
  const fromFacets = selected
    .filter((facet) => SINGLE_VALUED.has(facet))
    .map((facet) => ({ facet, total: facets[facet].reduce((sum, v) => sum + v.count, 0) }));
  const probed = selected
    .filter((facet) => !SINGLE_VALUED.has(facet))
    .map(async (facet) => ({ facet, total: await probe({ ...without(query, facet), locale: query.locale }) }));
  const words =
    query.q && selected.length ? [probe({ ...query, q: "" }).then((total) => ({ facet: "q" as const, total }))] : [];
  return [...fromFacets, ...(await Promise.all([...probed, ...words]))];
}

export default async function InnovationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, vocabulary, terms, t] = await Promise.all([
    searchParams,
    getFacetVocabulary(),
    getTermLabels(),
    getTranslations("innovations.search"),
  ]);
  // Lenient: an odd or hand-edited URL falls back to defaults rather than failing.
  const query = parseSearchParamsLenient(raw, vocabulary, { locale });
  // What the page links keep besides the search: which long facets are shown in full.
  const view: PageQuery = { ...query, expand: parseExpand(raw.expand) };
  const result = await search(query);
  const supporters = [...new Set([...result.facets.supporter.map((f) => f.value), ...(query.filters.supporter ?? [])])];
  const [organisations, relaxed] = await Promise.all([
    getSupporterNames(supporters),
    result.total === 0 && (query.q || Object.keys(query.filters).length)
      ? relaxations(query, result.facets)
      : Promise.resolve([]),
  ]);
  const labels = createLabeler(terms, organisations, locale);
  const lastPage = Math.max(1, Math.ceil(result.total / query.pageSize));
  const from = (query.page - 1) * query.pageSize + 1;
  const exportParams = toSearchParams(query, { page: 1, pageSize: 20 }).toString();
  const viewParams = toSearchParams(query).toString();
  const mapParams = toSearchParams(query, { page: 1, sort: "relevance", pageSize: 20 }).toString();
  const activeFilterCount = Object.values(query.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);

  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t.rich("leadLinked", {
          implementer: (chunks) => <GlossaryTerm term="implementer">{chunks}</GlossaryTerm>,
          stage: (chunks) => <GlossaryTerm term="stage">{chunks}</GlossaryTerm>,
          supporter: (chunks) => <GlossaryTerm term="supporter">{chunks}</GlossaryTerm>,
        })}
      />
      <FinderForm action={localizedHref("/innovations", locale)}>
        <div role="search" className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="innovation-q" className="block font-bold">
              {t("queryLabel")}
            </label>
            <p id="innovation-q-hint" className="text-sm text-muted">
              {t("queryHint")}
            </p>
            <input
              id="innovation-q"
              type="search"
              name="q"
              defaultValue={query.q}
              maxLength={200}
              aria-describedby="innovation-q-hint"
              className="mt-1 min-h-11 w-full rounded border-2 border-muted px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-strong"
          >
            {t("submit")}
          </button>
        </div>
        {query.pageSize !== 20 ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
        {view.expand?.map((facet) => (
          <input key={facet} type="hidden" name="expand" value={facet} />
        ))}

        <a
          href="#results"
          className="sr-only focus:not-sr-only focus:mt-3 focus:inline-flex focus:min-h-11 focus:items-center focus:px-2 focus:font-semibold"
        >
          {t("skipToResults")}
        </a>
        <div className="mt-6 grid gap-6 lg:mt-8 lg:grid-cols-[17rem_1fr] lg:gap-8">
          {/* A disclosure below lg, so the results are not three screens down; always open from lg up
              (globals.css, .filters-disclosure). Works without JavaScript. */}
          <details className="filters-disclosure group" data-filters>
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border-2 border-brand bg-white px-4 font-semibold text-brand [&::-webkit-details-marker]:hidden">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                width="16"
                height="16"
                fill="currentColor"
                className="transition-transform group-open:rotate-90"
              >
                <path d="M7 4l7 6-7 6z" />
              </svg>
              {t("filtersButton", { count: activeFilterCount })}
            </summary>
            <section aria-labelledby="filters-heading" className="mt-4 lg:mt-0">
              <h2 id="filters-heading" className="text-xl font-bold text-brand-strong max-lg:sr-only">
                {t("filtersHeading")}
              </h2>
              <div className="mt-3">
                <FacetFilters query={view} facets={result.facets} labels={labels} locale={locale} />
              </div>
              <button
                type="submit"
                className="mt-5 min-h-11 rounded border-2 border-brand bg-white px-5 font-semibold text-brand hover:bg-surface"
              >
                {t("applyFilters")}
              </button>
            </section>
          </details>

          <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="focus:outline-none">
            <h2 id="results-heading" className="sr-only">
              {t("resultsHeading")}
            </h2>
            <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
              {/* Stays in the DOM across client updates, so the new count is announced. */}
              <p
                role="status"
                aria-live="polite"
                aria-atomic="true"
                className="text-lg font-bold"
                data-total={result.total}
              >
                {t("resultCount", { count: result.total })}
                {result.hits.length ? (
                  <span className="ml-2 text-base font-normal text-muted">
                    {t("resultRange", { from, to: from + result.hits.length - 1 })}
                  </span>
                ) : null}
              </p>
              <div>
                <label htmlFor="innovation-sort" className="mr-2 font-semibold">
                  {t("sortLabel")}
                </label>
                <select
                  id="innovation-sort"
                  name="sort"
                  defaultValue={query.sort}
                  className="min-h-11 rounded border-2 border-muted bg-white px-2"
                >
                  {SORTS.map((sort) => (
                    <option key={sort} value={sort}>
                      {t(`sort.${sort}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <ActiveFilters query={view} labels={labels} locale={locale} />
            {result.hits.length ? (
              <ResultList hits={result.hits} labels={labels} locale={locale} />
            ) : result.total > 0 ? (
              <p className="rounded-lg border border-line bg-surface p-5">
                {t("pageBeyond", { page: query.page })}{" "}
                <Link href={searchHref(view, { page: 1 })}>{t("firstPage")}</Link>
              </p>
            ) : (
              <EmptyState query={view} relaxations={relaxed} labels={labels} locale={locale} />
            )}
            <Pagination query={view} lastPage={lastPage} locale={locale} />
            <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2 border-t border-line pt-4 text-sm">
              <li>
                <Link href={`/innovations/map${mapParams ? `?${mapParams}` : ""}`}>{t("mapLink")}</Link>
              </li>
              <li>
                {t("download")}{" "}
                <a href={`/api/v1/innovations.csv${exportParams ? `?${exportParams}` : ""}`} download>
                  {t("downloadCsv")}
                </a>
                {" · "}
                <a href={`/api/v1/innovations${viewParams ? `?${viewParams}` : ""}`} type="application/json">
                  {t("downloadJson")}
                </a>
              </li>
            </ul>
          </section>
        </div>
      </FinderForm>
    </>
  );
}
