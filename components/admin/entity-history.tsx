// <EntityHistory entityType="Innovation" entityId={id} /> on an edit page lists
// the record's audit entries, newest first: when, who, action and the changed
// fields as before → after (long values open in full, secret fields hidden).
//
// Use it in a server page below the form:
//   const { historyPage } = await searchParams;
//   <EntityHistory entityType="Innovation" entityId={innovation.id} page={Number(historyPage) || 1} />
// entityType is the string your writeAudit calls use ("Innovation", "Organisation", …).
// It checks the reader's permission itself (content:read; staff accounts and
// consultation records need their own area's permission, lib/audit/access.ts)
// and renders nothing for someone without it. Paging links change only
// `pageParam` (default "historyPage"); pass `query` to keep the page's other
// parameters. It is a server component: no client JavaScript.
import NextLink from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
import { historyPermission } from "@/lib/audit/access";
import { listEntityHistory } from "@/lib/audit/queries";
import { isAuditAction } from "@/lib/audit/vocabulary";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import { can, type Role } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/link";
import { Table } from "@/components/ui/table";

type Props = {
  entityType: string;
  entityId: string;
  page?: number;
  pageParam?: string;
  query?: Record<string, string>;
  /** Heading level of the section title; the edit page's own h1 is above it. */
  headingLevel?: 2 | 3;
};

export async function EntityHistory({
  entityType,
  entityId,
  page = 1,
  pageParam = "historyPage",
  query = {},
  headingLevel = 2,
}: Props) {
  let role: Role;
  try {
    role = (await requirePermission(historyPermission(entityType))).role;
  } catch (error) {
    if (error instanceof AuthzError) return null;
    throw error;
  }
  const [t, ta, format, history] = await Promise.all([
    getTranslations("audit.history"),
    getTranslations("audit.actions"),
    getFormatter(),
    listEntityHistory(entityType, entityId, page),
  ]);
  const Heading = `h${headingLevel}` as const;
  const headingId = `entity-history-${entityId}`;
  const pageHref = (n: number) =>
    `?${new URLSearchParams({ ...query, [pageParam]: String(n) }).toString()}#${headingId}`;

  return (
    <section aria-labelledby={headingId} className="mt-10" data-testid="entity-history">
      <Heading id={headingId} className="text-xl font-semibold text-brand-strong">
        {t("heading")}
      </Heading>
      <Table
        className="mt-3"
        caption={t("caption")}
        captionHidden
        empty={t("empty")}
        rows={history.rows}
        rowKey={(entry) => entry.id}
        rowAttributes={(entry) => ({ "data-action": entry.action })}
        columns={[
          {
            key: "when",
            header: t("when"),
            className: "whitespace-nowrap",
            cell: (entry) => (
              <time dateTime={entry.at.toISOString()}>
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            ),
          },
          {
            key: "who",
            header: t("who"),
            className: "break-words",
            cell: (entry) => entry.actor ?? <span className="text-muted">{t("system")}</span>,
          },
          {
            key: "action",
            header: t("action"),
            cell: (entry) => (isAuditAction(entry.action) ? ta(entry.action) : entry.action),
          },
          { key: "changes", header: t("changes"), cell: (entry) => <AuditChanges changes={entry.changes} /> },
        ]}
      />
      {history.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-3 flex items-center gap-4">
          {history.page > 1 ? <NextLink href={pageHref(history.page - 1)}>{t("previous")}</NextLink> : null}
          <span>{t("pageOf", { page: history.page, count: history.pageCount })}</span>
          {history.page < history.pageCount ? <NextLink href={pageHref(history.page + 1)}>{t("next")}</NextLink> : null}
        </nav>
      ) : null}
      {can(role, "users:manage") && history.total > 0 ? (
        <p className="mt-3">
          <Link href={{ pathname: "/admin/audit", query: { entityType, entityId } }}>{t("seeInLog")}</Link>
        </p>
      ) : null}
    </section>
  );
}
