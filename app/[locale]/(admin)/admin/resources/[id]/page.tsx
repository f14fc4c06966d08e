import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CatalogRecord } from "@/components/admin/catalog-record";
import { ReadOnlyFields } from "@/components/admin/read-only-fields";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { optionLabel } from "@/lib/catalog/options";
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
  const [t, c, options, references] = await Promise.all([
    getTranslations("curationCatalog.resources"),
    getTranslations("curationCatalog.common"),
    resourcePageOptions(locale),
    resourceReferences(id),
  ]);
  const labels = (opts: { value: string; label: string }[], keys: string[]) =>
    keys.map((k) => optionLabel(opts, k)).join(", ");

  return (
    <CatalogRecord
      kind="resource"
      locale={locale}
      listPath="/admin/resources"
      title={t("editTitle", { name: resource.titleLv })}
      record={{ ...resource, id }}
      writable={can(user.role, "content:write")}
      actions={{
        publication: changeResourcePublication,
        duplicate: duplicateResourceAction,
        delete: deleteResourceAction,
      }}
      references={references}
      form={(arrival) => (
        <ResourceForm
          key={resource.updatedAt.toISOString()}
          id={id}
          initialValues={resourceFormValues(resource)}
          options={options}
          arrivalMessage={arrival}
        />
      )}
      readOnly={
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
      }
      entityType="Resource"
      query={query}
    />
  );
}
