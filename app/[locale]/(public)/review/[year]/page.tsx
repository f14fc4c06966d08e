import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReviewDocument } from "@/components/review/review-document";
import { resolveLocale } from "@/lib/i18n/locale";
import { alternatesFor } from "@/lib/innovations/urls";
import { getReviewPage } from "@/lib/review/queries";

type Props = { params: Promise<{ locale: string; year: string }> };

/** "2025" only: anything else in the URL is a 404, not a database query. */
const yearOf = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const year = yearOf((await params).year);
  if (year === null) return {};
  const t = await getTranslations({ locale, namespace: "review.page" });
  return {
    title: t("metaTitle", { year }),
    description: t("metaDescription"),
    alternates: alternatesFor(`/review/${year}`, locale),
  };
}

export default async function ReviewYearPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const year = yearOf((await params).year);
  const page = year === null ? null : await getReviewPage(year);
  if (!page) notFound();
  return <ReviewDocument page={page} locale={locale} charts="files" />;
}
