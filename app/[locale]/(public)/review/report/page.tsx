import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { formToken } from "@/lib/forms/spam";
import { initialFormState } from "@/lib/forms/state";
import { localized } from "@/lib/i18n/content";
import { resolveLocale } from "@/lib/i18n/locale";
import { loadReportForm } from "@/lib/review/reports";
import { reportFormChoices } from "@/lib/review/report-options";
import { ReportForm } from "./_components/report-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The link carries a token: never indexed, never sent on as a referrer.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The supporters' report form, opened by the signed link staff e-mailed (no account needed). */
export default async function SupporterReportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const [t, messages, report] = await Promise.all([
    getTranslations("review.form"),
    getMessages(),
    token ? loadReportForm(token) : Promise.resolve(null),
  ]);
  if (!report) {
    return (
      <>
        <PageHeading title={t("invalidTitle")} />
        <Notice>{t("invalidLink")}</Notice>
      </>
    );
  }
  const organisation = localized(report.organisation, "name", locale).text;
  if (report.closed) {
    return (
      <>
        <PageHeading title={t("title", { year: report.year })} />
        <Notice>{t("closed", { year: report.year })}</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("title", { year: report.year })} lead={t("lead", { organisation, year: report.year })} />
      {report.returnReason ? (
        <section
          aria-labelledby="returned-heading"
          className="mb-8 max-w-3xl rounded border-l-4 border-accent bg-surface p-4"
        >
          <h2 id="returned-heading" className="font-semibold text-brand-strong">
            {t("returned")}
          </h2>
          <p className="mt-2 whitespace-pre-wrap">{report.returnReason}</p>
        </section>
      ) : report.status === "SUBMITTED" || report.status === "ACCEPTED" ? (
        <div className="mb-8">
          <Notice>{t(`status${report.status}`)}</Notice>
        </div>
      ) : null}
      <ReportForm
        token={report.token}
        locale={locale}
        kit={messages.Forms}
        text={messages.review.form}
        errors={{ ...messages.review.errors, ...messages.curation.errors }}
        choices={await reportFormChoices(locale)}
        formToken={formToken("supporterReport")}
        initial={initialFormState(report.values)}
      />
    </>
  );
}
