// The public stakeholder directory: published organisations with filters in
// the URL (a GET form, no client JavaScript).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoverageView } from "@/components/ecosystem/coverage-view";
import { PageHeading } from "@/components/ui/page-heading";
import { listSearch, pageCount, parseListQuery } from "@/lib/admin/list-query";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { DIRECTORY_LIST, listDirectory } from "@/lib/organisations/public";
import { organisationTermOptions } from "@/lib/organisations/queries";
import { isPlanningRegion } from "@/lib/regions/planning-regions";
import { DirectoryFilters } from "./_components/directory-filters";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.directory" });
  return { title: t("title"), description: t("lead") };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = parseListQuery(await searchParams, DIRECTORY_LIST);
  const [t, tc, options, { rows, total }, terms] = await Promise.all([
    getTranslations("curation.directory"),
    getTranslations("ecosystem.coverage"),
    organisationTermOptions(locale),
    listDirectory(query, locale),
    getTermLabels(),
  ]);
  // The grid follows the directory's planning region; its own form goes to /ecosystem.
  const region = query.filters.region;
  const label = (list: { value: string; label: string }[], key: string | null) =>
    key ? (list.find((o) => o.value === key)?.label ?? key) : null;
  const last = pageCount(total, query.pageSize);
  const base = localizedHref("/organisations", locale);

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <DirectoryFilters
        action={base}
        query={query}
        options={options}
        text={{
          search: t("search"),
          type: t("type"),
          role: t("role"),
          support: t("support"),
          region: t("region"),
          all: t("all"),
          apply: t("apply"),
          clear: t("clear"),
        }}
      />
      <section aria-labelledby="directory-results" className="mt-8">
        <h2 id="directory-results" className="sr-only">
          {t("resultsHeading")}
        </h2>
        <p role="status" className="font-semibold">
          {t("results", { count: total })}
        </p>
        {total === 0 ? <p className="mt-2 text-muted">{t("empty")}</p> : null}
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {rows.map((o) => {
            const name = localized(o, "name", locale);
            const description = localized(o, "description", locale);
            return (
              <li key={o.slug} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/organisations/${o.slug}`} lang={langAttr(name, locale)}>
                    {name.text}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  {[label(options.type, o.type), label(options.region, o.region)].filter(Boolean).join(" · ")}
                </p>
                {description.text ? (
                  <p className="mt-2 line-clamp-3" lang={langAttr(description, locale)}>
                    {description.text}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        {last > 1 ? (
          <nav aria-label={t("pagination")} className="mt-8">
            <ul className="flex flex-wrap gap-2">
              {Array.from({ length: last }, (_, i) => i + 1).map((page) => (
                <li key={page}>
                  <a
                    href={`${base}${listSearch(query, DIRECTORY_LIST, { page })}`}
                    aria-current={page === query.page ? "page" : undefined}
                    aria-label={t("page", { page })}
                    className={
                      page === query.page
                        ? "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand bg-brand px-3 font-semibold text-white no-underline hover:text-white"
                        : "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-line px-3 font-semibold no-underline"
                    }
                  >
                    {page}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="coverage-heading" className="mt-12" data-section="coverage">
        <h2 id="coverage-heading" className="text-2xl font-bold text-brand-strong">
          {tc("directoryHeading")}
        </h2>
        <p className="mt-1 mb-4 max-w-3xl">{tc("directoryLead")}</p>
        <CoverageView
          query={{ region: isPlanningRegion(region) ? region : undefined, ignored: [] }}
          labels={createLabeler(terms, [], locale)}
          locale={locale}
          now={new Date()}
        />
      </section>
    </>
  );
}
