"use client";
// Approval: for a proposal, the innovation form prefilled from the payload
// (the editor may change anything, then approves as a draft or publishes);
// for a correction, the record's texts prefilled as they are now, edited as
// suggested. The server creates or updates through lib/innovations/write.ts.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CheckboxGroupField, SelectField, TextField, type Option } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormValues } from "@/lib/forms/state";
import { approveSubmissionAction } from "@/lib/submissions/actions";

type ApproveChoices = Record<"stage" | "status" | "themes" | "targetGroups" | "region" | "organisations", Option[]>;

const PROPOSAL_ORDER = [
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "problemLv",
  "problemEn",
  "solutionLv",
  "solutionEn",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "links.0.url",
  "organisations.0.organisationId",
];
const CORRECTION_ORDER = [
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "problemLv",
  "problemEn",
  "solutionLv",
  "solutionEn",
  "resultsLv",
  "resultsEn",
];

type Props = {
  id: string;
  kind: "NEW_INNOVATION" | "CORRECTION";
  initialValues: FormValues;
  choices: ApproveChoices;
  /** The implementer as the submitter typed it. */
  organisationName: string;
};

export function ApproveForm({ id, kind, initialValues, choices, organisationName }: Props) {
  const t = useTranslations("submissions.admin.approve");
  const proposal = kind === "NEW_INNOVATION";
  return (
    <AdminForm
      id="approve"
      action={approveSubmissionAction}
      initialValues={initialValues}
      fieldOrder={proposal ? PROPOSAL_ORDER : CORRECTION_ORDER}
      hidden={{ id, kind }}
      submitLabel={proposal ? t("saveDraft") : t("approveCorrection")}
      actions={
        proposal ? (
          <SubmitButton name="intent" value="publish" pendingText={t("working")}>
            {t("publish")}
          </SubmitButton>
        ) : undefined
      }
    >
      {(f) => (
        <>
          <p>{proposal ? t("leadProposal") : t("leadCorrection")}</p>
          <BilingualField {...f.bilingual("title")} label={t("title")} required />
          <BilingualField {...f.bilingual("summary")} label={t("summary")} required multiline rows={3} />
          <BilingualField {...f.bilingual("problem")} label={t("problem")} multiline />
          <BilingualField {...f.bilingual("solution")} label={t("solution")} multiline />
          {proposal ? (
            <>
              <SelectField {...f.text("stage")} label={t("stage")} options={choices.stage} required />
              <SelectField {...f.text("status")} label={t("status")} options={choices.status} required />
              <CheckboxGroupField {...f.list("themes")} label={t("themes")} options={choices.themes} />
              <CheckboxGroupField
                {...f.list("targetGroups")}
                label={t("targetGroups")}
                options={choices.targetGroups}
              />
              <SelectField {...f.text("region")} label={t("region")} options={choices.region} />
              <TextField {...f.text("links.0.url")} type="url" label={t("link")} />
              <SelectField
                {...f.text("organisations.0.organisationId")}
                label={t("organisation")}
                hint={t("organisationHint", { name: organisationName })}
                options={choices.organisations}
              />
              <input type="hidden" name="organisations.0.role" value="IMPLEMENTER" />
              <p className="text-sm text-muted">{t("selfAssessmentKept")}</p>
              {Object.entries(f.values)
                .filter(([name, value]) => name.startsWith("assessments.") && typeof value === "string")
                .map(([name, value]) => (
                  <input key={name} type="hidden" name={name} value={value as string} />
                ))}
            </>
          ) : (
            <BilingualField {...f.bilingual("results")} label={t("results")} multiline />
          )}
        </>
      )}
    </AdminForm>
  );
}
