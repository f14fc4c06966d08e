// The search engine for large deployments: Meilisearch through its official
// client. Only the worker and the reindex write to it (documents through the
// search.index queue, settings with the staff's synonyms through
// search.settings); web processes only search. User text only ever reaches
// Meilisearch as `q` or as a quoted, escaped filter value, never as filter
// syntax.
import { Meilisearch, type Filter, type MultiSearchQuery, type Settings } from "meilisearch";
import type { createPrismaClient } from "@/lib/db-client";
import { allDocuments, loadDocuments } from "./documents";
import { FACETS, type Facet, type SearchEngine, type SearchQuery, type SearchResult } from "./engine";
import { emptyFacets, sortFacetValues } from "./postgres";
import { loadSynonymGroups, synonymMap } from "./synonyms";
import { queryWords, TYPO_MIN_LENGTH } from "./text";

type MeiliDb = Pick<ReturnType<typeof createPrismaClient>, "innovation" | "term" | "synonymGroup">;
export type MeiliConfig = { url: string; key?: string; indexPrefix: string; timeoutMs?: number };

/** Ranked in this order, as the PostgreSQL engine's weights A (titles) to D (names and labels). */
const SEARCHABLE_ATTRIBUTES = [
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
  "transferabilityLv",
  "transferabilityEn",
  "implementerNames",
  "supporterNames",
  "expertOrganisationNames",
  "places",
  "themeLabels",
  "targetGroupLabels",
];

export function meiliSettings(synonymGroups: string[][]): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: [...FACETS],
    sortableAttributes: ["updatedAtTs", "titleSortLv", "titleSortEn", "id"],
    // One typo from 5 letters, as the PostgreSQL engine; never two.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: TYPO_MIN_LENGTH, twoTypos: 255 } },
    synonyms: synonymMap(synonymGroups),
    // Supporters can be many; the default of 100 values per facet would cut counts.
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "count" } },
    // Exhaustive totals and pages up to the API's page limit (params.ts).
    pagination: { maxTotalHits: 50_000 },
  };
}

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
  if (query.sort === "newest" || (query.sort === "relevance" && queryWords(query.q).length === 0))
    return ["updatedAtTs:desc", "id:asc"];
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

const connect = (config: MeiliConfig) =>
  new Meilisearch({ host: config.url, apiKey: config.key, timeout: config.timeoutMs ?? 2000 });
const indexUid = (config: MeiliConfig) => `${config.indexPrefix}_innovations`;

/** Creates the index if it is missing and applies the settings with the synonyms as they are now (the search.settings job). */
export async function applyMeilisearchSettings(db: MeiliDb, config: MeiliConfig): Promise<void> {
  const client = connect(config);
  const uid = indexUid(config);
  await client
    .createIndex(uid, { primaryKey: "id" })
    .waitTask({ timeout: 10_000 })
    .catch(() => undefined);
  await client
    .index(uid)
    .updateSettings(meiliSettings(await loadSynonymGroups(db)))
    .waitTask({ timeout: 30_000 });
}

export function createMeilisearchEngine(db: MeiliDb, config: MeiliConfig): SearchEngine {
  const client = connect(config);
  const uid = indexUid(config);
  const index = client.index(uid);
  let ready: Promise<void> | null = null;

  // Before the worker's first write in this process; a failure is retried next time.
  const ensureSettings = () => {
    ready ??= applyMeilisearchSettings(db, config).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return {
    name: "meilisearch",

    async search(query: SearchQuery): Promise<SearchResult> {
      const selected = FACETS.filter((f) => (query.filters[f]?.length ?? 0) > 0);
      // the words the PostgreSQL engine reads too (at most MAX_QUERY_WORDS)
      const q = queryWords(query.q).join(" ");
      const main: MultiSearchQuery = {
        indexUid: uid,
        q,
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
        q,
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
      await tmp.updateSettings(meiliSettings(await loadSynonymGroups(db))).waitTask({ timeout: 60_000 });
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
