// A submission's status as a text badge (colour is never the only cue).
import clsx from "clsx";
import type { SubmissionStatus } from "@/generated/prisma/enums";

const TONE: Record<SubmissionStatus, string> = {
  PENDING: "border-accent bg-amber-50 text-amber-900",
  CHANGES_REQUESTED: "border-brand bg-surface text-ink",
  APPROVED: "border-green-800 bg-green-50 text-green-900",
  REJECTED: "border-red-800 bg-red-50 text-red-900",
};

export function SubmissionStatusBadge({ status, label }: { status: SubmissionStatus; label: string }) {
  return (
    <span
      className={clsx("inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", TONE[status])}
      data-status={status}
    >
      {label}
    </span>
  );
}
