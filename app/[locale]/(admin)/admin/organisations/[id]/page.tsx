import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { EntityHistory } from "@/components/admin/entity-history";
import { StatusBadge } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import {
  archiveOrganisationAction,
  deleteOrganisationAction,
  duplicateOrganisationAction,
} from "@/lib/organisations/actions";
import { organisationFormValues } from "@/lib/organisations/form-values";
import { getOrganisation, organisationContacts, organisationTermOptions } from "@/lib/organisations/queries";
import { ORGANISATION_REFERENCE_KINDS, organisationReferences } from "@/lib/organisations/references";
import { ORGANISATION_ENTITY } from "@/lib/organisations/store";
import { OrganisationForm } from "../_components/organisation-form";

const loadOrganisation = cache(getOrganisation);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.organisations" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const organisation = await loadOrganisation(id);
    return organisation ? t("editTitle", { name: organisation.nameLv }) : null;
  });
}

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/organisations/${encodeURIComponent(id)}`);
  const organisation = await loadOrganisation(id);
  if (!organisation) notFound();
  const query = await searchParams;
  const [t, options, references, contacts] = await Promise.all([
    getTranslations("curation.organisations"),
    organisationTermOptions(locale),
    organisationReferences(id, undefined, locale),
    organisationContacts(id),
  ]);
  const tr = await getTranslations("curation.references");
  const referenceLabels = Object.fromEntries(ORGANISATION_REFERENCE_KINDS.map((k) => [k, tr(k)]));
  const arrival =
    query.created === "1"
      ? t("created")
      : query.duplicated === "1"
        ? t("duplicated")
        : query.archived === "1"
          ? t("archivedDone")
          : null;
  const writable = can(user.role, "content:write");
  const fields = { id, locale };

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/organisations", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: organisation.nameLv })} />
      <p className="-mt-6 mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={organisation.publication} />
        {organisation.isDemo ? <span className="text-sm text-muted">{t("demo")}</span> : null}
        {organisation.publication === "PUBLISHED" ? (
          <NextLink href={localizedHref(`/organisations/${organisation.slug}`, locale)}>{t("viewPublic")}</NextLink>
        ) : null}
      </p>
      {writable ? (
        <>
          <OrganisationForm
            id={id}
            initialValues={organisationFormValues(organisation)}
            options={options}
            arrivalMessage={arrival}
          />
          <section aria-labelledby="organisation-danger" className="mt-10 border-t border-line pt-6">
            <h2 id="organisation-danger" className="text-xl font-semibold text-brand-strong">
              {t("danger")}
            </h2>
            <div className="mt-4 flex flex-wrap gap-3">
              <ConfirmDialog
                action={duplicateOrganisationAction}
                fields={fields}
                tone="default"
                blockWhenReferenced={false}
                triggerLabel={t("duplicate")}
                title={t("duplicateTitle")}
                description={t("duplicateBody")}
                confirmLabel={t("duplicateConfirm")}
              />
              {organisation.publication !== "ARCHIVED" ? (
                <ConfirmDialog
                  action={archiveOrganisationAction}
                  fields={fields}
                  tone="default"
                  blockWhenReferenced={false}
                  triggerLabel={t("archive")}
                  title={t("archiveTitle")}
                  description={t("archiveBody")}
                  confirmLabel={t("archiveConfirm")}
                />
              ) : null}
              <ConfirmDialog
                action={deleteOrganisationAction}
                fields={fields}
                references={references}
                referenceLabels={referenceLabels}
                triggerLabel={t("delete")}
                title={t("deleteTitle", { name: organisation.nameLv })}
                description={t("deleteBody")}
                confirmLabel={t("deleteConfirm")}
              />
            </div>
          </section>
        </>
      ) : (
        <dl className="grid max-w-3xl gap-2 sm:grid-cols-[12rem_1fr]">
          {Object.entries(organisationFormValues(organisation)).map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold">
                {t(`fields.${k.replace(/(Lv|En)$/, "")}` as "fields.name")}
                {/(Lv|En)$/.test(k) ? ` (${k.slice(-2).toUpperCase()})` : ""}
              </dt>
              <dd className="whitespace-pre-line">{Array.isArray(v) ? v.join(", ") : v || "—"}</dd>
            </div>
          ))}
        </dl>
      )}
      <section aria-labelledby="organisation-contacts" className="mt-10">
        <h2 id="organisation-contacts" className="text-xl font-semibold text-brand-strong">
          {t("contacts")}
        </h2>
        {contacts.length ? (
          <ul className="mt-3 list-disc pl-6">
            {contacts.map((c) => (
              <li key={c.id}>
                <NextLink href={localizedHref(`/admin/contacts/${c.id}`, locale)}>{c.name}</NextLink>
                {c.positionLv ? ` · ${c.positionLv}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
        {writable ? (
          <p className="mt-3">
            <NextLink href={localizedHref("/admin/contacts/new", locale, `organisation=${encodeURIComponent(id)}`)}>
              {t("addContact")}
            </NextLink>
          </p>
        ) : null}
      </section>
      <EntityHistory entityType={ORGANISATION_ENTITY} entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
