import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { getReviewForEditing, listReports, supporterChoices } from "@/lib/review/admin-queries";
import { formatRigaShort } from "@/lib/time/riga";
import { InviteForm } from "../../_components/report-forms";

type Props = { params: Promise<{ locale: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "review.admin.reports" });
  return { title: t("title", { year: (await params).year }), robots: { index: false } };
}

export default async function ReportsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { year: yearText } = await params;
  const user = await requirePagePermission(
    locale,
    "content:read",
    `/admin/reviews/${encodeURIComponent(yearText)}/reports`,
  );
  const review = /^\d{4}$/.test(yearText) ? await getReviewForEditing(Number(yearText)) : null;
  if (!review) notFound();
  const [t, ta, reports, choices] = await Promise.all([
    getTranslations("review.admin.reports"),
    getTranslations("review.admin"),
    listReports(review.id),
    supporterChoices(review.id),
  ]);
  const published = review.publication === "PUBLISHED";
  const when = (d: Date | null) => (d ? formatRigaShort(d, locale) : "—");
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref(`/admin/reviews/${review.year}`, locale)}>
          ← {ta("editTitle", { year: review.year })}
        </NextLink>
      </p>
      <PageHeading title={t("title", { year: review.year })} lead={t("lead")} />
      {published ? <p className="mb-6 rounded border-l-4 border-accent bg-surface p-3">{t("closed")}</p> : null}
      {reports.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full max-w-5xl border-collapse text-left">
          <caption className="sr-only">{t("title", { year: review.year })}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("organisation")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("status")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("invitedAt")}
              </th>
              <th scope="col" className="py-2">
                {t("submittedAt")}
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <NextLink href={localizedHref(`/admin/reviews/${review.year}/reports/${r.id}`, locale)}>
                    {r.organisation.nameLv}
                  </NextLink>
                </th>
                <td className="py-2 pr-4" data-status={r.status}>
                  {t(`status${r.status}`)}
                </td>
                <td className="py-2 pr-4">{when(r.invitedAt)}</td>
                <td className="py-2">{when(r.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(user.role, "content:write") && !published ? (
        <section aria-labelledby="invite-heading" className="mt-10 max-w-5xl">
          <h2 id="invite-heading" className="text-xl font-semibold text-brand-strong">
            {t("inviteHeading")}
          </h2>
          {choices.length ? (
            <InviteForm reviewId={review.id} organisations={choices.map(({ value, label }) => ({ value, label }))} />
          ) : (
            <p className="mt-2">{t("noneLeft")}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
