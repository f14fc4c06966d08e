// One cell of the coverage grid: exactly the organisations and open calls it
// counts, under the same region and theme filters; a gap says what to do.
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CallList } from "@/components/funding/call-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { coverageSearch, getCoverageCell, parseCoverageQuery } from "@/lib/ecosystem/queries";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";

type Search = Record<string, string | string[] | undefined>;
type Props = LocaleParams & { searchParams: Promise<Search> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const h2 = "text-2xl font-bold text-brand-strong";

async function load(params: Props["params"], searchParams: Props["searchParams"]) {
  const [locale, raw] = await Promise.all([resolveLocale(params), searchParams]);
  const query = await parseCoverageQuery(raw);
  const now = new Date();
  const cell = await getCoverageCell(query, one(raw.stage), one(raw.type), locale, now);
  return { locale, query, cell, now };
}

function title(
  t: Awaited<ReturnType<typeof getTranslations<"ecosystem.coverage">>>,
  cell: NonNullable<Awaited<ReturnType<typeof getCoverageCell>>>,
  locale: Locale,
) {
  const label = (x: { labelLv: string; labelEn: string }) => (locale === "en" && x.labelEn ? x.labelEn : x.labelLv);
  return cell.stage
    ? t("cellTitle", { type: label(cell.supportType), stage: label(cell.stage) })
    : t("cellTitleUnstated", { type: label(cell.supportType) });
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, cell } = await load(params, searchParams);
  if (!cell) return {};
  const t = await getTranslations({ locale, namespace: "ecosystem.coverage" });
  return { title: title(t, cell, locale), robots: { index: false } };
}

export default async function CoverageCellPage({ params, searchParams }: Props) {
  const { locale, query, cell, now } = await load(params, searchParams);
  if (!cell) notFound();
  const [t, terms] = await Promise.all([getTranslations("ecosystem.coverage"), getTermLabels()]);
  const labels = createLabeler(terms, [], locale);
  const filters = [
    query.region && labels.term("REGION", query.region).text,
    query.theme && labels.term("THEME", query.theme).text,
  ].filter(Boolean);
  const gap = cell.organisations.length + cell.calls.length === 0;
  return (
    <>
      <p className="mb-2">
        <a href={localizedHref("/ecosystem", locale, coverageSearch(query))}>← {t("back")}</a>
      </p>
      <PageHeading
        title={title(t, cell, locale)}
        lead={filters.length ? `${t("cellLead")} ${filters.join(", ")}.` : t("cellLead")}
      />
      {query.ignored.length ? (
        <div className="mb-6" data-ignored={query.ignored.join(" ")}>
          <Notice>{t("ignored", { list: query.ignored.map((k) => t(k as "region" | "theme")).join(", ") })}</Notice>
        </div>
      ) : null}
      {gap ? (
        <div className="mb-6" data-gap>
          <Notice>
            {t("gapNext")} <Link href="/submit">{t("tellUs")}</Link>
          </Notice>
        </div>
      ) : null}
      <section aria-labelledby="cell-organisations" className="mt-6" data-section="organisations">
        <h2 id="cell-organisations" className={h2}>
          {t("organisationsHeading")} ({cell.organisations.length})
        </h2>
        {cell.organisations.length === 0 ? (
          <p className="mt-3">{t("noOrganisations")}</p>
        ) : (
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {cell.organisations.map((o) => {
              const name = localized(o, "name", locale);
              return (
                <li key={o.slug} className="rounded border border-line p-4" data-slug={o.slug}>
                  <h3 className="font-semibold">
                    <NextLink href={localizedHref(`/organisations/${o.slug}`, locale)} lang={langAttr(name, locale)}>
                      {name.text}
                    </NextLink>
                  </h3>
                  <p className="mt-1 text-sm text-muted">
                    {[
                      o.region && labels.term("REGION", o.region).text,
                      o.municipality && labels.term("MUNICIPALITY", o.municipality).text,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="cell-calls" className="mt-10" data-section="calls">
        <h2 id="cell-calls" className={h2}>
          {t("callsHeading")} ({cell.calls.length})
        </h2>
        <div className="mt-3">
          {cell.calls.length === 0 ? (
            <p>{t("noCalls")}</p>
          ) : (
            <CallList calls={cell.calls} labels={labels} locale={locale} now={now} headingLevel={3} />
          )}
        </div>
      </section>
    </>
  );
}
