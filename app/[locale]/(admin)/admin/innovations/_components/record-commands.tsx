"use client";
// The edit page's record actions: publish / unpublish / restore as plain
// buttons (reversible), archive, duplicate and delete behind the kit's
// confirmation dialog (delete lists what still refers to the record).
import { useTranslations } from "next-intl";
import { CommandButton } from "@/components/admin/command-button";
import type { Reference } from "@/lib/forms/state";
import {
  changeInnovationPublication,
  deleteInnovationAction,
  duplicateInnovationAction,
} from "@/lib/innovations/actions";

type Props = {
  id: string;
  title: string;
  publication: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "ARCHIVED";
  references: Reference[];
};

export function RecordCommands({ id, title, publication, references }: Props) {
  const t = useTranslations("curationInnovations.edit");
  const move = (to: "PUBLISHED" | "DRAFT", label: string) => (
    <CommandButton
      action={changeInnovationPublication}
      fields={{ id, publication: to }}
      label={label}
      tone={to === "PUBLISHED" ? "primary" : "secondary"}
    />
  );
  return (
    <section aria-label={t("commands")} className="flex flex-wrap items-start gap-3" data-testid="record-commands">
      {publication === "PUBLISHED"
        ? move("DRAFT", t("unpublish"))
        : publication === "ARCHIVED"
          ? move("DRAFT", t("restore"))
          : move("PUBLISHED", t("publish"))}
      {publication === "ARCHIVED" ? null : (
        <CommandButton
          action={changeInnovationPublication}
          fields={{ id, publication: "ARCHIVED" }}
          label={t("archive")}
          confirm={{
            title: t("archiveTitle", { title }),
            body: t("archiveDescription"),
            confirmLabel: t("archive"),
            blockWhenReferenced: false,
          }}
        />
      )}
      <CommandButton
        action={duplicateInnovationAction}
        fields={{ id }}
        label={t("duplicate")}
        confirm={{
          title: t("duplicateTitle", { title }),
          body: t("duplicateDescription"),
          confirmLabel: t("duplicate"),
          blockWhenReferenced: false,
        }}
      />
      <CommandButton
        action={deleteInnovationAction}
        fields={{ id }}
        label={t("delete")}
        tone="danger"
        confirm={{
          title: t("deleteTitle", { title }),
          body: t("deleteDescription"),
          confirmLabel: t("delete"),
          references,
          referenceLabels: { projects: t("referenceLabels.projects"), submissions: t("referenceLabels.submissions") },
        }}
      />
    </section>
  );
}
