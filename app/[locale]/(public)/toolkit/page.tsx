import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { ActiveFilters } from "@/components/finder/active-filters";
import { FacetFieldset, facetOptions } from "@/components/finder/facet-fieldset";
import { FinderForm } from "@/components/finder/finder-form";
import { FinderLayout } from "@/components/finder/finder-layout";
import { FinderPagination } from "@/components/finder/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { finderHref, parseFinderLenient, withoutFilter } from "@/lib/catalog/list-params";
import { localized } from "@/lib/i18n/content";
import { languageName } from "@/lib/i18n/language-names";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { createLabeler } from "@/lib/innovations/labels";
import { alternatesFor } from "@/lib/innovations/urls";
import {
  getPublisherOrganisations,
  getToolkitTerms,
  getToolkitValues,
  searchToolkit,
  TOOLKIT,
  TOOLKIT_FACETS,
  TOOLKIT_PAGE_SIZE,
  TOOLKIT_SORTS,
  TOOLKIT_VOCABULARY,
  type ToolkitFacet,
  type ToolkitQuery,
} from "@/lib/resources/public-queries";
import { ResourceList } from "./_components/resource-list";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "toolkit" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/toolkit", locale) };
}

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
  const chips = TOOLKIT_FACETS.flatMap((facet) =>
    (query.filters[facet] ?? []).map((value) => ({
      id: `${facet}:${value}`,
      facet: t(`facets.${facet}`),
      label: label(facet, value),
      href: href(withoutFilter(query, facet, value)),
    })),
  );

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <FinderForm action={localizedHref("/toolkit", locale)}>
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
          <ActiveFilters chips={chips} clearHref={localizedHref("/toolkit", locale)} locale={locale} />
          {result.hits.length ? (
            <ResourceList resources={result.hits} labels={labels} publishers={publishers} locale={locale} />
          ) : result.total > 0 ? (
            <p className="rounded-lg border border-line bg-surface p-5">
              {f("pageBeyond", { page: query.page })}{" "}
              <NextLink href={href(query, { page: 1 })}>{f("firstPage")}</NextLink>
            </p>
          ) : (
            <div className="rounded-lg border border-line bg-surface p-5" data-empty>
              <h3 className="text-lg font-bold">{t("emptyHeading")}</h3>
              <p className="mt-2">{t("emptyText")}</p>
              <p className="mt-2">
                <Link href="/consultations">{t("emptyConsultation")}</Link>
              </p>
            </div>
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
