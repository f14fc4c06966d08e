import type { Facet, SearchQuery } from "@/lib/search/engine";
import { toSearchParams } from "@/lib/search/params";

export type PageQuery = Omit<SearchQuery, "locale">;

/** A search page URL (without locale prefix; next-intl's Link adds it). */
export function searchHref(query: PageQuery, overrides: Partial<PageQuery> = {}, pathname = "/innovations"): string {
  const qs = toSearchParams(query, overrides).toString();
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
