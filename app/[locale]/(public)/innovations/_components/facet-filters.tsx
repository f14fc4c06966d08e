import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import { FACETS, type Facet, type FacetCounts, type FacetValueCount } from "@/lib/search/engine";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";
import { isFolded, searchHref, type PageQuery } from "./href";

/**
 * A folded facet with more than FOLD_AT values shows its first VISIBLE ones
 * (and every selected one) and a link to the page with the whole list: the
 * page renders a few dozen options instead of hundreds hidden in <details>
 * (at 10 000 innovations: 142 → 48 checkboxes, each also in the RSC payload).
 */
const VISIBLE = 6;
const FOLD_AT = 10;

type Props = { query: PageQuery; facets: FacetCounts; labels: Labeler; locale: Locale };

/**
 * The values to offer: those with results under the other facets' filters,
 * plus any selected value that has none (so it can still be unticked).
 * Stages keep their path order, years run newest first, the rest by count.
 */
function facetValues(facet: Facet, counts: FacetValueCount[], selected: string[], labels: Labeler): FacetValueCount[] {
  const values = [
    ...counts,
    ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
  ];
  if (facet === "stage") {
    const order = labels.terms("STAGE").map((t) => t.key);
    return values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  if (facet === "startYear") return values.sort((a, b) => Number(b.value) - Number(a.value));
  return values.sort((a, b) => b.count - a.count);
}

const toggle = "mt-1 inline-flex min-h-11 items-center font-semibold";

export async function FacetFilters({ query, facets, labels, locale }: Props) {
  const t = await getTranslations("innovations.search");
  const expanded = query.expand ?? [];
  return (
    <div className="space-y-5">
      {FACETS.map((facet) => {
        const selected = query.filters[facet] ?? [];
        const values = facetValues(facet, facets[facet], selected, labels);
        if (values.length === 0) return null;
        const folded = isFolded(facet) && values.length > FOLD_AT ? facet : null;
        const open = expanded.includes(facet);
        const shown = folded && !open ? values.filter((v, i) => i < VISIBLE || selected.includes(v.value)) : values;
        // Back to this facet after the page loads, with or without JavaScript.
        const toggleHref = (expand: Facet[]) =>
          `${localizedHref(searchHref(query, { expand }), locale)}#facet-${facet}`;
        return (
          <fieldset key={facet} id={`facet-${facet}`} data-facet={facet} className="border-t border-line pt-3">
            <legend className="float-left mb-1 w-full font-bold">{t(`facets.${facet}`)}</legend>
            <ul className="facet-values">
              {shown.map(({ value, count }) => {
                // Hundreds of these can render per page: as few elements, text
                // nodes and props as the markup allows (each is also serialized
                // into the RSC payload), styled from the list (.facet-values in app/globals.css).
                const label = labels.facetValue(facet, value);
                const lang = langAttr(label, locale);
                return (
                  <li key={value}>
                    <label>
                      <input
                        type="checkbox"
                        name={facet}
                        value={value}
                        data-count={count}
                        {...(selected.includes(value) ? { defaultChecked: true } : {})}
                      />
                      {lang ? <span lang={lang}>{label.text}</span> : label.text}
                      <span className="text-muted">{`(${count})`}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {folded && !open ? (
              <NextLink href={toggleHref([...expanded, facet])} prefetch={false} className={toggle} data-expand={facet}>
                {t(`showAll.${folded}`, { count: values.length })}
              </NextLink>
            ) : null}
            {folded && open ? (
              <NextLink
                href={toggleHref(expanded.filter((f) => f !== facet))}
                prefetch={false}
                className={toggle}
                data-collapse={facet}
              >
                {t(`showFewer.${folded}`)}
              </NextLink>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
