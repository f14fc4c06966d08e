"use client";
// The consultation request form: a server-action form (works without
// JavaScript), enhanced with useActionState so an error answer re-renders it
// with every typed value, a message next to each field, and a focused summary.
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FormSummary } from "@/components/forms/form-summary";
import { submitConsultation } from "@/lib/consultations/actions";
import type { FormValues, RequestFormState } from "@/lib/consultations/form-state";
import type messages from "@/messages/lv/consultations.json";
import { ChoiceGroup, SelectField, TextField, type Choice } from "@/components/forms/fields";
import { SlotPicker, type SlotDay } from "./slot-picker";
import type { Locale } from "@/lib/i18n/routing";

type Text = (typeof messages)["consultations"]["form"];
type ErrorText = (typeof messages)["consultations"]["errors"];
type FormChoices = Record<"topics" | "stage" | "theme" | "region" | "organisationType" | "format", Choice[]>;

type Props = {
  locale: Locale;
  text: Text;
  errors: ErrorText;
  choices: FormChoices;
  slotDays: SlotDay[];
  renderedAt: number;
  initial: RequestFormState;
  privacyNotice: ReactNode;
  contactMe: string;
};

// Summary order = reading order of the form; ids are fixed as there is one form per page.
const FIELDS = [
  "name",
  "email",
  "phone",
  "organisationName",
  "organisationType",
  "topics",
  "stage",
  "theme",
  "region",
  "description",
  "format",
  "language",
  "slotId",
  "privacyAcknowledged",
] as const;
const fieldId = (name: string) => `consultation-${name}`;

function message(errors: ErrorText, keys: string[] | undefined): string | undefined {
  const key = keys?.[0]?.replace(/^consultations\.errors\./, "");
  if (!key) return undefined;
  return key in errors ? errors[key as keyof ErrorText] : errors.generic;
}

function SubmitButton({ text }: { text: Text }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
    >
      {pending ? text.submitting : text.submit}
    </button>
  );
}

export function RequestForm({
  locale,
  text,
  errors,
  choices,
  slotDays,
  renderedAt,
  initial,
  privacyNotice,
  contactMe,
}: Props) {
  const [state, action] = useActionState(submitConsultation, initial);
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
  const items = FIELDS.flatMap((f) => {
    const e = err(f);
    return e ? [{ field: f, text: e }] : [];
  });
  // Errors of hidden fields (timestamp, locale) have no place of their own: they go to the summary.
  const stray = Object.keys(state.fieldErrors)
    .filter((f) => !(FIELDS as readonly string[]).includes(f))
    .map((f) => ({ field: f, text: message(errors, state.fieldErrors[f]) ?? errors.generic }));

  return (
    <form key={state.attempt} action={action} noValidate className="max-w-3xl space-y-6">
      {state.problem ? (
        <FormSummary
          id="consultation-summary"
          fieldId={fieldId}
          title={text.summary}
          problem={text.problems[state.problem]}
          items={[...items, ...stray]}
        />
      ) : null}
      <input type="hidden" name="renderedAt" value={renderedAt} />
      <input type="hidden" name="locale" value={locale} />
      {/* Honeypot: off-screen and hidden from assistive tech; people never see it, form-filling bots do. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="consultation-website">{text.honeypot}</label>
        <input id="consultation-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold text-brand-strong">{text.aboutYou}</legend>
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
        <TextField
          {...common}
          id={fieldId("phone")}
          name="phone"
          type="tel"
          label={text.phone}
          hint={text.phoneHint}
          autoComplete="tel"
          defaultValue={str("phone")}
          error={err("phone")}
        />
        <TextField
          {...common}
          id={fieldId("organisationName")}
          name="organisationName"
          label={text.organisationName}
          autoComplete="organization"
          defaultValue={str("organisationName")}
          error={err("organisationName")}
        />
        <SelectField
          {...common}
          id={fieldId("organisationType")}
          name="organisationType"
          label={text.organisationType}
          placeholder={text.chooseOne}
          choices={choices.organisationType}
          defaultValue={str("organisationType")}
          error={err("organisationType")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold text-brand-strong">{text.yourQuestion}</legend>
        <ChoiceGroup
          {...common}
          id={fieldId("topics")}
          name="topics"
          type="checkbox"
          required
          label={text.topics}
          hint={text.topicsHint}
          choices={choices.topics}
          checked={list("topics")}
          error={err("topics")}
        />
        <SelectField
          {...common}
          id={fieldId("stage")}
          name="stage"
          label={text.stage}
          placeholder={text.chooseOne}
          choices={choices.stage}
          defaultValue={str("stage")}
          error={err("stage")}
        />
        <SelectField
          {...common}
          id={fieldId("theme")}
          name="theme"
          label={text.theme}
          placeholder={text.chooseOne}
          choices={choices.theme}
          defaultValue={str("theme")}
          error={err("theme")}
        />
        <SelectField
          {...common}
          id={fieldId("region")}
          name="region"
          label={text.region}
          placeholder={text.chooseOne}
          choices={choices.region}
          defaultValue={str("region")}
          error={err("region")}
        />
        <TextField
          {...common}
          id={fieldId("description")}
          name="description"
          label={text.description}
          hint={text.descriptionHint}
          required
          multiline
          defaultValue={str("description")}
          error={err("description")}
        />
        <ChoiceGroup
          {...common}
          id={fieldId("format")}
          name="format"
          type="radio"
          required
          label={text.format}
          choices={choices.format}
          checked={list("format")}
          error={err("format")}
        />
        <ChoiceGroup
          {...common}
          id={fieldId("language")}
          name="language"
          type="radio"
          required
          label={text.language}
          choices={[
            { value: "lv", label: text.languageLv },
            { value: "en", label: text.languageEn },
          ]}
          checked={list("language")}
          error={err("language")}
        />
        <SlotPicker
          id={fieldId("slotId")}
          days={slotDays}
          alternatives={state.alternatives}
          checked={str("slotId")}
          error={err("slotId")}
          contactMe={contactMe}
          text={{
            slot: text.slot,
            slotHint: text.slotHint,
            noSlots: text.noSlots,
            contactMe: text.contactMe,
            alternatives: text.alternatives,
            required: text.required,
          }}
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
        {err("privacyAcknowledged") ? (
          <p id={`${fieldId("privacyAcknowledged")}-error`} className="mt-1 font-semibold text-red-800">
            {err("privacyAcknowledged")}
          </p>
        ) : null}
      </div>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="newsletterConsent"
          defaultChecked={str("newsletterConsent") === "on"}
          className="mt-1 size-4"
        />
        <span>{text.newsletterConsent}</span>
      </label>
      <SubmitButton text={text} />
    </form>
  );
}
