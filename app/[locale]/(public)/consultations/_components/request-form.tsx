"use client";
// The consultation request form, on the form kit (components/ui/form.tsx):
// works without JavaScript; after an error every typed value is kept, each
// message sits beside its field and the summary takes focus.
import type { ReactNode } from "react";
import { SpamGuard } from "@/components/forms/spam-guard";
import {
  CheckboxField,
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
  type Option,
  FormSection,
} from "@/components/ui/field";
import { dictionaryMessages, Form, useForm } from "@/components/ui/form";
import type { FormText } from "@/components/ui/form-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitConsultation } from "@/lib/consultations/actions";
import type { FormState } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import type messages from "@/messages/lv/consultations.json";
import { SlotPicker, type SlotDay } from "./slot-picker";

type Text = (typeof messages)["consultations"]["form"];
type ErrorText = (typeof messages)["consultations"]["errors"];
type FormChoices = Record<"topics" | "stage" | "theme" | "region" | "organisationType" | "format", Option[]>;

type Props = {
  locale: Locale;
  kit: FormText;
  text: Text;
  errors: ErrorText;
  choices: FormChoices;
  slotDays: SlotDay[];
  /** lib/forms/spam.ts formToken(); a sent form gets a fresh one back in its state. */
  formToken: string;
  initial: FormState;
  privacyNotice: ReactNode;
  contactMe: string;
};

// Summary order = reading order of the form.
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

export function RequestForm(props: Props) {
  const { locale, kit, text, errors, choices, slotDays, formToken, initial, privacyNotice, contactMe } = props;
  const form = useForm(submitConsultation, initial);
  const messages = dictionaryMessages({ ...kit, sending: text.submitting }, errors, text.problems);
  return (
    <Form
      id="consultation"
      form={form}
      messages={messages}
      fieldOrder={FIELDS}
      hidden={{ locale }}
      className="max-w-3xl space-y-6"
    >
      {(f) => (
        <>
          <SpamGuard formId="consultation" formToken={form.state.formToken ?? formToken} label={text.honeypot} />
          <FormSection legend={text.aboutYou}>
            <TextField {...f.text("name")} label={text.name} required autoComplete="name" />
            <TextField {...f.text("email")} type="email" label={text.email} required autoComplete="email" />
            <TextField {...f.text("phone")} type="tel" label={text.phone} hint={text.phoneHint} autoComplete="tel" />
            <TextField {...f.text("organisationName")} label={text.organisationName} autoComplete="organization" />
            <SelectField
              {...f.text("organisationType")}
              label={text.organisationType}
              placeholder={text.chooseOne}
              options={choices.organisationType}
            />
          </FormSection>

          <FormSection legend={text.yourQuestion}>
            <CheckboxGroupField
              {...f.list("topics")}
              label={text.topics}
              hint={text.topicsHint}
              required
              options={choices.topics}
            />
            <SelectField {...f.text("stage")} label={text.stage} placeholder={text.chooseOne} options={choices.stage} />
            <SelectField {...f.text("theme")} label={text.theme} placeholder={text.chooseOne} options={choices.theme} />
            <SelectField
              {...f.text("region")}
              label={text.region}
              placeholder={text.chooseOne}
              options={choices.region}
            />
            <TextareaField
              {...f.text("description")}
              label={text.description}
              hint={text.descriptionHint}
              required
              rows={8}
            />
            <RadioGroupField {...f.list("format")} label={text.format} required options={choices.format} />
            <RadioGroupField
              {...f.list("language")}
              label={text.language}
              required
              options={[
                { value: "lv", label: text.languageLv },
                { value: "en", label: text.languageEn },
              ]}
            />
            <SlotPicker
              {...f.text("slotId")}
              days={slotDays}
              alternatives={f.state.choices ?? []}
              contactMe={contactMe}
              text={{
                slot: text.slot,
                slotHint: text.slotHint,
                noSlots: text.noSlots,
                contactMe: text.contactMe,
                alternatives: text.alternatives,
              }}
            />
          </FormSection>

          {privacyNotice}
          <CheckboxField {...f.checked("privacyAcknowledged")} label={text.privacyAcknowledged} required />
          <CheckboxField {...f.checked("newsletterConsent")} label={text.newsletterConsent} />
          <SubmitButton>{text.submit}</SubmitButton>
        </>
      )}
    </Form>
  );
}
