"use client";
// The public submission form (a proposal or a correction): a server-action
// form that works without JavaScript, enhanced with useActionState so an
// error answer re-renders it with every typed value, a message beside each
// field and a focused summary. Strings come as props (no next-intl runtime).
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FormSummary } from "@/components/forms/form-summary";
import { ChoiceGroup, FieldError, TextField, type Choice } from "@/components/forms/fields";
import { submitSubmission } from "@/lib/submissions/actions";
import type { FormValues, SubmissionFormState } from "@/lib/submissions/form-state";
import type messages from "@/messages/lv/submissions.json";
import type { Locale } from "@/lib/i18n/routing";

type Text = (typeof messages)["submissions"]["form"];
type ErrorText = (typeof messages)["submissions"]["errors"];
type Criterion = { field: string; question: string };
type Choices = Record<"stage" | "status" | "themes" | "targetGroups" | "region", Choice[]>;

type Props = {
  mode: "proposal" | "correction";
  locale: Locale;
  text: Text;
  errors: ErrorText;
  choices: Choices;
  criteria: Criterion[];
  /** The innovation a "suggest a correction" link named, shown instead of the free-text field. */
  target: { slug: string; title: string; lang: Locale; href: string } | null;
  renderedAt: number;
  initial: SubmissionFormState;
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
const fieldId = (name: string) => `submission-${name}`;

/** Error keys come as "<namespace>.errors.<key>" (ours or the innovation schema's): resolved by key. */
function message(errors: ErrorText, keys: string[] | undefined): string | undefined {
  const key = keys?.[0]?.split(".").at(-1);
  if (!key) return undefined;
  return key in errors ? errors[key as keyof ErrorText] : errors.generic;
}

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

const legendClass = "text-xl font-semibold text-brand-strong";

export function SubmissionForm({
  mode,
  locale,
  text,
  errors,
  choices,
  criteria,
  target,
  renderedAt,
  initial,
  privacyNotice,
}: Props) {
  const [state, action] = useActionState(submitSubmission, initial);
  const values: FormValues = state.values;
  const str = (name: string) => {
    const v = values[name];
    return typeof v === "string" ? v : "";
  };
  const list = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
  };
  const err = (name: string) => message(errors, state.fieldErrors[name]);
  const common = { requiredText: text.required, optionalText: text.optional };

  const order = [
    ...(mode === "proposal"
      ? [...PROPOSAL_FIELDS, ...criteria.map((c) => c.field), "selfAssessmentNote"]
      : CORRECTION_FIELDS),
    ...CONTACT_FIELDS,
  ];
  const items = order.flatMap((f) => {
    const e = err(f);
    return e ? [{ field: f, text: e }] : [];
  });
  // errors of hidden fields (timestamp, kind) have no place of their own: they go to the summary
  const stray = Object.keys(state.fieldErrors)
    .filter((f) => !order.includes(f))
    .map((f) => ({ field: f, text: message(errors, state.fieldErrors[f]) ?? errors.generic }));

  return (
    <form key={state.attempt} action={action} noValidate className="max-w-3xl space-y-8">
      {state.problem ? (
        <FormSummary
          id="submission-summary"
          fieldId={fieldId}
          title={text.summary}
          problem={text.problems[state.problem]}
          items={[...items, ...stray]}
        />
      ) : null}
      <input type="hidden" name="kind" value={mode} />
      <input type="hidden" name="renderedAt" value={renderedAt} />
      <input type="hidden" name="locale" value={locale} />
      {str("revise") ? <input type="hidden" name="revise" value={str("revise")} /> : null}
      {/* Honeypot: off-screen and hidden from assistive tech; people never see it, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="submission-website">{text.honeypot}</label>
        <input id="submission-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {mode === "proposal" ? (
        <>
          <fieldset className="space-y-4">
            <legend className={legendClass}>{text.aboutHeading}</legend>
            <p className="text-muted">{text.aboutHint}</p>
            <TextField
              {...common}
              id={fieldId("titleLv")}
              name="titleLv"
              label={text.title}
              hint={text.titleHint}
              required
              defaultValue={str("titleLv")}
              error={err("titleLv")}
            />
            <TextField
              {...common}
              id={fieldId("summaryLv")}
              name="summaryLv"
              label={text.summary}
              hint={text.summaryHint}
              required
              multiline
              defaultValue={str("summaryLv")}
              error={err("summaryLv")}
            />
            <TextField
              {...common}
              id={fieldId("problemLv")}
              name="problemLv"
              label={text.problem}
              hint={text.problemHint}
              required
              multiline
              defaultValue={str("problemLv")}
              error={err("problemLv")}
            />
            <TextField
              {...common}
              id={fieldId("solutionLv")}
              name="solutionLv"
              label={text.solution}
              hint={text.solutionHint}
              required
              multiline
              defaultValue={str("solutionLv")}
              error={err("solutionLv")}
            />
            <TextField
              {...common}
              id={fieldId("link")}
              name="link"
              label={text.link}
              hint={text.linkHint}
              autoComplete="url"
              defaultValue={str("link")}
              error={err("link")}
            />
          </fieldset>

          <fieldset className="space-y-4">
            <legend className={legendClass}>{text.whereHeading}</legend>
            <ChoiceGroup
              {...common}
              id={fieldId("stage")}
              name="stage"
              type="radio"
              required
              label={text.stage}
              hint={text.stageHint}
              choices={choices.stage}
              checked={list("stage")}
              error={err("stage")}
            />
            <ChoiceGroup
              {...common}
              id={fieldId("status")}
              name="status"
              type="radio"
              required
              label={text.status}
              hint={text.statusHint}
              choices={choices.status}
              checked={list("status")}
              error={err("status")}
            />
            <ChoiceGroup
              {...common}
              id={fieldId("themes")}
              name="themes"
              type="checkbox"
              required
              label={text.themes}
              hint={text.themesHint}
              choices={choices.themes}
              checked={list("themes")}
              error={err("themes")}
            />
            <ChoiceGroup
              {...common}
              id={fieldId("targetGroups")}
              name="targetGroups"
              type="checkbox"
              required
              label={text.targetGroups}
              hint={text.targetGroupsHint}
              choices={choices.targetGroups}
              checked={list("targetGroups")}
              error={err("targetGroups")}
            />
            <ChoiceGroup
              {...common}
              id={fieldId("region")}
              name="region"
              type="radio"
              required
              label={text.region}
              hint={text.regionHint}
              choices={choices.region}
              checked={list("region")}
              error={err("region")}
            />
          </fieldset>

          <fieldset className="space-y-4">
            <legend className={legendClass}>{text.whoHeading}</legend>
            <TextField
              {...common}
              id={fieldId("organisationName")}
              name="organisationName"
              label={text.organisationName}
              hint={text.organisationNameHint}
              required
              autoComplete="organization"
              defaultValue={str("organisationName")}
              error={err("organisationName")}
            />
          </fieldset>

          <fieldset className="space-y-4">
            <legend className={legendClass}>{text.assessmentHeading}</legend>
            <p className="text-muted">{text.assessmentLead}</p>
            {criteria.map((c) => (
              <ChoiceGroup
                key={c.field}
                {...common}
                id={fieldId(c.field)}
                name={c.field}
                type="radio"
                required
                label={c.question}
                choices={(["yes", "partly", "notYet", "unsure"] as const).map((a) => ({
                  value: a,
                  label: text.answers[a],
                }))}
                checked={list(c.field)}
                error={err(c.field)}
              />
            ))}
            <TextField
              {...common}
              id={fieldId("selfAssessmentNote")}
              name="selfAssessmentNote"
              label={text.selfAssessmentNote}
              hint={text.selfAssessmentNoteHint}
              multiline
              defaultValue={str("selfAssessmentNote")}
              error={err("selfAssessmentNote")}
            />
          </fieldset>
        </>
      ) : (
        <fieldset className="space-y-4">
          <legend className={legendClass}>{text.correctionHeading}</legend>
          {target ? (
            <div id={fieldId("innovation")} tabIndex={-1}>
              <p>
                {text.correctionAbout}{" "}
                <a href={target.href} lang={target.lang} className="font-semibold">
                  {target.title}
                </a>
              </p>
              <input type="hidden" name="innovation" value={target.slug} />
              <FieldError id={fieldId("innovation")} error={err("innovation")} />
            </div>
          ) : (
            <TextField
              {...common}
              id={fieldId("innovation")}
              name="innovation"
              label={text.innovation}
              hint={text.innovationHint}
              required
              defaultValue={str("innovation")}
              error={err("innovation")}
            />
          )}
          <TextField
            {...common}
            id={fieldId("whatIsWrong")}
            name="whatIsWrong"
            label={text.whatIsWrong}
            hint={text.whatIsWrongHint}
            required
            multiline
            defaultValue={str("whatIsWrong")}
            error={err("whatIsWrong")}
          />
          <TextField
            {...common}
            id={fieldId("proposedText")}
            name="proposedText"
            label={text.proposedText}
            hint={text.proposedTextHint}
            required
            multiline
            defaultValue={str("proposedText")}
            error={err("proposedText")}
          />
          <TextField
            {...common}
            id={fieldId("sourceNote")}
            name="sourceNote"
            label={text.sourceNote}
            hint={text.sourceNoteHint}
            defaultValue={str("sourceNote")}
            error={err("sourceNote")}
          />
        </fieldset>
      )}

      <fieldset className="space-y-4">
        <legend className={legendClass}>{text.contactHeading}</legend>
        <p className="text-muted">{text.contactHint}</p>
        <TextField
          {...common}
          id={fieldId("name")}
          name="name"
          label={text.name}
          required
          autoComplete="name"
          defaultValue={str("name")}
          error={err("name")}
        />
        <TextField
          {...common}
          id={fieldId("email")}
          name="email"
          type="email"
          label={text.email}
          required
          autoComplete="email"
          defaultValue={str("email")}
          error={err("email")}
        />
      </fieldset>

      {privacyNotice}
      <div>
        <label className="flex items-start gap-2">
          <input
            id={fieldId("privacyAcknowledged")}
            type="checkbox"
            name="privacyAcknowledged"
            defaultChecked={str("privacyAcknowledged") === "on"}
            className="mt-1 size-4"
            aria-invalid={err("privacyAcknowledged") ? true : undefined}
            aria-describedby={err("privacyAcknowledged") ? `${fieldId("privacyAcknowledged")}-error` : undefined}
          />
          <span>
            {text.privacyAcknowledged} <span className="text-muted">({text.required})</span>
          </span>
        </label>
        <FieldError id={fieldId("privacyAcknowledged")} error={err("privacyAcknowledged")} />
      </div>
      <SubmitButton
        label={mode === "proposal" ? text.submitProposal : text.submitCorrection}
        pendingLabel={text.submitting}
      />
    </form>
  );
}
