import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage, emailTag } from "@/components/layout/legal-page";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

const keys = ["status", "limits", "measures", "feedback", "complaints", "prepared"] as const;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  return { title: t("metaTitle") };
}

export default async function AccessibilityPage({ params }: LocaleParams) {
  await resolveLocale(params);
  const t = await getTranslations("Accessibility");
  const sections = keys.map((key) => ({
    id: key,
    heading: t(`${key}Heading`),
    body: t.rich(key, { email: emailTag }),
  }));
  return <LegalPage title={t("title")} intro={t("intro")} sections={sections} />;
}
