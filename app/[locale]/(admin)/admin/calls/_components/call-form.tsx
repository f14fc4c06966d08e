"use client";
// The call form, shared by the new and edit pages. Dates are Riga wall-clock
// time in datetime-local inputs (the server converts them, lib/catalog/riga-input.ts).
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import {
  CheckboxGroupField,
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  SelectField,
  TextareaField,
  TextField,
  type Option,
  FormSection,
} from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { saveCall } from "@/lib/funding/actions";
import { CALL_FORM_FIELDS } from "@/lib/funding/form-values";
import { ROLLING_SCHEDULES } from "@/lib/funding/kinds";

export type CallOptions = Record<
  "programmes" | "organisations" | "stages" | "targetGroups" | "themes" | "applicantTypes",
  Option[]
>;

function DateTimeField({
  id,
  name,
  label,
  hint,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  error?: string;
}) {
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} required={false} />
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        name={name}
        type="datetime-local"
        defaultValue={defaultValue}
        className={`${controlClass} sm:w-64`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function CallForm({
  id,
  initialValues,
  options,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  options: CallOptions;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curationCatalog.calls");
  const c = useTranslations("curationCatalog.common");
  return (
    <AdminForm
      id="call"
      action={saveCall}
      initialValues={initialValues}
      fieldOrder={CALL_FORM_FIELDS}
      hidden={id ? { id } : {}}
      arrivalMessage={arrivalMessage}
    >
      {(f) => (
        <>
          <FormSection legend={t("groups.basics")}>
            <BilingualField {...f.bilingual("title")} label={t("fields.title")} required maxLength={300} />
            <TextField
              {...f.text("slug")}
              label={c("slug")}
              hint={c("slugHint")}
              spellCheck={false}
              className="max-w-xl"
            />
            <div className="grid gap-4 md:grid-cols-2">
              <SelectField {...f.text("programmeId")} label={t("fields.programme")} options={options.programmes} />
              <SelectField {...f.text("funderId")} label={t("fields.funder")} options={options.organisations} />
            </div>
            <TextField {...f.text("callNumber")} label={t("fields.callNumber")} className="max-w-xl" />
            <BilingualField
              {...f.bilingual("summary")}
              label={t("fields.summary")}
              multiline
              rows={6}
              maxLength={4000}
            />
          </FormSection>
          <FormSection legend={t("groups.dates")}>
            <div className="grid gap-4 md:grid-cols-2">
              <DateTimeField {...f.text("opensAt")} label={t("fields.opensAt")} hint={t("fields.opensAtHint")} />
              <DateTimeField {...f.text("closesAt")} label={t("fields.closesAt")} hint={t("fields.closesAtHint")} />
            </div>
            <SelectField
              {...f.text("rolling")}
              label={t("fields.rolling")}
              hint={t("fields.rollingHint")}
              options={ROLLING_SCHEDULES.map((value) => ({ value, label: t(`rollingOptions.${value}`) }))}
              placeholder={t("rollingNone")}
              className="max-w-xl"
            />
          </FormSection>
          <FormSection legend={t("groups.money")}>
            <div className="grid gap-4 md:grid-cols-3">
              <TextField {...f.text("totalBudgetEur")} label={t("fields.totalBudgetEur")} inputMode="decimal" />
              <TextField {...f.text("minPerProjectEur")} label={t("fields.minPerProjectEur")} inputMode="decimal" />
              <TextField {...f.text("maxPerProjectEur")} label={t("fields.maxPerProjectEur")} inputMode="decimal" />
              <TextField {...f.text("aidIntensityPct")} label={t("fields.aidIntensityPct")} inputMode="decimal" />
              <TextField {...f.text("advancePct")} label={t("fields.advancePct")} inputMode="decimal" />
            </div>
          </FormSection>
          <FormSection legend={t("groups.audience")}>
            <CheckboxGroupField {...f.list("stages")} label={t("fields.stages")} options={options.stages} columns={3} />
            <CheckboxGroupField
              {...f.list("targetGroups")}
              label={t("fields.targetGroups")}
              options={options.targetGroups}
              columns={3}
            />
            <CheckboxGroupField {...f.list("themes")} label={t("fields.themes")} options={options.themes} columns={3} />
            <CheckboxGroupField
              {...f.list("eligibleApplicantTypes")}
              label={t("fields.eligibleApplicantTypes")}
              options={options.applicantTypes}
              columns={3}
            />
          </FormSection>
          <FormSection legend={t("groups.contact")}>
            <TextField {...f.text("url")} type="url" label={t("fields.url")} className="max-w-xl" />
            <TextField
              {...f.text("contactEmail")}
              type="email"
              label={t("fields.contactEmail")}
              spellCheck={false}
              className="max-w-xl"
            />
          </FormSection>
          <FormSection legend={t("groups.details")}>
            <TextareaField {...f.text("details")} label={t("fields.details")} hint={t("fields.detailsHint")} rows={6} />
          </FormSection>
        </>
      )}
    </AdminForm>
  );
}
