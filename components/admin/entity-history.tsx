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
      {history.total === 0 ? (
        <p className="mt-3 text-muted">{t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">
                  {t("when")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("who")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("action")}
                </th>
                <th scope="col" className="py-2">
                  {t("changes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {history.rows.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top" data-action={entry.action}>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={entry.at.toISOString()}>
                      {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                  <td className="py-2 pr-4 break-words">
                    {entry.actor ?? <span className="text-muted">{t("system")}</span>}
                  </td>
                  <td className="py-2 pr-4">{isAuditAction(entry.action) ? ta(entry.action) : entry.action}</td>
                  <td className="py-2">
                    <AuditChanges changes={entry.changes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
