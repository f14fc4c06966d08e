import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { localized } from "@/lib/i18n/content";
import { DataTable, type Column } from "@/components/admin/data-table";
import { ExportLinks } from "@/components/admin/export-links";
import type { ListLinks } from "@/components/admin/list-links";
import { ListToolbar, ResultCount } from "@/components/admin/list-toolbar";
import { Pagination } from "@/components/admin/pagination";
import { StatusMessage } from "@/components/admin/status-message";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { parseListQuery } from "@/lib/admin/list-query";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { CONTACT_LIST, listContacts, organisationOptions, type ContactRow } from "@/lib/contacts/queries";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curation.contacts" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ContactsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/contacts");
  const raw = await searchParams;
  const query = parseListQuery(raw, CONTACT_LIST);
  const [t, kit, format, { rows, total }, organisations] = await Promise.all([
    getTranslations("curation.contacts"),
    getTranslations("curation.kit"),
    getFormatter(),
    listContacts(query),
    organisationOptions(),
  ]);
  const list: ListLinks = { query, spec: CONTACT_LIST, basePath: localizedHref("/admin/contacts", locale) };
  const columns: Column<ContactRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      sortKey: "name",
      rowHeader: true,
      cell: (r) => (
        <NextLink href={localizedHref(`/admin/contacts/${r.id}`, locale)} className="font-semibold">
          {r.name}
        </NextLink>
      ),
    },
    {
      key: "organisation",
      header: t("columns.organisation"),
      sortKey: "organisation",
      cell: (r) => (r.organisation ? localized(r.organisation, "name", locale).text : "—"),
    },
    { key: "position", header: t("columns.position"), cell: (r) => localized(r, "position", locale).text },
    { key: "email", header: t("columns.email"), cell: (r) => r.email ?? "" },
    { key: "public", header: t("columns.public"), cell: (r) => (r.showPublicly ? kit("yes") : kit("no")) },
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
          <ButtonLink href="/admin/contacts/new">{t("new")}</ButtonLink>
        </p>
      ) : null}
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "organisation", label: t("columns.organisation"), options: organisations },
          {
            name: "visibility",
            label: t("visibility"),
            options: [
              { value: "public", label: t("visibilityPublic") },
              { value: "hidden", label: t("visibilityHidden") },
            ],
          },
        ]}
        sorts={CONTACT_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/contacts/export" />
      <p className="mt-2 max-w-3xl text-sm text-muted">{t("exportNotice")}</p>
    </>
  );
}
