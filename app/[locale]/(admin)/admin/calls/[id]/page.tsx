import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CatalogRecord } from "@/components/admin/catalog-record";
import { ReadOnlyFields } from "@/components/admin/read-only-fields";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { optionLabel } from "@/lib/catalog/options";
import { changeCallPublication, deleteCallAction, duplicateCallAction } from "@/lib/funding/actions";
import { callFormValues } from "@/lib/funding/form-values";
import { callPageOptions } from "@/lib/funding/page-data";
import { getCall } from "@/lib/funding/queries";
import { isRollingSchedule } from "@/lib/funding/kinds";
import { callStatus } from "@/lib/funding/status";
import { callReferences } from "@/lib/funding/write-calls";
import { resolveLocale } from "@/lib/i18n/locale";
import { CallForm } from "../_components/call-form";

const loadCall = cache(getCall);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.calls" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const call = await loadCall(id);
    return call ? t("editTitle", { name: call.titleLv }) : null;
  });
}

export default async function EditCallPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/calls/${encodeURIComponent(id)}`);
  const call = await loadCall(id);
  if (!call) notFound();
  const query = await searchParams;
  const [t, c, format, options, references] = await Promise.all([
    getTranslations("curationCatalog.calls"),
    getTranslations("curationCatalog.common"),
    getFormatter(),
    callPageOptions(locale),
    callReferences(id),
  ]);
  const labels = (opts: { value: string; label: string }[], keys: string[]) =>
    keys.map((k) => optionLabel(opts, k)).join(", ");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeStyle: "short" }) : "");

  return (
    <CatalogRecord
      kind="call"
      locale={locale}
      listPath="/admin/calls"
      title={t("editTitle", { name: call.titleLv })}
      record={{ ...call, id }}
      badges={<span className="text-sm">{t(`statuses.${callStatus(call, new Date())}`)}</span>}
      writable={can(user.role, "content:write")}
      actions={{ publication: changeCallPublication, duplicate: duplicateCallAction, delete: deleteCallAction }}
      references={references}
      form={(arrival) => (
        <CallForm
          key={call.updatedAt.toISOString()}
          id={id}
          initialValues={callFormValues(call)}
          options={options}
          arrivalMessage={arrival}
        />
      )}
      readOnly={
        <ReadOnlyFields
          note={c("readOnly")}
          rows={[
            { label: t("fields.title"), value: call.titleLv },
            { label: `${t("fields.title")} (EN)`, value: call.titleEn },
            { label: t("fields.programme"), value: optionLabel(options.programmes, call.programmeId) },
            { label: t("fields.funder"), value: optionLabel(options.organisations, call.funderId) },
            { label: t("fields.callNumber"), value: call.callNumber },
            { label: t("fields.summary"), value: call.summaryLv },
            { label: t("fields.opensAt"), value: when(call.opensAt) },
            { label: t("fields.closesAt"), value: when(call.closesAt) },
            {
              label: t("fields.rolling"),
              value:
                call.rolling && isRollingSchedule(call.rolling) ? t(`rollingOptions.${call.rolling}`) : call.rolling,
            },
            { label: t("fields.totalBudgetEur"), value: call.totalBudgetEur?.toString() },
            { label: t("fields.maxPerProjectEur"), value: call.maxPerProjectEur?.toString() },
            { label: t("fields.stages"), value: labels(options.stages, call.stages) },
            { label: t("fields.targetGroups"), value: labels(options.targetGroups, call.targetGroups) },
            { label: t("fields.themes"), value: labels(options.themes, call.themes) },
            {
              label: t("fields.eligibleApplicantTypes"),
              value: labels(options.applicantTypes, call.eligibleApplicantTypes),
            },
            { label: t("fields.url"), value: call.url },
            { label: t("fields.contactEmail"), value: call.contactEmail },
          ]}
        />
      }
      entityType="FundingCall"
      query={query}
    />
  );
}
