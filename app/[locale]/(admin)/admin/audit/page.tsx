import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { auditQueryString, parseAuditQueryLenient } from "@/lib/audit/filters";
import { auditEntityTypes, listAuditLog } from "@/lib/audit/queries";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "audit" });
  return { title: t("title"), robots: { index: false } };
}

// The full log is for administrators: it holds sign-in addresses and every
// staff member's actions (roles.ts: users:manage).
export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "users:manage", "/admin/audit");
  const { filters, values, page } = parseAuditQueryLenient(await searchParams);
  const [t, log, entityTypes] = await Promise.all([
    getTranslations("audit"),
    listAuditLog(filters, page),
    auditEntityTypes(),
  ]);
  const pageHref = (n: number) => `/admin/audit?${auditQueryString(values, { page: String(n) })}`;
  const exportHref = (format: "csv" | "json") => `/api/admin/audit/export?${auditQueryString(values, { format })}`;

  return (
    <>
      <PageHeading title={t("title")} lead={t("log.lead")} />
      <AuditFilters values={values} entityTypes={entityTypes} action={localizedHref("/admin/audit", locale)} />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-4">
        <p aria-live="polite" className="font-semibold" data-testid="audit-count">
          {t("log.count", { count: log.total })}
        </p>
        {log.total > 0 ? (
          <p className="text-sm">
            <span>{t("log.export")}: </span>
            <a href={exportHref("csv")} download>
              {t("log.exportCsv")}
            </a>
            {" · "}
            <a href={exportHref("json")} download>
              {t("log.exportJson")}
            </a>
          </p>
        ) : null}
      </div>
      {log.total > 0 ? <p className="mt-1 text-sm text-muted">{t("log.exportHint")}</p> : null}
      <div className="mt-4">
        {log.rows.length > 0 ? (
          <AuditTable rows={log.rows} values={values} />
        ) : (
          <p className="text-muted">{t("log.empty")}</p>
        )}
      </div>
      {log.pageCount > 1 ? (
        <nav aria-label={t("log.pagination")} className="mt-4 flex items-center gap-4">
          {log.page > 1 ? (
            <Link href={pageHref(log.page - 1)} rel="prev">
              {t("log.previous")}
            </Link>
          ) : null}
          <span>{t("log.pageOf", { page: log.page, count: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link href={pageHref(log.page + 1)} rel="next">
              {t("log.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
