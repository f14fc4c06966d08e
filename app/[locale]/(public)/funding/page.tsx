import type { Metadata } from "next";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/finder/active-filters";
import { FacetFieldset, facetOptions } from "@/components/finder/facet-fieldset";
import { FinderForm } from "@/components/finder/finder-form";
import { FinderLayout } from "@/components/finder/finder-layout";
import { FinderPagination } from "@/components/finder/pagination";
import { CallList } from "@/components/funding/call-list";
import { PageHeading } from "@/components/ui/page-heading";
import { finderHref, finderParams, parseFinderLenient, withoutFilter } from "@/lib/catalog/list-params";
import { callsFeedPath, deadlinesCalendarPath } from "@/lib/funding/feed-urls";
import {
  FUNDING,
  FUNDING_FACETS,
  FUNDING_PAGE_SIZE,
  FUNDING_SORTS,
  getFundingValues,
  searchCalls,
  type FundingFacet,
  type FundingQuery,
} from "@/lib/funding/public-queries";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const VOCABULARY = { applicant: "ORGANISATION_TYPE", stage: "STAGE", theme: "THEME" } as const;

async function readQuery(locale: Locale, searchParams: Props["searchParams"]): Promise<FundingQuery> {
  // Lenient: an odd or hand-edited URL falls back to defaults rather than failing.
  return parseFinderLenient(FUNDING, await getFundingValues(), await searchParams);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, query] = await Promise.all([
    getTranslations({ locale, namespace: "funding" }),
    readQuery(locale, searchParams),
  ]);
  const view = finderParams(FUNDING, query);
  return {
    title: t("title"),
    description: t("lead"),
    alternates: {
      ...alternatesFor("/funding", locale),
      types: {
        "application/rss+xml": [{ url: callsFeedPath("rss", locale, view), title: t("follow.rss") }],
        "application/atom+xml": [{ url: callsFeedPath("atom", locale, view), title: t("follow.atom") }],
        "text/calendar": [{ url: deadlinesCalendarPath(locale), title: t("follow.ical") }],
      },
    },
  };
}

export default async function FundingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const now = new Date();
  const [query, terms, t, f] = await Promise.all([
    readQuery(locale, searchParams),
    getTermLabels(),
    getTranslations("funding"),
    getTranslations("Finder"),
  ]);
  const result = await searchCalls(query, locale, now);
  const labels = createLabeler(terms, [], locale);
  const label = (facet: FundingFacet, value: string) =>
    facet === "status"
      ? { text: t(`statusValues.${value as "open"}`), lang: locale, fallback: false }
      : labels.term(VOCABULARY[facet], value);
  const href = (q: FundingQuery, overrides: Partial<FundingQuery> = {}) =>
    localizedHref(finderHref("/funding", FUNDING, q, overrides), locale);
  const lastPage = Math.max(1, Math.ceil(result.total / FUNDING_PAGE_SIZE));
  const from = (query.page - 1) * FUNDING_PAGE_SIZE + 1;
  const view = finderParams(FUNDING, query);
  const status = query.filters.status ?? [];
  const isDefaultStatus =
    status.length === FUNDING.defaultFilters!.status!.length &&
    status.every((s) => FUNDING.defaultFilters!.status!.includes(s));
  const isArchive = query.filters.status?.length === 1 && query.filters.status[0] === "closed";
  const chips = FUNDING_FACETS.flatMap((facet) =>
    // The default status (open and upcoming) is not a choice the person made: no chip for it.
    (facet === "status" && isDefaultStatus ? [] : (query.filters[facet] ?? [])).map((value) => ({
      id: `${facet}:${value}`,
      facet: t(`facets.${facet}`),
      label: label(facet, value),
      href: href(withoutFilter(query, facet, value)),
    })),
  );
  const order = { status: ["open", "upcoming", "closed"], stage: labels.terms("STAGE").map((s) => s.key) };

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="-mt-4 mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/funding/programmes">{t("programmesLink")}</Link>
        </li>
        <li>
          {isArchive ? (
            <Link href="/funding">{t("currentLink")}</Link>
          ) : (
            <Link href={{ pathname: "/funding", query: { status: "closed" } }}>{t("archiveLink")}</Link>
          )}
        </li>
      </ul>
      <FinderForm
        action={localizedHref("/funding", locale)}
        defaultSort={FUNDING.defaultSort}
        defaults={FUNDING.defaultFilters as Record<string, readonly string[]>}
      >
        <FinderLayout
          filters={
            <>
              {FUNDING_FACETS.map((facet) => (
                <FacetFieldset
                  key={facet}
                  name={facet}
                  legend={t(`facets.${facet}`)}
                  options={facetOptions(
                    facet === "status"
                      ? ["open", "upcoming", "closed"].map(
                          (value) => result.facets.status.find((c) => c.value === value) ?? { value, count: 0 },
                        )
                      : result.facets[facet],
                    query.filters[facet] ?? [],
                    (v) => label(facet, v),
                    facet === "status" || facet === "stage" ? order[facet] : undefined,
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
            id: "funding-sort",
            value: query.sort,
            options: FUNDING_SORTS.map((v) => ({ value: v, label: t(`sort.${v}`) })),
          }}
        >
          <ActiveFilters chips={chips} clearHref={localizedHref("/funding", locale)} locale={locale} />
          {result.hits.length ? (
            <CallList calls={result.hits} labels={labels} locale={locale} now={now} />
          ) : result.total > 0 ? (
            <p className="rounded-lg border border-line bg-surface p-5">
              {f("pageBeyond", { page: query.page })}{" "}
              <NextLink href={href(query, { page: 1 })}>{f("firstPage")}</NextLink>
            </p>
          ) : (
            <div className="rounded-lg border border-line bg-surface p-5" data-empty>
              <h3 className="text-lg font-bold">{t("emptyHeading")}</h3>
              <p className="mt-2">{t("emptyText")}</p>
              <ul className="mt-2 flex flex-wrap gap-x-6">
                <li>
                  <Link href={{ pathname: "/funding", query: { status: "closed" } }}>{t("archiveLink")}</Link>
                </li>
                <li>
                  <Link href="/consultations">{t("emptyConsultation")}</Link>
                </li>
              </ul>
            </div>
          )}
          <FinderPagination page={query.page} lastPage={lastPage} hrefFor={(page) => href(query, { page })} />
          <section aria-labelledby="follow-heading" className="mt-8 border-t border-line pt-4">
            <h2 id="follow-heading" className="text-lg font-bold">
              {t("follow.heading")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <a href={callsFeedPath("rss", locale, view)} type="application/rss+xml" data-feed="rss">
                  {t("follow.rss")}
                </a>
              </li>
              <li>
                <a href={callsFeedPath("atom", locale, view)} type="application/atom+xml" data-feed="atom">
                  {t("follow.atom")}
                </a>
              </li>
              <li>
                <a href={deadlinesCalendarPath(locale)} type="text/calendar" data-feed="ical">
                  {t("follow.ical")}
                </a>
              </li>
            </ul>
            <p className="mt-2 text-sm text-muted">{t("follow.icalHint")}</p>
          </section>
        </FinderLayout>
      </FinderForm>
    </>
  );
}
