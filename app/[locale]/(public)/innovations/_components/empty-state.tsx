import { langAttr } from "@/lib/i18n/content";
import { getTranslations } from "next-intl/server";
import type { Facet } from "@/lib/search/engine";
import type { Labeler } from "@/lib/innovations/labels";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import { searchHref, without, type PageQuery } from "./href";

/** What removing one filter (a whole facet, or the words) would give; computed by the page. */
export type Relaxation = { facet: Facet | "q"; total: number };

/** A corrected spelling of the words that finds this many records with the same filters. */
type Suggestion = { q: string; total: number };

type Props = {
  query: PageQuery;
  relaxations: Relaxation[];
  suggestion: Suggestion | null;
  labels: Labeler;
  locale: Locale;
};

/**
 * Shown instead of results when nothing matches: a corrected spelling that
 * finds something, which filter to drop (with the count that would give,
 * best first), for words that find nothing spelling tips and a way in by
 * stage, and always a person to ask.
 */
export async function EmptyState({ query, relaxations, suggestion, labels, locale }: Props) {
  const t = await getTranslations("innovations.search");
  const useful = relaxations.filter((r) => r.total > 0).sort((a, b) => b.total - a.total);
  const noHitsForWords = query.q !== "" && Object.keys(query.filters).length === 0;
  return (
    <div className="rounded-lg border border-line bg-surface p-5" data-empty>
      <h3 className="text-lg font-bold">{noHitsForWords ? t("noHitsHeading", { q: query.q }) : t("emptyHeading")}</h3>
      {suggestion ? (
        <p className="mt-2 text-lg" data-suggestion>
          {t("didYouMean")}{" "}
          <Link href={searchHref({ ...query, q: suggestion.q, page: 1 })} className="font-semibold">
            {suggestion.q}
          </Link>{" "}
          <span className="text-muted">({t("facetCount", { count: suggestion.total })})</span>
        </p>
      ) : null}
      {useful.length ? (
        <>
          <p className="mt-2">{t("emptyRemove")}</p>
          <ul className="mt-1 list-disc pl-6">
            {useful.map(({ facet, total }) => (
              <li key={facet} data-relax={facet}>
                <Link
                  href={facet === "q" ? searchHref({ ...query, q: "", page: 1 }) : searchHref(without(query, facet))}
                >
                  {facet === "q"
                    ? t("emptyRemoveQuery", { count: total })
                    : t("emptyRemoveFacet", { facet: t(`facets.${facet}`), count: total })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {query.q ? (
        <>
          <p className="mt-3">{t("noHitsTips")}</p>
          <ul className="mt-1 list-disc pl-6">
            <li>{t("tipSpelling")}</li>
            <li>{t("tipFewerWords")}</li>
            <li>{t("tipLanguage")}</li>
            <li>
              {t("tipBrowse")}
              <ul className="mt-1 flex flex-wrap gap-x-4">
                {labels.terms("STAGE").map(({ key, label }) => (
                  <li key={key}>
                    <Link
                      href={searchHref({
                        q: "",
                        filters: { stage: [key] },
                        sort: "relevance",
                        page: 1,
                        pageSize: query.pageSize,
                      })}
                    >
                      <span lang={langAttr(label, locale)}>{label.text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        </>
      ) : null}
      <p className="mt-4 border-t border-line pt-3" data-consultation>
        {t("askUs")} <Link href="/consultations">{t("askUsLink")}</Link>
      </p>
    </div>
  );
}
