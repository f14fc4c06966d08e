"use client";
// The contact person form, shared by the new and edit pages.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CheckboxField, SelectField, TextField, type Option, FormSection } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { saveContact } from "@/lib/contacts/actions";

const FIELD_ORDER = [
  "name",
  "organisationId",
  "positionLv",
  "positionEn",
  "expertiseLv",
  "expertiseEn",
  "email",
  "phone",
  "showPublicly",
  "consentAt",
];

export function ContactForm({
  id,
  initialValues,
  organisations,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  organisations: Option[];
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curation.contacts");
  return (
    <AdminForm
      id="contact"
      action={saveContact}
      initialValues={initialValues}
      fieldOrder={FIELD_ORDER}
      hidden={id ? { id } : {}}
      arrivalMessage={arrivalMessage}
    >
      {(f) => (
        <>
          <FormSection legend={t("groups.person")}>
            <TextField {...f.text("name")} label={t("fields.name")} required autoComplete="off" className="max-w-xl" />
            <SelectField
              {...f.text("organisationId")}
              label={t("fields.organisationId")}
              options={organisations}
              placeholder={t("fields.organisationNone")}
              className="max-w-xl"
            />
            <BilingualField {...f.bilingual("position")} label={t("fields.position")} maxLength={200} />
            <BilingualField
              {...f.bilingual("expertise")}
              label={t("fields.expertise")}
              multiline
              rows={4}
              maxLength={2000}
            />
          </FormSection>
          <FormSection legend={t("groups.contact")}>
            <div className="grid max-w-3xl gap-4 md:grid-cols-2">
              <TextField
                {...f.text("email")}
                type="email"
                label={t("fields.email")}
                autoComplete="off"
                spellCheck={false}
              />
              <TextField {...f.text("phone")} type="tel" label={t("fields.phone")} autoComplete="off" />
            </div>
          </FormSection>
          <FormSection legend={t("groups.consent")}>
            <CheckboxField
              {...f.checked("showPublicly")}
              label={t("fields.showPublicly")}
              hint={t("fields.showPubliclyHint")}
            />
            <TextField {...f.text("consentAt")} type="date" label={t("fields.consentAt")} />
          </FormSection>
        </>
      )}
    </AdminForm>
  );
}
