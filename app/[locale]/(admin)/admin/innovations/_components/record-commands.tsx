"use client";
// The edit page's record actions: publish / unpublish / restore as plain
// buttons (reversible), archive, duplicate and delete behind the kit's
// confirmation dialog (delete lists what still refers to the record).
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { SubmitButton } from "@/components/admin/submit-button";
import type { Reference } from "@/lib/admin/form-state";
import {
  changeInnovationPublication,
  deleteInnovationAction,
  duplicateInnovationAction,
} from "@/lib/innovations/actions";
import { INITIAL_COMMAND_STATE } from "@/lib/innovations/form-state";

type Props = {
  id: string;
  title: string;
  publication: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "ARCHIVED";
  references: Reference[];
};

function PublicationButton({
  id,
  to,
  label,
  tone,
}: {
  id: string;
  to: "PUBLISHED" | "DRAFT";
  label: string;
  tone: "primary" | "secondary";
}) {
  const locale = useLocale();
  const kit = useTranslations("curation.kit");
  const [state, action] = useActionState(changeInnovationPublication, INITIAL_COMMAND_STATE);
  const problem = state.error
    ? kit(`problems.${state.error}`)
    : state.problem
      ? kit(`problems.${state.problem === "notFound" ? "notFound" : "generic"}`)
      : null;
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="publication" value={to} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton tone={tone} pendingText={kit("working")}>
        {label}
      </SubmitButton>
      {problem ? (
        <p role="alert" className="mt-1 font-semibold text-red-800">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

export function RecordCommands({ id, title, publication, references }: Props) {
  const t = useTranslations("curationInnovations.edit");
  const locale = useLocale();
  const fields = { id, locale };
  return (
    <section aria-label={t("commands")} className="flex flex-wrap items-start gap-3" data-testid="record-commands">
      {publication === "PUBLISHED" ? (
        <PublicationButton id={id} to="DRAFT" label={t("unpublish")} tone="secondary" />
      ) : publication === "ARCHIVED" ? (
        <PublicationButton id={id} to="DRAFT" label={t("restore")} tone="secondary" />
      ) : (
        <PublicationButton id={id} to="PUBLISHED" label={t("publish")} tone="primary" />
      )}
      {publication === "ARCHIVED" ? null : (
        <ConfirmDialog
          action={changeInnovationPublication}
          fields={{ ...fields, publication: "ARCHIVED" }}
          tone="default"
          triggerLabel={t("archive")}
          title={t("archiveTitle", { title })}
          description={t("archiveDescription")}
          confirmLabel={t("archive")}
          blockWhenReferenced={false}
        />
      )}
      <ConfirmDialog
        action={duplicateInnovationAction}
        fields={fields}
        tone="default"
        blockWhenReferenced={false}
        triggerLabel={t("duplicate")}
        title={t("duplicateTitle", { title })}
        description={t("duplicateDescription")}
        confirmLabel={t("duplicate")}
      />
      <ConfirmDialog
        action={deleteInnovationAction}
        fields={fields}
        references={references}
        referenceLabels={{ projects: t("referenceLabels.projects"), submissions: t("referenceLabels.submissions") }}
        triggerLabel={t("delete")}
        title={t("deleteTitle", { title })}
        description={t("deleteDescription")}
        confirmLabel={t("delete")}
      />
    </section>
  );
}
