"use client";
// The organisation form, shared by the new and edit pages.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import {
  CheckboxGroupField,
  SelectField,
  TextareaField,
  TextField,
  type Option,
  FormSection,
} from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { saveOrganisation } from "@/lib/organisations/actions";

export type OrganisationOptions = Record<
  "type" | "roles" | "supportTypes" | "stagesCovered" | "region" | "municipality",
  Option[]
>;

const FIELD_ORDER = [
  "nameLv",
  "nameEn",
  "slug",
  "type",
  "roles",
  "supportTypes",
  "stagesCovered",
  "descriptionLv",
  "descriptionEn",
  "country",
  "region",
  "municipality",
  "website",
  "publicEmails",
  "publication",
  "sourceRefs",
];
const PUBLICATION = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

export function OrganisationForm({
  id,
  initialValues,
  options,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  options: OrganisationOptions;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curation.organisations");
  const kit = useTranslations("curation.kit");
  return (
    <AdminForm
      id="organisation"
      action={saveOrganisation}
      initialValues={initialValues}
      fieldOrder={FIELD_ORDER}
      hidden={id ? { id } : {}}
      arrivalMessage={arrivalMessage}
    >
      {(f) => (
        <>
          <FormSection legend={t("groups.basics")}>
            <BilingualField {...f.bilingual("name")} label={t("fields.name")} required maxLength={300} />
            <TextField
              {...f.text("slug")}
              label={t("fields.slug")}
              hint={t("fields.slugHint")}
              spellCheck={false}
              className="max-w-xl"
            />
            <SelectField
              {...f.text("type")}
              label={t("fields.type")}
              options={options.type}
              required
              className="max-w-xl"
            />
          </FormSection>
          <FormSection legend={t("groups.profile")}>
            <CheckboxGroupField {...f.list("roles")} label={t("fields.roles")} options={options.roles} />
            <CheckboxGroupField
              {...f.list("supportTypes")}
              label={t("fields.supportTypes")}
              options={options.supportTypes}
              columns={3}
            />
            <CheckboxGroupField
              {...f.list("stagesCovered")}
              label={t("fields.stagesCovered")}
              options={options.stagesCovered}
              columns={3}
            />
            <BilingualField {...f.bilingual("description")} label={t("fields.description")} multiline rows={8} />
          </FormSection>
          <FormSection legend={t("groups.place")}>
            <div className="grid gap-4 md:grid-cols-3">
              <TextField
                {...f.text("country")}
                label={t("fields.country")}
                hint={t("fields.countryHint")}
                maxLength={2}
                autoComplete="off"
              />
              <SelectField {...f.text("region")} label={t("fields.region")} options={options.region} />
              <SelectField
                {...f.text("municipality")}
                label={t("fields.municipality")}
                options={options.municipality}
              />
            </div>
            <TextField
              {...f.text("website")}
              type="url"
              label={t("fields.website")}
              hint={t("fields.websiteHint")}
              className="max-w-xl"
            />
            <TextareaField
              {...f.text("publicEmails")}
              label={t("fields.publicEmails")}
              hint={t("fields.publicEmailsHint")}
              rows={3}
              className="max-w-xl"
            />
          </FormSection>
          <FormSection legend={t("groups.publication")}>
            <SelectField
              {...f.text("publication")}
              label={t("fields.publication")}
              required
              options={PUBLICATION.map((p) => ({ value: p, label: kit(`status.${p}`) }))}
              className="max-w-xl"
            />
            <TextareaField
              {...f.text("sourceRefs")}
              label={t("fields.sourceRefs")}
              hint={t("fields.sourceRefsHint")}
              rows={3}
            />
          </FormSection>
        </>
      )}
    </AdminForm>
  );
}
