import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { inboxQueryString, parseInboxQuery } from "@/lib/consultations/staff/inbox-filters";
import { consultantOptions, listInbox, termLabels } from "@/lib/consultations/staff/queries";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { InboxFilters } from "./_components/inbox-filters";
import { InboxTable } from "./_components/inbox-table";

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox" });
  return { title: t("title"), robots: { index: false } };
}

// Requests hold requesters' personal data: consultants and admins only (roles.ts).
export default async function InboxPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "consultations:manage", "/admin/consultations");
  const query = parseInboxQuery(await searchParams);
  const [t, ts, list, labels, staff] = await Promise.all([
    getTranslations("inbox"),
    getTranslations("inbox.statuses"),
    listInbox(query, user.id),
    termLabels(locale),
    consultantOptions(),
  ]);
  const choices = (vocabulary: string) =>
    Object.entries(labels)
      .filter(([k]) => k.startsWith(`${vocabulary}:`))
      .map(([k, label]) => ({ value: k.slice(vocabulary.length + 1), label }));
  const href = (extra: Record<string, string>) => `/admin/consultations?${inboxQueryString(query.values, extra)}`;

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <InboxFilters
        values={query.values}
        action={localizedHref("/admin/consultations", locale)}
        topics={choices("CONSULTATION_TOPIC")}
        stages={choices("STAGE")}
        staff={staff}
      />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-4">
        <p aria-live="polite" className="font-semibold" data-testid="inbox-count">
          {t("list.count", { count: list.total })}
        </p>
        <nav aria-label={t("list.byStatus")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {list.statusCounts.map((s) => (
              <li key={s.status}>
                <Link
                  href={href({ status: s.status, page: "" })}
                  aria-current={query.status === s.status ? "true" : undefined}
                >
                  {ts(s.status)}: {s.count}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="mt-4">
        {list.rows.length > 0 ? (
          <InboxTable rows={list.rows} locale={locale} labels={labels} />
        ) : (
          <p className="text-muted">{t("list.empty")}</p>
        )}
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label={t("list.pagination")} className="mt-4 flex items-center gap-4">
          {list.page > 1 ? (
            <Link href={href({ page: String(list.page - 1) })} rel="prev">
              {t("list.previous")}
            </Link>
          ) : null}
          <span>{t("list.pageOf", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={href({ page: String(list.page + 1) })} rel="next">
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
