"use client";
// "Ask for changes" and "reject": one required message to the submitter.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { TextareaField } from "@/components/ui/field";
import { rejectSubmissionAction, requestSubmissionChangesAction } from "@/lib/submissions/actions";

export function MessageForm({ id, step }: { id: string; step: "changes" | "reject" }) {
  const t = useTranslations(`submissions.admin.${step}`);
  const name = step === "changes" ? "message" : "reason";
  return (
    <AdminForm
      id={step}
      action={step === "changes" ? requestSubmissionChangesAction : rejectSubmissionAction}
      initialValues={{}}
      fieldOrder={[name]}
      hidden={{ id }}
      submitLabel={t("submit")}
    >
      {(f) => (
        <TextareaField
          {...f.text(name)}
          label={t(step === "changes" ? "message" : "reason")}
          hint={t("hint")}
          required
          rows={5}
          maxLength={4000}
        />
      )}
    </AdminForm>
  );
}
