// The production search engine: Meilisearch through its official client.
// Settings are applied once per process before first use (idempotent on the
// server). User text only ever reaches Meilisearch as `q` or as a quoted,
// escaped filter value, never as filter syntax.
import { Meilisearch, type Filter, type MultiSearchQuery, type Settings } from "meilisearch";
import type { createPrismaClient } from "@/lib/db-client";
import { allDocuments, loadDocuments } from "./documents";
import { FACETS, type Facet, type SearchEngine, type SearchQuery, type SearchResult } from "./engine";
import { emptyFacets, sortFacetValues } from "./postgres";
import { synonymMap } from "./synonyms";
import { TYPO_MIN_LENGTH } from "./text";

type MeiliDb = Pick<ReturnType<typeof createPrismaClient>, "innovation">;
export type MeiliConfig = { url: string; key?: string; indexPrefix: string; timeoutMs?: number };

const MEILI_SETTINGS: Settings = {
  searchableAttributes: [
    "titleLv",
    "titleEn",
    "summaryLv",
    "summaryEn",
    "problemLv",
    "problemEn",
    "solutionLv",
    "solutionEn",
    "noveltyLv",
    "noveltyEn",
    "impactLv",
    "impactEn",
    "resultsLv",
    "resultsEn",
  ],
  filterableAttributes: [...FACETS],
  sortableAttributes: ["updatedAtTs", "titleSortLv", "titleSortEn", "id"],
  // One typo from 5 letters, as the PostgreSQL engine; never two.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: TYPO_MIN_LENGTH, twoTypos: 255 } },
  synonyms: synonymMap(),
  // Supporters can be many; the default of 100 values per facet would cut counts.
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "count" } },
  // Exhaustive totals and pages up to the API's page limit (params.ts).
  pagination: { maxTotalHits: 50_000 },
};

/** A filter value as a Meilisearch string literal: quoted, with \ and " escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** AND across facets, OR within one; `except` leaves one facet out (disjunctive counts). */
export function meiliFilter(filters: SearchQuery["filters"], except?: Facet): Filter {
  const clauses: string[][] = [];
  for (const facet of FACETS) {
    const values = filters[facet] ?? [];
    if (facet === except || values.length === 0) continue;
    clauses.push(values.map((v) => `${facet} = ${quoteFilterValue(v)}`));
  }
  return clauses;
}

function sortOf(query: SearchQuery): string[] | undefined {
  // id breaks ties the same way the PostgreSQL engine does.
  if (query.sort === "newest" || (query.sort === "relevance" && !query.q)) return ["updatedAtTs:desc", "id:asc"];
  if (query.sort === "title") return [query.locale === "en" ? "titleSortEn:asc" : "titleSortLv:asc", "id:asc"];
  return undefined;
}

const HIT_FIELDS = [
  "id",
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "stage",
  "status",
  "themes",
  "targetGroups",
  "region",
  "country",
  "startYear",
  "updatedAt",
];

export function createMeilisearchEngine(db: MeiliDb, config: MeiliConfig): SearchEngine {
  const client = new Meilisearch({ host: config.url, apiKey: config.key, timeout: config.timeoutMs ?? 2000 });
  const uid = `${config.indexPrefix}_innovations`;
  const index = client.index(uid);
  let ready: Promise<void> | null = null;

  // Memoised so a process applies settings once; a failure is retried next time.
  const ensureSettings = () => {
    ready ??= (async () => {
      await client
        .createIndex(uid, { primaryKey: "id" })
        .waitTask({ timeout: 10_000 })
        .catch(() => undefined);
      await index.updateSettings(MEILI_SETTINGS).waitTask({ timeout: 30_000 });
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return {
    name: "meilisearch",

    async search(query: SearchQuery): Promise<SearchResult> {
      await ensureSettings();
      const selected = FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);
      const main: MultiSearchQuery = {
        indexUid: uid,
        q: query.q,
        filter: meiliFilter(query.filters),
        facets: FACETS.filter((f) => !selected.includes(f)),
        sort: sortOf(query),
        page: query.page,
        hitsPerPage: query.pageSize,
        attributesToRetrieve: HIT_FIELDS,
      };
      // One extra query per selected facet, with its own selection removed.
      const disjunctive: MultiSearchQuery[] = selected.map((f) => ({
        indexUid: uid,
        q: query.q,
        filter: meiliFilter(query.filters, f),
        facets: [f],
        page: 1,
        hitsPerPage: 0,
      }));
      const { results } = await client.multiSearch({ queries: [main, ...disjunctive] });
      const facets = emptyFacets();
      for (const result of results) {
        for (const [facet, values] of Object.entries(result.facetDistribution ?? {})) {
          if (!(FACETS as readonly string[]).includes(facet)) continue;
          facets[facet as Facet] = Object.entries(values).map(([value, count]) => ({ value, count }));
        }
      }
      const first = results[0];
      return {
        total: first?.totalHits ?? 0,
        hits: (first?.hits ?? []).map((h) => ({
          id: String(h.id),
          slug: String(h.slug),
          titleLv: String(h.titleLv),
          titleEn: h.titleEn ?? null,
          summaryLv: String(h.summaryLv),
          summaryEn: h.summaryEn ?? null,
          stage: String(h.stage),
          status: String(h.status),
          themes: h.themes ?? [],
          targetGroups: h.targetGroups ?? [],
          region: h.region ?? null,
          country: h.country ?? null,
          startYear: h.startYear ?? null,
          updatedAt: String(h.updatedAt),
        })),
        facets: sortFacetValues(facets),
        page: query.page,
        pageSize: query.pageSize,
        engine: "meilisearch",
      };
    },

    async upsert(ids: string[]) {
      if (ids.length === 0) return;
      await ensureSettings();
      const { upsert, remove } = await loadDocuments(db, ids);
      if (upsert.length) await index.addDocuments(upsert, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
      if (remove.length) await index.deleteDocuments(remove).waitTask({ timeout: 30_000 });
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await index.deleteDocuments(ids).waitTask({ timeout: 30_000 });
    },

    // Builds a fresh index beside the live one and swaps them, so searches
    // never see a half-filled index.
    async reindexAll() {
      await ensureSettings();
      const tmpUid = `${uid}_rebuild`;
      await client
        .deleteIndex(tmpUid)
        .waitTask({ timeout: 30_000 })
        .catch(() => undefined);
      await client.createIndex(tmpUid, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
      const tmp = client.index(tmpUid);
      await tmp.updateSettings(MEILI_SETTINGS).waitTask({ timeout: 60_000 });
      let count = 0;
      for await (const batch of allDocuments(db)) {
        await tmp.addDocuments(batch, { primaryKey: "id" }).waitTask({ timeout: 120_000 });
        count += batch.length;
      }
      await client.swapIndexes([{ indexes: [uid, tmpUid], rename: false }]).waitTask({ timeout: 60_000 });
      await client
        .deleteIndex(tmpUid)
        .waitTask({ timeout: 30_000 })
        .catch(() => undefined);
      return count;
    },

    async health() {
      try {
        await client.health();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
      }
    },
  };
}
