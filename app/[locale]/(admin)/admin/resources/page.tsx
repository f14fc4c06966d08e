import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
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
import { PUBLICATION_STATES } from "@/lib/catalog/fields";
import { optionLabel } from "@/lib/catalog/options";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { resourcePageOptions } from "@/lib/resources/page-data";
import { listResources, RESOURCE_LIST, type ResourceRow } from "@/lib/resources/queries";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.resources" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ResourcesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/resources");
  const raw = await searchParams;
  const query = parseListQuery(raw, RESOURCE_LIST);
  const [t, c, kit, format, { rows, total }, options] = await Promise.all([
    getTranslations("curationCatalog.resources"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    getFormatter(),
    listResources(query),
    resourcePageOptions(locale),
  ]);
  const list: ListLinks = { query, spec: RESOURCE_LIST, basePath: localizedHref("/admin/resources", locale) };

  const columns: Column<ResourceRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      sortKey: "title",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/resources/${r.id}`, locale)} className="font-semibold">
          {locale === "en" && r.titleEn ? r.titleEn : r.titleLv}
        </NextLink>
      ),
    },
    { key: "type", header: t("columns.type"), sortKey: "type", cell: (r) => optionLabel(options.types, r.type) },
    { key: "year", header: t("columns.year"), sortKey: "year", cell: (r) => r.year ?? "—" },
    {
      key: "file",
      header: t("columns.file"),
      cell: (r) => (r.file ? <a href={`/api/uploads/${r.file.id}`}>{r.file.originalName}</a> : "—"),
    },
    { key: "status", header: t("columns.status"), cell: (r) => <StatusBadge status={r.publication} /> },
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
      <StatusMessage message={raw.deleted === "1" ? c("deletedDone") : null} />
      {can(user.role, "content:write") ? (
        <p className="mb-6">
          <ButtonLink href="/admin/resources/new">{t("newTitle")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "type", label: t("filters.type"), options: options.types },
          { name: "stage", label: t("filters.stage"), options: options.stages },
          { name: "audience", label: t("filters.audience"), options: options.audiences },
          {
            name: "file",
            label: t("filters.file"),
            options: [
              { value: "with", label: t("filters.withFile") },
              { value: "without", label: t("filters.withoutFile") },
            ],
          },
          {
            name: "publication",
            label: c("publicationFilter"),
            options: PUBLICATION_STATES.map((p) => ({ value: p, label: kit(`status.${p}`) })),
          },
        ]}
        sorts={RESOURCE_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
      <ResultCount total={total} />
      <DataTable
        caption={c("caption", { title: t("title"), count: total })}
        list={list}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("empty")}
        columns={columns}
      />
      <Pagination list={list} total={total} />
      <ExportLinks list={list} exportPath="/api/admin/resources/export" />
    </>
  );
}
