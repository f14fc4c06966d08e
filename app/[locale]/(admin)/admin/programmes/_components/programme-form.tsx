"use client";
// The funding programme form, shared by the new and edit pages.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CheckboxGroupField, SelectField, TextField, type Option, FormSection } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { saveProgramme } from "@/lib/funding/actions";
import { PROGRAMME_FORM_FIELDS } from "@/lib/funding/form-values";
import { PROGRAMME_KINDS } from "@/lib/funding/kinds";

export type ProgrammeOptions = { organisations: Option[]; themes: Option[] };

export function ProgrammeForm({
  id,
  initialValues,
  options,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  options: ProgrammeOptions;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curationCatalog.programmes");
  const c = useTranslations("curationCatalog.common");
  return (
    <AdminForm
      id="programme"
      action={saveProgramme}
      initialValues={initialValues}
      fieldOrder={PROGRAMME_FORM_FIELDS}
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
              <SelectField
                {...f.text("kind")}
                label={t("fields.kind")}
                required
                options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
              <TextField {...f.text("period")} label={t("fields.period")} hint={t("fields.periodHint")} />
            </div>
          </FormSection>
          <FormSection legend={t("groups.description")}>
            <BilingualField
              {...f.bilingual("summary")}
              label={t("fields.summary")}
              multiline
              rows={6}
              maxLength={4000}
            />
            <CheckboxGroupField {...f.list("themes")} label={t("fields.themes")} options={options.themes} columns={3} />
          </FormSection>
          <FormSection legend={t("groups.organisations")}>
            <div className="grid gap-4 md:grid-cols-3">
              <SelectField {...f.text("funderId")} label={t("fields.funder")} options={options.organisations} />
              <SelectField {...f.text("operatorId")} label={t("fields.operator")} options={options.organisations} />
              <SelectField
                {...f.text("managingAuthorityId")}
                label={t("fields.managingAuthority")}
                options={options.organisations}
              />
            </div>
          </FormSection>
          <FormSection legend={t("groups.links")}>
            <TextField {...f.text("url")} type="url" label={t("fields.url")} className="max-w-xl" />
            <TextField {...f.text("urlLv")} type="url" label={t("fields.urlLv")} className="max-w-xl" />
          </FormSection>
        </>
      )}
    </AdminForm>
  );
}
