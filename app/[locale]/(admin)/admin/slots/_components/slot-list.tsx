import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { formatRigaShort } from "@/lib/time/riga";
import type { SlotRow } from "@/lib/consultations/staff/queries";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import { DeleteSlotButton } from "./delete-slot-button";

/** Upcoming slots, one table per consultant; a slot may be deleted by its consultant (or an admin) while nobody booked it. */
export async function SlotList({
  slots,
  locale,
  labels,
  userId,
  isAdmin,
}: {
  slots: SlotRow[];
  locale: Locale;
  labels: Record<string, string>;
  userId: string;
  isAdmin: boolean;
}) {
  const t = await getTranslations("inbox.slots");
  if (slots.length === 0) return <p className="text-muted">{t("empty")}</p>;
  const byConsultant = new Map<string, SlotRow[]>();
  for (const s of slots) byConsultant.set(s.consultantId, [...(byConsultant.get(s.consultantId) ?? []), s]);
  return (
    <div className="space-y-8">
      {[...byConsultant.values()].map((list) => {
        const who = list[0]!.consultant.name ?? list[0]!.consultant.email;
        return (
          <Table
            key={list[0]!.consultantId}
            caption={t("caption", { name: who })}
            testId="slot-table"
            rows={list}
            rowKey={(s) => s.id}
            rowAttributes={(s) => ({
              "data-slot-id": s.id,
              "data-state": s.request ? "booked" : s.status === "BLOCKED" ? "blocked" : "free",
            })}
            columns={[
              {
                key: "time",
                header: t("time"),
                rowHeader: true,
                className: "font-semibold whitespace-nowrap",
                cell: (s) => (
                  <>
                    {formatRigaShort(s.startsAt, locale)}
                    {s.seriesId ? <span className="ml-2 text-xs font-normal text-muted">({t("series")})</span> : null}
                  </>
                ),
              },
              { key: "duration", header: t("duration"), cell: (s) => `${s.durationMin} min` },
              {
                key: "format",
                header: t("format"),
                cell: (s) => labels[`CONSULTATION_FORMAT:${s.format}`] ?? s.format,
              },
              {
                key: "place",
                header: t("place"),
                className: "break-all",
                cell: (s) => s.meetingUrl ?? s.location ?? "—",
              },
              {
                key: "state",
                header: t("state"),
                cell: (s) =>
                  s.request ? (
                    <Link href={`/admin/consultations/${s.request.id}`}>
                      {t("booked", { reference: s.request.reference })}
                    </Link>
                  ) : s.status === "BLOCKED" ? (
                    t("blocked")
                  ) : (
                    t("free")
                  ),
              },
              {
                key: "actions",
                header: t("actions"),
                cell: (s) =>
                  s.request ? (
                    <span className="text-muted">{t("bookedNoDelete")}</span>
                  ) : isAdmin || s.consultantId === userId ? (
                    <DeleteSlotButton
                      slotId={s.id}
                      label={t("deleteLabel", { time: formatRigaShort(s.startsAt, locale) })}
                    />
                  ) : null,
              },
            ]}
          />
        );
      })}
    </div>
  );
}
