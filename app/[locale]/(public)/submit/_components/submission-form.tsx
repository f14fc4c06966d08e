"use client";
// The public submission form (a proposal or a correction), on the form kit
// (components/ui/form.tsx): works without JavaScript; after an error every
// typed value is kept, each message sits beside its field and the summary
// takes focus. Strings come as props (no next-intl runtime in the browser).
import type { ReactNode } from "react";
import { SpamGuard } from "@/components/forms/spam-guard";
import {
  CheckboxField,
  CheckboxGroupField,
  FieldError,
  RadioGroupField,
  TextareaField,
  TextField,
  type Option,
  FormSection,
} from "@/components/ui/field";
import { dictionaryMessages, Form, useForm } from "@/components/ui/form";
import type { FormText } from "@/components/ui/form-text";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import { submitSubmission } from "@/lib/submissions/actions";
import type messages from "@/messages/lv/submissions.json";

type Text = (typeof messages)["submissions"]["form"];
type ErrorText = (typeof messages)["submissions"]["errors"];
type Criterion = { field: string; question: string };
type Choices = Record<"stage" | "status" | "themes" | "targetGroups" | "region", Option[]>;

type Props = {
  mode: "proposal" | "correction";
  locale: Locale;
  kit: FormText;
  text: Text;
  errors: ErrorText;
  choices: Choices;
  criteria: Criterion[];
  /** The innovation a "suggest a correction" link named, shown instead of the free-text field. */
  target: { slug: string; title: string; lang: Locale; href: string } | null;
  /** lib/forms/spam.ts formToken(); a sent form gets a fresh one back in its state. */
  formToken: string;
  initial: FormState;
  privacyNotice: ReactNode;
};

const PROPOSAL_FIELDS = [
  "titleLv",
  "summaryLv",
  "problemLv",
  "solutionLv",
  "link",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "organisationName",
];
const CORRECTION_FIELDS = ["innovation", "whatIsWrong", "proposedText", "sourceNote"];
const CONTACT_FIELDS = ["name", "email", "privacyAcknowledged"];
const ANSWERS = ["yes", "partly", "notYet", "unsure"] as const;

export function SubmissionForm(props: Props) {
  const { mode, locale, kit, text, errors, choices, criteria, target, formToken, initial, privacyNotice } = props;
  const form = useForm(submitSubmission, initial);
  const messages = dictionaryMessages({ ...kit, sending: text.submitting }, errors, text.problems);
  const order = [
    ...(mode === "proposal"
      ? [...PROPOSAL_FIELDS, ...criteria.map((c) => c.field), "selfAssessmentNote"]
      : CORRECTION_FIELDS),
    ...CONTACT_FIELDS,
  ];
  const revise = form.state.values.revise;
  return (
    <Form
      id="submission"
      form={form}
      messages={messages}
      fieldOrder={order}
      hidden={{ kind: mode, locale, ...(typeof revise === "string" && revise ? { revise } : {}) }}
      className="max-w-3xl space-y-8"
    >
      {(f) => (
        <>
          <SpamGuard formId="submission" formToken={form.state.formToken ?? formToken} label={text.honeypot} />
          {mode === "proposal" ? (
            <>
              <FormSection legend={text.aboutHeading}>
                <p className="text-muted">{text.aboutHint}</p>
                <TextField {...f.text("titleLv")} label={text.innovationTitle} hint={text.titleHint} required />
                <TextareaField {...f.text("summaryLv")} label={text.summary} hint={text.summaryHint} required />
                <TextareaField {...f.text("problemLv")} label={text.problem} hint={text.problemHint} required />
                <TextareaField {...f.text("solutionLv")} label={text.solution} hint={text.solutionHint} required />
                <TextField {...f.text("link")} label={text.link} hint={text.linkHint} autoComplete="url" />
              </FormSection>

              <FormSection legend={text.whereHeading}>
                <RadioGroupField
                  {...f.list("stage")}
                  label={text.stage}
                  hint={text.stageHint}
                  required
                  options={choices.stage}
                />
                <RadioGroupField
                  {...f.list("status")}
                  label={text.status}
                  hint={text.statusHint}
                  required
                  options={choices.status}
                />
                <CheckboxGroupField
                  {...f.list("themes")}
                  label={text.themes}
                  hint={text.themesHint}
                  required
                  options={choices.themes}
                />
                <CheckboxGroupField
                  {...f.list("targetGroups")}
                  label={text.targetGroups}
                  hint={text.targetGroupsHint}
                  required
                  options={choices.targetGroups}
                />
                <RadioGroupField
                  {...f.list("region")}
                  label={text.region}
                  hint={text.regionHint}
                  required
                  options={choices.region}
                />
              </FormSection>

              <FormSection legend={text.whoHeading}>
                <TextField
                  {...f.text("organisationName")}
                  label={text.organisationName}
                  hint={text.organisationNameHint}
                  required
                  autoComplete="organization"
                />
              </FormSection>

              <FormSection legend={text.assessmentHeading}>
                <p className="text-muted">{text.assessmentLead}</p>
                {criteria.map((c) => (
                  <RadioGroupField
                    key={c.field}
                    {...f.list(c.field)}
                    label={c.question}
                    required
                    options={ANSWERS.map((a) => ({ value: a, label: text.answers[a] }))}
                  />
                ))}
                <TextareaField
                  {...f.text("selfAssessmentNote")}
                  label={text.selfAssessmentNote}
                  hint={text.selfAssessmentNoteHint}
                />
              </FormSection>
            </>
          ) : (
            <FormSection legend={text.correctionHeading}>
              {target ? (
                <div id={f.id("innovation")} tabIndex={-1}>
                  <p>
                    {text.correctionAbout}{" "}
                    <a href={target.href} lang={target.lang} className="font-semibold">
                      {target.title}
                    </a>
                  </p>
                  <input type="hidden" name="innovation" value={target.slug} />
                  <FieldError id={f.id("innovation")} error={f.error("innovation")} />
                </div>
              ) : (
                <TextField {...f.text("innovation")} label={text.innovation} hint={text.innovationHint} required />
              )}
              <TextareaField {...f.text("whatIsWrong")} label={text.whatIsWrong} hint={text.whatIsWrongHint} required />
              <TextareaField
                {...f.text("proposedText")}
                label={text.proposedText}
                hint={text.proposedTextHint}
                required
              />
              <TextField {...f.text("sourceNote")} label={text.sourceNote} hint={text.sourceNoteHint} />
            </FormSection>
          )}

          <FormSection legend={text.contactHeading}>
            <p className="text-muted">{text.contactHint}</p>
            <TextField {...f.text("name")} label={text.name} required autoComplete="name" />
            <TextField {...f.text("email")} type="email" label={text.email} required autoComplete="email" />
          </FormSection>

          {privacyNotice}
          <CheckboxField {...f.checked("privacyAcknowledged")} label={text.privacyAcknowledged} required />
          <SubmitButton>{mode === "proposal" ? text.submitProposal : text.submitCorrection}</SubmitButton>
        </>
      )}
    </Form>
  );
}
