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
import {
  listOrganisations,
  ORGANISATION_LIST,
  organisationTermOptions,
  type OrganisationRow,
} from "@/lib/organisations/queries";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.organisations" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/organisations");
  const raw = await searchParams;
  const query = parseListQuery(raw, ORGANISATION_LIST);
  const [t, format, { rows, total }, options] = await Promise.all([
    getTranslations("curation.organisations"),
    getFormatter(),
    listOrganisations(query),
    organisationTermOptions(locale),
  ]);
  const list: ListLinks = { query, spec: ORGANISATION_LIST, basePath: localizedHref("/admin/organisations", locale) };
  const label = (opts: { value: string; label: string }[], key: string | null) =>
    key ? (opts.find((o) => o.value === key)?.label ?? key) : "";

  const columns: Column<OrganisationRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      sortKey: "name",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/organisations/${r.id}`, locale)} className="font-semibold">
          {localized(r, "name", locale).text}
        </NextLink>
      ),
    },
    { key: "type", header: t("columns.type"), sortKey: "type", cell: (r) => label(options.type, r.type) },
    { key: "region", header: t("columns.region"), sortKey: "region", cell: (r) => label(options.region, r.region) },
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
          <ButtonLink href="/admin/organisations/new">{t("new")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "type", label: t("columns.type"), options: options.type },
          { name: "region", label: t("columns.region"), options: options.region },
          {
            name: "visibility",
            label: t("visibility"),
            options: [
              { value: "public", label: t("visibilityPublic") },
              { value: "hidden", label: t("visibilityHidden") },
            ],
          },
        ]}
        sorts={ORGANISATION_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/organisations/export" />
    </>
  );
}
