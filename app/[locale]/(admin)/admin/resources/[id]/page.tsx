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
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { changeResourcePublication, deleteResourceAction, duplicateResourceAction } from "@/lib/resources/actions";
import { resourceFormValues } from "@/lib/resources/form-values";
import { resourcePageOptions } from "@/lib/resources/page-data";
import { getResource } from "@/lib/resources/queries";
import { resourceReferences } from "@/lib/resources/write";
import { ResourceForm } from "../_components/resource-form";

const loadResource = cache(getResource);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.resources" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const resource = await loadResource(id);
    return resource ? t("editTitle", { name: resource.titleLv }) : null;
  });
}

export default async function EditResourcePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/resources/${encodeURIComponent(id)}`);
  const resource = await loadResource(id);
  if (!resource) notFound();
  const query = await searchParams;
  const [t, c, kit, options, references] = await Promise.all([
    getTranslations("curationCatalog.resources"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    resourcePageOptions(locale),
    resourceReferences(id),
  ]);
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
  const labels = (opts: { value: string; label: string }[], keys: string[]) =>
    keys.map((k) => optionLabel(opts, k)).join(", ");

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/resources", locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: resource.titleLv })} />
      <div className="-mt-6 mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={resource.publication} />
        {resource.isDemo ? <span className="text-sm text-muted">{c("demo")}</span> : null}
      </div>
      {writable ? (
        <>
          <section aria-labelledby="resource-publication" className="mb-6">
            <h2 id="resource-publication" className="sr-only">
              {c("publication")}
            </h2>
            <PublicationControls
              action={changeResourcePublication}
              id={id}
              locale={locale}
              status={resource.publication}
              labels={{
                publish: c("publish"),
                unpublish: c("unpublish"),
                archive: c("archive"),
                restore: c("restore"),
              }}
            />
          </section>
          <ResourceForm
            key={resource.updatedAt.toISOString()}
            id={id}
            initialValues={resourceFormValues(resource)}
            options={options}
            arrivalMessage={arrival}
          />
          <section aria-labelledby="resource-danger" className="mt-10 border-t border-line pt-6">
            <h2 id="resource-danger" className="text-xl font-semibold text-brand-strong">
              {c("danger")}
            </h2>
            <div className="mt-4 flex flex-wrap gap-3">
              <ConfirmDialog
                action={duplicateResourceAction}
                fields={fields}
                tone="default"
                blockWhenReferenced={false}
                triggerLabel={c("duplicate")}
                title={c("duplicateTitle")}
                description={c("duplicateBody")}
                confirmLabel={c("duplicateConfirm")}
              />
              <ConfirmDialog
                action={deleteResourceAction}
                fields={fields}
                references={references}
                triggerLabel={c("delete")}
                title={c("deleteTitle", { name: resource.titleLv })}
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
            { label: t("fields.title"), value: resource.titleLv },
            { label: `${t("fields.title")} (EN)`, value: resource.titleEn },
            { label: t("fields.type"), value: optionLabel(options.types, resource.type) },
            { label: t("fields.summary"), value: resource.summaryLv },
            { label: t("fields.audiences"), value: labels(options.audiences, resource.audiences) },
            { label: t("fields.stages"), value: labels(options.stages, resource.stages) },
            { label: t("fields.themes"), value: labels(options.themes, resource.themes) },
            { label: t("fields.publisher"), value: resource.publisher },
            { label: t("fields.license"), value: resource.license },
            { label: t("fields.year"), value: resource.year },
            { label: t("fields.language"), value: resource.language },
            { label: t("fields.url"), value: resource.url },
            {
              label: t("fields.file"),
              value: resource.file ? <a href={`/api/uploads/${resource.file.id}`}>{resource.file.originalName}</a> : "",
            },
          ]}
        />
      )}
      <EntityHistory entityType="Resource" entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
