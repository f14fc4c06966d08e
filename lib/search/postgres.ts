// The built-in search engine: PostgreSQL's full-text vectors (unaccented,
// `simple` configuration, maintained by the search migrations' triggers) and
// its trigram lexicon for typos, with word matching, facet counts, sorting
// and paging done in memory over a per-process copy (facet-index*.ts,
// text-index.ts) that follows the data version. Its "index" is the Innovation
// table itself, so upsert/remove have nothing to copy. No "server-only" here:
// the reindex script, the worker and the benchmark construct it with their
// own client.
import { Prisma } from "@/generated/prisma/client";
import type { createPrismaClient } from "@/lib/db-client";
import {
  FACETS,
  type FacetCounts,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "./engine";
import { searchIndex } from "./facet-index";
import { createIndexHolder, readVersion, titleOrder } from "./facet-index-load";
import { buildTextQuery, queryWords, typoCandidates, TYPO_MIN_LENGTH, type TextQuery } from "./text";
import { matchText } from "./text-index";

export type SearchDb = Pick<ReturnType<typeof createPrismaClient>, "$queryRaw" | "$executeRaw" | "$transaction">;

/** Typo candidates per lexicon lookup: enough for real typos, bounded for cost. */
const CANDIDATES_PER_WORD = 20;

export function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;
}

/** Count descending, then value, so both engines list values in the same order. */
export function sortFacetValues(facets: FacetCounts): FacetCounts {
  for (const f of FACETS)
    facets[f].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}

/** A query word as the lexicon lookup answers it: normalised like the search vectors, with similar lexicon words. */
type LookedUp = { word: string; candidates: string[] };

/** Words remembered per process: the lexicon only changes in a commit, which also moves the data version. */
const MAX_REMEMBERED_WORDS = 10_000;
type WordMemory = { version: string | null; words: Map<string, LookedUp> };

/** Normalises the words and fetches their typo candidates from the lexicon, in one statement. */
async function lookUpWords(db: SearchDb, words: string[]): Promise<LookedUp[]> {
  if (words.length === 0) return [];
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
  return rows.map((r) => ({ word: r.word, candidates: r.candidates }));
}

/**
 * The data version and the query's words as the lexicon knows them at that
 * version. Words remembered at the version just read need no lookup, so a
 * repeated word (typing, paging, changing facets) costs no second statement;
 * the version and any lookup still run side by side.
 */
async function versionAndText(db: SearchDb, memory: WordMemory, q: string): Promise<[string, TextQuery | null]> {
  const words = queryWords(q);
  const rememberedAt = memory.version;
  // This search's own view: the shared memory may move on while it waits.
  const known = new Map<string, LookedUp>();
  for (const w of words) {
    const hit = memory.words.get(w);
    if (hit) known.set(w, hit);
  }
  const remembered = [...known.keys()];
  const missing = [...new Set(words.filter((w) => !known.has(w)))];
  const [version, fetched] = await Promise.all([readVersion(db), lookUpWords(db, missing)]);
  missing.forEach((w, i) => known.set(w, fetched[i]!));
  if (version !== rememberedAt && remembered.length) {
    // Something committed since they were remembered: the lexicon may have new neighbours for them.
    const again = await lookUpWords(db, remembered);
    remembered.forEach((w, i) => known.set(w, again[i]!));
  }
  if (memory.version !== version && memory.version === rememberedAt) {
    memory.version = version;
    memory.words = new Map();
  }
  if (memory.version === version) {
    if (memory.words.size + known.size > MAX_REMEMBERED_WORDS) memory.words.clear();
    for (const [w, looked] of known) memory.words.set(w, looked);
  }
  return [version, resolveText(words.map((w) => known.get(w)!))];
}

/** The looked-up words as text groups; the last word may be a prefix. */
function resolveText(looked: LookedUp[]): TextQuery | null {
  if (looked.length === 0) return null;
  // unaccent can expand a character into punctuation (e.g. "½" → " 1/2"),
  // so the normalised word is split again.
  const resolved = looked.flatMap((r, index) =>
    r.word
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word, part, all) => ({
        word,
        typos: typoCandidates(word, r.candidates),
        last: index === looked.length - 1 && part === all.length - 1,
      })),
  );
  return buildTextQuery(resolved);
}

async function readHits(db: SearchDb, seqs: number[]): Promise<SearchHit[]> {
  if (seqs.length === 0) return [];
  const rows = await db.$queryRaw<{ seq: number; hit: SearchHit }[]>`
    SELECT i."search_seq" AS seq, json_build_object(
      'id', i."id", 'slug', i."slug", 'titleLv', i."titleLv", 'titleEn', i."titleEn",
      'summaryLv', i."summaryLv", 'summaryEn', i."summaryEn", 'stage', i."stage", 'status', i."status",
      'themes', i."themes", 'targetGroups', i."targetGroups", 'region', i."region", 'country', i."country",
      'startYear', i."startYear",
      'updatedAt', to_char(i."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ) AS hit
    FROM "Innovation" i WHERE i."search_seq" = ANY(${seqs}::int[])`;
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r.hit]));
  return seqs.map((seq) => bySeq.get(seq)).filter((h): h is SearchHit => h !== undefined);
}

export function createPostgresEngine(db: SearchDb): SearchEngine {
  const holder = createIndexHolder(db);
  const memory: WordMemory = { version: null, words: new Map() };
  return {
    name: "postgres",

    async search(query: SearchQuery): Promise<SearchResult> {
      // The version first: the index is then at least as new as every commit
      // before this search started, and the text lookup runs meanwhile.
      const [version, text] = await versionAndText(db, memory, query.q);
      const ranked = query.sort === "relevance" && text !== null;
      const index = await holder.at(version);
      if (query.sort === "title") await titleOrder(db, index, query.locale);
      const found = searchIndex(index, text ? matchText(index.text, text, index.seqs.length, ranked) : null, {
        filters: query.filters,
        sort: query.sort,
        locale: query.locale,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return {
        total: found.total,
        hits: await readHits(db, found.pageSeqs),
        facets: sortFacetValues(found.facets),
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
