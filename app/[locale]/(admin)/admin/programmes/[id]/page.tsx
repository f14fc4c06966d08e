import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
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
import { db } from "@/lib/db";
import { changeProgrammePublication, deleteProgrammeAction, duplicateProgrammeAction } from "@/lib/funding/actions";
import { programmeFormValues } from "@/lib/funding/form-values";
import { programmePageOptions } from "@/lib/funding/page-data";
import { getProgramme } from "@/lib/funding/queries";
import { PROGRAMME_KINDS } from "@/lib/funding/schema";
import { programmeReferences } from "@/lib/funding/programmes-write";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { ProgrammeForm } from "../_components/programme-form";

const loadProgramme = cache(getProgramme);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.programmes" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const programme = await loadProgramme(id);
    return programme ? t("editTitle", { name: programme.titleLv }) : null;
  });
}

export default async function EditProgrammePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/programmes/${encodeURIComponent(id)}`);
  const programme = await loadProgramme(id);
  if (!programme) notFound();
  const query = await searchParams;
  const [t, c, kit, tr, options, references] = await Promise.all([
    getTranslations("curationCatalog.programmes"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    getTranslations("curation.references"),
    programmePageOptions(locale),
    programmeReferences(id, db),
  ]);
  // reference links from the write layer are unprefixed staff paths: give them the reader's locale
  const localRefs = references.map((r) => ({
    ...r,
    examples: r.examples.map((e) => ({ ...e, href: e.href ? localizedHref(e.href, locale) : undefined })),
  }));
  const publication =
    typeof query.publication === "string" && ["DRAFT", "PUBLISHED", "ARCHIVED"].includes(query.publication)
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
  const kind = (PROGRAMME_KINDS as readonly string[]).includes(programme.kind)
    ? t(`kinds.${programme.kind as "private"}`)
    : programme.kind;

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/programmes", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: programme.titleLv })} />
      <div className="-mt-6 mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={programme.publication} />
        {programme.isDemo ? <span className="text-sm text-muted">{c("demo")}</span> : null}
      </div>
      {writable ? (
        <>
          <section aria-labelledby="programme-publication" className="mb-6">
            <h2 id="programme-publication" className="sr-only">
              {c("publication")}
            </h2>
            <PublicationControls
              action={changeProgrammePublication}
              id={id}
              locale={locale}
              status={programme.publication}
              labels={{
                publish: c("publish"),
                unpublish: c("unpublish"),
                archive: c("archive"),
                restore: c("restore"),
              }}
            />
          </section>
          <ProgrammeForm
            key={programme.updatedAt.toISOString()}
            id={id}
            initialValues={programmeFormValues(programme)}
            options={options}
            arrivalMessage={arrival}
          />
          <section aria-labelledby="programme-danger" className="mt-10 border-t border-line pt-6">
            <h2 id="programme-danger" className="text-xl font-semibold text-brand-strong">
              {c("danger")}
            </h2>
            <div className="mt-4 flex flex-wrap gap-3">
              <ConfirmDialog
                action={duplicateProgrammeAction}
                fields={fields}
                tone="default"
                blockWhenReferenced={false}
                triggerLabel={c("duplicate")}
                title={c("duplicateTitle")}
                description={c("duplicateBody")}
                confirmLabel={c("duplicateConfirm")}
              />
              <ConfirmDialog
                action={deleteProgrammeAction}
                fields={fields}
                references={localRefs}
                referenceLabels={{ calls: tr("calls"), projects: tr("projects") }}
                triggerLabel={c("delete")}
                title={c("deleteTitle", { name: programme.titleLv })}
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
            { label: t("fields.title"), value: programme.titleLv },
            { label: `${t("fields.title")} (EN)`, value: programme.titleEn },
            { label: t("fields.kind"), value: kind },
            { label: t("fields.period"), value: programme.period },
            { label: t("fields.summary"), value: programme.summaryLv },
            {
              label: t("fields.themes"),
              value: programme.themes.map((k) => optionLabel(options.themes, k)).join(", "),
            },
            { label: t("fields.funder"), value: optionLabel(options.organisations, programme.funderId) },
            { label: t("fields.operator"), value: optionLabel(options.organisations, programme.operatorId) },
            {
              label: t("fields.managingAuthority"),
              value: optionLabel(options.organisations, programme.managingAuthorityId),
            },
            { label: t("fields.url"), value: programme.url },
          ]}
        />
      )}
      <EntityHistory entityType="FundingProgramme" entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
