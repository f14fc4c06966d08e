import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { EntityHistory } from "@/components/admin/entity-history";
import { PageHeading } from "@/components/ui/page-heading";
import { toFormValues } from "@/lib/admin/form-data";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { deleteContactAction } from "@/lib/contacts/actions";
import { getContact, organisationOptions } from "@/lib/contacts/queries";
import { CONTACT_REFERENCE_KINDS, contactReferences } from "@/lib/contacts/references";
import { CONTACT_FIELDS } from "@/lib/contacts/schema";
import { CONTACT_ENTITY } from "@/lib/contacts/store";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { ContactForm } from "../_components/contact-form";

const loadContact = cache(getContact);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.contacts" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const contact = await loadContact(id);
    return contact ? t("editTitle", { name: contact.name }) : null;
  });
}

export default async function EditContactPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/contacts/${encodeURIComponent(id)}`);
  const contact = await loadContact(id);
  if (!contact) notFound();
  const query = await searchParams;
  const [t, tr, organisations, references] = await Promise.all([
    getTranslations("curation.contacts"),
    getTranslations("curation.references"),
    organisationOptions(),
    contactReferences(id, undefined, locale),
  ]);
  const values = toFormValues(Object.fromEntries(CONTACT_FIELDS.map((f) => [f, contact[f]])));
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/contacts", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: contact.name })} />
      {contact.organisation ? (
        <p className="-mt-6 mb-4">
          <NextLink href={localizedHref(`/admin/organisations/${contact.organisation.id}`, locale)}>
            {contact.organisation.nameLv}
          </NextLink>
        </p>
      ) : null}
      {can(user.role, "content:write") ? (
        <>
          <ContactForm
            id={id}
            initialValues={values}
            organisations={organisations}
            arrivalMessage={query.created === "1" ? t("created") : null}
          />
          <section aria-labelledby="contact-danger" className="mt-10 border-t border-line pt-6">
            <h2 id="contact-danger" className="text-xl font-semibold text-brand-strong">
              {t("danger")}
            </h2>
            <div className="mt-4">
              <ConfirmDialog
                action={deleteContactAction}
                fields={{ id, locale }}
                references={references}
                referenceLabels={Object.fromEntries(CONTACT_REFERENCE_KINDS.map((k) => [k, tr(k)]))}
                triggerLabel={t("delete")}
                title={t("deleteTitle", { name: contact.name })}
                description={t("deleteBody")}
                confirmLabel={t("deleteConfirm")}
              />
            </div>
          </section>
        </>
      ) : (
        <dl className="grid max-w-3xl gap-2 sm:grid-cols-[12rem_1fr]">
          {CONTACT_FIELDS.map((k) => (
            <div key={k} className="contents">
              <dt className="font-semibold">
                {t(
                  `fields.${k === "positionLv" || k === "positionEn" ? "position" : k === "expertiseLv" || k === "expertiseEn" ? "expertise" : k}`,
                )}
              </dt>
              <dd>{String(values[k] || "—")}</dd>
            </div>
          ))}
        </dl>
      )}
      <EntityHistory entityType={CONTACT_ENTITY} entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
