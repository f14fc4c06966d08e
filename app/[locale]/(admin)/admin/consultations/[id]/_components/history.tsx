// Every change of a request, oldest first. Bodies (notes, replies) are user
// text: rendered as text with line breaks kept, never as HTML.
import { getTranslations } from "next-intl/server";
import { formatRigaShort } from "@/lib/time/riga";
import type { RequestDetail, StaffOption } from "@/lib/consultations/staff/queries";
import type { Locale } from "@/lib/i18n/routing";

type Event = RequestDetail["events"][number];
const str = (data: unknown, key: string): string | null => {
  const v = data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
};

export async function History({ events, locale, staff }: { events: Event[]; locale: Locale; staff: StaffOption[] }) {
  const [t, ts] = await Promise.all([getTranslations("inbox.history"), getTranslations("inbox.statuses")]);
  const person = (id: string | null) => (id ? (staff.find((s) => s.id === id)?.label ?? id) : null);
  const kind = (k: string) => (t.has(`kinds.${k}` as "kinds.note") ? t(`kinds.${k}` as "kinds.note") : k);

  function details(e: Event) {
    const lines: string[] = [];
    if (e.fromStatus && e.toStatus) lines.push(t("statusChange", { from: ts(e.fromStatus), to: ts(e.toStatus) }));
    if (e.kind === "assigned") {
      const to = person(str(e.data, "to"));
      lines.push(to ? t("assignedTo", { name: to }) : t("unassigned"));
    }
    const comment = str(e.data, "comment");
    if (comment) lines.push(t("comment", { comment }));
    const subject = str(e.data, "subject");
    if (subject) lines.push(t("subject", { subject }));
    const startsAt = str(e.data, "startsAt");
    if (startsAt) lines.push(formatRigaShort(new Date(startsAt), locale));
    const partner = str(e.data, "email");
    if (e.kind === "referral" && partner) lines.push(partner);
    return lines;
  }

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="request-history">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="px-2 py-2">
              {t("when")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("what")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("who")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("details")}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-line align-top" data-kind={e.kind}>
              <td className="px-2 py-2 whitespace-nowrap">{formatRigaShort(e.createdAt, locale)}</td>
              <th scope="row" className="px-2 py-2 font-semibold">
                {kind(e.kind)}
                {e.internal ? (
                  <span className="ml-2 rounded bg-gray-200 px-1.5 py-0.5 text-xs font-semibold text-gray-900">
                    {t("internal")}
                  </span>
                ) : null}
              </th>
              <td className="px-2 py-2">{e.author ? (e.author.name ?? e.author.email) : t("requesterOrSystem")}</td>
              <td className="px-2 py-2">
                {details(e).map((line) => (
                  <p key={line}>{line}</p>
                ))}
                {e.body ? <p className="mt-1 whitespace-pre-wrap break-words">{e.body}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
