import { getTranslations } from "next-intl/server";
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
          <div key={list[0]!.consultantId} className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm" data-testid="slot-table">
              <caption className="mb-2 text-left text-lg font-semibold text-brand-strong">
                {t("caption", { name: who })}
              </caption>
              <thead>
                <tr className="border-b-2 border-line">
                  {(["time", "duration", "format", "place", "state", "actions"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2">
                      {t(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.map((s) => {
                  const time = formatRigaShort(s.startsAt, locale);
                  const mine = isAdmin || s.consultantId === userId;
                  return (
                    <tr
                      key={s.id}
                      className="border-b border-line align-top"
                      data-slot-id={s.id}
                      data-state={s.request ? "booked" : s.status === "BLOCKED" ? "blocked" : "free"}
                    >
                      <th scope="row" className="px-2 py-2 font-semibold whitespace-nowrap">
                        {time}
                        {s.seriesId ? (
                          <span className="ml-2 text-xs font-normal text-muted">({t("series")})</span>
                        ) : null}
                      </th>
                      <td className="px-2 py-2">{s.durationMin} min</td>
                      <td className="px-2 py-2">{labels[`CONSULTATION_FORMAT:${s.format}`] ?? s.format}</td>
                      <td className="px-2 py-2 break-all">{s.meetingUrl ?? s.location ?? "—"}</td>
                      <td className="px-2 py-2">
                        {s.request ? (
                          <Link href={`/admin/consultations/${s.request.id}`}>
                            {t("booked", { reference: s.request.reference })}
                          </Link>
                        ) : s.status === "BLOCKED" ? (
                          t("blocked")
                        ) : (
                          t("free")
                        )}
                      </td>
                      <td className="px-2 py-2">
                        {s.request ? (
                          <span className="text-muted">{t("bookedNoDelete")}</span>
                        ) : mine ? (
                          <DeleteSlotButton slotId={s.id} label={t("deleteLabel", { time })} />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
