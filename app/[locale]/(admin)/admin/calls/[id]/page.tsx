import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { EntityHistory } from "@/components/admin/entity-history";
import { PublicationControls } from "@/components/admin/publication-controls";
import { ReadOnlyFields } from "@/components/admin/read-only-fields";
import { StatusBadge } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { optionLabel } from "@/lib/catalog/options";
import { changeCallPublication, deleteCallAction, duplicateCallAction } from "@/lib/funding/actions";
import { callFormValues } from "@/lib/funding/form-values";
import { callPageOptions } from "@/lib/funding/page-data";
import { getCall } from "@/lib/funding/queries";
import { isRollingSchedule } from "@/lib/funding/schema";
import { callStatus } from "@/lib/funding/status";
import { callReferences } from "@/lib/funding/calls-write";
import { localizedHref } from "@/lib/i18n/paths";
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
  const [t, c, kit, format, options, references] = await Promise.all([
    getTranslations("curationCatalog.calls"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    getFormatter(),
    callPageOptions(locale),
    callReferences(id),
  ]);
  const publication =
    typeof query.publication === "string" && query.publication in { DRAFT: 1, PUBLISHED: 1, ARCHIVED: 1 }
      ? (query.publication as "DRAFT")
      : null;
  const arrival =
    query.created === "1"
      ? c("created")
      : query.duplicated === "1"
        ? c("duplicated")
        : publication
          ? c("publicationDone", { status: kit(`status.${publication}`) })
          : null;
  const writable = can(user.role, "content:write");
  const fields = { id, locale };
  const labels = (opts: { value: string; label: string }[], keys: string[]) =>
    keys.map((k) => optionLabel(opts, k)).join(", ");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeStyle: "short" }) : "");

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/calls", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: call.titleLv })} />
      <div className="-mt-6 mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={call.publication} />
        <span className="text-sm">{t(`statuses.${callStatus(call, new Date())}`)}</span>
        {call.isDemo ? <span className="text-sm text-muted">{c("demo")}</span> : null}
      </div>
      {writable ? (
        <>
          <section aria-labelledby="call-publication" className="mb-6">
            <h2 id="call-publication" className="sr-only">
              {c("publication")}
            </h2>
            <PublicationControls
              action={changeCallPublication}
              id={id}
              locale={locale}
              status={call.publication}
              labels={{
                publish: c("publish"),
                unpublish: c("unpublish"),
                archive: c("archive"),
                restore: c("restore"),
              }}
            />
          </section>
          <CallForm
            key={call.updatedAt.toISOString()}
            id={id}
            initialValues={callFormValues(call)}
            options={options}
            arrivalMessage={arrival}
          />
          <section aria-labelledby="call-danger" className="mt-10 border-t border-line pt-6">
            <h2 id="call-danger" className="text-xl font-semibold text-brand-strong">
              {c("danger")}
            </h2>
            <div className="mt-4 flex flex-wrap gap-3">
              <ConfirmDialog
                action={duplicateCallAction}
                fields={fields}
                tone="default"
                blockWhenReferenced={false}
                triggerLabel={c("duplicate")}
                title={c("duplicateTitle")}
                description={c("duplicateBody")}
                confirmLabel={c("duplicateConfirm")}
              />
              <ConfirmDialog
                action={deleteCallAction}
                fields={fields}
                references={references}
                triggerLabel={c("delete")}
                title={c("deleteTitle", { name: call.titleLv })}
                description={c("deleteBody")}
                confirmLabel={c("deleteConfirm")}
              />
            </div>
          </section>
        </>
      ) : (
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
      )}
      <EntityHistory entityType="FundingCall" entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
