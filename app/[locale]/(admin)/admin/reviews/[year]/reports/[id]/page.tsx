import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyFields } from "@/components/admin/read-only-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { formatValue } from "@/lib/charts/render";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { getReport, loadTermLabels } from "@/lib/review/admin-queries";
import { formatRigaShort } from "@/lib/time/riga";
import { AcceptForm, ResendForm, ReturnForm } from "../../../_components/report-forms";

type Props = { params: Promise<{ locale: string; year: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "review.admin.reports" });
  return { title: t("title", { year: (await params).year }), robots: { index: false } };
}

export default async function ReportPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { year, id } = await params;
  const user = await requirePagePermission(
    locale,
    "content:read",
    `/admin/reviews/${encodeURIComponent(year)}/reports/${encodeURIComponent(id)}`,
  );
  const report = /^[a-z0-9_-]{1,64}$/i.test(id) ? await getReport(id) : null;
  if (!report || String(report.review.year) !== year) notFound();
  const [t, tf, labels] = await Promise.all([
    getTranslations("review.admin.reports"),
    getTranslations("review.form"),
    loadTermLabels(locale),
  ]);
  const none = t("notReported");
  const count = (v: number | null) => (v === null ? none : formatValue(v, "count", locale));
  const eur = (v: { toNumber(): number } | null) => (v === null ? none : formatValue(v.toNumber(), "EUR", locale));
  const list = (keys: string[]) => (keys.length ? keys.map((k) => labels.get(k) ?? k).join(", ") : none);
  const open = report.review.publication !== "PUBLISHED";
  const writable = can(user.role, "content:write") && open;
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref(`/admin/reviews/${year}/reports`, locale)}>← {t("backToList")}</NextLink>
      </p>
      <PageHeading title={t("detailTitle", { organisation: report.organisation.nameLv, year })} />
      <p className="-mt-6 mb-6 font-semibold" data-status={report.status}>
        {t(`status${report.status}`)}
        {report.reviewedAt && report.reviewedBy
          ? ` · ${t("reviewedBy", { who: report.reviewedBy.name ?? report.reviewedBy.email, date: formatRigaShort(report.reviewedAt, locale) })}`
          : null}
      </p>
      {!open ? <p className="mb-6 rounded border-l-4 border-accent bg-surface p-3">{t("closed")}</p> : null}
      <ReadOnlyFields
        rows={[
          {
            label: t("reporter"),
            value: [report.reporterName, report.reporterEmail].filter(Boolean).join(", ") || none,
          },
          { label: t("inviteEmail"), value: report.inviteEmail },
          { label: tf("innovationsSupported"), value: count(report.innovationsSupported) },
          { label: tf("consultations"), value: count(report.consultations) },
          { label: tf("trainings"), value: count(report.trainings) },
          { label: tf("trainingParticipants"), value: count(report.trainingParticipants) },
          { label: tf("grantedEur"), value: eur(report.grantedEur) },
          { label: tf("lentEur"), value: eur(report.lentEur) },
          { label: tf("stages"), value: list(report.stages) },
          { label: tf("supportTypes"), value: list(report.supportTypes) },
          { label: tf("themes"), value: list(report.themes) },
          { label: tf("notesLv"), value: report.notesLv },
          { label: tf("notesEn"), value: report.notesEn },
          ...(report.returnReason ? [{ label: t("returnReason"), value: report.returnReason }] : []),
        ]}
      />
      {writable ? (
        <div className="mt-8 grid max-w-4xl gap-8">
          {report.status === "SUBMITTED" ? (
            <section aria-labelledby="accept-heading">
              <h2 id="accept-heading" className="text-xl font-semibold text-brand-strong">
                {t("accept")}
              </h2>
              <AcceptForm id={report.id} />
            </section>
          ) : null}
          {report.status === "SUBMITTED" || report.status === "ACCEPTED" ? (
            <section aria-labelledby="return-heading">
              <h2 id="return-heading" className="text-xl font-semibold text-brand-strong">
                {t("returnHeading")}
              </h2>
              <ReturnForm id={report.id} />
            </section>
          ) : null}
          <section aria-labelledby="resend-heading">
            <h2 id="resend-heading" className="text-xl font-semibold text-brand-strong">
              {t("resend")}
            </h2>
            <ResendForm id={report.id} />
          </section>
        </div>
      ) : null}
    </>
  );
}
