"use client";
// Staff forms of the supporters' reports: invite a supporter, accept a report,
// return it with a reason, send a new link. On the form kit (AdminForm for
// the forms with fields, CommandButton for the one-click commands).
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { CommandButton } from "@/components/admin/command-button";
import { SelectField, TextField, TextareaField, type Option } from "@/components/ui/field";
import {
  acceptReportAction,
  inviteSupporterAction,
  resendReportLinkAction,
  returnReportAction,
} from "@/lib/review/actions";

export function InviteForm({ reviewId, organisations }: { reviewId: string; organisations: Option[] }) {
  const t = useTranslations("review.admin.reports");
  return (
    <AdminForm
      id="invite"
      action={inviteSupporterAction}
      initialValues={{ mailLocale: "lv" }}
      fieldOrder={["organisationId", "inviteEmail", "mailLocale"]}
      hidden={{ id: reviewId }}
      submitLabel={t("invite")}
      savedMessage={t("invited")}
    >
      {(f) => (
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField {...f.text("organisationId")} label={t("organisation")} options={organisations} required />
          <TextField
            {...f.text("inviteEmail")}
            type="email"
            label={t("inviteEmail")}
            hint={t("inviteEmailHint")}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <SelectField
            {...f.text("mailLocale")}
            label={t("mailLocale")}
            options={[
              { value: "lv", label: "Latviešu" },
              { value: "en", label: "English" },
            ]}
            required
          />
        </div>
      )}
    </AdminForm>
  );
}

export function AcceptForm({ id }: { id: string }) {
  const t = useTranslations("review.admin.reports");
  return (
    <CommandButton
      action={acceptReportAction}
      fields={{ id }}
      label={t("accept")}
      tone="primary"
      doneMessage={t("accepted")}
    />
  );
}

export function ReturnForm({ id }: { id: string }) {
  const t = useTranslations("review.admin.reports");
  return (
    <AdminForm
      id="return"
      action={returnReportAction}
      initialValues={{ reason: "" }}
      fieldOrder={["reason", "form"]}
      hidden={{ id }}
      submitLabel={t("return")}
      savedMessage={t("returned")}
    >
      {(f) => <TextareaField {...f.text("reason")} label={t("reason")} rows={4} required />}
    </AdminForm>
  );
}

export function ResendForm({ id }: { id: string }) {
  const t = useTranslations("review.admin.reports");
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">{t("resendHint")}</p>
      <CommandButton action={resendReportLinkAction} fields={{ id }} label={t("resend")} doneMessage={t("resent")} />
    </div>
  );
}
