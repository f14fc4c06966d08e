import { getTranslations } from "next-intl/server";
import { formatRiga, formatRigaShort } from "@/lib/time/riga";
import type { RequestDetail } from "@/lib/consultations/staff/queries";
import type { Locale } from "@/lib/i18n/routing";
import { StatusBadge } from "../../_components/status-badge";

export async function RequestDetails({
  request: r,
  locale,
  labels,
}: {
  request: RequestDetail;
  locale: Locale;
  labels: Record<string, string>;
}) {
  const t = await getTranslations("inbox.request");
  const label = (vocabulary: string, key: string | null) =>
    key ? (labels[`${vocabulary}:${key}`] ?? key) : t("notGiven");
  const language = (l: string) => (l === "en" ? t("languageEn") : t("languageLv"));
  const rows: [string, React.ReactNode][] = [
    [t("reference"), r.reference],
    [t("status"), <StatusBadge key="s" status={r.status} />],
    [t("received"), formatRigaShort(r.createdAt, locale)],
    ...(r.closedAt ? [[t("closedAt"), formatRigaShort(r.closedAt, locale)] as [string, React.ReactNode]] : []),
    [t("name"), r.name],
    [t("email"), r.email],
    [t("phone"), r.phone ?? t("notGiven")],
    [t("organisationName"), r.organisationName ?? t("notGiven")],
    [t("organisationType"), label("ORGANISATION_TYPE", r.organisationType)],
    [t("topics"), r.topics.map((k) => label("CONSULTATION_TOPIC", k)).join(", ")],
    [t("stage"), label("STAGE", r.stage)],
    [t("theme"), label("THEME", r.theme)],
    [t("region"), label("REGION", r.region)],
    [t("format"), label("CONSULTATION_FORMAT", r.format)],
    [t("language"), language(r.language)],
    [t("locale"), language(r.locale)],
    [t("newsletter"), r.newsletterConsent ? t("yes") : t("no")],
  ];
  return (
    <>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="request-details">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-lg font-semibold text-brand-strong">{t("description")}</h3>
      <p className="mt-2 max-w-3xl whitespace-pre-wrap break-words rounded border border-line bg-surface p-3">
        {r.description}
      </p>
      <h3 className="mt-6 text-lg font-semibold text-brand-strong">{t("slotHeading")}</h3>
      {r.slot ? (
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="request-slot">
          <dt className="font-semibold">{t("slotTime")}</dt>
          <dd>{formatRiga(r.slot.startsAt, locale)}</dd>
          <dt className="font-semibold">{t("duration")}</dt>
          <dd>{t("minutes", { count: r.slot.durationMin })}</dd>
          <dt className="font-semibold">{t("format")}</dt>
          <dd>{label("CONSULTATION_FORMAT", r.slot.format)}</dd>
          <dt className="font-semibold">{t("consultant")}</dt>
          <dd>{r.slot.consultant.name ?? r.slot.consultant.email}</dd>
          {r.slot.location || r.slot.meetingUrl ? (
            <>
              <dt className="font-semibold">{t("place")}</dt>
              <dd className="break-all">{r.slot.meetingUrl ?? r.slot.location}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2">{t("noSlot")}</p>
      )}
      {r.referrals.length > 0 ? (
        <>
          <h3 className="mt-6 text-lg font-semibold text-brand-strong">{t("referrals")}</h3>
          <ul className="mt-2 list-disc pl-6">
            {r.referrals.map((ref) => (
              <li key={ref.id}>
                {formatRigaShort(ref.createdAt, locale)}:{" "}
                {t("referredTo", {
                  organisation:
                    locale === "en" && ref.organisation.nameEn ? ref.organisation.nameEn : ref.organisation.nameLv,
                })}
                {ref.contact ? ` — ${t("referralContact", { name: ref.contact.name })}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
