"use client";
// A synonym group's terms, one per line: the same small form adds a group and
// edits one. A refusal names the terms concerned under the field.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { CommandButton } from "@/components/admin/command-button";
import { TextareaField } from "@/components/ui/field";
import { deleteSynonymGroupAction, saveSynonymGroup } from "@/lib/synonyms/actions";
import { SYNONYM_LIMITS } from "@/lib/synonyms/limits";

export function SynonymGroupForm({ id, terms }: { id?: string; terms?: string[] }) {
  const t = useTranslations("curationUsers.synonyms");
  return (
    <AdminForm
      id={id ? "synonyms" : "synonyms-new"}
      action={saveSynonymGroup}
      initialValues={{ terms: (terms ?? []).join("\n") }}
      fieldOrder={["terms"]}
      hidden={id ? { id } : {}}
      submitLabel={id ? t("save") : t("add")}
      savedMessage={t("saved")}
    >
      {(f) => (
        <>
          <TextareaField
            {...f.text("terms")}
            label={t("terms")}
            hint={t("termsHint", SYNONYM_LIMITS)}
            required
            rows={Math.max(4, (terms?.length ?? 0) + 1)}
            className="max-w-xl"
          />
          {f.error("terms") && f.state.detail ? (
            <p className="mt-1 max-w-xl text-sm" data-testid="synonym-conflicts">
              {t("conflicts", { terms: f.state.detail })}
            </p>
          ) : null}
        </>
      )}
    </AdminForm>
  );
}

export function DeleteSynonymGroup({ id, label }: { id: string; label: string }) {
  const t = useTranslations("curationUsers.synonyms");
  return (
    <CommandButton
      action={deleteSynonymGroupAction}
      fields={{ id }}
      label={t("delete")}
      tone="danger"
      confirm={{ title: t("deleteTitle", { label }), body: <p>{t("deleteBody")}</p>, confirmLabel: t("delete") }}
    />
  );
}
