import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReviewDocument } from "@/components/review/review-document";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { alternatesFor } from "@/lib/innovations/urls";
import { getReviewPage, publishedReviewYears } from "@/lib/review/queries";
import { rigaYear } from "@/lib/time/riga";

/** /review is the latest published review (or, before the first, this year's figures so far). */
async function latestYear(): Promise<number> {
  return (await publishedReviewYears())[0] ?? rigaYear(new Date());
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const year = await latestYear();
  const t = await getTranslations({ locale, namespace: "review.page" });
  // the year's own address is the canonical one
  return {
    title: t("metaTitle", { year }),
    description: t("metaDescription"),
    alternates: alternatesFor(`/review/${year}`, locale),
  };
}

export default async function ReviewPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const page = await getReviewPage(await latestYear());
  if (!page) notFound();
  return <ReviewDocument page={page} locale={locale} charts="files" />;
}
