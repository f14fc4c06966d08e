import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/admin/entity-history";
import { StatusBadge } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { loadInnovationForEdit, loadInnovationFormOptions } from "@/lib/innovations/admin-queries";
import { InnovationForm } from "../_components/innovation-form";
import { RecordCommands } from "../_components/record-commands";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SAVED = ["created", "saved", "published", "draft", "archived", "duplicated"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationInnovations.edit" });
  const record = await loadInnovationForEdit((await params).id);
  return {
    title: record ? t("editHeading", { title: record.meta.titleLv }) : t("notFoundTitle"),
    robots: { index: false, follow: false },
  };
}

export default async function EditInnovationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  await requirePagePermission(locale, "content:write", `/admin/innovations/${id}`);
  const [record, options, t, format, query] = await Promise.all([
    loadInnovationForEdit(id),
    loadInnovationFormOptions(locale),
    getTranslations("curationInnovations.edit"),
    getFormatter(),
    searchParams,
  ]);
  if (!record) notFound();
  const { meta } = record;
  const saved = SAVED.find((s) => s === query.saved);
  const historyPage = Number(query.historyPage) || 1;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/innovations">{t("back")}</Link>
      </p>
      <PageHeading title={t("editHeading", { title: meta.titleLv })} />
      <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2" data-testid="record-state">
        <span>
          <span className="sr-only">{t("state")}: </span>
          <StatusBadge status={meta.publication} />
        </span>
        {meta.publishedAt ? (
          <span className="text-sm text-muted">
            {t("publishedAt", { date: format.dateTime(meta.publishedAt, { dateStyle: "medium" }) })}
          </span>
        ) : null}
        <span className="text-sm text-muted">
          {t("updatedAt", { date: format.dateTime(meta.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </span>
        <Link href={`/admin/innovations/${meta.id}/preview`} className="font-semibold">
          {t("preview")}
        </Link>
        {meta.publication === "PUBLISHED" ? <Link href={`/innovations/${meta.slug}`}>{t("viewPublic")}</Link> : null}
      </div>
      <RecordCommands
        id={meta.id}
        title={meta.titleLv}
        publication={meta.publication}
        references={meta.projects > 0 ? [{ kind: "projects", count: meta.projects, examples: [] }] : []}
      />
      <InnovationForm
        key={meta.updatedAt.toISOString()}
        id={meta.id}
        initialValues={record.values}
        options={options}
        published={meta.publication === "PUBLISHED"}
        arrivalMessage={saved ? t(`saved.${saved}`) : null}
      />
      <EntityHistory entityType="Innovation" entityId={meta.id} page={historyPage} />
    </>
  );
}
