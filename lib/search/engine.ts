// The one interface both search engines implement (PostgreSQL full-text in
// postgres.ts, Meilisearch in meilisearch.ts). Pages, the open-data API and
// the benchmark only ever talk to this.

export const FACETS = [
  "stage",
  "theme",
  "targetGroup",
  "region",
  "status",
  "implementerType",
  "supporter",
  "startYear",
] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ["relevance", "newest", "title"] as const;
export type SearchSort = (typeof SORTS)[number];

import type { Locale } from "@/lib/i18n/routing";

export type { Locale };

/** Several values in one facet combine with OR; facets combine with AND. */
export type SearchFilters = Partial<Record<Facet, string[]>>;

export type SearchQuery = {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  /** 1-based */
  page: number;
  pageSize: number;
  locale: Locale;
};

/** What a result list shows; the detail page reads the full record itself. */
export type SearchHit = {
  id: string;
  slug: string;
  titleLv: string;
  titleEn: string | null;
  summaryLv: string;
  summaryEn: string | null;
  stage: string;
  status: string;
  themes: string[];
  targetGroups: string[];
  region: string | null;
  country: string | null;
  startYear: number | null;
  updatedAt: string;
};

export type FacetValueCount = { value: string; count: number };

/**
 * Disjunctive counts: each facet's counts are computed with every other
 * facet's selection applied but its own selection off.
 */
export type FacetCounts = Record<Facet, FacetValueCount[]>;

export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
  page: number;
  pageSize: number;
  engine: EngineName;
};

export type EngineName = "postgres" | "meilisearch";

type EngineHealth = { ok: boolean; error?: string };

export interface SearchEngine {
  readonly name: EngineName;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Re-reads these innovations from PostgreSQL and indexes them (unpublished ones are removed). */
  upsert(ids: string[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Rebuilds the whole index from PostgreSQL; returns the number of documents. */
  reindexAll(): Promise<number>;
  health(): Promise<EngineHealth>;
}
