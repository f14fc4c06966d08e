import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { InnovationArticle } from "@/components/innovations/detail/innovation-article";
import { localized } from "@/lib/i18n/content";
import { routing, type Locale } from "@/lib/i18n/routing";
import { createLabeler } from "@/lib/innovations/labels";
import { getInnovationDetail, getRelatedInnovations, getTermLabels } from "@/lib/innovations/queries";
import { absoluteUrl, alternatesFor } from "@/lib/innovations/urls";
import { getResourcesForStage, getToolkitTerms } from "@/lib/resources/public-queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function resolve(params: Props["params"]): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const innovation = await getInnovationDetail(slug);
  if (!innovation) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const title = localized(innovation, "title", locale).text;
  const description = localized(innovation, "summary", locale).text;
  const path = `/innovations/${innovation.slug}`;
  return {
    title,
    description,
    alternates: alternatesFor(path, locale),
    openGraph: {
      type: "article",
      title,
      description,
      url: absoluteUrl(path, locale),
      siteName: t("siteName"),
      locale: locale === "lv" ? "lv_LV" : "en_GB",
      alternateLocale: locale === "lv" ? ["en_GB"] : ["lv_LV"],
      modifiedTime: innovation.updatedAt.toISOString(),
    },
  };
}

export default async function InnovationPage({ params }: Props) {
  const { locale, slug } = await resolve(params);
  const innovation = await getInnovationDetail(slug);
  if (!innovation) notFound();
  const [terms, toolkitTerms, related, resources] = await Promise.all([
    getTermLabels(),
    getToolkitTerms(),
    getRelatedInnovations(innovation),
    getResourcesForStage(innovation.stage, innovation.themes),
  ]);
  return (
    <InnovationArticle
      innovation={innovation}
      related={related}
      labels={createLabeler({ ...toolkitTerms, ...terms }, [], locale)}
      resources={resources}
      locale={locale}
    />
  );
}
