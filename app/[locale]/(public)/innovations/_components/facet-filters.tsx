import { langAttr } from "@/lib/i18n/content";
import { getTranslations } from "next-intl/server";
import { FACETS, type Facet, type FacetCounts, type FacetValueCount } from "@/lib/search/engine";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";
import type { PageQuery } from "./href";

/** Facets long enough to fold: the first few values stay visible, the rest behind "show more". */
const FOLDED: ReadonlySet<Facet> = new Set(["theme", "targetGroup", "supporter", "implementerType"]);
const VISIBLE = 6;

type Props = { query: PageQuery; facets: FacetCounts; labels: Labeler; locale: Locale };

/**
 * The values to offer: those with results under the other facets' filters,
 * plus any selected value that has none (so it can still be unticked).
 * Stages keep their path order, years run newest first, the rest by count.
 */
function facetValues(facet: Facet, counts: FacetValueCount[], selected: string[], labels: Labeler): FacetValueCount[] {
  const values = [...counts, ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
  if (facet === "stage") {
    const order = labels.terms("STAGE").map((t) => t.key);
    return values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  if (facet === "startYear") return values.sort((a, b) => Number(b.value) - Number(a.value));
  return values;
}

export async function FacetFilters({ query, facets, labels, locale }: Props) {
  const t = await getTranslations("innovations.search");
  return (
    <div className="space-y-5">
      {FACETS.map((facet) => {
        const selected = query.filters[facet] ?? [];
        const values = facetValues(facet, facets[facet], selected, labels);
        if (values.length === 0) return null;
        const fold = FOLDED.has(facet) && values.length > VISIBLE + 1;
        const shown = fold ? values.slice(0, VISIBLE) : values;
        const hidden = fold ? values.slice(VISIBLE) : [];
        // Hundreds of these render per page (every supporter with results):
        // as few elements and text nodes as the markup allows, styled from the list.
        const option = ({ value, count }: FacetValueCount) => {
          const label = labels.facetValue(facet, value);
          return (
            <li key={value}>
              <label>
                <input type="checkbox" name={facet} value={value} defaultChecked={selected.includes(value)} data-count={count} />
                <span lang={langAttr(label, locale)}>{label.text}</span>
                <span className="text-muted">{`(${count})`}</span>
              </label>
            </li>
          );
        };
        const list = "clear-left [&_label]:flex [&_label]:min-h-8 [&_label]:cursor-pointer [&_label]:items-start [&_label]:gap-x-1.5 [&_label]:py-0.5 [&_input]:mt-1 [&_input]:mr-0.5 [&_input]:size-4 [&_input]:shrink-0 [&_input]:accent-brand";
        return (
          <fieldset key={facet} data-facet={facet} className="border-t border-line pt-3">
            <legend className="float-left mb-1 w-full font-bold">{t(`facets.${facet}`)}</legend>
            <ul className={list}>{shown.map(option)}</ul>
            {hidden.length ? (
              // <details> folds without JavaScript and is announced as expandable.
              <details open={hidden.some((v) => selected.includes(v.value))}>
                <summary className="mt-1 inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand underline">
                  {t("showMore", { count: hidden.length })}
                </summary>
                <ul className={list}>{hidden.map(option)}</ul>
              </details>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
