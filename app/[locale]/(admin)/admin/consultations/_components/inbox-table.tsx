import { getTranslations } from "next-intl/server";
import { formatRigaShort } from "@/lib/time/riga";
import type { InboxRow } from "@/lib/consultations/staff/queries";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import { StatusBadge } from "./status-badge";

export async function InboxTable({
  rows,
  locale,
  labels,
}: {
  rows: InboxRow[];
  locale: Locale;
  labels: Record<string, string>;
}) {
  const t = await getTranslations("inbox.list");
  const topic = (key: string) => labels[`CONSULTATION_TOPIC:${key}`] ?? key;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="inbox-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            {(
              ["reference", "received", "requester", "organisation", "topics", "status", "assignee", "slot"] as const
            ).map((c) => (
              <th key={c} scope="col" className="px-2 py-2 font-semibold">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line align-top">
              <th scope="row" className="px-2 py-2 font-semibold whitespace-nowrap">
                <Link href={`/admin/consultations/${r.id}`}>{r.reference}</Link>
              </th>
              <td className="px-2 py-2 whitespace-nowrap">{formatRigaShort(r.createdAt, locale)}</td>
              <td className="px-2 py-2">
                {r.name}
                <br />
                <span className="text-muted">{r.email}</span>
              </td>
              <td className="px-2 py-2">{r.organisationName ?? "—"}</td>
              <td className="px-2 py-2">{r.topics.map(topic).join(", ")}</td>
              <td className="px-2 py-2">
                <StatusBadge status={r.status} />
              </td>
              <td className="px-2 py-2">{r.assignee ? (r.assignee.name ?? r.assignee.email) : "—"}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                {r.slot ? formatRigaShort(r.slot.startsAt, locale) : t("noSlot")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
