import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatRigaShort } from "@/lib/time/riga";
import { consultantOptions, referralTargets, requestDetail, termLabels } from "@/lib/consultations/staff/queries";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { History } from "./_components/history";
import { RequestActions } from "./_components/request-actions";
import { RequestDetails } from "./_components/request-details";

const loadRequest = cache(requestDetail);

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox" });
  const { id } = await params;
  return recordMetadata("consultations:manage", t("title"), async () => {
    const request = await loadRequest(id);
    return request ? t("request.title", { reference: request.reference }) : null;
  });
}

export default async function RequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  await requirePagePermission(locale, "consultations:manage", `/admin/consultations/${encodeURIComponent(id)}`);
  const request = await loadRequest(id);
  if (!request) notFound();
  const [t, labels, staff, targets] = await Promise.all([
    getTranslations("inbox"),
    termLabels(locale),
    consultantOptions(),
    referralTargets(locale),
  ]);

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/consultations">← {t("request.back")}</Link>
      </p>
      <PageHeading title={t("request.title", { reference: request.reference })} />
      {request.anonymisedAt ? (
        <div className="mb-6">
          <Notice>{t("request.anonymised", { date: formatRigaShort(request.anonymisedAt, locale) })}</Notice>
        </div>
      ) : null}
      <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-3 text-xl font-semibold text-brand-strong">
              {t("request.details")}
            </h2>
            <RequestDetails request={request} locale={locale} labels={labels} />
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-3 text-xl font-semibold text-brand-strong">
              {t("history.heading")}
            </h2>
            <History events={request.events} locale={locale} staff={staff} />
          </section>
        </div>
        <section aria-label={t("actions.heading")} className="min-w-0">
          <RequestActions request={request} staff={staff} targets={targets} />
        </section>
      </div>
    </>
  );
}
