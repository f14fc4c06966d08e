import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewDocument } from "@/components/review/review-document";
import { requirePagePermission } from "@/lib/auth/guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { getReviewPage } from "@/lib/review/queries";

type Props = { params: Promise<{ locale: string; year: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** The review as the public will see it, drafts included, with live figures until it is published. */
export default async function ReviewPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { year } = await params;
  await requirePagePermission(locale, "content:read", `/admin/reviews/${encodeURIComponent(year)}/preview`);
  const page = /^\d{4}$/.test(year) ? await getReviewPage(Number(year), { includeDrafts: true }) : null;
  if (!page?.review) notFound();
  return <ReviewDocument page={page} locale={locale} charts="inline" />;
}
