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
import { toFormValues } from "@/lib/admin/form-data";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { deleteProjectAction } from "@/lib/projects/actions";
import { projectFormOptions } from "@/lib/projects/queries";
import { PROJECT_ENTITY, PROJECT_REFERENCE_KINDS, projectReferences, projectSnapshot } from "@/lib/projects/store";
import { ProjectForm } from "../_components/project-form";

/** One read per request for the title and the page. */
const loadProject = cache((id: string) => projectSnapshot(db, id));

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.projects" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const project = await loadProject(id);
    return project ? t("editTitle", { name: project.titleLv }) : null;
  });
}

export default async function EditProjectPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/projects/${encodeURIComponent(id)}`);
  const [project, meta] = await Promise.all([
    loadProject(id),
    db.project.findUnique({ where: { id }, select: { updatedAt: true } }),
  ]);
  if (!project || !meta) notFound();
  const query = await searchParams;
  const [t, tr, options, references] = await Promise.all([
    getTranslations("curation.projects"),
    getTranslations("curation.references"),
    projectFormOptions(),
    projectReferences(id, db, (i) => localizedHref(`/admin/innovations/${i}`, locale)),
  ]);
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
        <section aria-labelledby="project-danger" className="mt-10 border-t border-line pt-6">
          <h2 id="project-danger" className="text-xl font-semibold text-brand-strong">
            {t("danger")}
          </h2>
          <div className="mt-4">
            <ConfirmDialog
              action={deleteProjectAction}
              fields={{ id, locale }}
              references={references}
              referenceLabels={Object.fromEntries(PROJECT_REFERENCE_KINDS.map((k) => [k, tr(k)]))}
              triggerLabel={t("delete")}
              title={t("deleteTitle", { name: project.titleLv })}
              description={t("deleteBody")}
              confirmLabel={t("deleteConfirm")}
            />
          </div>
        </section>
      ) : null}
      <EntityHistory entityType={PROJECT_ENTITY} entityId={id} page={Number(query.historyPage) || 1} />
    </>
  );
}
