// The dashboard's cards: each a section with a heading, what is waiting, and
// a link to where the work is done. Data comes from lib/dashboard/queries.ts.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { localized, langAttr } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import {
  CLOSING_WITHIN_DAYS,
  type ClosingCall,
  type NewConsultations,
  type PendingSubmissions,
  type SearchIndexStatus,
  type StaleCounts,
} from "@/lib/dashboard/queries";

function Card({
  id,
  heading,
  link,
  children,
}: {
  id: string;
  heading: string;
  link?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid={`dashboard-${id}`}
      className="flex flex-col rounded border border-line bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-brand-strong">
        {heading}
      </h2>
      <div className="mt-2 flex-1">{children}</div>
      {link ? (
        <p className="mt-3">
          <Link href={link.href} className="font-semibold">
            {link.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

const dateOnly = { dateStyle: "medium" } as const;

export async function SubmissionsCard({ data }: { data: PendingSubmissions }) {
  const [t, format] = await Promise.all([getTranslations("audit.dashboard.submissions"), getFormatter()]);
  return (
    <Card id="submissions" heading={t("heading")} link={{ href: "/admin/submissions", label: t("link") }}>
      <p className="text-2xl font-bold" data-testid="dashboard-submissions-count">
        {t("count", { count: data.count })}
      </p>
      {data.newest.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold text-muted">{t("newest")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {data.newest.map((s) => (
              <li key={s.id}>
                <span lang="lv">{s.title ?? t("untitled")}</span>{" "}
                <span className="text-muted">
                  · {t(s.kind)} ·{" "}
                  <time dateTime={s.createdAt.toISOString()}>{format.dateTime(s.createdAt, dateOnly)}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

export async function ConsultationsCard({ data }: { data: NewConsultations }) {
  const [t, format] = await Promise.all([getTranslations("audit.dashboard.consultations"), getFormatter()]);
  return (
    <Card
      id="consultations"
      heading={t("heading")}
      link={{ href: "/admin/consultations?status=NEW", label: t("link") }}
    >
      <p className="text-2xl font-bold" data-testid="dashboard-consultations-count">
        {t("count", { count: data.count })}
      </p>
      {data.oldest ? (
        <p className="mt-2 text-sm">{t("oldest", { date: format.dateTime(data.oldest, dateOnly) })}</p>
      ) : null}
      {data.newest.length > 0 ? (
        <ul className="mt-2 space-y-1 font-mono text-sm">
          {data.newest.map((r) => (
            <li key={r.id}>
              {r.reference} <span className="font-sans text-muted">· {format.dateTime(r.createdAt, dateOnly)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

export async function ClosingCallsCard({ calls, locale }: { calls: ClosingCall[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("audit.dashboard.calls"), getFormatter()]);
  return (
    <Card id="calls" heading={t("heading")} link={{ href: "/admin/calls", label: t("link") }}>
      <p className="text-sm text-muted">{t("hint", { days: CLOSING_WITHIN_DAYS })}</p>
      {calls.length === 0 ? (
        <p className="mt-2">{t("none", { days: CLOSING_WITHIN_DAYS })}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {calls.map((c) => {
            const title = localized(c, "title", locale);
            return (
              <li key={c.id}>
                <span lang={langAttr(title, locale)}>{title.text}</span>{" "}
                <span className="text-muted">· {t("closes", { date: format.dateTime(c.closesAt, dateOnly) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

const STALE_LINKS: Record<keyof StaleCounts, string> = {
  innovations: "/admin/innovations",
  organisations: "/admin/organisations",
  resources: "/admin/resources",
  calls: "/admin/calls",
};

export async function StaleCard({ counts }: { counts: StaleCounts }) {
  const t = await getTranslations("audit.dashboard.stale");
  return (
    <Card id="stale" heading={t("heading")}>
      <p className="text-sm text-muted">{t("hint")}</p>
      <Table
        className="mt-2"
        caption={t("caption")}
        captionHidden
        headersHidden
        rows={Object.keys(STALE_LINKS) as (keyof StaleCounts)[]}
        rowKey={(key) => key}
        columns={[
          {
            key: "type",
            header: t("type"),
            rowHeader: true,
            cell: (key) => <Link href={STALE_LINKS[key]}>{t(key)}</Link>,
          },
          {
            key: "count",
            header: t("count"),
            className: "text-right font-semibold tabular-nums",
            cell: (key) => <span data-testid={`dashboard-stale-${key}`}>{counts[key]}</span>,
          },
        ]}
      />
    </Card>
  );
}

export async function SearchCard({ status }: { status: SearchIndexStatus }) {
  const [t, format] = await Promise.all([getTranslations("audit.dashboard.search"), getFormatter()]);
  const when = (d: Date | null) =>
    d ? (
      <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>
    ) : (
      t("never")
    );
  return (
    <Card id="search" heading={t("heading")}>
      {status.fallbackActive ? (
        <p role="status" className="mb-2 rounded border-l-4 border-accent bg-surface p-2 text-sm">
          {t("fallback")}
        </p>
      ) : null}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt>{t("engine")}</dt>
        <dd className="font-semibold" data-testid="dashboard-search-engine">
          {t(`engines.${status.inUse}`)}
        </dd>
        <dt>{t("wordForms")}</dt>
        <dd data-testid="dashboard-search-word-forms">{t(`wordFormModes.${status.wordForms}`)}</dd>
        <dt>{t("pending")}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="dashboard-search-pending">
          {status.pending}
        </dd>
        <dt>{t("failing")}</dt>
        <dd className="text-right font-semibold tabular-nums">{status.failing}</dd>
        <dt>{t("lastSync")}</dt>
        <dd>{when(status.lastSyncAt)}</dd>
        {status.oldestPendingAt ? (
          <>
            <dt>{t("oldestPending")}</dt>
            <dd>{when(status.oldestPendingAt)}</dd>
          </>
        ) : null}
      </dl>
      {status.lastError ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{t("lastError")}:</span>{" "}
          <span className="break-words">{status.lastError}</span>
        </p>
      ) : null}
      {status.pending === 0 && !status.fallbackActive ? <p className="mt-2 text-sm">{t("ok")}</p> : null}
    </Card>
  );
}
