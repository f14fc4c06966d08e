"use client";
// The draft → published workflow of a record: one button per allowed move
// (publish, unpublish, archive, restore), each posting the record id and the
// target state. The action redirects back on success; a refusal is announced here.
import { CommandButton } from "./command-button";
import type { FormState } from "@/lib/forms/state";
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

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  status: PublicationStatus;
  labels: Labels;
};

export function PublicationControls({ action, id, status, labels }: Props) {
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="publication-controls">
      {MOVES[status].map((move) => (
        <CommandButton
          key={move}
          action={action}
          fields={{ id, publication: TARGET[move] }}
          label={labels[move]}
          tone={move === "publish" ? "primary" : "secondary"}
        />
      ))}
    </div>
  );
}
