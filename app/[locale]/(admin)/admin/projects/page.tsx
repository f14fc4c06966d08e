import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { localized } from "@/lib/i18n/content";
import { DataTable, type Column } from "@/components/admin/data-table";
import { ExportLinks } from "@/components/admin/export-links";
import type { ListLinks } from "@/components/admin/list-links";
import { ListToolbar, ResultCount } from "@/components/admin/list-toolbar";
import { Pagination } from "@/components/admin/pagination";
import { StatusBadge } from "@/components/admin/status-badge";
import { StatusMessage } from "@/components/admin/status-message";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { parseListQuery } from "@/lib/admin/list-query";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { listProjects, PROJECT_LIST, projectFormOptions, type ProjectRow } from "@/lib/projects/queries";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.projects" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/projects");
  const raw = await searchParams;
  const query = parseListQuery(raw, PROJECT_LIST);
  const [t, format, { rows, total }, options] = await Promise.all([
    getTranslations("curation.projects"),
    getFormatter(),
    listProjects(query),
    projectFormOptions(),
  ]);
  const list: ListLinks = { query, spec: PROJECT_LIST, basePath: localizedHref("/admin/projects", locale) };
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "…");
  const columns: Column<ProjectRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      sortKey: "title",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/projects/${r.id}`, locale)} className="font-semibold">
          {localized(r, "title", locale).text}
        </NextLink>
      ),
    },
    { key: "code", header: t("columns.code"), cell: (r) => r.code ?? "" },
    {
      key: "programme",
      header: t("columns.programme"),
      cell: (r) => (r.programme ? localized(r.programme, "title", locale).text : ""),
    },
    {
      key: "period",
      header: t("columns.period"),
      sortKey: "starts",
      cell: (r) => (r.startsOn || r.endsOn ? `${date(r.startsOn)} – ${date(r.endsOn)}` : ""),
    },
    { key: "status", header: t("columns.status"), cell: (r) => <StatusBadge status={r.publication} /> },
    {
      key: "innovations",
      header: t("columns.innovations"),
      cell: (r) => r._count.innovations,
      className: "text-right",
    },
    {
      key: "updated",
      header: t("columns.updated"),
      sortKey: "updated",
      cell: (r) => format.dateTime(r.updatedAt, { dateStyle: "medium" }),
    },
  ];
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatusMessage message={raw.deleted === "1" ? t("deletedDone") : null} />
      {can(user.role, "content:write") ? (
        <p className="mb-6">
          <ButtonLink href="/admin/projects/new">{t("new")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "programme", label: t("columns.programme"), options: options.programmes },
          { name: "organisation", label: t("columns.organisation"), options: options.organisations },
          {
            name: "visibility",
            label: t("visibility"),
            options: [
              { value: "public", label: t("visibilityPublic") },
              { value: "hidden", label: t("visibilityHidden") },
            ],
          },
        ]}
        sorts={PROJECT_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
      <ResultCount total={total} />
      <DataTable
        caption={t("caption")}
        list={list}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("empty")}
        columns={columns}
      />
      <Pagination list={list} total={total} />
      <ExportLinks list={list} exportPath="/api/admin/projects/export" />
    </>
  );
}
