import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
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
      <table className="w-full max-w-3xl border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-brand-strong">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="px-2 py-2">
              {t("columns.vocabulary")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("columns.terms")}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {t("columns.hidden")}
            </th>
          </tr>
        </thead>
        <tbody>
          {vocabularies.map((v) => (
            <tr key={v.vocabulary} className="border-b border-line">
              <th scope="row" className="px-2 py-2 font-normal">
                <NextLink
                  href={localizedHref(`/admin/vocabularies/${vocabularySlug(v.vocabulary)}`, locale)}
                  className="font-semibold"
                >
                  {t(`names.${v.vocabulary}`)}
                </NextLink>
              </th>
              <td className="px-2 py-2 text-right">{v.terms}</td>
              <td className="px-2 py-2 text-right">{v.hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
