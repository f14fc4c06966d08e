// One page of the audit log. Actor and record cells are links that narrow the
// filters to that person or that record.
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="audit-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-4">
              {th("when")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {th("who")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {th("action")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("entity")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {th("changes")}
            </th>
            <th scope="col" className="py-2">
              {t("ip")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top" data-action={entry.action}>
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>
                  {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </td>
              <td className="py-2 pr-4 break-all">
                {entry.actorEmail ? (
                  <Link
                    href={filtered({ actor: entry.actorEmail })}
                    title={t("filterByActor", { actor: entry.actorEmail })}
                  >
                    {entry.actor ?? entry.actorEmail}
                  </Link>
                ) : (
                  <span className="text-muted">{th("system")}</span>
                )}
              </td>
              <td className="py-2 pr-4">{isAuditAction(entry.action) ? ta(entry.action) : entry.action}</td>
              <td className="py-2 pr-4">
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
              </td>
              <td className="py-2 pr-4 max-w-md">
                <AuditChanges changes={entry.changes} />
              </td>
              <td className="py-2 font-mono text-xs">{entry.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
