import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Notice } from "@/components/ui/notice";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import type { PublicSection } from "./sections";

/** generateMetadata for a section page: "<section title> | SIKC". */
export function sectionMetadata(section: PublicSection) {
  return async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const locale = await resolveLocale(params);
    const t = await getTranslations({ locale, namespace: "Sections" });
    return { title: t(`${section}.title`), description: t(`${section}.intro`) };
  };
}

/** A section that a later issue fills: real heading and intro, "coming soon" note. */
export async function SectionPlaceholder({ section }: { section: PublicSection }) {
  const t = await getTranslations("Sections");
  return (
    <>
      <PageHeading title={t(`${section}.title`)} lead={t(`${section}.intro`)} />
      <Notice>{t("comingSoon")}</Notice>
    </>
  );
}
