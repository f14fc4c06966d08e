import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { DataTable, type Column } from "@/components/admin/data-table";
import type { ListLinks } from "@/components/admin/list-links";
import { ListToolbar, ResultCount } from "@/components/admin/list-toolbar";
import { ExportLinks } from "@/components/admin/export-links";
import { Pagination } from "@/components/admin/pagination";
import { StatusMessage } from "@/components/admin/status-message";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { parseListQuery } from "@/lib/admin/list-query";
import { requirePagePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { listUsers, USER_LIST, type UserRow } from "@/lib/users/queries";
import { UserStatus } from "./_components/user-status";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationUsers.users" });
  return { title: t("title"), robots: { index: false } };
}

// Staff accounts are for administrators only (roles.ts: users:manage); others get a 404.
export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const me = await requirePagePermission(locale, "users:manage", "/admin/users");
  const raw = await searchParams;
  const query = parseListQuery(raw, USER_LIST);
  const [t, roles, format, { rows, total }] = await Promise.all([
    getTranslations("curationUsers.users"),
    getTranslations("admin.roles"),
    getFormatter(),
    listUsers(query),
  ]);
  const list: ListLinks = { query, spec: USER_LIST, basePath: localizedHref("/admin/users", locale) };

  const columns: Column<UserRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      sortKey: "name",
      rowHeader: true,
      cell: (r) => (
        <>
          <NextLink href={localizedHref(`/admin/users/${r.id}`, locale)} className="font-semibold">
            {r.name ?? t("noName")}
          </NextLink>
          {r.id === me.id ? <span className="text-muted"> ({t("you")})</span> : null}
        </>
      ),
    },
    { key: "email", header: t("columns.email"), sortKey: "email", cell: (r) => r.email },
    { key: "role", header: t("columns.role"), sortKey: "role", cell: (r) => roles(r.role) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) => <UserStatus active={r.active} label={t(r.active ? "states.active" : "states.deactivated")} />,
    },
    {
      key: "lastLogin",
      header: t("columns.lastLogin"),
      sortKey: "lastLogin",
      cell: (r) =>
        r.lastLoginAt
          ? format.dateTime(r.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Riga" })
          : t("never"),
    },
  ];

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatusMessage message={raw.deleted === "1" ? t("deletedDone") : null} />
      <p className="mb-6">
        <ButtonLink href="/admin/users/new">{t("new")}</ButtonLink>
      </p>
      <ListToolbar
        list={list}
        searchLabel={t("search")}
        filters={[
          { name: "role", label: t("filters.role"), options: ROLES.map((r) => ({ value: r, label: roles(r) })) },
          {
            name: "state",
            label: t("filters.state"),
            options: USER_LIST.filters.state.map((s) => ({ value: s, label: t(`states.${s}`) })),
          },
        ]}
        sorts={USER_LIST.sorts.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
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
      <ExportLinks list={list} exportPath="/api/admin/users/export" />
    </>
  );
}
