"use client";
// The request page's forms (status, assignment, note, reply, referral,
// erasure): each posts to its own server action
// (lib/consultations/staff/actions.ts) and shows its answer in place.
import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextareaField, TextField, type Option } from "@/components/ui/field";
import {
  addNoteAction,
  assignAction,
  changeStatusAction,
  eraseRequesterAction,
  referAction,
  replyAction,
} from "@/lib/consultations/staff/actions";
import { InboxForm } from "../../../_components/inbox-form";

export function StatusForm({ requestId, statuses }: { requestId: string; statuses: Option[] }) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="status"
      title={t("statusTitle")}
      action={changeStatusAction}
      submitLabel={t("statusSubmit")}
      requestId={requestId}
    >
      {(f) => (
        <>
          <SelectField
            {...f.text("status")}
            label={t("newStatus")}
            required
            placeholder={t("chooseStatus")}
            options={statuses}
          />
          <TextField {...f.text("comment")} label={t("comment")} maxLength={2000} />
        </>
      )}
    </InboxForm>
  );
}

export function AssignForm({
  requestId,
  assigneeId,
  staff,
}: {
  requestId: string;
  assigneeId: string;
  staff: Option[];
}) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="assign"
      title={t("assignTitle")}
      action={assignAction}
      submitLabel={t("assignSubmit")}
      requestId={requestId}
    >
      {(f) => (
        <SelectField
          {...f.text("assigneeId")}
          defaultValue={f.values.assigneeId === undefined ? assigneeId : f.text("assigneeId").defaultValue}
          label={t("assignee")}
          placeholder={t("nobody")}
          options={staff}
        />
      )}
    </InboxForm>
  );
}

export function NoteForm({ requestId }: { requestId: string }) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="note"
      title={t("noteTitle")}
      action={addNoteAction}
      submitLabel={t("noteSubmit")}
      requestId={requestId}
    >
      {(f) => (
        <TextareaField {...f.text("body")} label={t("note")} hint={t("noteHint")} required rows={4} maxLength={4000} />
      )}
    </InboxForm>
  );
}

export function ReplyForm({ requestId, email }: { requestId: string; email: string }) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="reply"
      title={t("replyTitle")}
      action={replyAction}
      submitLabel={t("replySubmit")}
      requestId={requestId}
    >
      {(f) => (
        <>
          <TextField
            {...f.text("subject")}
            label={t("subject")}
            required
            maxLength={200}
            hint={t("replyHint", { email })}
          />
          <TextareaField {...f.text("body")} label={t("body")} required rows={8} maxLength={10000} />
        </>
      )}
    </InboxForm>
  );
}

export function ReferForm({
  requestId,
  organisations,
  contacts,
}: {
  requestId: string;
  organisations: Option[];
  contacts: Option[];
}) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="refer"
      title={t("referTitle")}
      action={referAction}
      submitLabel={t("referSubmit")}
      requestId={requestId}
    >
      {(f) => (
        <>
          <SelectField
            {...f.text("organisationId")}
            label={t("organisation")}
            required
            placeholder={t("chooseOrganisation")}
            options={organisations}
          />
          <SelectField
            {...f.text("contactId")}
            label={t("contact")}
            hint={t("contactHint")}
            placeholder={t("noContact")}
            options={contacts}
          />
          <TextField
            {...f.text("email")}
            type="email"
            label={t("partnerEmail")}
            hint={t("partnerEmailHint")}
            maxLength={320}
          />
          <TextareaField
            {...f.text("message")}
            label={t("message")}
            hint={t("messageHint")}
            required
            rows={5}
            maxLength={4000}
          />
        </>
      )}
    </InboxForm>
  );
}

export function EraseForm({ requestId, email }: { requestId: string; email: string }) {
  const t = useTranslations("inbox.actions");
  return (
    <InboxForm
      id="erase"
      title={t("eraseTitle")}
      headingLevel={3}
      danger
      action={eraseRequesterAction}
      submitLabel={t("eraseSubmit")}
      requestId={requestId}
      hidden={{ email }}
      className="mt-4 space-y-4"
    >
      {(f) => <CheckboxField {...f.checked("confirm")} label={t("eraseConfirm")} required />}
    </InboxForm>
  );
}
