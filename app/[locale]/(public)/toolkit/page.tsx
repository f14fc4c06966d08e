import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { ActiveFilters } from "@/components/finder/active-filters";
import { FacetFieldset, facetOptions } from "@/components/finder/facet-fieldset";
import { FinderForm } from "@/components/finder/finder-form";
import { FinderLayout } from "@/components/finder/finder-layout";
import { FinderPagination } from "@/components/finder/pagination";
import { SearchBox } from "@/components/finder/search-box";
import { PageHeading } from "@/components/ui/page-heading";
import { finderHref, parseFinderLenient, withoutFilter, type FinderValues } from "@/lib/catalog/list-params";
import { localized } from "@/lib/i18n/content";
import { languageName } from "@/lib/i18n/language-names";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { createLabeler } from "@/lib/innovations/labels";
import { alternatesFor } from "@/lib/innovations/urls";
import {
  getPublisherOrganisations,
  getToolkitTerms,
  getToolkitValues,
  rescueToolkitQuery,
  searchToolkit,
  TOOLKIT,
  TOOLKIT_FACETS,
  TOOLKIT_PAGE_SIZE,
  TOOLKIT_SORTS,
  TOOLKIT_VOCABULARY,
  type ToolkitFacet,
  type ToolkitQuery,
} from "@/lib/resources/public-queries";
import { Q_MAX_LENGTH } from "@/lib/search/params";
import { MAX_QUERY_WORDS, queryWordsCut } from "@/lib/search/text";
import { ResourceList } from "./_components/resource-list";
import { ToolkitEmpty } from "./_components/toolkit-empty";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The words and the page in the title, so tabs, history and screen readers tell searches apart. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, raw] = await Promise.all([getTranslations({ locale, namespace: "toolkit" }), searchParams]);
  const { q, page } = parseFinderLenient(TOOLKIT, EMPTY_VALUES, raw);
  // a tab shows a few dozen characters: long searches are cut
  const base = q ? t("titleQuery", { q: q.length > 60 ? `${q.slice(0, 59)}…` : q }) : t("title");
  const title = page > 1 ? t("titlePage", { title: base, page }) : base;
  return { title, description: t("lead"), alternates: alternatesFor("/toolkit", locale) };
}

/** The title reads only the words and the page: no facet value needs to be known. */
const EMPTY_VALUES: FinderValues<ToolkitFacet> = {
  type: new Set(),
  audience: new Set(),
  stage: new Set(),
  theme: new Set(),
  language: new Set(),
};

export default async function ToolkitPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, terms, t, f] = await Promise.all([
    searchParams,
    getToolkitTerms(),
    getTranslations("toolkit"),
    getTranslations("Finder"),
  ]);
  // Lenient: an odd or hand-edited URL falls back to defaults rather than failing.
  const query = parseFinderLenient(TOOLKIT, await getToolkitValues(terms), raw);
  const result = await searchToolkit(query, locale);
  const rescue = result.total === 0 && query.q ? await rescueToolkitQuery(query) : null;
  // A longer query is searched by its beginning; say so rather than fail.
  const rawQ = typeof raw.q === "string" ? raw.q : "";
  const cut = rawQ.length > Q_MAX_LENGTH || queryWordsCut(query.q);
  const organisations = await getPublisherOrganisations(result.hits.map((h) => h.publisher));
  const publishers = new Map(organisations.map((o) => [o.slug, localized(o, "name", locale).text]));
  const labels = createLabeler(terms, [], locale);
  const label = (facet: ToolkitFacet, value: string) =>
    facet === "language" ? languageName(value, locale) : labels.term(TOOLKIT_VOCABULARY[facet], value);
  const href = (q: ToolkitQuery, overrides: Partial<ToolkitQuery> = {}) =>
    localizedHref(finderHref("/toolkit", TOOLKIT, q, overrides), locale);
  const lastPage = Math.max(1, Math.ceil(result.total / TOOLKIT_PAGE_SIZE));
  const from = (query.page - 1) * TOOLKIT_PAGE_SIZE + 1;
  const stageOrder = labels.terms("STAGE").map((s) => s.key);
  const words = query.q
    ? [
        {
          id: "q",
          facet: t("queryChip"),
          label: { text: query.q, lang: locale, fallback: false },
          href: href(query, { q: "", page: 1 }),
        },
      ]
    : [];
  const chips = [
    ...words,
    ...TOOLKIT_FACETS.flatMap((facet) =>
      (query.filters[facet] ?? []).map((value) => ({
        id: `${facet}:${value}`,
        facet: t(`facets.${facet}`),
        label: label(facet, value),
        href: href(withoutFilter(query, facet, value)),
      })),
    ),
  ];

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <FinderForm action={localizedHref("/toolkit", locale)}>
        <div className="mb-6 lg:mb-8">
          <SearchBox
            id="toolkit-q"
            label={t("queryLabel")}
            hint={t("queryHint")}
            submit={f("submit")}
            value={query.q}
          />
        </div>
        <FinderLayout
          filters={
            <>
              {TOOLKIT_FACETS.map((facet) => (
                <FacetFieldset
                  key={facet}
                  name={facet}
                  legend={t(`facets.${facet}`)}
                  options={facetOptions(
                    result.facets[facet],
                    query.filters[facet] ?? [],
                    (v) => label(facet, v),
                    facet === "stage" ? stageOrder : undefined,
                  )}
                  selected={query.filters[facet] ?? []}
                  locale={locale}
                />
              ))}
            </>
          }
          total={result.total}
          countText={t("resultCount", { count: result.total })}
          range={result.hits.length ? { from, to: from + result.hits.length - 1 } : null}
          sort={{
            id: "toolkit-sort",
            value: query.sort,
            options: TOOLKIT_SORTS.map((v) => ({ value: v, label: t(`sort.${v}`) })),
          }}
        >
          {cut ? (
            <p className="mb-3 text-sm" data-query-cut>
              {t("queryCut", { words: MAX_QUERY_WORDS, characters: Q_MAX_LENGTH })}
            </p>
          ) : null}
          <ActiveFilters chips={chips} clearHref={localizedHref("/toolkit", locale)} locale={locale} />
          {result.hits.length ? (
            <ResourceList resources={result.hits} labels={labels} publishers={publishers} locale={locale} />
          ) : result.total > 0 ? (
            <p className="rounded-lg border border-line bg-surface p-5">
              {f("pageBeyond", { page: query.page })}{" "}
              <NextLink href={href(query, { page: 1 })}>{f("firstPage")}</NextLink>
            </p>
          ) : (
            <ToolkitEmpty
              q={query.q}
              rescue={rescue}
              hrefFor={(change) =>
                href(change.withoutFilters ? { ...query, filters: {} } : query, { q: change.q ?? query.q, page: 1 })
              }
            />
          )}
          <FinderPagination page={query.page} lastPage={lastPage} hrefFor={(page) => href(query, { page })} />
          <aside className="mt-8 border-t border-line pt-4 text-sm">
            <p>{t("missing")}</p>
          </aside>
        </FinderLayout>
      </FinderForm>
    </>
  );
}
