// The planning regions side by side: how many organisations are based in
// each, how many calls are only for it, how many innovations are there; each
// region's name leads to its own page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";
import { NATIONWIDE, PLANNING_REGIONS } from "@/lib/regions/planning-regions";
import { getRegionCounts } from "@/lib/regions/queries";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ecosystem.regions" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/regions", locale) };
}

const cell = "border-b border-line py-2 pr-4";

export default async function RegionsPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const [t, terms, counts] = await Promise.all([
    getTranslations("ecosystem.regions"),
    getTermLabels(),
    getRegionCounts(new Date()),
  ]);
  const labels = createLabeler(terms, [], locale);
  const nationwide = counts.regions.get(NATIONWIDE)!;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <div className="overflow-x-auto">
        <table className="w-full max-w-4xl border-collapse text-left" data-regions>
          <caption className="mb-2 text-left text-lg font-bold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand">
              <th scope="col" className="py-2 pr-4">
                {t("region")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("organisations")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("calls")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("innovations")}
              </th>
            </tr>
          </thead>
          <tbody>
            {PLANNING_REGIONS.map((region) => {
              const c = counts.regions.get(region)!;
              return (
                <tr key={region} data-region={region}>
                  <th scope="row" className={`${cell} font-normal`}>
                    <Link href={`/regions/${region}`}>{labels.term("REGION", region).text}</Link>
                  </th>
                  <td className={`${cell} text-right`} data-count="organisations">
                    {c.organisations}
                  </td>
                  <td className={`${cell} text-right`} data-count="calls">
                    {c.localCalls}
                  </td>
                  <td className={`${cell} text-right`} data-count="innovations">
                    {c.innovations}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-region={NATIONWIDE}>
              <th scope="row" className={`${cell} font-normal italic`}>
                {t("nationwide")}
              </th>
              <td className={`${cell} text-right`}>{nationwide.organisations}</td>
              <td className={`${cell} text-right`}>{counts.nationwideCalls}</td>
              <td className={`${cell} text-right`}>{nationwide.innovations}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-4 max-w-3xl text-muted">{t("nationwideCalls", { count: counts.nationwideCalls })}</p>
    </>
  );
}
