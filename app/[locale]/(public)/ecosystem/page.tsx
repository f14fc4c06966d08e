// The ecosystem coverage grid on its own page: the seven stages against the
// support types, filtered by planning region and theme through the URL.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoverageView } from "@/components/ecosystem/coverage-view";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { parseCoverageQuery } from "@/lib/ecosystem/queries";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ecosystem.coverage" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/ecosystem", locale) };
}

export default async function EcosystemPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [t, terms, query] = await Promise.all([
    getTranslations("ecosystem.coverage"),
    getTermLabels(),
    searchParams.then(parseCoverageQuery),
  ]);
  const labels = createLabeler(terms, [], locale);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {query.ignored.length ? (
        <div className="mb-6" data-ignored={query.ignored.join(" ")}>
          <Notice>{t("ignored", { list: query.ignored.map((k) => t(k as "region" | "theme")).join(", ") })}</Notice>
        </div>
      ) : null}
      <CoverageView query={query} labels={labels} locale={locale} now={new Date()} />
    </>
  );
}
