"use client";
// The two term forms: add a term to a vocabulary (key made from the Latvian
// label on the server) and edit a term's labels side by side.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { SelectField, type Option } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { addTerm, saveTermLabels } from "@/lib/taxonomy/actions";

export function AddTermForm({ vocabulary, regions }: { vocabulary: string; regions: Option[] | null }) {
  const t = useTranslations("curationUsers.vocabularies");
  return (
    <AdminForm
      id="term-new"
      action={addTerm}
      initialValues={{}}
      fieldOrder={["labelLv", "labelEn", "parentKey"]}
      hidden={{ vocabulary }}
      submitLabel={t("addSubmit")}
    >
      {(f) => (
        <>
          <BilingualField {...f.bilingual("label")} label={t("label")} hint={t("addHint")} required maxLength={200} />
          {regions ? (
            <SelectField {...f.text("parentKey")} label={t("parent")} options={regions} required className="max-w-xl" />
          ) : null}
        </>
      )}
    </AdminForm>
  );
}

export function TermLabelsForm({
  termId,
  initialValues,
  arrivalMessage,
}: {
  termId: string;
  initialValues: FormValues;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curationUsers.vocabularies");
  return (
    <AdminForm
      id="term"
      action={saveTermLabels}
      initialValues={initialValues}
      fieldOrder={["labelLv", "labelEn"]}
      hidden={{ termId }}
      submitLabel={t("saveLabels")}
      savedMessage={t("savedLabels")}
      arrivalMessage={arrivalMessage}
    >
      {(f) => <BilingualField {...f.bilingual("label")} label={t("label")} required maxLength={200} />}
    </AdminForm>
  );
}
