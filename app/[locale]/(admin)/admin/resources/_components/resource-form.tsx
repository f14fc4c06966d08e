"use client";
// The resource form, shared by the new and edit pages. The file is uploaded
// on its own as soon as it is chosen (UploadField); the form posts its id.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import {
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextareaField,
  TextField,
  type Option,
} from "@/components/admin/form-fields";
import { UploadField } from "@/components/admin/upload-field";
import type { FormValues } from "@/lib/admin/form-state";
import { RESOURCE_FORM_FIELDS } from "@/lib/resources/form-values";
import { saveResource } from "@/lib/resources/actions";
import { limitMb } from "@/lib/uploads/policy";

export type ResourceOptions = Record<"types" | "audiences" | "stages" | "themes", Option[]>;

export function ResourceForm({
  id,
  initialValues,
  options,
  arrivalMessage,
}: {
  id?: string;
  initialValues: FormValues;
  options: ResourceOptions;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curationCatalog.resources");
  const c = useTranslations("curationCatalog.common");
  const u = useTranslations("curationCatalog.upload");
  const legend = "text-lg font-semibold text-brand-strong";
  return (
    <AdminForm
      id="resource"
      action={saveResource}
      initialValues={initialValues}
      fieldOrder={RESOURCE_FORM_FIELDS}
      hidden={id ? { id } : {}}
      arrivalMessage={arrivalMessage}
    >
      {(f) => (
        <>
          <fieldset className="space-y-4">
            <legend className={legend}>{t("groups.basics")}</legend>
            <BilingualField {...f.bilingual("title")} label={t("fields.title")} required maxLength={300} />
            <TextField
              {...f.text("slug")}
              label={c("slug")}
              hint={c("slugHint")}
              spellCheck={false}
              className="max-w-xl"
            />
            <SelectField
              {...f.text("type")}
              label={t("fields.type")}
              options={options.types}
              required
              className="max-w-xl"
            />
            <BilingualField
              {...f.bilingual("summary")}
              label={t("fields.summary")}
              multiline
              rows={6}
              maxLength={4000}
            />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className={legend}>{t("groups.use")}</legend>
            <CheckboxGroupField
              {...f.list("audiences")}
              label={t("fields.audiences")}
              options={options.audiences}
              columns={3}
            />
            <CheckboxGroupField {...f.list("stages")} label={t("fields.stages")} options={options.stages} columns={3} />
            <CheckboxGroupField {...f.list("themes")} label={t("fields.themes")} options={options.themes} columns={3} />
            <CheckboxField {...f.checked("featured")} label={t("fields.featured")} />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className={legend}>{t("groups.source")}</legend>
            <div className="grid gap-4 md:grid-cols-3">
              <TextField {...f.text("publisher")} label={t("fields.publisher")} />
              <TextField {...f.text("license")} label={t("fields.license")} hint={t("fields.licenseHint")} />
              <TextField {...f.text("year")} label={t("fields.year")} inputMode="numeric" maxLength={4} />
              <TextField
                {...f.text("language")}
                label={t("fields.language")}
                hint={t("fields.languageHint")}
                maxLength={2}
                autoComplete="off"
              />
            </div>
          </fieldset>
          <fieldset className="space-y-4">
            <legend className={legend}>{t("groups.file")}</legend>
            <UploadField
              id={f.id("fileId")}
              name="fileId"
              labelName="fileLabel"
              purpose="file"
              label={t("fields.file")}
              hint={u("hintFile", { documentMb: limitMb("document"), imageMb: limitMb("image") })}
              defaultValue={f.text("fileId").defaultValue}
              defaultLabel={f.text("fileLabel").defaultValue}
              error={f.error("fileId")}
            />
            <TextField
              {...f.text("url")}
              type="url"
              label={t("fields.url")}
              hint={t("fields.urlHint")}
              className="max-w-xl"
            />
            <TextareaField
              {...f.text("alternateUrls")}
              label={t("fields.alternateUrls")}
              hint={t("fields.alternateUrlsHint")}
              rows={3}
            />
          </fieldset>
        </>
      )}
    </AdminForm>
  );
}
