import type { Facet, SearchQuery } from "@/lib/search/engine";
import { toSearchParams } from "@/lib/search/params";

/** Long facets: the page shows their first values (most frequent, or newest years) and links to the whole list. */
const FOLDED = [
  "theme",
  "targetGroup",
  "implementerType",
  "supporter",
  "startYear",
] as const satisfies readonly Facet[];
export type FoldedFacet = (typeof FOLDED)[number];

export const isFolded = (facet: Facet): facet is FoldedFacet => (FOLDED as readonly Facet[]).includes(facet);

/**
 * The page's state: the search, plus which folded facets are shown in full
 * (`expand=supporter`, a view setting kept in the URL so it works without JavaScript).
 */
export type PageQuery = Omit<SearchQuery, "locale"> & { expand?: Facet[] };

/** `expand` from the URL, leniently: unknown or unfoldable names are dropped. */
export function parseExpand(raw: string | string[] | undefined): FoldedFacet[] {
  const names = new Set([raw ?? []].flat().flatMap((v) => v.split(",")));
  return FOLDED.filter((facet) => names.has(facet));
}

/** A search page URL (without locale prefix; the Link adds it), keeping the expanded facets. */
export function searchHref(query: PageQuery, overrides: Partial<PageQuery> = {}, pathname = "/innovations"): string {
  const params = toSearchParams(query, overrides);
  for (const facet of overrides.expand ?? query.expand ?? []) params.append("expand", facet);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The query with one facet value (or the whole facet) taken out, back on page 1. */
export function without(query: PageQuery, facet: Facet, value?: string): PageQuery {
  const filters = { ...query.filters };
  const kept = value === undefined ? [] : (filters[facet] ?? []).filter((v) => v !== value);
  if (kept.length) filters[facet] = kept;
  else delete filters[facet];
  return { ...query, filters, page: 1 };
}
