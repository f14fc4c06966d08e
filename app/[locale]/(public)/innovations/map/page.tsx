import { langAttr } from "@/lib/i18n/content";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/link";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";
import { search } from "@/lib/search";
import { getFacetVocabulary } from "@/lib/search/facet-values";
import { parseSearchParamsLenient } from "@/lib/search/params";
import { searchHref, without, type PageQuery } from "../_components/href";
import { OTHER_REGIONS, PLANNING_REGIONS } from "./_components/latvia-regions";
import { RegionMap, type RegionCount } from "./_components/region-map";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "innovations.map" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/innovations/map", locale) };
}

export default async function InnovationMapPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, vocabulary, terms, t] = await Promise.all([
    searchParams,
    getFacetVocabulary(),
    getTermLabels(),
    getTranslations("innovations.map"),
  ]);
  const query = parseSearchParamsLenient(raw, vocabulary, { locale });
  // Region counts are disjunctive: they honour every other filter but not a
  // region selection, exactly the numbers beside the region checkboxes.
  const result = await search({ ...query, page: 1, pageSize: 1 });
  const labels = createLabeler(terms, [], locale);
  const base: PageQuery = { ...without(query, "region"), sort: "relevance" };
  const regions: RegionCount[] = [...PLANNING_REGIONS, ...OTHER_REGIONS].map((key) => {
    const label = labels.term("REGION", key);
    return {
      key,
      label: label.text,
      lang: langAttr(label, locale),
      count: result.facets.region.find((f) => f.value === key)?.count ?? 0,
      href: searchHref({ ...base, filters: { ...base.filters, region: [key] } }),
    };
  });
  const active = Object.entries(base.filters).flatMap(([facet, values]) =>
    (values ?? []).map((v) => labels.facetValue(facet as keyof typeof base.filters, v).text),
  );
  const listHref = searchHref(query);

  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t.rich("leadLinked", {
          region: (chunks) => <GlossaryTerm term="planningRegion">{chunks}</GlossaryTerm>,
        })}
      />
      <p className="mb-6">
        <Link href={listHref}>{t("backToList")}</Link>
      </p>
      {active.length || base.q ? (
        <p className="mb-6" data-map-filters>
          {t("filtered")} {[base.q ? `“${base.q}”` : null, ...active].filter(Boolean).join(", ")}
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <RegionMap
          regions={regions.filter((r) => (PLANNING_REGIONS as readonly string[]).includes(r.key))}
          locale={locale}
        />
        <div>
          <table className="w-full border-collapse text-left" data-region-table>
            <caption className="mb-2 text-left text-lg font-bold">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-brand">
                <th scope="col" className="py-2 pr-4">
                  {t("tableRegion")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("tableCount")}
                </th>
              </tr>
            </thead>
            {[PLANNING_REGIONS, OTHER_REGIONS].map((group, index) => (
              <tbody key={index}>
                {index > 0 ? (
                  <tr>
                    <th scope="rowgroup" colSpan={2} className="pt-4 pb-1 text-sm font-semibold text-muted">
                      {t("elsewhere")}
                    </th>
                  </tr>
                ) : null}
                {regions
                  .filter((r) => (group as readonly string[]).includes(r.key))
                  .map((region) => (
                    <tr
                      key={region.key}
                      className="border-b border-line"
                      data-region={region.key}
                      data-count={region.count}
                    >
                      <th scope="row" className="py-2 pr-4 font-normal">
                        <Link href={region.href} lang={region.lang}>
                          {region.label}
                        </Link>
                      </th>
                      <td className="py-2 text-right font-semibold">{region.count}</td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
      </div>
    </>
  );
}
