import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { listReviews } from "@/lib/review/admin-queries";
import { rigaYear } from "@/lib/time/riga";
import { NewReviewForm } from "./_components/review-forms";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "review.admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ReviewsPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/reviews");
  const [t, reviews] = await Promise.all([getTranslations("review.admin"), listReviews()]);
  const current = rigaYear(new Date());
  const nextYear = [current, current - 1].find((y) => !reviews.some((r) => r.year === y));
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {reviews.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full max-w-4xl border-collapse text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("year")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("reviewTitle")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("status")}
              </th>
              <th scope="col" className="py-2">
                {t("reportsColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4">
                  <NextLink href={localizedHref(`/admin/reviews/${r.year}`, locale)}>{r.year}</NextLink>
                </th>
                <td className="py-2 pr-4">{r.titleLv}</td>
                <td className="py-2 pr-4">
                  <StatusBadge status={r.publication} />
                </td>
                <td className="py-2 tabular-nums">
                  {r.reports.SUBMITTED} / {r.reports.ACCEPTED} / {Object.values(r.reports).reduce((a, b) => a + b, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(user.role, "content:write") ? (
        <section aria-labelledby="new-review" className="mt-10 max-w-4xl">
          <h2 id="new-review" className="text-xl font-semibold text-brand-strong">
            {t("newHeading")}
          </h2>
          <NewReviewForm defaultYear={nextYear ? String(nextYear) : ""} />
        </section>
      ) : null}
    </>
  );
}
