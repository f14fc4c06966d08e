import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { langAttr, localized } from "@/lib/i18n/content";
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
import {
  INNOVATION_LIST_SPEC,
  listInnovations,
  loadInnovationTermOptions,
  PUBLICATIONS,
  SOURCES,
  type InnovationListRow,
} from "@/lib/innovations/admin-queries";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationInnovations.list" });
  return { title: t("heading"), robots: { index: false, follow: false } };
}

// Staff list of every innovation (drafts included). Readers without
// content:write get the same list with links to the preview only.
export default async function AdminInnovationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/innovations");
  const canWrite = can(user.role, "content:write");
  const raw = await searchParams;
  const query = parseListQuery(raw, INNOVATION_LIST_SPEC);
  const [t, kit, format, { rows, total }, options] = await Promise.all([
    getTranslations("curationInnovations.list"),
    getTranslations("curation.kit"),
    getFormatter(),
    listInnovations(query),
    loadInnovationTermOptions(locale),
  ]);
  const list: ListLinks = { query, spec: INNOVATION_LIST_SPEC, basePath: localizedHref("/admin/innovations", locale) };
  const label = (opts: { value: string; label: string }[], key: string | null) =>
    key ? (opts.find((o) => o.value === key)?.label ?? key) : "";
  const recordHref = (r: InnovationListRow) =>
    localizedHref(`/admin/innovations/${r.id}${canWrite ? "" : "/preview"}`, locale);

  const columns: Column<InnovationListRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      sortKey: "title",
      rowHeader: true,
      cell: (r) => {
        const title = localized(r, "title", locale);
        return (
          <>
            <NextLink href={recordHref(r)} className="font-semibold" lang={langAttr(title, locale)}>
              {title.text}
            </NextLink>
            <span className="block text-xs text-muted">{r.slug}</span>
          </>
        );
      },
    },
    { key: "publication", header: t("columns.publication"), cell: (r) => <StatusBadge status={r.publication} /> },
    { key: "stage", header: t("columns.stage"), cell: (r) => label(options.stages, r.stage) },
    { key: "region", header: t("columns.region"), cell: (r) => label(options.regions, r.region) },
    { key: "featured", header: t("columns.featured"), cell: (r) => (r.featured ? kit("yes") : kit("no")) },
    { key: "source", header: t("columns.source"), cell: (r) => t(`sources.${r.source}`) },
    {
      key: "updated",
      header: t("columns.updated"),
      sortKey: "updated",
      cell: (r) => format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
    },
  ];

  return (
    <>
      <PageHeading title={t("heading")} lead={t("lead")} />
      <StatusMessage message={raw.deleted === "1" ? t("deleted") : null} />
      {canWrite ? (
        <p className="mb-6">
          <ButtonLink href="/admin/innovations/new">{t("new")}</ButtonLink>
        </p>
      ) : (
        <p className="mb-6 rounded border-l-4 border-brand bg-surface p-3" data-testid="read-only-notice">
          {t("readOnly")}
        </p>
      )}
      <ListToolbar
        list={list}
        searchLabel={t("searchLabel")}
        filters={[
          {
            name: "publication",
            label: t("filters.publication"),
            options: PUBLICATIONS.map((p) => ({ value: p, label: kit(`status.${p}`) })),
          },
          { name: "stage", label: t("filters.stage"), options: options.stages },
          { name: "theme", label: t("filters.theme"), options: options.themes },
          { name: "region", label: t("filters.region"), options: options.regions },
          {
            name: "featured",
            label: t("filters.featured"),
            options: [
              { value: "yes", label: kit("yes") },
              { value: "no", label: kit("no") },
            ],
          },
          {
            name: "source",
            label: t("filters.source"),
            options: SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) })),
          },
        ]}
        sorts={INNOVATION_LIST_SPEC.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/innovations/export" />
    </>
  );
}
