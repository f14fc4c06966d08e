"use client";
// The supporters' report form, on the form kit (components/ui/form.tsx): a
// server-action form that works without JavaScript; an error answer
// re-renders it with every typed value, a message beside each field and a
// focused summary. Strings come as props (public pages send no i18n runtime).
import { SpamGuard } from "@/components/forms/spam-guard";
import { CheckboxGroupField, FormSection, TextareaField, TextField, type Option } from "@/components/ui/field";
import { dictionaryMessages, Form, useForm } from "@/components/ui/form";
import type { FormText } from "@/components/ui/form-text";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import { submitReportAction } from "@/lib/review/actions";
import type messages from "@/messages/lv/review.json";

type Text = (typeof messages)["review"]["form"];

type Props = {
  token: string;
  locale: Locale;
  kit: FormText;
  text: Text;
  /** Error texts by their last key segment (review.errors.* and curation.errors.*). */
  errors: Record<string, string>;
  choices: Record<"stages" | "supportTypes" | "themes", Option[]>;
  /** lib/forms/spam.ts formToken(); a sent form gets a fresh one back in its state. */
  formToken: string;
  initial: FormState;
};

// Summary order = reading order of the form.
const FIELDS = [
  "reporterName",
  "reporterEmail",
  "innovationsSupported",
  "consultations",
  "trainings",
  "trainingParticipants",
  "grantedEur",
  "lentEur",
  "stages",
  "supportTypes",
  "themes",
  "notesLv",
  "notesEn",
] as const;
const FIGURES = [
  "innovationsSupported",
  "consultations",
  "trainings",
  "trainingParticipants",
  "grantedEur",
  "lentEur",
] as const;

export function ReportForm({ token, locale, kit, text, errors, choices, formToken, initial }: Props) {
  const form = useForm(submitReportAction, initial);
  if (form.state.ok) {
    return (
      <div role="status" className="max-w-3xl rounded border-l-4 border-green-800 bg-green-50 p-4">
        <h2 className="text-xl font-semibold text-green-900">{text.doneTitle}</h2>
        <p className="mt-2">{text.doneText}</p>
      </div>
    );
  }
  const messages = dictionaryMessages({ ...kit, sending: text.submitting }, errors, text.problems);
  return (
    <Form
      id="report"
      form={form}
      messages={messages}
      fieldOrder={FIELDS}
      hidden={{ token, locale }}
      className="max-w-3xl space-y-8"
    >
      {(f) => (
        <>
          <SpamGuard formId="report" formToken={form.state.formToken ?? formToken} label={text.honeypot} />
          <FormSection legend={text.reporterHeading}>
            <TextField {...f.text("reporterName")} label={text.reporterName} autoComplete="name" required />
            <TextField
              {...f.text("reporterEmail")}
              type="email"
              label={text.reporterEmail}
              hint={text.reporterEmailHint}
              autoComplete="email"
              required
            />
          </FormSection>

          <FormSection legend={text.figuresHeading}>
            <p className="text-muted">{text.figuresHint}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              {FIGURES.map((name) => (
                <TextField
                  key={name}
                  {...f.text(name)}
                  label={text[name]}
                  inputMode={name.endsWith("Eur") ? "decimal" : "numeric"}
                />
              ))}
            </div>
          </FormSection>

          <FormSection legend={text.coverageHeading}>
            {(["stages", "supportTypes", "themes"] as const).map((name) => (
              <CheckboxGroupField key={name} {...f.list(name)} label={text[name]} options={choices[name]} />
            ))}
          </FormSection>

          <FormSection legend={text.notesHeading}>
            <p className="text-muted">{text.notesHint}</p>
            <TextareaField {...f.text("notesLv")} label={text.notesLv} maxLength={4000} />
            <TextareaField {...f.text("notesEn")} label={text.notesEn} maxLength={4000} />
          </FormSection>

          <SubmitButton>{text.submit}</SubmitButton>
        </>
      )}
    </Form>
  );
}
