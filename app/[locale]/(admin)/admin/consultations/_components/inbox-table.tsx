import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
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
    <Table
      caption={t("caption")}
      captionHidden
      testId="inbox-table"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          key: "reference",
          header: t("reference"),
          rowHeader: true,
          className: "font-semibold whitespace-nowrap",
          cell: (r) => <Link href={`/admin/consultations/${r.id}`}>{r.reference}</Link>,
        },
        {
          key: "received",
          header: t("received"),
          className: "whitespace-nowrap",
          cell: (r) => formatRigaShort(r.createdAt, locale),
        },
        {
          key: "requester",
          header: t("requester"),
          cell: (r) => (
            <>
              {r.name}
              <br />
              <span className="text-muted">{r.email}</span>
            </>
          ),
        },
        { key: "organisation", header: t("organisation"), cell: (r) => r.organisationName ?? "—" },
        { key: "topics", header: t("topics"), cell: (r) => r.topics.map(topic).join(", ") },
        { key: "status", header: t("status"), cell: (r) => <StatusBadge status={r.status} /> },
        {
          key: "assignee",
          header: t("assignee"),
          cell: (r) => (r.assignee ? (r.assignee.name ?? r.assignee.email) : "—"),
        },
        {
          key: "slot",
          header: t("slot"),
          className: "whitespace-nowrap",
          cell: (r) => (r.slot ? formatRigaShort(r.slot.startsAt, locale) : t("noSlot")),
        },
      ]}
    />
  );
}
