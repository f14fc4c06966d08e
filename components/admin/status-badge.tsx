// A record's publication state as a text badge (colour is never the only cue).
import clsx from "clsx";
import { useTranslations } from "next-intl";

export type PublicationStatus = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "ARCHIVED";

const TONE: Record<PublicationStatus, string> = {
  DRAFT: "border-muted bg-white text-ink",
  PENDING_REVIEW: "border-accent bg-amber-50 text-amber-900",
  PUBLISHED: "border-green-800 bg-green-50 text-green-900",
  ARCHIVED: "border-line bg-surface text-muted",
};

export function StatusBadge({ status }: { status: PublicationStatus }) {
  const t = useTranslations("curation.kit.status");
  return (
    <span
      className={clsx("inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", TONE[status])}
    >
      {t(status)}
    </span>
  );
}
