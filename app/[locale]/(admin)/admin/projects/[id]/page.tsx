import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/admin/command-button";
import { DangerZone } from "@/components/admin/danger-zone";
import { EntityHistory } from "@/components/admin/entity-history";
import { StatusBadge } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { toFormValues } from "@/lib/forms/values";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { deleteProjectAction } from "@/lib/projects/actions";
import { loadProjectForEdit, projectFormOptions } from "@/lib/projects/queries";
import { PROJECT_ENTITY, PROJECT_REFERENCE_KINDS } from "@/lib/projects/write";
import { ProjectForm } from "../_components/project-form";

/** One read per request for the title and the page. */
const loadProject = cache(loadProjectForEdit);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.projects" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const loaded = await loadProject(id, locale);
    return loaded ? t("editTitle", { name: loaded.project.titleLv }) : null;
  });
}

export default async function EditProjectPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/projects/${encodeURIComponent(id)}`);
  const [loaded, query, t, tr, options] = await Promise.all([
    loadProject(id, locale),
    searchParams,
    getTranslations("curation.projects"),
    getTranslations("curation.references"),
    projectFormOptions(),
  ]);
  if (!loaded) notFound();
  const { project, references } = loaded;
  const writable = can(user.role, "content:write");
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/projects", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name: project.titleLv })} />
      <p className="-mt-6 mb-4">
        <StatusBadge status={project.publication} />
      </p>
      <fieldset disabled={!writable} className="contents">
        <ProjectForm
          id={id}
          initialValues={toFormValues(project)}
          options={options}
          arrivalMessage={query.created === "1" ? t("created") : null}
        />
      </fieldset>
      {writable ? (
        <DangerZone id="project-danger" title={t("danger")}>
          <CommandButton
            action={deleteProjectAction}
            fields={{ id, locale }}
            label={t("delete")}
            tone="danger"
            confirm={{
              title: t("deleteTitle", { name: project.titleLv }),
              body: t("deleteBody"),
              confirmLabel: t("deleteConfirm"),
              references: references,
              referenceLabels: Object.fromEntries(PROJECT_REFERENCE_KINDS.map((k) => [k, tr(k)])),
            }}
          />
        </DangerZone>
      ) : null}
      <EntityHistory entityType={PROJECT_ENTITY} entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
