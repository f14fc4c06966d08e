import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { ToolkitRescue } from "@/lib/resources/public-queries";

/**
 * Shown instead of results when nothing matches: for words, a spelling that
 * finds something and the same words without the filters (each with its
 * count); for filters alone, how to widen them; always a person to ask.
 */
export async function ToolkitEmpty({
  q,
  rescue,
  hrefFor,
}: {
  q: string;
  rescue: ToolkitRescue | null;
  /** The current search with other words, or without its filters. */
  hrefFor: (change: { q?: string; withoutFilters?: boolean }) => string;
}) {
  const t = await getTranslations("toolkit");
  return (
    <div className="rounded-lg border border-line bg-surface p-5" data-empty>
      <h3 className="text-lg font-bold">{q ? t("noHitsHeading", { q }) : t("emptyHeading")}</h3>
      {rescue?.suggestion ? (
        <p className="mt-2 text-lg" data-suggestion>
          {t("didYouMean")}{" "}
          <NextLink href={hrefFor({ q: rescue.suggestion.q })} className="font-semibold">
            {rescue.suggestion.q}
          </NextLink>{" "}
          <span className="text-muted">({t("materials", { count: rescue.suggestion.total })})</span>
        </p>
      ) : null}
      {rescue?.withoutFilters ? (
        <p className="mt-2" data-relax="filters">
          <NextLink href={hrefFor({ withoutFilters: true })}>{t("withoutFilters", { q })}</NextLink>{" "}
          <span className="text-muted">({t("materials", { count: rescue.withoutFilters })})</span>
        </p>
      ) : null}
      <p className="mt-2">{q ? t("noHitsTips") : t("emptyText")}</p>
      <p className="mt-3 border-t border-line pt-3" data-consultation>
        <Link href="/consultations">{t("emptyConsultation")}</Link>
      </p>
    </div>
  );
}
