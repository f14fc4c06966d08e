"use client";
// The project form, shared by the new and edit pages.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CheckboxGroupField, SelectField, TextField, type Option, FormSection } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { saveProject } from "@/lib/projects/actions";

const FIELD_ORDER = [
  "titleLv",
  "titleEn",
  "slug",
  "code",
  "summaryLv",
  "summaryEn",
  "programmeId",
  "budgetEur",
  "startsOn",
  "endsOn",
  "url",
  "publication",
  "leads",
  "partners",
  "funders",
  "innovations",
];
const PUBLICATION = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"] as const;

export type ProjectOptions = { programmes: Option[]; organisations: Option[]; innovations: Option[] };

export function ProjectForm({
  id,
  initialValues,
  options,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  options: ProjectOptions;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curation.projects");
  const kit = useTranslations("curation.kit");
  return (
    <AdminForm
      id="project"
      action={saveProject}
      initialValues={initialValues}
      fieldOrder={FIELD_ORDER}
      hidden={id ? { id } : {}}
      arrivalMessage={arrivalMessage}
    >
      {(f) => (
        <>
          <FormSection legend={t("groups.basics")}>
            <BilingualField {...f.bilingual("title")} label={t("fields.title")} required maxLength={300} />
            <div className="grid max-w-3xl gap-4 md:grid-cols-2">
              <TextField {...f.text("slug")} label={t("fields.slug")} hint={t("fields.slugHint")} spellCheck={false} />
              <TextField {...f.text("code")} label={t("fields.code")} hint={t("fields.codeHint")} />
            </div>
            <BilingualField {...f.bilingual("summary")} label={t("fields.summary")} multiline rows={6} />
            <TextField {...f.text("url")} type="url" label={t("fields.url")} className="max-w-xl" />
            <SelectField
              {...f.text("publication")}
              label={t("fields.publication")}
              required
              options={PUBLICATION.map((p) => ({ value: p, label: kit(`status.${p}`) }))}
              className="max-w-xl"
            />
          </FormSection>
          <FormSection legend={t("groups.money")}>
            <SelectField
              {...f.text("programmeId")}
              label={t("fields.programmeId")}
              options={options.programmes}
              placeholder={t("none")}
              className="max-w-xl"
            />
            <div className="grid max-w-3xl gap-4 md:grid-cols-3">
              <TextField
                {...f.text("budgetEur")}
                label={t("fields.budgetEur")}
                hint={t("fields.budgetHint")}
                inputMode="decimal"
              />
              <TextField {...f.text("startsOn")} type="date" label={t("fields.startsOn")} />
              <TextField {...f.text("endsOn")} type="date" label={t("fields.endsOn")} />
            </div>
          </FormSection>
          <FormSection legend={t("groups.links")}>
            <CheckboxGroupField
              {...f.list("leads")}
              label={t("fields.leads")}
              hint={t("fields.linksHint")}
              options={options.organisations}
              scroll
            />
            <CheckboxGroupField
              {...f.list("partners")}
              label={t("fields.partners")}
              hint={t("fields.linksHint")}
              options={options.organisations}
              scroll
            />
            <CheckboxGroupField
              {...f.list("funders")}
              label={t("fields.funders")}
              hint={t("fields.linksHint")}
              options={options.organisations}
              scroll
            />
            <CheckboxGroupField
              {...f.list("innovations")}
              label={t("fields.innovations")}
              hint={t("fields.linksHint")}
              options={options.innovations}
              scroll
              columns={1}
            />
          </FormSection>
        </>
      )}
    </AdminForm>
  );
}
