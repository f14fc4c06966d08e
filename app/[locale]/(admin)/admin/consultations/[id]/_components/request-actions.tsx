// The request page's forms: status, assignment, internal note, reply,
// referral and the requester's data rights. Each posts to its own server
// action (lib/consultations/staff/actions.ts) and shows its answer in place.
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormOption } from "@/components/admin/action-form";
import {
  addNoteAction,
  assignAction,
  changeStatusAction,
  eraseRequesterAction,
  referAction,
  replyAction,
} from "@/lib/consultations/staff/actions";
import type { ReferralTarget, RequestDetail, StaffOption } from "@/lib/consultations/staff/queries";
import { statusFormTargets } from "@/lib/consultations/staff/transitions";

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
  const id = { kind: "hidden" as const, name: "requestId", value: r.id };
  const targetsNow = statusFormTargets(r.status);
  const contacts: FormOption[] = targets.flatMap((o) =>
    o.contacts.map((c) => ({ value: c.id, label: c.label, group: o.name })),
  );
  const organisations: FormOption[] = targets.map((o) => ({
    value: o.id,
    label: o.emails[0] ? `${o.name} (${o.emails[0]})` : o.name,
  }));
  const open = !r.anonymisedAt;

  return (
    <div className="space-y-6">
      {open && targetsNow.length > 0 ? (
        <ActionForm
          id="status"
          title={t("statusTitle")}
          action={changeStatusAction}
          submitLabel={t("statusSubmit")}
          className={box}
          fields={[
            id,
            {
              kind: "select",
              name: "status",
              label: t("newStatus"),
              required: true,
              placeholder: t("chooseStatus"),
              options: targetsNow.map((s) => ({ value: s, label: ts(s) })),
            },
            { kind: "text", name: "comment", label: t("comment"), maxLength: 2000 },
          ]}
        />
      ) : (
        <section aria-labelledby="status-closed" className={box}>
          <h2 id="status-closed" className="text-lg font-semibold text-brand-strong">
            {t("statusTitle")}
          </h2>
          <p className="mt-2">{t("closed")}</p>
        </section>
      )}
      <ActionForm
        id="assign"
        title={t("assignTitle")}
        action={assignAction}
        submitLabel={t("assignSubmit")}
        className={box}
        fields={[
          id,
          {
            kind: "select",
            name: "assigneeId",
            label: t("assignee"),
            defaultValue: r.assigneeId ?? "",
            placeholder: t("nobody"),
            options: staff.map((s) => ({ value: s.id, label: s.label })),
          },
        ]}
      />
      {open ? (
        <>
          <ActionForm
            id="note"
            title={t("noteTitle")}
            action={addNoteAction}
            submitLabel={t("noteSubmit")}
            className={box}
            fields={[
              id,
              {
                kind: "textarea",
                name: "body",
                label: t("note"),
                hint: t("noteHint"),
                required: true,
                rows: 4,
                maxLength: 4000,
              },
            ]}
          />
          <ActionForm
            id="reply"
            title={t("replyTitle")}
            action={replyAction}
            submitLabel={t("replySubmit")}
            className={box}
            fields={[
              id,
              {
                kind: "text",
                name: "subject",
                label: t("subject"),
                required: true,
                maxLength: 200,
                hint: t("replyHint", { email: r.email }),
              },
              { kind: "textarea", name: "body", label: t("body"), required: true, rows: 8, maxLength: 10000 },
            ]}
          />
          {targetsNow.length > 0 ? (
            <ActionForm
              id="refer"
              title={t("referTitle")}
              action={referAction}
              submitLabel={t("referSubmit")}
              className={box}
              fields={[
                id,
                {
                  kind: "select",
                  name: "organisationId",
                  label: t("organisation"),
                  required: true,
                  placeholder: t("chooseOrganisation"),
                  options: organisations,
                },
                {
                  kind: "select",
                  name: "contactId",
                  label: t("contact"),
                  hint: t("contactHint"),
                  placeholder: t("noContact"),
                  options: contacts,
                },
                { kind: "email", name: "email", label: t("partnerEmail"), hint: t("partnerEmailHint"), maxLength: 320 },
                {
                  kind: "textarea",
                  name: "message",
                  label: t("message"),
                  hint: t("messageHint"),
                  required: true,
                  rows: 5,
                  maxLength: 4000,
                },
              ]}
            />
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
            <ActionForm
              id="erase"
              title={t("eraseTitle")}
              headingLevel={3}
              danger
              action={eraseRequesterAction}
              submitLabel={t("eraseSubmit")}
              className="mt-4"
              fields={[
                id,
                { kind: "hidden", name: "email", value: r.email },
                { kind: "checkbox", name: "confirm", label: t("eraseConfirm"), required: true },
              ]}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
