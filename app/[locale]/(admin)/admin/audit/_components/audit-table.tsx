// One page of the audit log. Actor and record cells are links that narrow the
// filters to that person or that record.
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
import { Table } from "@/components/ui/table";
import { auditQueryString, type AuditFilterValues } from "@/lib/audit/filters";
import type { AuditEntryRow } from "@/lib/audit/queries";
import { isAuditAction } from "@/lib/audit/vocabulary";
import { Link } from "@/lib/i18n/link";

export async function AuditTable({ rows, values }: { rows: AuditEntryRow[]; values: AuditFilterValues }) {
  const [t, th, ta, te, format] = await Promise.all([
    getTranslations("audit.log"),
    getTranslations("audit.history"),
    getTranslations("audit.actions"),
    getTranslations("audit.entityTypes"),
    getFormatter(),
  ]);
  const typeLabel = (type: string) => (te.has(type as "Innovation") ? te(type as "Innovation") : type);
  const filtered = (change: Partial<AuditFilterValues>) => `/admin/audit?${auditQueryString({ ...values, ...change })}`;
  return (
    <Table
      caption={t("caption")}
      captionHidden
      testId="audit-table"
      rows={rows}
      rowKey={(entry) => entry.id}
      rowAttributes={(entry) => ({ "data-action": entry.action })}
      columns={[
        {
          key: "when",
          header: th("when"),
          className: "whitespace-nowrap",
          cell: (entry) => (
            <time dateTime={entry.at.toISOString()}>
              {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
            </time>
          ),
        },
        {
          key: "who",
          header: th("who"),
          className: "break-all",
          cell: (entry) =>
            entry.actorEmail ? (
              <Link
                href={filtered({ actor: entry.actorEmail })}
                title={t("filterByActor", { actor: entry.actorEmail })}
              >
                {entry.actor ?? entry.actorEmail}
              </Link>
            ) : (
              <span className="text-muted">{th("system")}</span>
            ),
        },
        {
          key: "action",
          header: th("action"),
          cell: (entry) => (isAuditAction(entry.action) ? ta(entry.action) : entry.action),
        },
        {
          key: "entity",
          header: t("entity"),
          cell: (entry) => (
            <>
              <span className="block">{typeLabel(entry.entityType)}</span>
              {entry.entityId ? (
                <Link
                  href={filtered({ entityType: entry.entityType, entityId: entry.entityId })}
                  className="font-mono text-xs break-all"
                  aria-label={`${typeLabel(entry.entityType)} ${entry.entityId}: ${t("filterByEntity")}`}
                >
                  {entry.entityId}
                </Link>
              ) : null}
            </>
          ),
        },
        {
          key: "changes",
          header: th("changes"),
          className: "max-w-md",
          cell: (entry) => <AuditChanges changes={entry.changes} />,
        },
        { key: "ip", header: t("ip"), className: "font-mono text-xs", cell: (entry) => entry.ip ?? "" },
      ]}
    />
  );
}
