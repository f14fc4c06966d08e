"use client";
// A synonym group's terms, one per line: the same small form adds a group and
// edits one. A refusal names the terms concerned under the field.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { TextareaField } from "@/components/admin/form-fields";
import { deleteSynonymGroupAction, saveSynonymGroup } from "@/lib/synonyms/actions";
import { SYNONYM_LIMITS } from "@/lib/synonyms/schema";

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
      {(f) => {
        const conflicts = typeof f.values.conflicts === "string" ? f.values.conflicts : "";
        return (
          <>
            <TextareaField
              {...f.text("terms")}
              label={t("terms")}
              hint={t("termsHint", SYNONYM_LIMITS)}
              required
              rows={Math.max(4, (terms?.length ?? 0) + 1)}
              className="max-w-xl"
            />
            {f.error("terms") && conflicts ? (
              <p className="mt-1 max-w-xl text-sm" data-testid="synonym-conflicts">
                {t("conflicts", { terms: conflicts })}
              </p>
            ) : null}
          </>
        );
      }}
    </AdminForm>
  );
}

export function DeleteSynonymGroup({ id, locale, label }: { id: string; locale: string; label: string }) {
  const t = useTranslations("curationUsers.synonyms");
  return (
    <ConfirmDialog
      action={deleteSynonymGroupAction}
      fields={{ id, locale }}
      triggerLabel={t("delete")}
      title={t("deleteTitle", { label })}
      description={t("deleteBody")}
      confirmLabel={t("delete")}
    />
  );
}
