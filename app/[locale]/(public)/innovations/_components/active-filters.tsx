import { langAttr } from "@/lib/i18n/content";
import { getTranslations } from "next-intl/server";
import { FACETS } from "@/lib/search/engine";
import type { Labeler } from "@/lib/innovations/labels";
import NextLink from "next/link";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { searchHref, without, type PageQuery } from "./href";

const chip =
  "inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-brand bg-white px-3 py-1 text-sm font-semibold text-brand no-underline hover:bg-surface hover:underline";

/** Each active filter as a link that removes it, plus "clear all"; nothing when no filter is on. */
export async function ActiveFilters({ query, labels, locale }: { query: PageQuery; labels: Labeler; locale: Locale }) {
  const t = await getTranslations("innovations.search");
  const active = FACETS.flatMap((facet) => (query.filters[facet] ?? []).map((value) => ({ facet, value })));
  if (active.length === 0 && !query.q) return null;
  const cleared: PageQuery = { ...query, q: "", filters: {}, page: 1 };
  const href = (target: PageQuery) => localizedHref(searchHref(target), locale);
  return (
    <section aria-labelledby="active-filters-heading" className="mb-4">
      <h3 id="active-filters-heading" className="sr-only">
        {t("activeFilters")}
      </h3>
      <ul className="flex flex-wrap items-center gap-2">
        {query.q ? (
          <li>
            <NextLink href={href({ ...query, q: "", page: 1 })} className={chip} data-chip="q">
              <span className="sr-only">{t("removeFilter")}: </span>
              {t("queryChip", { q: query.q })}
              <span aria-hidden="true">×</span>
            </NextLink>
          </li>
        ) : null}
        {active.map(({ facet, value }) => {
          const label = labels.facetValue(facet, value);
          return (
            <li key={`${facet}:${value}`}>
              <NextLink href={href(without(query, facet, value))} className={chip} data-chip={`${facet}:${value}`}>
                <span className="sr-only">{t("removeFilter")}: </span>
                <span>{t(`facets.${facet}`)}:</span>
                <span lang={langAttr(label, locale)}>{label.text}</span>
                <span aria-hidden="true">×</span>
              </NextLink>
            </li>
          );
        })}
        <li>
          <NextLink
            href={href(cleared)}
            className="inline-flex min-h-11 items-center px-2 font-semibold"
            data-chip="clear"
          >
            {t("clearAll")}
          </NextLink>
        </li>
      </ul>
    </section>
  );
}
