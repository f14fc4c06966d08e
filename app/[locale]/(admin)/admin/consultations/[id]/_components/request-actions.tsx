// The request page's forms: status, assignment, internal note, reply,
// referral and the requester's data rights. Each posts to its own server
// action (lib/consultations/staff/actions.ts) and shows its answer in place.
import { getTranslations } from "next-intl/server";
import type { Option } from "@/components/ui/field";
import type { ReferralTarget, RequestDetail, StaffOption } from "@/lib/consultations/staff/queries";
import { statusFormTargets } from "@/lib/consultations/staff/transitions";
import { AssignForm, EraseForm, NoteForm, ReferForm, ReplyForm, StatusForm } from "./request-forms";

const box = "rounded border border-line p-4";

export async function RequestActions({
  request: r,
  staff,
  targets,
}: {
  request: RequestDetail;
  staff: StaffOption[];
  targets: ReferralTarget[];
}) {
  const [t, ts] = await Promise.all([getTranslations("inbox.actions"), getTranslations("inbox.statuses")]);
  const targetsNow = statusFormTargets(r.status);
  const contacts: Option[] = targets.flatMap((o) =>
    o.contacts.map((c) => ({ value: c.id, label: c.label, group: o.name })),
  );
  const organisations: Option[] = targets.map((o) => ({
    value: o.id,
    label: o.emails[0] ? `${o.name} (${o.emails[0]})` : o.name,
  }));
  const open = !r.anonymisedAt;

  return (
    <div className="space-y-6">
      {open && targetsNow.length > 0 ? (
        <StatusForm requestId={r.id} statuses={targetsNow.map((s) => ({ value: s, label: ts(s) }))} />
      ) : (
        <section aria-labelledby="status-closed" className={box}>
          <h2 id="status-closed" className="text-lg font-semibold text-brand-strong">
            {t("statusTitle")}
          </h2>
          <p className="mt-2">{t("closed")}</p>
        </section>
      )}
      <AssignForm
        requestId={r.id}
        assigneeId={r.assigneeId ?? ""}
        staff={staff.map((s) => ({ value: s.id, label: s.label }))}
      />
      {open ? (
        <>
          <NoteForm requestId={r.id} />
          <ReplyForm requestId={r.id} email={r.email} />
          {targetsNow.length > 0 ? (
            <ReferForm requestId={r.id} organisations={organisations} contacts={contacts} />
          ) : null}
          <section aria-labelledby="privacy-title" className={box}>
            <h2 id="privacy-title" className="text-lg font-semibold text-brand-strong">
              {t("privacyTitle")}
            </h2>
            <p className="mt-2">{t("privacyLead", { email: r.email })}</p>
            <p className="mt-2">
              <a
                href={`/api/admin/consultations/export?email=${encodeURIComponent(r.email)}`}
                download
                data-testid="requester-export"
              >
                {t("export")}
              </a>
            </p>
            <EraseForm requestId={r.id} email={r.email} />
          </section>
        </>
      ) : null}
    </div>
  );
}
