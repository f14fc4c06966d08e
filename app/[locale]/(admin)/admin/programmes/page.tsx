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
import { listProgrammes, PROGRAMME_LIST, type ProgrammeRow } from "@/lib/funding/queries";
import { PROGRAMME_KINDS } from "@/lib/funding/kinds";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationCatalog.programmes" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ProgrammesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/programmes");
  const raw = await searchParams;
  const query = parseListQuery(raw, PROGRAMME_LIST);
  const [t, c, kit, format, { rows, total }] = await Promise.all([
    getTranslations("curationCatalog.programmes"),
    getTranslations("curationCatalog.common"),
    getTranslations("curation.kit"),
    getFormatter(),
    listProgrammes(query),
  ]);
  const list: ListLinks = { query, spec: PROGRAMME_LIST, basePath: localizedHref("/admin/programmes", locale) };
  const kind = (k: string) => ((PROGRAMME_KINDS as readonly string[]).includes(k) ? t(`kinds.${k as "private"}`) : k);

  const columns: Column<ProgrammeRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      sortKey: "title",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/programmes/${r.id}`, locale)} className="font-semibold">
          {locale === "en" && r.titleEn ? r.titleEn : r.titleLv}
        </NextLink>
      ),
    },
    { key: "kind", header: t("columns.kind"), sortKey: "kind", cell: (r) => kind(r.kind) },
    { key: "period", header: t("columns.period"), cell: (r) => r.period ?? "—" },
    { key: "calls", header: t("columns.calls"), cell: (r) => r._count.calls, className: "text-right" },
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
          <ButtonLink href="/admin/programmes/new">{t("newTitle")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          {
            name: "kind",
            label: t("columns.kind"),
            options: PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          },
          {
            name: "publication",
            label: c("publicationFilter"),
            options: PUBLICATION_STATES.map((p) => ({ value: p, label: kit(`status.${p}`) })),
          },
        ]}
        sorts={PROGRAMME_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/programmes/export" />
    </>
  );
}
