"use client";
// Staff forms of the supporters' reports: invite a supporter, accept a report,
// return it with a reason, send a new link. On the shared admin form kit.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { SelectField, TextField, TextareaField, type Option } from "@/components/admin/form-fields";
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
    <AdminForm
      id="accept"
      action={acceptReportAction}
      initialValues={{}}
      fieldOrder={["form"]}
      hidden={{ id }}
      submitLabel={t("accept")}
      savedMessage={t("accepted")}
    >
      {() => null}
    </AdminForm>
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
    <AdminForm
      id="resend"
      action={resendReportLinkAction}
      initialValues={{}}
      fieldOrder={["form"]}
      hidden={{ id }}
      submitLabel={t("resend")}
      savedMessage={t("resent")}
    >
      {() => <p className="text-sm text-muted">{t("resendHint")}</p>}
    </AdminForm>
  );
}
