"use client";
// The staff create/edit form of an innovation: Latvian and English side by
// side, every vocabulary picker, relations as repeatable rows. Built on the
// kit's <AdminForm> (values kept after errors, errors beside fields and in a
// focused summary, unsaved-changes guard). "Save" keeps a new record a draft;
// "Save and publish" publishes in the same transaction.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CheckboxField, CheckboxGroupField, SelectField, TextField, FormSection } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormValues } from "@/lib/forms/state";
import { saveInnovation } from "@/lib/innovations/actions";
import type { InnovationFormOptions } from "@/lib/innovations/admin-queries";
import { RelationRows } from "./relation-rows";

const FORM_ID = "innovation";
const TEXTS = ["problem", "solution", "novelty", "impact", "results", "transferability"] as const;
const FIELD_ORDER = [
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "slug",
  ...TEXTS.flatMap((b) => [`${b}Lv`, `${b}En`]),
  "impactKind",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "municipality",
  "country",
  "startYear",
  "endYear",
  "featured",
];

type Props = {
  initialValues: FormValues;
  options: InnovationFormOptions;
  /** Absent for a new record. */
  id?: string;
  published?: boolean;
  arrivalMessage?: string | null;
};

export function InnovationForm({ initialValues, options, id, published = false, arrivalMessage }: Props) {
  const t = useTranslations("curationInnovations.form");
  return (
    <AdminForm
      id={FORM_ID}
      action={saveInnovation}
      initialValues={initialValues}
      fieldOrder={FIELD_ORDER}
      hidden={id ? { id } : {}}
      submitLabel={id ? t("save") : t("saveDraft")}
      arrivalMessage={arrivalMessage}
      actions={
        published ? null : (
          <SubmitButton name="intent" value="publish" tone="secondary">
            {t("saveAndPublish")}
          </SubmitButton>
        )
      }
    >
      {(f) => (
        <>
          <FormSection legend={t("basics")}>
            <BilingualField {...f.bilingual("title")} label={t("title")} required maxLength={200} />
            <BilingualField
              {...f.bilingual("summary")}
              label={t("summary")}
              hint={t("summaryHint")}
              required
              multiline
              rows={3}
            />
            <TextField
              {...f.text("slug")}
              label={t("slug")}
              hint={id ? t("slugHintEdit") : t("slugHintNew")}
              maxLength={80}
              spellCheck={false}
            />
          </FormSection>

          <FormSection legend={t("description")}>
            {TEXTS.map((base) => (
              <BilingualField key={base} {...f.bilingual(base)} label={t(`texts.${base}`)} multiline rows={4} />
            ))}
            <SelectField
              {...f.text("impactKind")}
              label={t("impactKind")}
              className="sm:w-80"
              options={[
                { value: "EXISTING", label: t("impactKinds.EXISTING") },
                { value: "EXPECTED", label: t("impactKinds.EXPECTED") },
              ]}
            />
          </FormSection>

          <FormSection legend={t("classification")}>
            <div className="grid gap-4 md:grid-cols-2">
              <SelectField {...f.text("stage")} label={t("stage")} options={options.stages} required />
              <SelectField {...f.text("status")} label={t("status")} options={options.statuses} required />
            </div>
            <CheckboxGroupField {...f.list("themes")} label={t("themes")} options={options.themes} columns={3} />
            <CheckboxGroupField
              {...f.list("targetGroups")}
              label={t("targetGroups")}
              options={options.targetGroups}
              columns={2}
            />
            <div className="grid gap-4 md:grid-cols-3">
              <SelectField {...f.text("region")} label={t("region")} options={options.regions} />
              <SelectField
                {...f.text("municipality")}
                label={t("municipality")}
                options={options.municipalities}
                hint={t("municipalityHint")}
              />
              <TextField
                {...f.text("country")}
                label={t("country")}
                hint={t("countryHint")}
                maxLength={2}
                autoComplete="off"
              />
            </div>
            <div className="grid gap-4 sm:grid-cols-2 md:w-2/3">
              <TextField {...f.text("startYear")} label={t("startYear")} inputMode="numeric" maxLength={4} />
              <TextField {...f.text("endYear")} label={t("endYear")} inputMode="numeric" maxLength={4} />
            </div>
            <CheckboxField {...f.checked("featured")} label={t("featured")} hint={t("featuredHint")} />
          </FormSection>

          <RelationRows f={f} formId={FORM_ID} options={options} />
        </>
      )}
    </AdminForm>
  );
}
