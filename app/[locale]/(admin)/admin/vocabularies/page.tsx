import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { listVocabularies } from "@/lib/taxonomy/queries";
import { vocabularySlug } from "@/lib/taxonomy/schema";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.vocabularies" });
  return { title: t("title"), robots: { index: false } };
}

export default async function VocabulariesPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:read", "/admin/vocabularies");
  const [t, vocabularies] = await Promise.all([getTranslations("curationUsers.vocabularies"), listVocabularies()]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Table
        className="max-w-3xl"
        caption={t("caption")}
        rows={vocabularies}
        rowKey={(v) => v.vocabulary}
        columns={[
          {
            key: "vocabulary",
            header: t("columns.vocabulary"),
            rowHeader: true,
            cell: (v) => (
              <NextLink
                href={localizedHref(`/admin/vocabularies/${vocabularySlug(v.vocabulary)}`, locale)}
                className="font-semibold"
              >
                {t(`names.${v.vocabulary}`)}
              </NextLink>
            ),
          },
          { key: "terms", header: t("columns.terms"), className: "text-right", cell: (v) => v.terms },
          { key: "hidden", header: t("columns.hidden"), className: "text-right", cell: (v) => v.hidden },
        ]}
      />
    </>
  );
}
