// The built-in search engine, entirely inside PostgreSQL: the search vectors
// and facet columns that triggers keep on every write (migration
// search_in_postgres), the shared text layer (text-query.ts: word forms,
// typos, synonyms) and one statement for the page, the total and the
// disjunctive facet counts (postgres-sql.ts): two statements, the text query
// first so the second sees it as constants. Nothing is kept in the process,
// so every search sees every committed write. Its "index" is the Innovation
// table itself, so upsert/remove have nothing to copy. No "server-only" here:
// the reindex script, the worker and the benchmarks construct it with their
// own client.
import type { createPrismaClient } from "@/lib/db-client";
import {
  FACETS,
  type FacetCounts,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "./engine";
import { searchSettings, searchStatement, textSql, type SearchRow } from "./postgres-sql";
import { textQuery } from "./text-query";

export type SearchDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw" | "$executeRaw" | "$transaction">;

export function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

/** Count descending, then value, so both engines list values in the same order. */
export function sortFacetValues(facets: FacetCounts): FacetCounts {
  for (const f of FACETS)
    facets[f].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}

export function createPostgresEngine(db: SearchDb): SearchEngine {
  return {
    name: "postgres",

    async search(query: SearchQuery): Promise<SearchResult> {
      const text = await textQuery(db, query.q);
      const [, [row]] = await db.$transaction([
        db.$queryRaw(searchSettings(text !== null)),
        db.$queryRaw<SearchRow[]>(searchStatement(query, text && textSql(text))),
      ]);
      const facets = emptyFacets();
      for (const [f, value, count] of row?.facets ?? []) {
        if ((FACETS as readonly string[]).includes(f)) facets[f as keyof FacetCounts].push({ value, count });
      }
      return {
        total: row?.total ?? 0,
        hits: (row?.hits ?? []) as SearchHit[],
        facets: sortFacetValues(facets),
        page: query.page,
        pageSize: query.pageSize,
        engine: "postgres",
      };
    },

    // Triggers keep the search columns current on every write; recomputing
    // them here only repairs rows changed with triggers disabled.
    async upsert(ids: string[]) {
      if (ids.length === 0) return;
      await db.$executeRaw`SELECT public.innovation_search_refresh(${ids}::text[])`;
    },

    async remove() {},

    // Recomputes every search vector, the synonyms' normal forms and the word
    // list (after a dictionary was installed, or a bulk change with triggers off).
    async reindexAll() {
      await db.$executeRaw`SELECT public.search_setup()`;
      await db.$executeRaw`SELECT public.search_rebuild()`;
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Innovation" WHERE "publication" = 'PUBLISHED'`;
      return row?.n ?? 0;
    },

    async health() {
      try {
        await db.$queryRaw`SELECT 1`;
        return { ok: true };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
      }
    },
  };
}
