import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataTable, type Column } from "@/components/admin/data-table";
import type { ListLinks } from "@/components/admin/list-links";
import { ListToolbar, ResultCount } from "@/components/admin/list-toolbar";
import { ExportLinks } from "@/components/admin/export-links";
import { Pagination } from "@/components/admin/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { parseListQuery } from "@/lib/admin/list-query";
import { requirePagePermission } from "@/lib/auth/guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import {
  listSubmissions,
  SUBMISSION_KINDS,
  SUBMISSION_LIST_SPEC,
  SUBMISSION_STATUSES,
  type SubmissionListRow,
} from "@/lib/submissions/queries";
import { SubmissionStatusBadge } from "./_components/submission-status-badge";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "submissions" });
  return { title: t("title"), robots: { index: false } };
}

/** The moderation queue: status, kind and text filters in the URL, newest first. */
export default async function SubmissionsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "content:read", "/admin/submissions");
  const [raw, t, format] = await Promise.all([searchParams, getTranslations("submissions"), getFormatter()]);
  const query = parseListQuery(raw, SUBMISSION_LIST_SPEC);
  const { rows, total } = await listSubmissions(query, user);
  const list: ListLinks = { query, spec: SUBMISSION_LIST_SPEC, basePath: localizedHref("/admin/submissions", locale) };

  const columns: Column<SubmissionListRow>[] = [
    {
      key: "title",
      header: t("admin.columns.title"),
      rowHeader: true,
      cell: (r) => (
        <Link href={localizedHref(`/admin/submissions/${r.id}`, locale)}>{r.title || t("admin.untitled")}</Link>
      ),
    },
    { key: "kind", header: t("admin.columns.kind"), cell: (r) => t(`admin.kinds.${r.kind}`) },
    {
      key: "status",
      header: t("admin.columns.status"),
      sortKey: "status",
      cell: (r) => <SubmissionStatusBadge status={r.status} label={t(`admin.statuses.${r.status}`)} />,
    },
    { key: "submitter", header: t("admin.columns.submitter"), sortKey: "submitter", cell: (r) => r.submitterName },
    {
      key: "received",
      header: t("admin.columns.received"),
      sortKey: "created",
      cell: (r) => (
        <time dateTime={r.createdAt.toISOString()}>
          {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        </time>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={t("title")} lead={t("admin.listLead")} />
      <ListToolbar
        list={list}
        searchLabel={t("admin.search")}
        filters={[
          {
            name: "status",
            label: t("admin.filterStatus"),
            options: SUBMISSION_STATUSES.map((s) => ({ value: s, label: t(`admin.statuses.${s}`) })),
          },
          {
            name: "kind",
            label: t("admin.filterKind"),
            options: SUBMISSION_KINDS.map((k) => ({ value: k, label: t(`admin.kinds.${k}`) })),
          },
        ]}
        sorts={[
          { value: "created", label: t("admin.sortCreated") },
          { value: "status", label: t("admin.sortStatus") },
          { value: "submitter", label: t("admin.sortSubmitter") },
        ]}
      />
      <ResultCount total={total} />
      <DataTable
        caption={t("admin.caption")}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        list={list}
        empty={t("admin.empty")}
      />
      <Pagination list={list} total={total} />
      <ExportLinks list={list} exportPath="/api/admin/submissions/export" />
    </>
  );
}
