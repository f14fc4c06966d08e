// The built-in search engine: PostgreSQL full-text search over the columns the
// search migration maintains by trigger. Its "index" is the Innovation table
// itself, so upsert/remove have nothing to copy. No "server-only" here: the
// reindex script, the worker and the benchmark construct it with their own client.
import { Prisma } from "@/generated/prisma/client";
import type { createPrismaClient } from "@/lib/db-client";
import { FACETS, type FacetCounts, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from "./engine";
import { searchStatement, type TextQuery } from "./postgres-sql";
import { buildTsQueries, queryWords, typoCandidates, TYPO_MIN_LENGTH } from "./text";

export type SearchDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw" | "$executeRaw" | "$transaction">;

type Row = { total: number; hits: SearchHit[]; facets: [string, string, number][] };

/** Typo candidates per lexicon lookup: enough for real typos, bounded for cost. */
const CANDIDATES_PER_WORD = 20;

export function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

/** Count descending, then value, so both engines list values in the same order. */
export function sortFacetValues(facets: FacetCounts): FacetCounts {
  for (const f of FACETS) facets[f].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}

async function resolveText(db: SearchDb, q: string): Promise<TextQuery> {
  const words = queryWords(q);
  if (words.length === 0) return null;
  // Normalised by the same f_unaccent(lower()) as the indexed text; similar
  // lexicon words come from the trigram index (pg_trgm's default 0.3
  // similarity admits every one-edit variant of a 5+ letter word).
  const rows = await db.$queryRaw<{ n: bigint; word: string; candidates: string[] }[]>`
    SELECT w.n, w.word, coalesce(
      (SELECT array_agg(l."word") FROM (
        SELECT s."word" FROM "SearchLexicon" s
        WHERE length(w.word) >= ${TYPO_MIN_LENGTH} AND s."word" % w.word
        ORDER BY s."word" <-> w.word LIMIT ${CANDIDATES_PER_WORD}) l), '{}') AS candidates
    FROM (SELECT n, public.f_unaccent(lower(t.w)) AS word FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n)) w
    ORDER BY w.n`;
  // unaccent can expand a character into punctuation (e.g. "½" → " 1/2"),
  // so the normalised word is split again.
  const resolved = rows.flatMap((r, index) =>
    r.word
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word, part, all) => ({
        word,
        typos: typoCandidates(word, r.candidates),
        last: index === rows.length - 1 && part === all.length - 1,
      })),
  );
  const built = buildTsQueries(resolved);
  return built;
}

export function createPostgresEngine(db: SearchDb): SearchEngine {
  return {
    name: "postgres",

    async search(query: SearchQuery): Promise<SearchResult> {
      const text = await resolveText(db, query.q);
      // The matching set is kept in memory for its reads; at 100 000 rows it
      // outgrows the default 4 MB and would spill to disk. With a text query
      // the planner picks a sequential scan once many rows match, not knowing
      // that @@ then detoasts every document vector (measured 10× slower than
      // the GIN bitmap, which needs no recheck).
      const [, , rows] = await db.$transaction([
        db.$executeRaw`SET LOCAL work_mem = '32MB'`,
        text ? db.$executeRaw`SET LOCAL enable_seqscan = off` : db.$executeRaw`SELECT 1`,
        db.$queryRaw<Row[]>(searchStatement(query, text)),
      ]);
      const row = rows[0];
      const facets = emptyFacets();
      for (const [f, value, count] of row?.facets ?? []) {
        if ((FACETS as readonly string[]).includes(f)) facets[f as keyof FacetCounts].push({ value, count });
      }
      return {
        total: row?.total ?? 0,
        hits: row?.hits ?? [],
        facets: sortFacetValues(facets),
        page: query.page,
        pageSize: query.pageSize,
        engine: "postgres",
      };
    },

    // Triggers keep the search columns current on every write; recomputing the
    // organisation facets here only repairs rows changed with triggers disabled.
    async upsert(ids: string[]) {
      if (ids.length === 0) return;
      await db.$executeRaw`SELECT public.innovation_refresh_org_facets(${ids}::text[])`;
    },

    async remove() {},

    async reindexAll() {
      await db.$executeRaw`DELETE FROM "SearchLexicon"`;
      await db.$executeRaw`UPDATE "Innovation" SET "titleLv" = "titleLv"`;
      await db.$executeRaw`SELECT public.innovation_refresh_org_facets(ARRAY(SELECT "id" FROM "Innovation"))`;
      await db.$executeRaw`
        INSERT INTO "SearchLexicon" ("word")
        SELECT DISTINCT w FROM "Innovation", unnest(tsvector_to_array("search_vector")) AS w
        WHERE length(w) >= 4 ON CONFLICT DO NOTHING`;
      const [row] = await db.$queryRaw<{ n: number }[]>(
        Prisma.sql`SELECT count(*)::int AS n FROM "Innovation" WHERE "publication" = 'PUBLISHED'`,
      );
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
