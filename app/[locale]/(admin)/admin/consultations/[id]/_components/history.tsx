// Every change of a request, oldest first. Bodies (notes, replies) are user
// text: rendered as text with line breaks kept, never as HTML.
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
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
    <Table
      caption={t("caption")}
      captionHidden
      testId="request-history"
      rows={events}
      rowKey={(e) => e.id}
      rowAttributes={(e) => ({ "data-kind": e.kind })}
      columns={[
        {
          key: "when",
          header: t("when"),
          className: "whitespace-nowrap",
          cell: (e) => formatRigaShort(e.createdAt, locale),
        },
        {
          key: "what",
          header: t("what"),
          rowHeader: true,
          className: "font-semibold",
          cell: (e) => (
            <>
              {kind(e.kind)}
              {e.internal ? (
                <span className="ml-2 rounded bg-gray-200 px-1.5 py-0.5 text-xs font-semibold text-gray-900">
                  {t("internal")}
                </span>
              ) : null}
            </>
          ),
        },
        {
          key: "who",
          header: t("who"),
          cell: (e) => (e.author ? (e.author.name ?? e.author.email) : t("requesterOrSystem")),
        },
        {
          key: "details",
          header: t("details"),
          cell: (e) => (
            <>
              {details(e).map((line) => (
                <p key={line}>{line}</p>
              ))}
              {e.body ? <p className="mt-1 whitespace-pre-wrap break-words">{e.body}</p> : null}
            </>
          ),
        },
      ]}
    />
  );
}
