"use client";
// The supporters' report form, on the public form kit (components/forms):
// a server-action form that works without JavaScript; an error answer
// re-renders it with every typed value, a message beside each field and a
// focused summary. Strings come as props.
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { ChoiceGroup, TextField, type Choice } from "@/components/forms/fields";
import { FormSummary } from "@/components/forms/form-summary";
import type { Locale } from "@/lib/i18n/routing";
import { submitReportAction } from "@/lib/review/actions";
import type { ReportFormState } from "@/lib/review/report-form-state";
import type messages from "@/messages/lv/review.json";

type Text = (typeof messages)["review"]["form"];

type Props = {
  token: string;
  locale: Locale;
  text: Text;
  /** Error texts by their last key segment (review.errors.* and curation.errors.*). */
  errors: Record<string, string>;
  choices: Record<"stages" | "supportTypes" | "themes", Choice[]>;
  renderedAt: number;
  initial: ReportFormState;
};

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
const fieldId = (name: string) => `report-${name}`;

function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="min-h-11 rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

export function ReportForm({ token, locale, text, errors, choices, renderedAt, initial }: Props) {
  const [state, action] = useActionState(submitReportAction, initial);
  if (state.done) {
    return (
      <div role="status" className="max-w-3xl rounded border-l-4 border-green-800 bg-green-50 p-4">
        <h2 className="text-xl font-semibold text-green-900">{text.doneTitle}</h2>
        <p className="mt-2">{text.doneText}</p>
      </div>
    );
  }
  const values = state.values;
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
  };
  const err = (name: string) => {
    const key = state.fieldErrors[name]?.[0]?.split(".").at(-1);
    return key ? (errors[key] ?? text.problems.generic) : undefined;
  };
  const common = { requiredText: text.required, optionalText: text.optional };
  const items = FIELDS.flatMap((f) => (err(f) ? [{ field: f, text: err(f)! }] : []));
  const legend = "text-xl font-semibold text-brand-strong";

  return (
    <form key={state.attempt} action={action} noValidate className="max-w-3xl space-y-8">
      {state.problem ? (
        <FormSummary
          id="report-summary"
          fieldId={fieldId}
          title={text.summary}
          problem={text.problems[state.problem]}
          items={items}
        />
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="renderedAt" value={renderedAt} />
      {/* Honeypot: off-screen and hidden from assistive tech; people never see it, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{text.honeypot}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset className="space-y-4">
        <legend className={legend}>{text.reporterHeading}</legend>
        <TextField
          {...common}
          id={fieldId("reporterName")}
          name="reporterName"
          label={text.reporterName}
          autoComplete="name"
          required
          defaultValue={str("reporterName")}
          error={err("reporterName")}
        />
        <TextField
          {...common}
          id={fieldId("reporterEmail")}
          name="reporterEmail"
          type="email"
          label={text.reporterEmail}
          hint={text.reporterEmailHint}
          autoComplete="email"
          required
          defaultValue={str("reporterEmail")}
          error={err("reporterEmail")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>{text.figuresHeading}</legend>
        <p className="text-muted">{text.figuresHint}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {FIGURES.map((name) => (
            <TextField
              key={name}
              {...common}
              id={fieldId(name)}
              name={name}
              label={text[name]}
              inputMode={name.endsWith("Eur") ? "decimal" : "numeric"}
              defaultValue={str(name)}
              error={err(name)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>{text.coverageHeading}</legend>
        {(["stages", "supportTypes", "themes"] as const).map((name) => (
          <ChoiceGroup
            key={name}
            {...common}
            id={fieldId(name)}
            name={name}
            type="checkbox"
            label={text[name]}
            choices={choices[name]}
            checked={list(name)}
            error={err(name)}
          />
        ))}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>{text.notesHeading}</legend>
        <p className="text-muted">{text.notesHint}</p>
        <TextField
          {...common}
          id={fieldId("notesLv")}
          name="notesLv"
          label={text.notesLv}
          multiline
          maxLength={4000}
          defaultValue={str("notesLv")}
          error={err("notesLv")}
        />
        <TextField
          {...common}
          id={fieldId("notesEn")}
          name="notesEn"
          label={text.notesEn}
          multiline
          maxLength={4000}
          defaultValue={str("notesEn")}
          error={err("notesEn")}
        />
      </fieldset>

      <SubmitButton label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
