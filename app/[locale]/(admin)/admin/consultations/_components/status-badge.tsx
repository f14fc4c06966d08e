import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { ConsultationStatus } from "@/generated/prisma/enums";

// Text carries the meaning; colour only helps scanning (all pairs meet AA contrast).
const TONE: Record<ConsultationStatus, string> = {
  NEW: "bg-blue-100 text-blue-900",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  SCHEDULED: "bg-violet-100 text-violet-900",
  COMPLETED: "bg-green-100 text-green-900",
  REFERRED: "bg-teal-100 text-teal-900",
  CANCELLED: "bg-gray-200 text-gray-900",
};

export async function StatusBadge({ status }: { status: ConsultationStatus }) {
  const t = await getTranslations("inbox.statuses");
  return (
    <span
      className={clsx("inline-block rounded px-2 py-0.5 text-sm font-semibold whitespace-nowrap", TONE[status])}
      data-status={status}
    >
      {t(status)}
    </span>
  );
}
