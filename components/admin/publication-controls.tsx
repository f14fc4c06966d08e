"use client";
// The draft → published workflow of a record: one button per allowed move
// (publish, unpublish, archive, restore), each a small server-action form
// posting the record id, the locale and the target state. The action
// (built with lib/admin/delete-action.ts runRecordAction) redirects back on
// success; a refusal is announced here.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { INITIAL_DELETE_STATE, type DeleteState } from "@/lib/admin/form-state";
import { SubmitButton } from "./submit-button";
import type { PublicationStatus } from "./status-badge";

type Labels = { publish: string; unpublish: string; archive: string; restore: string };

const MOVES: Record<PublicationStatus, (keyof Labels)[]> = {
  DRAFT: ["publish", "archive"],
  PENDING_REVIEW: ["publish", "archive"],
  PUBLISHED: ["unpublish", "archive"],
  ARCHIVED: ["restore"],
};
const TARGET: Record<keyof Labels, PublicationStatus> = {
  publish: "PUBLISHED",
  unpublish: "DRAFT",
  archive: "ARCHIVED",
  restore: "DRAFT",
};

function MoveForm({
  action,
  id,
  locale,
  move,
  label,
}: {
  action: Props["action"];
  id: string;
  locale: string;
  move: keyof Labels;
  label: string;
}) {
  const kit = useTranslations("curation.kit");
  const [state, formAction] = useActionState(action, INITIAL_DELETE_STATE);
  const problem = state.error
    ? kit(`problems.${state.error}`)
    : state.problem === "notFound"
      ? kit("problems.notFound")
      : state.problem
        ? kit("problems.generic")
        : null;
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="publication" value={TARGET[move]} />
      <SubmitButton tone={move === "publish" ? "primary" : "secondary"} pendingText={kit("working")}>
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

type Props = {
  action: (previous: DeleteState, formData: FormData) => Promise<DeleteState>;
  id: string;
  locale: string;
  status: PublicationStatus;
  labels: Labels;
};

export function PublicationControls({ action, id, locale, status, labels }: Props) {
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="publication-controls">
      {MOVES[status].map((move) => (
        <MoveForm key={move} action={action} id={id} locale={locale} move={move} label={labels[move]} />
      ))}
    </div>
  );
}
