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
import { termOptions } from "@/lib/catalog/options";
import { CALL_LIST, listCalls, programmeOptions, type CallRow } from "@/lib/funding/queries";
import { isRollingSchedule } from "@/lib/funding/kinds";
import { CALL_STATUSES, callStatus } from "@/lib/funding/status";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.calls" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CallsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/calls");
  const raw = await searchParams;
  const query = parseListQuery(raw, CALL_LIST);
  const now = new Date();
  const [t, c, kit, format, { rows, total }, programmes, terms] = await Promise.all([
    getTranslations("curationCatalog.calls"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    getFormatter(),
    listCalls(query, now),
    programmeOptions(locale),
    termOptions(locale, { stages: "STAGE" }),
  ]);
  const list: ListLinks = { query, spec: CALL_LIST, basePath: localizedHref("/admin/calls", locale) };
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const rollingLabel = (v: string) => (isRollingSchedule(v) ? t(`rollingOptions.${v}`) : v);
  const title = (r: { titleLv: string; titleEn: string | null }) =>
    locale === "en" && r.titleEn ? r.titleEn : r.titleLv;

  const columns: Column<CallRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      sortKey: "title",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/calls/${r.id}`, locale)} className="font-semibold">
          {title(r)}
        </NextLink>
      ),
    },
    { key: "programme", header: t("columns.programme"), cell: (r) => (r.programme ? title(r.programme) : "—") },
    { key: "opens", header: t("columns.opens"), sortKey: "opens", cell: (r) => when(r.opensAt) },
    {
      key: "closes",
      header: t("columns.closes"),
      sortKey: "closes",
      cell: (r) =>
        r.closesAt ? when(r.closesAt) : r.rolling ? t("rolling", { rolling: rollingLabel(r.rolling) }) : "—",
    },
    { key: "status", header: t("columns.status"), cell: (r) => t(`statuses.${callStatus(r, now)}`) },
    { key: "publication", header: t("columns.publication"), cell: (r) => <StatusBadge status={r.publication} /> },
  ];

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatusMessage message={raw.deleted === "1" ? c("deletedDone") : null} />
      {can(user.role, "content:write") ? (
        <p className="mb-6">
          <ButtonLink href="/admin/calls/new">{t("newTitle")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "programme", label: t("filters.programme"), options: programmes },
          {
            name: "status",
            label: t("filters.status"),
            options: CALL_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          },
          { name: "stage", label: t("filters.stage"), options: terms.stages },
          {
            name: "publication",
            label: c("publicationFilter"),
            options: PUBLICATION_STATES.map((p) => ({ value: p, label: kit(`status.${p}`) })),
          },
        ]}
        sorts={CALL_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/calls/export" />
    </>
  );
}
